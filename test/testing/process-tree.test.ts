import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINE, processRunner, StreamTail, signalNumber } from '../../src/io/process.js';
import { tempDir } from '../helpers/plugins.js';
import { fixture, isRunning, ROOT } from './helpers.js';

const PYTHON = process.env.DPR_PYTHON ?? 'python3';

describe('processRunner', () => {
  it('streams lines and captures output and the exit code', async () => {
    const lines: string[] = [];
    const r = await processRunner.run('sh', ['-c', 'echo one; echo two >&2; printf three; exit 3'], {
      onLine: (line, stream) => lines.push(`${stream}:${line}`),
    });
    expect(r).toMatchObject({ code: 3, timedOut: false, stdout: 'one\nthree', stderr: 'two\n' });
    expect(lines.sort()).toEqual(['stderr:two', 'stdout:one', 'stdout:three']);
  });

  it('reports a missing program as exit code 127', async () => {
    const r = await processRunner.run('dpr-no-such-program', []);
    expect(r.code).toBe(127);
  });

  it('kills the whole process tree on timeout, children that ignore SIGTERM included', async () => {
    const pidFile = path.join(tempDir(), 'pid');
    const started = Date.now();
    const r = await processRunner.run(
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
    const r = await processRunner.run('sh', ['-c', 'sleep 60 & echo started']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('started\n');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('kills on timeout the processes that left the process group (setsid, start_new_session)', async () => {
    const pidFile = path.join(tempDir(), 'pid');
    const script = [
      'import subprocess, sys, time',
      `p = subprocess.Popen(["sleep", "60"], start_new_session=True)`,
      `open(${JSON.stringify(pidFile)}, "w").write(str(p.pid))`,
      'time.sleep(60)',
    ].join('\n');
    const r = await processRunner.run(PYTHON, ['-c', script], { timeoutMs: 1000, graceMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.survivors).toBeUndefined();
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isRunning(pid)).toBe(false);
  });

  it('gives a program its input, and a time limit to every command', async () => {
    const r = await processRunner.run(PYTHON, ['-c', 'import sys; print(sys.stdin.read().upper())'], {
      input: 'hello',
      timeoutMs: 10_000,
    });
    expect(r).toMatchObject({ code: 0, stdout: 'HELLO\n' });
  });

  it('reads signal numbers from the platform (128 + n exit codes)', () => {
    expect(signalNumber('SIGUSR1')).toBe(constants.signals.SIGUSR1);
    expect(signalNumber('SIGKILL')).toBe(9);
  });
});

describe('StreamTail', () => {
  it('passes on output with no newline in bounded pieces', () => {
    const lines: string[] = [];
    const tail = new StreamTail(1024, (line) => lines.push(line));
    for (let i = 0; i < 40; i++) tail.push(Buffer.from('x'.repeat(10_000)));
    expect(tail.pending).toBeLessThanOrEqual(MAX_LINE);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.length === MAX_LINE)).toBe(true);
    tail.flush();
    expect(lines.join('').length).toBe(400_000);
    expect(tail.text()).toHaveLength(1024);
  });
});

describe('interrupted (Ctrl-C)', () => {
  it('kills the tree and removes the temporary directories before the signal ends the process', async () => {
    const tmp = tempDir('dpr-sigint-');
    const pidFile = path.join(tmp, 'child.pid');
    const script = `
      import { runPytest } from ${JSON.stringify(path.join(ROOT, 'src/testing/pytest-run.ts'))};
      import { processRunner } from ${JSON.stringify(path.join(ROOT, 'src/io/process.ts'))};
      const dir = ${JSON.stringify(fixture('hanging'))};
      await runPytest({ python: ${JSON.stringify(PYTHON)}, venv: dir, cwd: dir, targets: [], args: ['-p', 'no:randomly'],
        env: { ...process.env, DPR_FIXTURE_PID_FILE: ${JSON.stringify(pidFile)} }, timeoutMs: 0, tree: processRunner });
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: tmp, PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
    const started = Date.now();
    while (!existsSync(pidFile) && Date.now() - started < 20_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(existsSync(pidFile)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the pid is written before it is flushed
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(readdirSync(tmp).filter((f) => f.startsWith('dpr-pytest-'))).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(readdirSync(tmp).filter((f) => f.startsWith('dpr-pytest-'))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isRunning(grandchild)).toBe(false);
  });
});
