import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeRunner } from '../../src/core/process-tree.js';
import { tempDir } from '../helpers/plugins.js';
import { isRunning } from './helpers.js';

describe('treeRunner', () => {
  it('streams lines and captures output and the exit code', async () => {
    const lines: string[] = [];
    const r = await treeRunner.runTree('sh', ['-c', 'echo one; echo two >&2; printf three; exit 3'], {
      onLine: (line, stream) => lines.push(`${stream}:${line}`),
    });
    expect(r).toMatchObject({ code: 3, timedOut: false, stdout: 'one\nthree', stderr: 'two\n' });
    expect(lines.sort()).toEqual(['stderr:two', 'stdout:one', 'stdout:three']);
  });

  it('reports a missing program as exit code 127', async () => {
    const r = await treeRunner.runTree('dpr-no-such-program', []);
    expect(r.code).toBe(127);
  });

  it('kills the whole process tree on timeout, children that ignore SIGTERM included', async () => {
    const pidFile = path.join(tempDir(), 'pid');
    const started = Date.now();
    const r = await treeRunner.runTree(
      'sh',
      ['-c', `sh -c 'trap "" TERM; sleep 60' & echo $! > ${pidFile}; sleep 60`],
      { timeoutMs: 500, graceMs: 300 },
    );
    expect(r.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isRunning(pid)).toBe(false);
  });

  it('does not wait for background processes left behind by a program that exited', async () => {
    const started = Date.now();
    const r = await treeRunner.runTree('sh', ['-c', 'sleep 60 & echo started']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('started\n');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
