/**
 * Does the plugin come up? The official repository's CI ("Check Plugin Install", the marketplace
 * toolkit's test-plugin-install.py) runs `python -m main` in the plugin directory with
 * INSTALL_METHOD=serverless, waits for the SDK's "Serving Flask app" line, waits 3 s more, then asks
 * the server for `/`: HTTP 200 or 404 is a plugin that starts; exiting first, or no banner within
 * 20 s, is one that does not. Here the same, on a free loopback port instead of 0.0.0.0:8080, in the
 * same sandbox as the tests. It needs dify_plugin in the test environment: without it nothing is
 * claimed.
 */
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import type { ProcessRunner } from '../io/process.js';
import { outputTail } from './findings.js';
import { lastFrameUnder } from './junit.js';
import type { Confinement } from './pytest-run.js';
import { runIsolated } from './sandbox.js';
import { withTempDir } from './temp.js';

/** The toolkit's limits: the banner within 20 s, then 3 s of running before the request. */
export const START_LIMITS = { bannerMs: 20_000, settleMs: 3_000, requestMs: 5_000 };

export interface StartCheckOptions {
  /** The environment's python. */
  python: string;
  venv: string;
  /** The plugin root (or the unpacked package). */
  cwd: string;
  /** The plugin's environment (secrets and runner internals removed). */
  env: NodeJS.ProcessEnv;
  /** dify_plugin's version in the environment; absent: the check is not run. */
  difyPlugin?: string;
  tree: ProcessRunner;
  confinement?: Confinement;
  limits?: typeof START_LIMITS;
}

export interface StartCheck {
  /** Whether the plugin was started at all (dify_plugin is in the environment). */
  ran: boolean;
  /** It served, and answered 200 or 404. */
  ok?: boolean;
  /** What happened, in words. */
  detail: string;
  durationMs: number;
}

/** Run the start check; the finding it gives (an error when the plugin does not start, a notice when not run). */
export async function checkStart(o: StartCheckOptions): Promise<{ check: StartCheck; findings: Finding[] }> {
  const started = Date.now();
  if (!o.difyPlugin) {
    return {
      check: { ran: false, detail: 'dify_plugin is not in the test environment', durationMs: 0 },
      findings: [
        finding(
          'DPR818',
          'the plugin was not started (the official CI starts it with python -m main): dify_plugin is not in the test environment, so whether the plugin comes up is not known',
        ),
      ],
    };
  }
  const limits = o.limits ?? START_LIMITS;
  const port = await freePort();
  const old = isOldSdk(o.difyPlugin);
  const env: NodeJS.ProcessEnv = {
    ...o.env,
    VIRTUAL_ENV: o.venv,
    PATH: [path.dirname(o.python), o.env.PATH].filter(Boolean).join(path.delimiter),
    PYTHONDONTWRITEBYTECODE: '1',
    ...(old
      ? { INSTALL_METHOD: 'aws_lambda', AWS_LAMBDA_HOST: '127.0.0.1', AWS_LAMBDA_PORT: String(port) }
      : { INSTALL_METHOD: 'serverless', SERVERLESS_HOST: '127.0.0.1', SERVERLESS_PORT: String(port) }),
  };
  delete env.PYTHONHOME;
  const abort = new AbortController();
  let verdict: { ok: boolean; detail: string } | undefined;
  const settle = (v: { ok: boolean; detail: string }): void => {
    if (verdict) return;
    verdict = v;
    abort.abort();
  };
  let bannerTimer: NodeJS.Timeout | undefined = setTimeout(
    () =>
      settle({
        ok: false,
        detail: `it did not print "Serving Flask app" within ${limits.bannerMs / 1000} s`,
      }),
    limits.bannerMs,
  );
  const onLine = (line: string, stream: 'stdout' | 'stderr'): void => {
    if (stream !== 'stdout' || !bannerTimer || !line.includes('Serving Flask app')) return;
    clearTimeout(bannerTimer);
    bannerTimer = undefined;
    setTimeout(() => {
      if (verdict) return;
      void get(port, limits.requestMs).then((status) =>
        settle(
          status === 200 || status === 404
            ? { ok: true, detail: `it served on port ${port} and answered HTTP ${status}` }
            : {
                ok: false,
                detail: status
                  ? `it answered HTTP ${status} (200 or 404 expected)`
                  : 'it did not answer on its port',
              },
        ),
      );
    }, limits.settleMs);
  };
  const run = await withTempDir('dpr-start-', (work) =>
    o.confinement
      ? runIsolated(o.tree, [o.python, '-m', 'main'], {
          cwd: o.cwd,
          env,
          onLine,
          signal: abort.signal,
          supervisorPython: o.python,
          workDir: work,
          mask: o.confinement.mask,
          readonly: o.confinement.readonly,
          writable: [...o.confinement.writable, work, o.cwd],
          policy: o.confinement.policy,
        })
      : o.tree
          .run(o.python, ['-m', 'main'], { cwd: o.cwd, env, onLine, signal: abort.signal })
          .then((result) => ({ result })),
  );
  if (bannerTimer) clearTimeout(bannerTimer);
  const r = run.result;
  const v =
    verdict ??
    ({
      ok: false,
      detail: `it exited (${r.signal ? `signal ${r.signal}` : `exit code ${r.code}`}) before serving`,
    } as const);
  const check: StartCheck = { ran: true, ok: v.ok, detail: v.detail, durationMs: Date.now() - started };
  if (v.ok) return { check, findings: [] };
  const output = `${r.stdout}\n${r.stderr}`;
  const tail = outputTail(output, 8);
  const where = lastFrameUnder(output, o.cwd, [o.cwd]);
  const file = where
    ? path.relative(o.cwd, where.file).split(path.sep).join('/')
    : existsSync(path.join(o.cwd, 'main.py'))
      ? 'main.py'
      : undefined;
  return {
    check,
    findings: [
      finding(
        'DPR817',
        `the plugin does not start: python -m main with INSTALL_METHOD=${old ? 'aws_lambda' : 'serverless'} (dify_plugin ${o.difyPlugin}): ${v.detail}${tail ? `:\n${tail}` : ''}`,
        { ...(file ? { file } : {}), ...(where ? { line: where.line } : {}) },
      ),
    ],
  };
}

/** dify_plugin up to 0.0.1b64 knew aws_lambda, not serverless (the toolkit's switch). */
function isOldSdk(version: string): boolean {
  const m = /^0\.0\.1b(\d+)$/.exec(version.trim());
  return Boolean(m && Number(m[1]) <= 64) || /^0\.0\.1a\d+$/.test(version.trim());
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The status of `GET http://127.0.0.1:port/`, or 0 when nothing answers in time. */
function get(port: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}
