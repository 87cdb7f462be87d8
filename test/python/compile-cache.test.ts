import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ProcessRunner, processRunner } from '../../src/io/process.js';
import { validate } from '../../src/manifest/validate.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';

/** The real runner, counting the programs it starts. */
function counting(): ProcessRunner & { runs: string[] } {
  const runs: string[] = [];
  return {
    runs,
    run(command, args, options) {
      runs.push(command);
      return processRunner.run(command, args, options);
    },
  };
}

describe('the compile check remembers what compiled', () => {
  it('a second run of unchanged files starts no Python; a changed file does; an error is found every time', async () => {
    const cache = tempDir('dpr-compile-cache-');
    const env = { ...process.env, DPR_COMPILE_CACHE: cache };
    const dir = writePlugin();
    const first = counting();
    expect((await validate([dir], { cwd: dir, env, runner: first })).findings).toEqual([]);
    expect(first.runs).toHaveLength(1);
    const entries = readdirSync(cache);
    expect(entries).toHaveLength(1); // one interpreter
    expect(readdirSync(path.join(cache, entries[0]!)).length).toBeGreaterThan(0);

    const second = counting();
    expect((await validate([dir], { cwd: dir, env, runner: second })).findings).toEqual([]);
    expect(second.runs).toEqual([]);

    const broken = writePlugin({ 'tools/echo.py': 'def broken(:\n    pass\n' });
    for (let i = 0; i < 2; i++) {
      const runner = counting();
      const result = await validate([broken], { cwd: broken, env, runner });
      expect(result.findings.find((f) => f.code === 'DPR415')).toMatchObject({
        file: 'tools/echo.py',
        line: 1,
      });
      expect(runner.runs).toHaveLength(1);
    }
  });

  it('DPR_COMPILE_CACHE=off remembers nothing', async () => {
    const env = { ...process.env, DPR_COMPILE_CACHE: 'off' };
    const dir = writePlugin();
    for (let i = 0; i < 2; i++) {
      const runner = counting();
      await validate([dir], { cwd: dir, env, runner });
      expect(runner.runs).toHaveLength(1);
    }
  });
});
