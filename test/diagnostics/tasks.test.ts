/**
 * `tasks list|cleanup` against the embedded daemon over real HTTP, with a failed task (its
 * dependency install could not reach the index), a stale one (running, unchanged for two hours), a
 * running one and a succeeded one. The daemon's runtime does its real work through the process
 * port, which here answers as pip without a network would, or holds an install open.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasksCommand } from '../../src/commands/tasks.js';
import type { Finding } from '../../src/core/finding.js';
import { TaskFailedError } from '../../src/daemon/errors.js';
import type { DifyTarget } from '../../src/daemon/types.js';
import { cleanupTasks, listTasks } from '../../src/diagnostics/tasks.js';
import type { ProcessRunner, RunOptions, RunResult } from '../../src/io/process.js';
import type { EmbeddedDaemon } from '../../src/local-daemon/server.js';
import { edit } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
import { API_KEY, buildPackage, daemonTarget, startTestDaemon } from '../helpers/targets.js';

const PIP_OFFLINE = `WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f00>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/httpx/
ERROR: Could not find a version that satisfies the requirement httpx>=0.27 (from versions: none)
ERROR: No matching distribution found for httpx>=0.27`;

/**
 * The daemon's process port: pip cannot reach the index for `offline_tool`; installs of `hung_*` wait;
 * the others get an environment whose interpreter stays up (a plugin that started).
 */
class ScriptedRunner implements ProcessRunner {
  private readonly gates = new Map<string, () => void>();
  private readonly released = new Set<string>();
  private readonly arrivals = new Map<string, { promise: Promise<void>; arrive: () => void }>();

  async run(_command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const manifest = readFileSync(path.join(options.cwd ?? '.', 'manifest.yaml'), 'utf8');
    const name = /^name: (\S+)/m.exec(manifest)?.[1] ?? '';
    const done = (code: number, stderr = ''): RunResult => ({
      code,
      stdout: '',
      stderr,
      timedOut: false,
      durationMs: 1,
    });
    if (name === 'offline_tool' && args.includes('pip')) return done(1, PIP_OFFLINE);
    if (name.startsWith('hung_') && !this.released.has(name)) {
      const held = new Promise<void>((resolve) => this.gates.set(name, resolve));
      this.arrival(name).arrive();
      await held;
    }
    if (args.includes('venv')) {
      // The environment made: an interpreter that stays up as a started plugin does.
      const bin = path.join(options.cwd ?? '.', '.venv', 'bin');
      mkdirSync(bin, { recursive: true });
      writeFileSync(path.join(bin, 'python'), '#!/bin/sh\nexec sleep 600\n');
      chmodSync(path.join(bin, 'python'), 0o755);
    }
    return done(0);
  }

  /** Resolves once an install of `name` is held at its first step. */
  reached(name: string): Promise<void> {
    return this.arrival(name).promise;
  }

  private arrival(name: string) {
    let entry = this.arrivals.get(name);
    if (!entry) {
      let arrive = () => {};
      const promise = new Promise<void>((resolve) => {
        arrive = resolve;
      });
      entry = { promise, arrive };
      this.arrivals.set(name, entry);
    }
    return entry;
  }

  release(name: string): void {
    this.released.add(name);
    this.gates.get(name)?.();
  }

  releaseAll(): void {
    for (const name of this.gates.keys()) this.release(name);
  }
}

const runner = new ScriptedRunner();
let offsetMs = 0;
let daemon: EmbeddedDaemon;
let target: DifyTarget;
const ids: Record<string, string> = {};

function named(name: string) {
  return buildPackage({
    'manifest.yaml': edit('manifest.yaml', 'name: demo_tool', `name: ${name}`),
    'requirements.txt': 'httpx>=0.27\n',
  });
}

async function startInstall(name: string): Promise<string> {
  const pkg = await named(name);
  const upload = await target.upload(pkg.path);
  const start = await target.install([upload.identifier]);
  return start.taskId;
}

beforeAll(async () => {
  daemon = await startTestDaemon({
    runtime: { startupMs: 200 },
    processes: runner,
    now: () => new Date(Date.now() + offsetMs),
  });
  target = daemonTarget(daemon);
  // Failed: pip could not reach the index.
  ids.failed = await startInstall('offline_tool');
  await expect(target.waitForTask(ids.failed)).rejects.toBeInstanceOf(TaskFailedError);
  // Stale: started two hours ago (the daemon's clock), still running.
  offsetMs = -2 * 3600_000;
  ids.stale = await startInstall('hung_stale');
  await runner.reached('hung_stale');
  offsetMs = 0;
  // Running: started now, installing.
  ids.running = await startInstall('hung_live');
  await runner.reached('hung_live');
  // Succeeded.
  ids.success = await startInstall('fine_tool');
  await target.waitForTask(ids.success);
});

afterAll(() => runner.releaseAll());

const options = { now: () => new Date() };

function findingsOf(r: { reporter: { sections: { findings: Finding[] }[] } }): Finding[] {
  return r.reporter.sections.flatMap((s) => s.findings);
}

