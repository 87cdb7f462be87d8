import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/manifest/validate.js';
import { runCli } from '../helpers/cli.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';

const VALID = path.resolve('test/fixtures/coze/valid');

describe('validate recognises Coze Studio plugin configurations', () => {
  it('finds a Coze configuration next to Dify plugins and checks each with its own rules', async () => {
    const root = tempDir();
    cpSync(VALID, path.join(root, 'coze'), { recursive: true });
    writePlugin({}, undefined, path.join(root, 'dify', 'demo'));
    const result = await validate(['.'], { cwd: root });
    expect(result.plugins.map((p) => [p.path, p.kind])).toEqual([
      ['coze/pluginproduct', 'coze'],
      ['dify/demo', 'dify'],
    ]);
    expect(result.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  it('reports a broken Coze configuration through the CLI with file and line, exit 1', () => {
    const root = tempDir();
    cpSync(VALID, root, { recursive: true });
    const meta = path.join(root, 'pluginproduct', 'plugin_meta.yaml');
    const text = readFileSync(meta, 'utf8');
    const broken = text.replace(/plugin_id: (\d+)/, 'plugin_id: -$1');
    expect(broken).not.toBe(text);
    writeFileSync(meta, broken);
    const r = runCli(['validate', root, '--json']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    const errors = doc.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'plugin_meta.yaml', category: 'coze' });
    expect(errors[0].line).toBeGreaterThan(0);
  });
});
