/**
 * The embedded daemon: one HTTP server on loopback, two doors in front of one state — the plugin
 * daemon's management API (`/plugin/{tenant}/management/…`, `X-Api-Key`) and, with a console
 * configured, a Dify console's API (`/console/api/…`, an account). Real work behind them: packages
 * decoded by our safe reader with the daemon's limits and checks, signatures enforced as
 * configured, asynchronous install tasks, state written atomically in a data directory.
 *
 * `startEmbeddedDaemon` starts it in-process on a free port (deploy and promote use it when an
 * environment has no URL); `dify-plugin-release daemon` runs it on its own.
 */
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { EnvironmentError, UsageError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import { VERSION } from '../core/version.js';
import { type ProcessRunner, processRunner } from '../io/process.js';
import { loadPublicKey } from '../signing/keys.js';
import { officialKey, type TrustedKey } from '../signing/verify.js';
import { type ConsoleAccountConfig, ConsoleAuth, type ConsoleAuthOptions } from './console-auth.js';
import { consoleRoutes } from './console-routes.js';
import { DaemonCore } from './core.js';
import { badRequest, internalError, unauthorized } from './envelope.js';
import { match, type Reply, type Request, type Route, readBody, route, send } from './http-util.js';
import { managementRoutes } from './management.js';
import { PythonRuntime, type RuntimeOptions } from './runtime.js';
import { DaemonStore } from './store.js';

/** The tenant the embedded daemon installs for when none is named (a Dify workspace id is a UUID). */
export const DEFAULT_TENANT = '00000000-0000-0000-0000-000000000001';

export interface EmbeddedConsoleOptions extends Omit<ConsoleAuthOptions, 'now'> {
  accounts: readonly ConsoleAccountConfig[];
  workspaceName?: string;
  /** What the console reports as Dify's version (default 1.9.0). */
  difyVersion?: string;
  /** What Plugins → Debug shows (`GET …/plugin/debugging-key`): the key, and where the debugging port is. */
  debugging?: { key: string; host: string; port: number };
}

export interface EmbeddedDaemonOptions {
  dataDir: string;
  /** Required: the daemon refuses every request without it (SERVER_KEY). */
  apiKey: string;
  /** Default 127.0.0.1; anything else must be asked for. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** FORCE_VERIFYING_SIGNATURE (default false here; true on a real daemon). */
  forceVerify?: boolean;
  /** PKCS#1 public key files trusted besides the official key (THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS). */
  trustedKeys?: readonly string[];
  /** MAX_PLUGIN_PACKAGE_SIZE (default 50 MiB). */
  maxPackageBytes?: number;
  /** Start installed plugins with Python (`--runtime python`); absent: runtime state `not started`. */
  runtime?: RuntimeOptions;
  /** Serve the console routes too, with these accounts. */
  console?: EmbeddedConsoleOptions;
  /** The tenant the console's workspace is (default {@link DEFAULT_TENANT}). */
  tenant?: string;
  processes?: ProcessRunner;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

export interface EmbeddedDaemon {
  /** `http://127.0.0.1:<port>`: the daemon's root, and the site whose `/console/api` is the console. */
  url: string;
  host: string;
  port: number;
  tenant: string;
  dataDir: string;
  /** Tasks failed at start because the previous process died while they ran. */
  recovered: string[];
  close(): Promise<void>;
}

/** Data directories served by this process: two daemons on one directory would lose each other's writes. */
const openDirs = new Set<string>();

export async function startEmbeddedDaemon(options: EmbeddedDaemonOptions): Promise<EmbeddedDaemon> {
  if (!options.apiKey) {
    throw new UsageError(
      'the embedded daemon needs an API key: it refuses to start without one',
      'Pass --api-key-env VAR with VAR set to a secret of your choice (clients send it as X-Api-Key).',
    );
  }
  const now = options.now ?? (() => new Date());
  const dataDir = path.resolve(options.dataDir);
  if (openDirs.has(dataDir)) {
    throw new EnvironmentError(
      `an embedded daemon of this process already serves ${dataDir}`,
      'Use the one that is running (one daemon serves every tenant), or give this one another data directory.',
    );
  }
  const keys: TrustedKey[] = [officialKey(), ...(options.trustedKeys ?? []).map(trusted)];
  const store = new DaemonStore(dataDir);
  store.load(now());
  openDirs.add(dataDir);
  store.clearTemp();
  const runtime = options.runtime
    ? new PythonRuntime(
        path.join(dataDir, 'cwd'),
        options.processes ?? processRunner,
        options.env ?? process.env,
        options.runtime,
      )
    : undefined;
  const maxBytes = options.maxPackageBytes ?? LIMITS.maxPackageBytes;
  const core = new DaemonCore(
    store,
    { maxBytes, keys, forceVerify: options.forceVerify === true },
    now,
    runtime,
  );
  const tenant = options.tenant ?? DEFAULT_TENANT;
  const routes: Route[] = [
    route('GET', '/health/check', () => ({ status: 200, json: health(active) })),
    ...managementRoutes(core),
    route('GET', '/plugin/:tenant/asset/:id', (req) => {
      try {
        return {
          status: 200,
          bytes: readFileSync(store.assetPath(req.params.id!)),
          contentType: 'application/octet-stream',
        };
      } catch {
        return { status: 200, bytes: Buffer.alloc(0) };
      }
    }),
  ];
  const consoleEnabled = Boolean(options.console);
  if (options.console) {
    const auth = new ConsoleAuth({ ...options.console, now: () => now().getTime() });
    routes.push(
      ...consoleRoutes(core, {
        auth,
        tenant,
        workspaceName: options.console.workspaceName ?? 'Embedded workspace',
        difyVersion: options.console.difyVersion ?? '1.9.0',
        ...(options.console.debugging ? { debugging: options.console.debugging } : {}),
        maxUploadBytes: maxBytes,
        createdAt: Math.floor(now().getTime() / 1000),
      }),
    );
  }
  let active = 0;
  const server = http.createServer((req, res) => {
    active++;
    void handle(req, res).finally(() => active--);
  });
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const isConsole = url.pathname.startsWith('/console/api/');
    const upload = /\/(install\/upload\/package|plugin\/upload\/pkg)$/.test(url.pathname);
    let reply: Reply;
    try {
      const body = await readBody(req, upload ? maxBytes + 1024 * 1024 : LIMITS.maxTextBytes);
      const request: Request = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        params: {},
        ...(body.body ? { body: body.body } : {}),
        tooLarge: body.tooLarge,
        bodyBytes: body.bytes,
      };
      reply = await dispatch(request, isConsole);
    } catch (error) {
      reply = isConsole
        ? { status: 500, json: { message: 'Internal Server Error', code: 'unknown', status: 500 } }
        : { status: 500, json: internalError((error as Error)?.message ?? String(error)).envelope() };
    }
    if (!res.headersSent) send(res, reply);
  };
  const dispatch = async (req: Request, isConsole: boolean): Promise<Reply> => {
    if (isConsole && !consoleEnabled) return notFound();
    if (req.path.startsWith('/plugin/') && !isConsole) {
      if (req.headers['x-api-key'] !== options.apiKey)
        return { status: 401, json: unauthorized().envelope() };
      if (req.tooLarge && !/\/install\/upload\/package$/.test(req.path))
        return { status: 400, json: badRequest('request body too large', 400).envelope() };
    }
    const found = match(routes, req.method, req.path);
    if (!found) {
      return isConsole
        ? {
            status: 404,
            json: {
              code: 'not_found',
              message:
                'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
              status: 404,
            },
          }
        : notFound();
    }
    return found.route.handler({ ...req, params: found.params });
  };
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      store.unlock(process.pid);
      openDirs.delete(dataDir);
      reject(
        new EnvironmentError(
          `the embedded daemon cannot listen on ${host}:${options.port ?? 0}: ${error.code ?? error.message}`,
          error.code === 'EADDRINUSE' ? 'Choose another --port, or stop what listens there.' : undefined,
        ),
      );
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  core.engine.restartRuntimes();
  const address = server.address() as AddressInfo;
  let closed = false;
  return {
    url: `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`,
    host,
    port: address.port,
    tenant,
    dataDir,
    recovered: store.recovered,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await core.engine.close();
      await runtime?.stopAll();
      store.unlock(process.pid);
      openDirs.delete(dataDir);
    },
  };
}

function notFound(): Reply {
  return { status: 404, json: { code: 'not_found', message: 'route not found' } };
}

function health(active: number): Record<string, unknown> {
  return {
    status: 'ok',
    pool_status: {},
    version: `dify-plugin-release-${VERSION}-embedded`,
    build_time: '',
    platform: 'local',
    active_requests: active,
    active_dispatch_requests: 0,
  };
}

function trusted(file: string): TrustedKey {
  const key = loadPublicKey({ file });
  return { ...key, official: false };
}