describe('tasks against the embedded daemon', () => {
  it('lists every task with its state, and why the failed one failed', async () => {
    const tasks = await listTasks(target, options);
    const state = Object.fromEntries(tasks.map((t) => [t.id, t.state]));
    expect(state).toEqual({
      [ids.failed!]: 'failed',
      [ids.stale!]: 'stale',
      [ids.running!]: 'running',
      [ids.success!]: 'success',
    });
    const failed = tasks.find((t) => t.id === ids.failed)!;
    expect(failed.plugins[0]!.diagnosis?.class).toBe('network');
    expect(failed.plugins[0]!.message).toContain('Temporary failure in name resolution');
    expect(tasks.find((t) => t.id === ids.stale)!.idleMs).toBeGreaterThan(3600_000);
  });

  it('refuses to clean up while a task runs, deleting nothing; a dry run deletes nothing either', async () => {
    const refused = await cleanupTasks(target, options);
    expect(refused.refusedFor.map((t) => t.id)).toEqual([ids.running]);
    expect(refused.deleted).toEqual([]);
    const dry = await cleanupTasks(target, { ...options, force: true, dryRun: true });
    expect(dry.deleted.map((t) => t.id).sort()).toEqual([ids.failed, ids.stale].sort());
    expect((await listTasks(target, options)).length).toBe(4);
  });

  it('with --force deletes the failed and stale tasks only; a second run is a no-op', async () => {
    const first = await cleanupTasks(target, { ...options, force: true });
    expect(first.deleted.map((t) => t.id).sort()).toEqual([ids.failed, ids.stale].sort());
    expect(first.kept.map((t) => t.id).sort()).toEqual([ids.running, ids.success].sort());
    expect(first.remaining).toEqual([]);
    const left = (await listTasks(target, options)).map((t) => t.id).sort();
    expect(left).toEqual([ids.running, ids.success].sort());

    const second = await cleanupTasks(target, { ...options, force: true });
    expect(second.deleted).toEqual([]);
    expect((await listTasks(target, options)).map((t) => t.id).sort()).toEqual(left);
  });

  it('once the running task ends, cleanup runs without --force and finds nothing to delete', async () => {
    runner.release('hung_live');
    await target.waitForTask(ids.running!);
    const r = await cleanupTasks(target, options);
    expect(r.refusedFor).toEqual([]);
    expect(r.deleted).toEqual([]);
  });
});

describe('the tasks command', () => {
  const env = { DPR_TEST_DAEMON_KEY: API_KEY };
  const flags = () => ({
    targetUrl: daemon.url,
    targetKind: 'daemon',
    apiKeyEnv: 'DPR_TEST_DAEMON_KEY',
    tenant: daemon.tenant,
  });

  it('lists the tasks with a finding per failed task naming its class and remedy', async () => {
    const failedId = await startInstall('offline_tool');
    await expect(target.waitForTask(failedId)).rejects.toBeInstanceOf(TaskFailedError);
    const r = await runCommand(tasksCommand, { action: 'list', ...flags() }, { env });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.failed).toBe('1');
    const f = findingsOf(r).find((x) => x.code === 'DPR1321')!;
    expect(f.message).toContain(failedId);
    expect(f.message).toContain('network');
    expect(f.message).toContain('Temporary failure in name resolution');
    expect(f.fix).toContain('PIP_MIRROR_URL');
    expect(JSON.stringify(r.reporter.sections)).not.toContain(API_KEY);
  });

  it('cleanup is refused with DPR1320 (exit 1) while a task runs; --dry-run and --force show, then delete', async () => {
    const runningId = await startInstall('hung_again');
    await runner.reached('hung_again');
    const refused = await runCommand(tasksCommand, { action: 'cleanup', ...flags() }, { env });
    expect(refused.exitCode).toBe(1);
    expect(findingsOf(refused).map((f) => f.code)).toContain('DPR1320');
    expect(refused.outputs.deleted).toBe('0');

    const dry = await runCommand(
      tasksCommand,
      { action: 'cleanup', force: true, dryRun: true, ...flags() },
      { env },
    );
    expect(dry.exitCode).toBe(0);
    expect(dry.outputs.deleted).toBe('1');
    expect(dry.reporter.sections[0]!.headline).toMatch(/^would delete 1 install task/);

    const done = await runCommand(tasksCommand, { action: 'cleanup', force: true, ...flags() }, { env });
    expect(done.exitCode).toBe(0);
    expect(done.outputs.deleted).toBe('1');
    const again = await runCommand(tasksCommand, { action: 'cleanup', force: true, ...flags() }, { env });
    expect(again.outputs.deleted).toBe('0');
    expect(again.reporter.sections[0]!.headline).toBe(
      'nothing to clean up: no failed or stale install tasks',
    );
    expect((await listTasks(target, options)).some((t) => t.id === runningId)).toBe(true);
    runner.release('hung_again');
  });

  it('a wrong key is the target’s own error (DPR1101, exit 2), not a crash', async () => {
    const r = await runCommand(
      tasksCommand,
      { action: 'list', ...flags() },
      { env: { DPR_TEST_DAEMON_KEY: 'wrong-key' } },
    );
    expect(r.exitCode).toBe(2);
    expect(findingsOf(r).map((f) => f.code)).toEqual(['DPR1101']);
  });
});
