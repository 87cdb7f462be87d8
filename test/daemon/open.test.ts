/**
 * Targets from `.dify-release.yml` environments and flags: a daemon with its key from a named
 * variable, a console with its account from one, the embedded daemon when there is no URL (its
 * state kept under .dify-release/envs/<name>/), and clear errors for what is missing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { ConsoleTarget } from '../../src/daemon/console-target.js';
import { DaemonTarget } from '../../src/daemon/daemon-target.js';
import { TargetError } from '../../src/daemon/errors.js';
import { deployPackage } from '../../src/daemon/flow.js';
import { openTarget } from '../../src/local-daemon/open.js';
import type { EmbeddedDaemon } from '../../src/local-daemon/server.js';
import { tempDir } from '../helpers/plugins.js';
import { testContext } from '../helpers/stage.js';
import { ACCOUNT, API_KEY, buildPackage, startTestDaemon } from '../helpers/targets.js';

let remote: EmbeddedDaemon;
let root: string;
beforeAll(async () => {
  remote = await startTestDaemon({ console: { accounts: [{ ...ACCOUNT, role: 'owner' }] } });
  root = tempDir('dpr-config-');
  writeFileSync(
    path.join(root, '.dify-release.yml'),
    `environments:
  staging:
    url: ${remote.url}
    kind: daemon
    tenants: [${remote.tenant}]
    api-key-env: STAGING_DAEMON_KEY
  production:
    url: ${remote.url}/console/api
    account-env: PROD_CONSOLE_ACCOUNT
    workspace: Embedded workspace
  local:
    force-verify: false
  canary:
    tenants: [aaaaaaaa-0000-0000-0000-000000000001, bbbbbbbb-0000-0000-0000-000000000002]
`,
  );
});

function ctx(env: NodeJS.ProcessEnv = {}) {
  const { config, findings } = loadConfig(root);
  expect(findings).toEqual([]);
  return { ...testContext({ cwd: root, env }), config };
}

describe('openTarget', () => {
  it('opens a daemon with the key from the variable the environment names', async () => {
    const target = await openTarget({ environment: 'staging' }, ctx({ STAGING_DAEMON_KEY: API_KEY }));
    expect(target).toBeInstanceOf(DaemonTarget);
    expect(target.info).toEqual({ kind: 'daemon', url: remote.url, tenant: remote.tenant });
    expect((await target.health()).ok).toBe(true);
  });

  it('opens a console (kind inferred from the URL and the account variable), in the configured workspace', async () => {
    const target = await openTarget(
      { environment: 'production' },
      ctx({ PROD_CONSOLE_ACCOUNT: `${ACCOUNT.email}:${ACCOUNT.password}` }),
    );
    expect(target).toBeInstanceOf(ConsoleTarget);
    expect(target.info.url).toBe(remote.url);
    expect((await target.health()).details.workspace).toMatchObject({ name: 'Embedded workspace' });
  });

  it('lets flags win over the file', async () => {
    const target = await openTarget(
      { environment: 'staging', tenant: 'f00df00d-0000-0000-0000-000000000000' },
      ctx({ STAGING_DAEMON_KEY: API_KEY }),
    );
    expect(target.info.tenant).toBe('f00df00d-0000-0000-0000-000000000000');
  });

  it('fails clearly when the secret’s variable is not set, or the environment is unknown', async () => {
    const error = await openTarget({ environment: 'staging' }, ctx({})).catch((e) => e);
    expect(error).toBeInstanceOf(TargetError);
    expect(error).toMatchObject({ code: 'DPR1110', kind: 'config', exitCode: 2 });
    expect(error.message).toMatch(/STAGING_DAEMON_KEY/);
    await expect(openTarget({ environment: 'qa' }, ctx())).rejects.toThrow(
      /no environment "qa".*staging, production, local, canary/,
    );
    await expect(openTarget({ url: remote.url, apiKeyEnv: 'K' }, ctx({ K: API_KEY }))).rejects.toThrow(
      /needs a tenant/,
    );
  });

  it('starts the embedded daemon when there is no URL, its state kept for the next command', async () => {
    const pkg = await buildPackage();
    const first = await openTarget({ environment: 'local' }, ctx());
    expect(first.info.embedded).toBe(true);
    await deployPackage(first, pkg, { wait: { intervalMs: 5 } });
    await first.close();
    expect(existsSync(path.join(root, '.dify-release/envs/local/daemon/state.json'))).toBe(true);
    const second = await openTarget({ environment: 'local' }, ctx());
    expect((await second.installations()).map((i) => i.identifier)).toEqual([pkg.identifier]);
    await second.close();
    // The console door of an embedded daemon, when that kind is asked for.
    const console = await openTarget({ environment: 'local', kind: 'console' }, ctx());
    expect(console).toBeInstanceOf(ConsoleTarget);
    expect((await console.installations()).map((i) => i.identifier)).toEqual([pkg.identifier]);
    await console.close();
  });

  it('shares one embedded daemon between the tenants of an environment (canaries), each tenant its own', async () => {
    const pkg = await buildPackage();
    const a = await openTarget(
      { environment: 'canary', tenant: 'aaaaaaaa-0000-0000-0000-000000000001' },
      ctx(),
    );
    const b = await openTarget(
      { environment: 'canary', tenant: 'bbbbbbbb-0000-0000-0000-000000000002' },
      ctx(),
    );
    expect(a.info.url).toBe(b.info.url);
    await deployPackage(a, pkg, { wait: { intervalMs: 5 } });
    expect(await b.installations()).toEqual([]);
    await a.close();
    expect((await b.health()).ok).toBe(true);
    await b.close();
    await expect(fetch(`${b.info.url}/health/check`)).rejects.toThrow();
  });

  it('refuses a bad value in an environment entry, with its line', () => {
    const dir = tempDir('dpr-config-');
    writeFileSync(
      path.join(dir, '.dify-release.yml'),
      'environments:\n  prod:\n    password-encoding: rot13\n    api-key: abc\n',
    );
    const { findings } = loadConfig(dir);
    expect(findings.map((f) => [f.code, f.line])).toEqual(
      expect.arrayContaining([
        ['DPR904', 3],
        ['DPR903', 4],
        ['DPR907', 4],
      ]),
    );
  });
});
