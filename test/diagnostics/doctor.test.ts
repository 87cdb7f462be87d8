/**
 * `doctor` against the local GitHub server and embedded daemons (a daemon door and a console door,
 * both over real loopback HTTP), configured right, then wrong one misconfiguration at a time: each
 * named by its check, its code and its fix. A fake remote-debugging port answers the handshake as
 * the daemon's debugging runtime does (a bad key: `handshake failed, invalid key`, then close).
 */
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorCommand } from '../../src/commands/doctor.js';
import type { EnvironmentConfig } from '../../src/config/types.js';
import type { DoctorCheck } from '../../src/diagnostics/doctor-check.js';
import { type DoctorStageInput, doctorStage } from '../../src/diagnostics/doctor-stage.js';
import type { EmbeddedDaemon } from '../../src/local-daemon/server.js';
import { generateKeyPairPem, loadPrivateKey } from '../../src/signing/keys.js';
import { signPackage } from '../../src/signing/sign.js';
import { openPackage } from '../../src/zip/reader.js';
import { GitHubServer } from '../helpers/github-server.js';
import { edit, tempDir } from '../helpers/plugins.js';
import { testContext } from '../helpers/stage.js';
import { ACCOUNT, API_KEY, buildPackage, startTestDaemon } from '../helpers/targets.js';

const DEBUG_KEY = '3f1c0c6e-6d4b-4d6e-9d0a-6f4f2b7d9a11';

let gh: GitHubServer;
let token: string;
let daemon: EmbeddedDaemon;
let debugPort: number;
let debugServer: Server;
let unsigned: string;
let signed: string;
let publicKey: string;
let otherPublic: string;
let otherSigned: string;

async function keyPair(dir: string, name: string) {
  const { privatePem, publicPem } = await generateKeyPairPem(2048);
  writeFileSync(path.join(dir, `${name}.private.pem`), privatePem);
  writeFileSync(path.join(dir, `${name}.public.pem`), publicPem);
  return { priv: path.join(dir, `${name}.private.pem`), pub: path.join(dir, `${name}.public.pem`) };
}

async function sign(file: string, priv: string, outDir: string): Promise<string> {
  const r = await signPackage({
    pkg: await openPackage(file),
    file,
    key: loadPrivateKey({ file: priv }).key,
    category: 'community',
    outDir,
  });
  return r.path;
}

