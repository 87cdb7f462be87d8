/**
 * `--runtime python`: after install the plugin is started as the daemon's local runtime starts it
 * (`python -m <entrypoint>` in the unpacked package, in its own venv, INSTALL_METHOD=local, stdin
 * open) and must stay up; the runtime state says what really happened. Without it: `not started`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { TaskFailedError } from '../../src/daemon/errors.js';
import { deployPackage } from '../../src/daemon/flow.js';
import { atVersion, buildPackage, daemonTarget, startTestDaemon } from '../helpers/targets.js';
import { craftZip } from '../package/zip-util.js';

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

/** A plugin that reads requests on stdin until the daemon closes it, as the SDK does in local mode. */
const STAYS_UP = `import os, sys
print("plugin up, INSTALL_METHOD=" + os.environ.get("INSTALL_METHOD", ""), flush=True)
sys.stdin.read()
`;
const CRASHES = `import sys
sys.stderr.write("Traceback (most recent call last):\\nRuntimeError: missing configuration\\n")
sys.exit(3)
`;

/** A pure-Python wheel built by hand: `demo_dep` with VALUE = 42 (no index, no build backend needed). */
function wheel(): Buffer {
  const files: Record<string, string> = {
    'demo_dep/__init__.py': 'VALUE = 42\n',
    'demo_dep-1.0.dist-info/METADATA': 'Metadata-Version: 2.1\nName: demo-dep\nVersion: 1.0\n',
    'demo_dep-1.0.dist-info/WHEEL':
      'Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
  };
  const record = Object.entries(files)
    .map(
      ([name, text]) =>
        `${name},sha256=${createHash('sha256').update(text).digest('base64url')},${Buffer.byteLength(text)}`,
    )
    .join('\n');
  files['demo_dep-1.0.dist-info/RECORD'] = `${record}\ndemo_dep-1.0.dist-info/RECORD,,\n`;
  return craftZip(Object.entries(files).map(([name, data]) => ({ name, data })));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!python)(`the python runtime${python ? '' : ' (skipped: no python3 with venv)'}`, () => {
  let target: ReturnType<typeof daemonTarget>;
  beforeAll(async () => {
    target = daemonTarget(await startTestDaemon({ runtime: { python, startupMs: 600 } }));
  });

  it('starts the installed plugin and reports it running, with the process really there', async () => {
    const pkg = await buildPackage({ 'main.py': STAYS_UP });
    const outcome = await deployPackage(target, pkg, { wait: { intervalMs: 20 } });
    expect(outcome.action).toBe('installed');
    const runtime = outcome.installation?.runtime;
    expect(runtime?.status).toBe('running');
    expect(runtime?.pid).toBeGreaterThan(0);
    expect(alive(runtime!.pid!)).toBe(true);

    // An upgrade starts the new version and stops the old one.
    const next = await atVersion('0.2.0', { 'main.py': STAYS_UP });
    const upgraded = await deployPackage(target, next, { wait: { intervalMs: 20 } });
    expect(upgraded.installation?.runtime?.status).toBe('running');
    expect(upgraded.installation?.runtime?.pid).not.toBe(runtime!.pid);
    await expect.poll(() => alive(runtime!.pid!), { timeout: 5000 }).toBe(false);

    // Uninstalling stops it.
    const pid = upgraded.installation!.runtime!.pid!;
    await target.uninstall(upgraded.installation!.installationId);
    await expect.poll(() => alive(pid), { timeout: 5000 }).toBe(false);
  });

  it('installs dependencies from the package’s own wheels with no network (--runtime-offline), then starts', async () => {
    const offline = daemonTarget(
      await startTestDaemon({ runtime: { python, startupMs: 600, offline: true } }),
    );
    const pkg = await atVersion('0.4.0', {
      'main.py': `import sys, demo_dep\nprint(demo_dep.VALUE, flush=True)\nsys.stdin.read()\n`,
      'requirements.txt': '--no-index\n--find-links ./wheels\ndemo-dep==1.0\n',
      'wheels/demo_dep-1.0-py3-none-any.whl': wheel(),
    });
    const outcome = await deployPackage(offline, pkg, { wait: { intervalMs: 50, timeoutMs: 300_000 } });
    expect(outcome.installation?.runtime?.status).toBe('running');
  }, 300_000);

  it('fails the task with the plugin’s own error output when it does not stay up', async () => {
    const pkg = await atVersion('0.5.0', { 'main.py': CRASHES });
    const error = await deployPackage(target, pkg, { wait: { intervalMs: 20 } }).catch((e) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error.code).toBe('DPR1112');
    expect(error.serverMessage).toMatch(/plugin did not stay up: `python -m main` exited with code 3/);
    expect(error.serverMessage).toMatch(/RuntimeError: missing configuration/);
    expect(await target.installation('acme/demo_tool')).toBeUndefined();
  });
});

describe('without a runtime', () => {
  it('installs and says the plugin was not started (never a fake running)', async () => {
    const target = daemonTarget(await startTestDaemon());
    const pkg = await buildPackage({ 'main.py': CRASHES });
    const outcome = await deployPackage(target, pkg, { wait: { intervalMs: 5 } });
    expect(outcome.installation?.runtime).toEqual({ status: 'not started' });
  });
});
