import { describe, expect, it } from 'vitest';
import { type CodeInfo, codes, type Layer } from '../../src/core/codes.js';

/** The layers that refuse something on the path users take (or this tool's own verdict). */
const REFUSING: Layer[] = ['cli', 'daemon', 'sdk', 'dify', 'marketplace', 'official-ci', 'tool', 'coze'];
const ALL: Layer[] = [...REFUSING, 'remote-debug', 'runtime', 'advice'];

describe('the code registry', () => {
  const entries = Object.entries(codes() as Record<string, CodeInfo>);

  it('gives every code an enforcing layer and a general fix', () => {
    const missing = entries.filter(([, info]) => !info.layer || !ALL.includes(info.layer) || !info.fix);
    expect(missing.map(([code]) => code)).toEqual([]);
  });

  it('names, for every error, a layer that refuses it (never advice, runtime or remote debugging)', () => {
    const wrong = entries
      .filter(([, info]) => info.severity === 'error' && !REFUSING.includes(info.layer!))
      .map(([code, info]) => `${code} (${info.layer})`);
    expect(wrong).toEqual([]);
  });

  it('has codes of the documented shape, each title one line', () => {
    for (const [code, info] of entries) {
      expect(code).toMatch(/^DPR\d{3,4}$/);
      expect(info.title).not.toContain('\n');
      expect(info.fix!.length).toBeGreaterThan(10);
    }
  });
});