beforeAll(async () => {
  gh = await new GitHubServer().start();
  token = gh.token('acme');
  gh.scopes(token, ['repo', 'workflow']);
  const repo = gh.addRepo('acme/demo-tool');
  repo.actionsMayOpenPulls = true;
  repo.environments = new Map([['production', ['required_reviewers', 'branch_policy']]]);
  gh.addRepo('langgenius/dify-plugins');
  await fetch(`${gh.apiUrl}/repos/langgenius/dify-plugins/forks`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  // The remote-debugging port: a bad key is refused, the right one is held open.
  debugServer = createServer((socket) => {
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\n')[0]!;
      if (!buffer.includes('\n')) return;
      try {
        const m = JSON.parse(line) as { type?: string; data?: { key?: string } };
        if (m.type === 'handshake' && m.data?.key !== DEBUG_KEY)
          socket.end('handshake failed, invalid key\n');
      } catch {
        socket.end('handshake failed, invalid handshake message\n');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => debugServer.listen(0, '127.0.0.1', resolve));
  debugPort = (debugServer.address() as AddressInfo).port;
  daemon = await startTestDaemon({
    console: {
      accounts: [{ ...ACCOUNT, role: 'owner' }],
      difyVersion: '1.9.0',
      workspaceName: 'Acme',
      debugging: { key: DEBUG_KEY, host: '127.0.0.1', port: debugPort },
    },
  });
  const pkg = await buildPackage({
    'manifest.yaml': edit('manifest.yaml', 'minimum_dify_version: "1.0.0"', 'minimum_dify_version: "1.8.0"'),
  });
  unsigned = pkg.path;
  const keys = tempDir('dpr-keys-');
  const mine = await keyPair(keys, 'release');
  const other = await keyPair(keys, 'other');
  publicKey = mine.pub;
  otherPublic = other.pub;
  signed = await sign(unsigned, mine.priv, tempDir('dpr-signed-'));
  otherSigned = await sign(unsigned, other.priv, tempDir('dpr-signed-'));
}, 60_000);

afterAll(async () => {
  await gh.close();
  debugServer.close();
});

interface Setup {
  input?: Partial<DoctorStageInput>;
  env?: Record<string, string | undefined>;
  environments?: Record<string, Partial<EnvironmentConfig>>;
  dotenv?: string | null;
}

function goodEnvironments(): Record<string, Partial<EnvironmentConfig>> {
  return {
    staging: {
      url: daemon.url,
      kind: 'daemon',
      tenants: [daemon.tenant],
      apiKeyEnv: 'STAGING_KEY',
      trustedKeys: [publicKey],
      difyVersion: '1.9.0',
    },
    production: {
      url: daemon.url,
      kind: 'console',
      accountEnv: 'PROD_ACCOUNT',
      workspace: 'Acme',
      trustedKeys: [publicKey],
    },
  };
}

async function doctor(setup: Setup = {}): Promise<DoctorCheck[]> {
  const cwd = tempDir('dpr-doctor-');
  const dotenv =
    setup.dotenv === undefined
      ? `INSTALL_METHOD=remote\nREMOTE_INSTALL_URL=127.0.0.1:${debugPort}\nREMOTE_INSTALL_KEY=${DEBUG_KEY}\n`
      : setup.dotenv;
  if (dotenv !== null) writeFileSync(path.join(cwd, '.env'), dotenv);
  const env: NodeJS.ProcessEnv = {
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_TOKEN: token,
    GITHUB_REPOSITORY: 'acme/demo-tool',
    STAGING_KEY: API_KEY,
    PROD_ACCOUNT: `${ACCOUNT.email}:${ACCOUNT.password}`,
  };
  for (const [k, v] of Object.entries(setup.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const ctx = testContext({ cwd, env });
  const envs = setup.environments ?? goodEnvironments();
  ctx.config.environments = Object.fromEntries(
    Object.entries(envs).map(([name, e]) => [name, { extra: {}, ...e } as EnvironmentConfig]),
  );
  const r = await doctorStage({ package: signed, keys: [publicKey], debugWaitMs: 300, ...setup.input }, ctx);
  for (const c of r.checks) {
    expect(c.fix.length, `${c.check} on ${c.subject} has a fix`).toBeGreaterThan(10);
    if (c.status === 'fail' || c.status === 'warn') expect(c.code, `${c.check} has a code`).toBeDefined();
  }
  return r.checks;
}

const bad = (checks: DoctorCheck[]) => checks.filter((c) => c.status === 'fail' || c.status === 'warn');
const line = (checks: DoctorCheck[], check: string, subject?: string) =>
  checks.find((c) => c.check === check && (!subject || c.subject.includes(subject)));

describe('doctor', () => {
  it('configured right: every line ok, each with its fix', async () => {
    const checks = await doctor();
    expect(bad(checks)).toEqual([]);
    const groups = new Set(checks.map((c) => c.group));
    expect([...groups].sort()).toEqual(['compatibility', 'github', 'remote-debug', 'signature', 'target']);
    expect(line(checks, 'versions', 'production')?.detail).toContain('Dify 1.9.0');
    expect(line(checks, 'versions', 'staging')?.detail).toContain('Dify 1.9.0 (configured)');
    expect(line(checks, 'tenant', 'production')?.detail).toContain('workspace Acme');
    expect(line(checks, 'signature', 'staging')?.detail).toContain('release.public.pem');
    expect(line(checks, 'key')?.status).toBe('ok');
    expect(line(checks, 'fork')?.subject).toBe('acme/dify-plugins');
  }, 60_000);

  it('signature: an unsigned package is refused, with the settings that accept it once signed', async () => {
    const checks = await doctor({ input: { package: unsigned } });
    const s = line(checks, 'signature', 'staging')!;
    expect(s).toMatchObject({ status: 'fail', code: 'DPR1330' });
    expect(s.fix).toContain('dify-plugin-release sign');
    expect(s.settings).toEqual([
      'FORCE_VERIFYING_SIGNATURE=true',
      'THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true',
      'THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/release.public.pem',
    ]);
    expect(bad(checks).every((c) => c.group === 'signature')).toBe(true);
  }, 60_000);

  it('signature: a key the target does not trust is named, verification kept on', async () => {
    const checks = await doctor({ input: { package: otherSigned, keys: [publicKey, otherPublic] } });
    const s = line(checks, 'signature', 'production')!;
    expect(s).toMatchObject({ status: 'fail', code: 'DPR1330' });
    expect(s.detail).toContain('other.public.pem');
    expect(s.settings).toContain(
      'THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/release.public.pem,/app/storage/public_keys/other.public.pem',
    );
    expect(s.settings).toContain('FORCE_VERIFYING_SIGNATURE=true');
  }, 60_000);

  it('target: a wrong API key, an unreachable URL, a workspace the account is not in', async () => {
    const envs = goodEnvironments();
    const key = await doctor({
      env: { STAGING_KEY: 'wrong-key-000000000000' },
      environments: { staging: envs.staging! },
    });
    expect(bad(key).map((c) => [c.check, c.code])).toEqual([['credentials', 'DPR1101']]);
    expect(line(key, 'reachable')?.status).toBe('ok');

    const gone = await doctor({ environments: { staging: { ...envs.staging!, url: 'http://127.0.0.1:9' } } });
    const reach = line(gone, 'reachable')!;
    expect(reach).toMatchObject({ status: 'fail', code: 'DPR1109' });
    expect(reach.fix.length).toBeGreaterThan(10);

    const ws = await doctor({
      environments: { production: { ...envs.production!, workspace: 'Elsewhere' } },
    });
    expect(bad(ws).map((c) => [c.check, c.code])).toEqual([['tenant', 'DPR1103']]);

    const unset = await doctor({
      env: { PROD_ACCOUNT: undefined },
      environments: { production: envs.production! },
    });
    expect(bad(unset).map((c) => [c.check, c.code])).toEqual([['credentials', 'DPR1110']]);
    expect(line(unset, 'credentials')?.fix).toContain('PROD_ACCOUNT');
  }, 60_000);

  it('compatibility: a target whose Dify is older than the plugin needs', async () => {
    const envs = goodEnvironments();
    const checks = await doctor({ environments: { staging: { ...envs.staging!, difyVersion: '1.5.0' } } });
    const c = line(checks, 'Dify version')!;
    expect(c).toMatchObject({ status: 'fail', code: 'DPR1350' });
    expect(c.detail).toContain('needs Dify 1.8.0');
    expect(bad(checks)).toHaveLength(1);
    const unknown = await doctor({ environments: { staging: { ...envs.staging!, difyVersion: undefined } } });
    expect(bad(unknown).map((x) => [x.check, x.code])).toEqual([['versions', 'DPR1337']]);
  }, 60_000);

  it('github: a refused token, a classic token without repo scope, a missing fork, one of another repository', async () => {
    const refused = await doctor({ env: { GITHUB_TOKEN: 'ghp_revoked000000000000000000000000000' } });
    expect(bad(refused).map((c) => [c.check, c.code])).toEqual([
      ['release token', 'DPR1332'],
      ['fork token', 'DPR1332'],
    ]);
    const narrow = gh.token('acme', 'ghp_narrow00000000000000000000000000000');
    gh.scopes(narrow, ['read:user']);
    const scoped = await doctor({ env: { GITHUB_TOKEN: narrow } });
    const t = line(scoped, 'release token')!;
    expect(t).toMatchObject({ status: 'fail', code: 'DPR1333' });
    expect(t.detail).toContain('read:user');
    expect(t.fix).toContain('public_repo');

    const noFork = await doctor({ input: { fork: 'acme/missing-fork' } });
    expect(bad(noFork).map((c) => [c.check, c.code])).toEqual([['fork', 'DPR1334']]);
    const notFork = await doctor({ input: { fork: 'acme/demo-tool' } });
    expect(line(notFork, 'fork')?.detail).toContain('not a fork');

    const bob = gh.token('bob');
    const foreign = await doctor({ env: { DIFY_PLUGINS_TOKEN: bob }, input: { fork: 'acme/dify-plugins' } });
    expect(bad(foreign).map((c) => [c.check, c.code])).toEqual([['fork', 'DPR1334']]);
    expect(line(foreign, 'fork')?.detail).toContain('may not push');
  }, 60_000);

  it('github: Actions may not open pull requests; production without protection', async () => {
    const repo = gh.repo('acme/demo-tool');
    repo.actionsMayOpenPulls = false;
    try {
      const checks = await doctor();
      expect(bad(checks).map((c) => [c.check, c.code])).toEqual([
        ['actions may open pull requests', 'DPR1335'],
      ]);
    } finally {
      repo.actionsMayOpenPulls = true;
    }
    repo.environments = new Map([['production', []]]);
    const open = await doctor();
    expect(bad(open).map((c) => [c.check, c.code])).toEqual([['production protection', 'DPR1336']]);
    repo.environments = new Map();
    const missing = await doctor();
    expect(line(missing, 'production protection')?.detail).toContain('does not exist');
    repo.environments = new Map([['production', ['required_reviewers']]]);
  }, 60_000);

  it('remote debug: an incomplete .env, a wrong port, a refused key, another host', async () => {
    const envs = { staging: goodEnvironments().staging! };
    const incomplete = await doctor({
      environments: envs,
      dotenv: `INSTALL_METHOD=remote\nREMOTE_INSTALL_URL=127.0.0.1:${debugPort}\n`,
    });
    const e = line(incomplete, '.env')!;
    expect(e).toMatchObject({ status: 'fail', code: 'DPR1338' });
    expect(e.detail).toContain('REMOTE_INSTALL_KEY is not set');
    expect(bad(incomplete)).toHaveLength(1);

    const port = await doctor({
      environments: envs,
      dotenv: `INSTALL_METHOD=remote\nREMOTE_INSTALL_URL=127.0.0.1:9\nREMOTE_INSTALL_KEY=${DEBUG_KEY}\n`,
    });
    expect(bad(port).map((c) => [c.check, c.code])).toEqual([['host and port', 'DPR1339']]);

    const key = await doctor({
      environments: envs,
      dotenv: `INSTALL_METHOD=remote\nREMOTE_INSTALL_HOST=127.0.0.1\nREMOTE_INSTALL_PORT=${debugPort}\nREMOTE_INSTALL_KEY=expired-key\n`,
    });
    const k = line(key, 'key')!;
    expect(k).toMatchObject({ status: 'fail', code: 'DPR1340' });
    expect(k.detail).toContain('handshake failed, invalid key');
    expect(bad(key)).toHaveLength(1);

    const elsewhere = await doctor({
      environments: { staging: { ...envs.staging, url: daemon.url.replace('127.0.0.1', 'localhost') } },
      dotenv: `INSTALL_METHOD=remote\nREMOTE_INSTALL_URL=127.0.0.2:${debugPort}\nREMOTE_INSTALL_KEY=${DEBUG_KEY}\n`,
    });
    expect(line(elsewhere, 'against the target')).toMatchObject({ status: 'warn', code: 'DPR1341' });
  }, 60_000);

  it('the command: findings carry the fix and the settings; a failed check exits 1', async () => {
    const cwd = tempDir('dpr-doctor-cmd-');
    const { runCommand } = await import('../helpers/stage.js');
    const r = await runCommand(
      doctorCommand,
      {
        package: unsigned,
        targetUrl: daemon.url,
        targetKind: 'daemon',
        apiKeyEnv: 'K',
        tenant: daemon.tenant,
        github: false,
      },
      { cwd, env: { K: API_KEY } },
    );
    expect(r.exitCode).toBe(1);
    const f = r.reporter.sections.flatMap((s) => s.findings).find((x) => x.code === 'DPR1330');
    expect(f?.fix).toContain('THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true');
    expect(JSON.stringify(r.reporter.sections)).not.toContain(API_KEY);
  }, 60_000);

  it('remote debug against a console: the key and the host Plugins → Debug shows', async () => {
    const good = await doctor({ environments: { production: goodEnvironments().production! } });
    expect(line(good, 'key is the console’s')?.status).toBe('ok');
    expect(line(good, 'against the target')?.detail).toContain('Plugins → Debug shows on production');
    const stale = await doctor({
      environments: { production: goodEnvironments().production! },
      dotenv: `INSTALL_METHOD=remote\nREMOTE_INSTALL_URL=localhost:${debugPort}\nREMOTE_INSTALL_KEY=old-key-from-another-workspace\n`,
    });
    // The debugging port refuses it too; the console names it as not the current key, without printing either.
    expect(bad(stale).map((c) => [c.check, c.code])).toEqual([
      ['key', 'DPR1340'],
      ['key is the console’s', 'DPR1340'],
    ]);
    expect(JSON.stringify(stale)).not.toContain(DEBUG_KEY);
    const moved = await doctor({
      environments: { production: goodEnvironments().production! },
      dotenv: `INSTALL_METHOD=remote\nREMOTE_INSTALL_URL=127.0.0.1:9\nREMOTE_INSTALL_KEY=${DEBUG_KEY}\n`,
    });
    expect(bad(moved).map((c) => [c.check, c.code])).toEqual([
      ['host and port', 'DPR1339'],
      ['against the target', 'DPR1341'],
    ]);
  }, 60_000);

  it('github: the workflow’s own token (no user): checked on the repository; submit not set up is skipped', async () => {
    const actions = gh.token('github-actions', 'ghs_actions0000000000000000000000000000');
    gh.fail(
      { method: 'GET', path: /^\/user$/ },
      { status: 403, body: { message: 'Resource not accessible by integration' } },
      2,
    );
    const checks = await doctor({ env: { GITHUB_TOKEN: actions } });
    expect(line(checks, 'release token')).toMatchObject({ status: 'ok' });
    expect(line(checks, 'release token')?.detail).toContain('installation token');
    expect(line(checks, 'fork')).toMatchObject({ status: 'skip' });
    expect(line(checks, 'fork')?.fix).toContain('DIFY_PLUGINS_TOKEN');
    // A token that is not a writer of the repository may not release; reading Actions' settings needs admin.
    expect(bad(checks).map((c) => [c.check, c.code])).toEqual([['repository', 'DPR1333']]);
    expect(line(checks, 'actions may open pull requests')?.status).toBe('skip');
    gh.repo('acme/demo-tool').writers.add('github-actions');
    gh.fail(
      { method: 'GET', path: /^\/user$/ },
      { status: 403, body: { message: 'Resource not accessible by integration' } },
      2,
    );
    const writer = await doctor({ env: { GITHUB_TOKEN: actions } });
    gh.repo('acme/demo-tool').writers.delete('github-actions');
    expect(bad(writer)).toEqual([]);
  }, 60_000);

  it('signature: an author langgenius without the official signature is named (bundles refuse it)', async () => {
    const repack = await buildPackage({
      'manifest.yaml': edit('manifest.yaml', 'author: acme', 'author: langgenius'),
      'provider/demo.yaml': edit('provider/demo.yaml', 'author: acme', 'author: langgenius'),
    });
    const checks = await doctor({
      input: { package: repack.path },
      environments: { staging: goodEnvironments().staging! },
    });
    const lg = line(checks, 'langgenius author')!;
    expect(lg).toMatchObject({ status: 'warn', code: 'DPR1342' });
    expect(lg.detail).toContain('bundle');
  }, 60_000);
});
