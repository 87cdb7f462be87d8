/**
 * The embedded daemon with `--runtime python` installs the offline package with networking
 * disabled for the install step, and the plugin starts: the runtime's own offline mode (no index,
 * proxies closed) and, where Linux allows, the install run in a network namespace, so that nothing
 * at all can be fetched. The plain package of the same plugin does not install there.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signCommand } from '../../src/commands/sign.js';
import { TaskFailedError } from '../../src/daemon/errors.js';
import { deployPackage } from '../../src/daemon/flow.js';
import { type ProcessRunner, processRunner } from '../../src/io/process.js';
import { isolated, probeIsolation } from '../../src/offline/isolation.js';
import { packagePlugin } from '../../src/package/package.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
import { daemonTarget, startTestDaemon } from '../helpers/targets.js';
import { VECTORS } from '../package/zip-util.js';
import { cleanEnv, findPython, offlinePlugin, packageOffline } from './plugins.js';
import { wheelhouse } from './wheelhouse.js';

const PY312 = findPython('3.12');
const HOST = process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64';
const KEY = path.join(VECTORS, 'test_key_pair_1.private.pem');
const PUBLIC = path.join(VECTORS, 'test_key_pair_1.public.pem');

/** The daemon's process runner, with every install step put in a network namespace when there is one. */
async function installsWithoutNetwork(): Promise<{
  runner: ProcessRunner;
  installs: string[][];
  isolatedAt: string;
}> {
  const isolation = await probeIsolation(processRunner, process.platform);
  const installs: string[][] = [];
  const runner: ProcessRunner = {
    run(command, args, options) {
      if (!args.includes('install')) return processRunner.run(command, args, options);
      const [c, a] = isolated(isolation, command, args);
      installs.push([c, ...a]);
      return processRunner.run(c, a, options);
    },
  };
  return {
    runner,
    installs,
    isolatedAt: isolation.kind === 'namespace' ? isolation.prefix.join(' ') : 'none',
  };
}

describe.skipIf(!PY312)(
  `the embedded daemon (--runtime python) and an offline package${PY312 ? '' : ' (skipped: no CPython 3.12 here)'}`,
  () => {
    it('installs it with no network, signature enforced, and the plugin starts and stays up', async () => {
      const built = await packageOffline(offlinePlugin(), {
        findLinks: [wheelhouse()],
        output: tempDir(),
        target: [HOST],
      });
      expect(built.exitCode).toBe(0);
      const signed = await runCommand(signCommand, {
        package: built.outputs.path,
        key: KEY,
        output: tempDir(),
      });
      expect(signed.exitCode).toBe(0);
      const net = await installsWithoutNetwork();
      const daemon = await startTestDaemon({
        forceVerify: true,
        trustedKeys: [PUBLIC],
        runtime: { python: PY312, offline: true, startupMs: 1500 },
        processes: net.runner,
        env: cleanEnv({ PIP_CONFIG_FILE: '/dev/null' }),
      });
      const outcome = await deployPackage(
        daemonTarget(daemon),
        { path: signed.outputs.path!, sha256: signed.outputs.sha256 },
        { wait: { intervalMs: 50 } },
      );
      expect(outcome.action).toBe('installed');
      expect(outcome.installation?.runtime?.status, JSON.stringify(outcome.installation?.runtime)).toBe(
        'running',
      );
      expect(net.installs).toHaveLength(1);
      expect(net.installs[0]!.join(' ')).toMatch(/pip install .*--no-index -r requirements\.txt$/);
      if (net.isolatedAt !== 'none') expect(net.installs[0]!.join(' ')).toContain(net.isolatedAt);
    }, 300_000);

    it('does not install the plain package of the same plugin: its dependencies are not in it', async () => {
      const dir = offlinePlugin();
      const out = tempDir();
      const plain = await packagePlugin({ path: dir, outDir: out, cwd: out });
      const net = await installsWithoutNetwork();
      const daemon = await startTestDaemon({
        runtime: { python: PY312, offline: true, startupMs: 1500 },
        processes: net.runner,
        env: cleanEnv({ PIP_CONFIG_FILE: '/dev/null' }),
      });
      const failed = await deployPackage(
        daemonTarget(daemon),
        { path: plain.path!, sha256: plain.sha256 },
        {
          wait: { intervalMs: 50 },
        },
      ).catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(TaskFailedError);
      expect(String((failed as Error).message)).toMatch(
        /failed to init environment: failed to install dependencies.*dify_plugin/s,
      );
    }, 300_000);
  },
);
