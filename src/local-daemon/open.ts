/**
 * A target from an environment's entry in `.dify-release.yml` and the flags (flags win): a daemon
 * (`url`, `api-key-env`, a tenant), a console (`url`, `account-env`, an optional workspace), or —
 * with no URL — the environment's embedded daemon, started in-process on a free loopback port with
 * its state in `.dify-release/envs/<name>/daemon` under the working directory. Secrets come from the
 * environment variables the configuration names, never from the file.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { EnvironmentConfig } from '../config/types.js';
import { UsageError } from '../core/errors.js';
import type { PasswordEncoding } from '../daemon/console-session.js';
import { ConsoleTarget } from '../daemon/console-target.js';
import { parseAccount } from '../daemon/credentials.js';
import { DaemonTarget } from '../daemon/daemon-target.js';
import { TargetError } from '../daemon/errors.js';
import type { DifyTarget, TargetKind } from '../daemon/types.js';
import type { StageContext } from '../io/context.js';

export const DEFAULT_API_KEY_ENV = 'DIFY_DAEMON_API_KEY';
export const DEFAULT_ACCOUNT_ENV = 'DIFY_CONSOLE_ACCOUNT';

export interface TargetSelection {
  /** The environment's name in `.dify-release.yml` (also names the embedded daemon's directory). */
  environment?: string;
  url?: string;
  kind?: TargetKind;
  /** Daemon: the tenant (a Dify workspace id); default the environment's first tenant. */
  tenant?: string;
  /** Console: the workspace id or name the account must be in. */
  workspace?: string;
  apiKeyEnv?: string;
  accountEnv?: string;
  passwordEncoding?: PasswordEncoding;
  /** Embedded daemon: public key files it trusts, whether it forces verification, its runtime. */
  trustedKeys?: readonly string[];
  forceVerify?: boolean;
  runtime?: 'python';
  dataDir?: string;
  /** The Dify version the target runs (configured; the embedded daemon's console reports it). */
  difyVersion?: string;
}

/** The environment's entry merged with the selection (the selection wins). */
export function resolveSelection(
  selection: TargetSelection,
  ctx: Pick<StageContext, 'config'>,
): TargetSelection {
  const name = selection.environment;
  const env: EnvironmentConfig | undefined = name ? ctx.config.environments[name] : undefined;
  if (name && !env && !selection.url) {
    const known = Object.keys(ctx.config.environments);
    throw new UsageError(
      `no environment "${name}" in the configuration${known.length ? ` (it has: ${known.join(', ')})` : ''}`,
      `Add environments: ${name}: { url: …, kind: daemon|console, … } to .dify-release.yml, or pass --target-url.`,
    );
  }
  const pick = <T>(a: T | undefined, b: T | undefined) => (a !== undefined ? a : b);
  return {
    environment: name,
    url: pick(selection.url, env?.url),
    kind: pick(selection.kind, env?.kind),
    tenant: pick(selection.tenant, env?.tenants?.[0]),
    workspace: pick(selection.workspace, env?.workspace),
    apiKeyEnv: pick(selection.apiKeyEnv, env?.apiKeyEnv),
    accountEnv: pick(selection.accountEnv, env?.accountEnv),
    passwordEncoding: pick(selection.passwordEncoding, env?.passwordEncoding),
    trustedKeys: [...(env?.trustedKeys ?? []), ...(selection.trustedKeys ?? [])],
    forceVerify: pick(selection.forceVerify, env?.forceVerify),
    runtime: pick(selection.runtime, env?.runtime),
    dataDir: pick(selection.dataDir, env?.dataDir),
    difyVersion: pick(selection.difyVersion, env?.difyVersion),
  };
}

