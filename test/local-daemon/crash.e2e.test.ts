/**
 * Crash safety: the daemon command (the bundled CLI, a real child process) killed with SIGKILL
 * during an install task and at arbitrary moments of a workload, then restarted on the same data
 * directory: no installed plugin lost, no task left running (failed with the reason), every
 * installation's declaration and package still there, and the daemon serving again.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DaemonTarget } from '../../src/daemon/daemon-target.js';
import { deployPackage } from '../../src/daemon/flow.js';
import { RESTART_REASON } from '../../src/local-daemon/store.js';
import { bundle } from '../helpers/cli.js';
import { tempDir } from '../helpers/plugins.js';
import { API_KEY, atVersion, type BuiltPackage, buildPackage, http } from '../helpers/targets.js';

const TENANT = '00000000-0000-0000-0000-000000000001';
const children: ChildProcess[] = [];
const dataDirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  // A daemon killed with SIGKILL leaves its environment installer running: stop the ones in our data directories.
  if (!existsSync('/proc')) return;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cwd = '';
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      continue;
    }
    if (dataDirs.some((d) => cwd.startsWith(d))) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // Gone.
      }
    }
  }
  dataDirs.length = 0;
});

interface Running {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  target: DaemonTarget;
}

/** Start `dify-plugin-release daemon` on a free port and wait for its "listening on" line. */
async function start(data: string, extra: string[] = []): Promise<Running> {
  dataDirs.push(data);
  const child = spawn(
    process.execPath,
    [bundle('cli'), 'daemon', '--port', '0', '--data', data, '--api-key-env', 'TEST_DAEMON_KEY', ...extra],
    {
      env: { ...process.env, TEST_DAEMON_KEY: API_KEY, NO_COLOR: '1', GITHUB_ACTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  child.stdout!.resume();
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening on" line: ${err}`)), 20_000);
    const check = () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stderr!.on('data', check);
    child.on('exit', () => reject(new Error(`daemon exited: ${err}`)));
  });
  return {
    child,
    url,
    stderr: () => err,
    target: new DaemonTarget({ url, apiKey: API_KEY, tenant: TENANT, http }),
  };
}

function kill9(r: Running): Promise<void> {
  return new Promise((resolve) => {
    r.child.on('exit', () => resolve());
    r.child.kill('SIGKILL');
  });
}

/** What must hold after any crash: nothing running, every installation complete, the state readable. */
async function expectConsistent(r: Running, data: string): Promise<void> {
  JSON.parse(readFileSync(path.join(data, 'state.json'), 'utf8'));
  const tasks = await r.target.tasks();
  expect(tasks.filter((t) => t.status === 'running' || t.status === 'pending')).toEqual([]);
  for (const i of await r.target.installations()) {
    expect((await r.target.manifest(i.identifier)).name).toBe('demo_tool');
    expect(i.declaration?.name).toBe('demo_tool');
  }
  expect((await r.target.health()).ok).toBe(true);
}

function realPython(): string | undefined {
  try {
    return execFileSync('python3', ['-c', 'import sys, venv; print(sys.executable)'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return undefined;
  }
}
const python = realPython();

describe.skipIf(!python)('kill -9 during an install task', () => {
  it('restarts with the installed plugin kept and the interrupted task failed with the reason', async () => {
    const data = path.join(tempDir('dpr-crash-'), 'data');
    const runtime = ['--runtime', 'python', '--python', python!];
    const quick = await buildPackage({ 'main.py': 'import sys\nsys.stdin.read()\n' });
    // Dependencies to install make the task last (a venv with pip): time to kill the daemon in it.
    const slow = await atVersion('0.2.0', {
      'main.py': 'import sys\nsys.stdin.read()\n',
      'requirements.txt': 'pip\n',
    });
    let d = await start(data, runtime);
    const installed = await deployPackage(d.target, quick, { wait: { intervalMs: 50 } });
    expect(installed.installation?.runtime?.status).toBe('running');

    // Another tenant's install of the slow version is under way when the daemon dies.
    const other = new DaemonTarget({
      url: d.url,
      apiKey: API_KEY,
      tenant: '00000000-0000-0000-0000-0000000000aa',
      http,
    });
    await other.upload(slow.path);
    const { taskId } = await other.install([slow.identifier]);
    await expect
      .poll(async () => (await other.task(taskId)).plugins[0]?.status, { timeout: 20_000, interval: 50 })
      .toBe('running');
    await kill9(d);

    d = await start(data, runtime);
    expect(d.stderr()).toMatch(/1 task\(s\) left running by a stopped daemon were failed/);
    const other2 = new DaemonTarget({
      url: d.url,
      apiKey: API_KEY,
      tenant: '00000000-0000-0000-0000-0000000000aa',
      http,
    });
    const task = await other2.task(taskId);
    expect(task.status).toBe('failed');
    expect(task.plugins[0]).toMatchObject({ status: 'failed', message: RESTART_REASON });
    expect(await other2.installations()).toEqual([]);
    // The first tenant's plugin is still installed, and its runtime is started again.
    expect((await d.target.installations()).map((i) => i.identifier)).toEqual([quick.identifier]);
    await expect
      .poll(async () => (await d.target.installation('acme/demo_tool'))?.runtime?.status, { timeout: 20_000 })
      .toBe('running');
    await expectConsistent(d, data);
    d.child.kill('SIGTERM');
  });
});

describe('kill -9 at arbitrary moments of a workload', () => {
  let versions: BuiltPackage[];
  beforeAll(async () => {
    versions = [await buildPackage()];
    for (let i = 2; i <= 6; i++) versions.push(await atVersion(`0.${i}.0`));
  });

  it('loses nothing installed and leaves nothing running, whenever it dies', async () => {
    const data = path.join(tempDir('dpr-crash-'), 'data');
    let installedBefore: string[] = [];
    for (let round = 0; round < 4; round++) {
      const d = await start(data);
      await expectConsistent(d, data);
      // What was installed when it died is still installed (or was replaced by the upgrade that finished).
      const now = (await d.target.installations()).map((i) => i.identifier);
      if (installedBefore.length > 0) expect(now.length).toBe(1);
      const workload = (async () => {
        for (let i = 0; ; i++)
          await deployPackage(d.target, versions[(round + i) % versions.length]!, {
            wait: { intervalMs: 2 },
          });
      })().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 150 + round * 120));
      installedBefore = (await d.target.installations().catch(() => [])).map((i) => i.identifier);
      await kill9(d);
      await workload;
    }
    const last = await start(data);
    await expectConsistent(last, data);
    const after = await deployPackage(last.target, versions[0]!, { wait: { intervalMs: 5 } });
    expect(after.installation?.identifier).toBe(versions[0]!.identifier);
    last.child.kill('SIGTERM');
  });
});