/** Open the target the selection names; `close()` it when done (it stops an embedded daemon). */
export async function openTarget(
  selection: TargetSelection,
  ctx: Pick<StageContext, 'config' | 'env' | 'cwd' | 'ports'>,
): Promise<DifyTarget> {
  const s = resolveSelection(selection, ctx);
  const kind =
    s.kind ??
    (s.accountEnv && !s.apiKeyEnv
      ? 'console'
      : /\/console\/api\/?$/.test(s.url ?? '')
        ? 'console'
        : 'daemon');
  if (!s.url) return openEmbedded(s, kind, ctx);
  if (kind === 'console') {
    const variable = s.accountEnv ?? DEFAULT_ACCOUNT_ENV;
    return new ConsoleTarget({
      url: s.url,
      account: parseAccount(
        secret(ctx.env, variable, 'the console account (EMAIL:PASSWORD)'),
        `$${variable}`,
      ),
      http: ctx.ports.http,
      ...(s.workspace ? { workspace: s.workspace } : {}),
      ...(s.passwordEncoding ? { passwordEncoding: s.passwordEncoding } : {}),
    });
  }
  const variable = s.apiKeyEnv ?? DEFAULT_API_KEY_ENV;
  const apiKey = secret(ctx.env, variable, 'the daemon’s API key');
  if (!s.tenant) {
    throw new UsageError(
      `the daemon target ${s.url} needs a tenant: the Dify workspace id plugins are installed for`,
      `Add tenants: [<workspace id>] to environments.${s.environment ?? '<name>'} in .dify-release.yml (the id is in the console's URL and in Dify's tenants table).`,
    );
  }
  return new DaemonTarget({ url: s.url, apiKey, tenant: s.tenant, http: ctx.ports.http });
}

interface SharedDaemon {
  daemon: import('./server.js').EmbeddedDaemon;
  apiKey: string;
  account: { email: string; password: string };
  users: number;
}

/** Embedded daemons this process started, by data directory: one serves every tenant of an environment. */
const shared = new Map<string, Promise<SharedDaemon>>();

async function openEmbedded(
  s: TargetSelection,
  kind: TargetKind,
  ctx: Pick<StageContext, 'env' | 'cwd' | 'ports'>,
): Promise<DifyTarget> {
  const dataDir = path.resolve(
    s.dataDir ?? path.join(ctx.cwd, '.dify-release', 'envs', s.environment ?? 'default', 'daemon'),
  );
  let entry = shared.get(dataDir);
  if (!entry) {
    entry = startShared(dataDir, s, ctx);
    shared.set(dataDir, entry);
    entry.catch(() => shared.delete(dataDir));
  }
  const d = await entry;
  d.users++;
  let closed = false;
  const onClose = async () => {
    if (closed) return;
    closed = true;
    if (--d.users > 0) return;
    shared.delete(dataDir);
    await d.daemon.close();
  };
  if (kind === 'console') {
    return new ConsoleTarget({
      url: d.daemon.url,
      account: d.account,
      http: ctx.ports.http,
      embedded: true,
      onClose,
    });
  }
  const { DEFAULT_TENANT } = await import('./server.js');
  return new DaemonTarget({
    url: d.daemon.url,
    apiKey: d.apiKey,
    tenant: s.tenant ?? DEFAULT_TENANT,
    http: ctx.ports.http,
    embedded: true,
    onClose,
  });
}

async function startShared(
  dataDir: string,
  s: TargetSelection,
  ctx: Pick<StageContext, 'env'>,
): Promise<SharedDaemon> {
  const { startEmbeddedDaemon, DEFAULT_TENANT } = await import('./server.js');
  // In-process and on loopback only: its key and account are made up for this run.
  const apiKey = randomBytes(24).toString('base64url');
  const account = {
    email: 'embedded@localhost.localdomain',
    password: randomBytes(18).toString('base64url'),
  };
  const daemon = await startEmbeddedDaemon({
    dataDir,
    apiKey,
    tenant: s.tenant ?? DEFAULT_TENANT,
    trustedKeys: s.trustedKeys,
    forceVerify: s.forceVerify === true,
    ...(s.runtime === 'python' ? { runtime: {} } : {}),
    console: {
      accounts: [{ ...account, role: 'owner' as const }],
      ...(s.difyVersion ? { difyVersion: s.difyVersion.replace(/^v/, '') } : {}),
    },
    env: ctx.env,
  });
  return { daemon, apiKey, account, users: 0 };
}

function secret(env: NodeJS.ProcessEnv, variable: string, what: string): string {
  const value = env[variable];
  if (value === undefined || value.trim() === '') {
    throw new TargetError(
      `the environment variable ${variable}, which should hold ${what}, is not set or empty`,
      { kind: 'config', code: 'DPR1110' },
      `Set ${variable} (in Actions: env: ${variable}: from a repository or environment secret), or name another variable in .dify-release.yml.`,
    );
  }
  return value;
}
