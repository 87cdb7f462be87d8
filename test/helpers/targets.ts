import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll } from 'vitest';
import { ConsoleTarget } from '../../src/daemon/console-target.js';
import { DaemonTarget } from '../../src/daemon/daemon-target.js';
import { createHttpClient } from '../../src/io/http.js';
import {
  type EmbeddedDaemon,
  type EmbeddedDaemonOptions,
  startEmbeddedDaemon,
} from '../../src/local-daemon/server.js';
import { packagePlugin } from '../../src/package/package.js';
import { edit, type PluginFiles, TOOL_PLUGIN, tempDir, writePlugin } from './plugins.js';

export const API_KEY = 'test-api-key-0123456789';
export const ACCOUNT = { email: 'owner@example.com', password: 'correct horse battery' };

/** An HTTP client with short backoffs, as the tests' clients use. */
export const http = createHttpClient({ backoffMs: () => 5 });

const running: EmbeddedDaemon[] = [];
afterAll(async () => {
  for (const d of running.splice(0)) await d.close();
});

/** An embedded daemon on a free loopback port, its data in a fresh directory; closed after the file. */
export async function startTestDaemon(options: Partial<EmbeddedDaemonOptions> = {}): Promise<EmbeddedDaemon> {
  const daemon = await startEmbeddedDaemon({
    dataDir: path.join(tempDir('dpr-daemon-'), 'data'),
    apiKey: API_KEY,
    ...options,
  });
  running.push(daemon);
  return daemon;
}

export function daemonTarget(d: EmbeddedDaemon, apiKey = API_KEY): DaemonTarget {
  return new DaemonTarget({ url: d.url, apiKey, tenant: d.tenant, http, embedded: true });
}

export function consoleTarget(
  d: EmbeddedDaemon,
  account = ACCOUNT,
  options: { workspace?: string; passwordEncoding?: 'auto' | 'plain' | 'base64' } = {},
): ConsoleTarget {
  return new ConsoleTarget({ url: d.url, account, http, embedded: true, ...options });
}

export interface BuiltPackage {
  path: string;
  identifier: string;
  sha256: string;
  dir: string;
}

/** Package the test tool plugin (with `changes`) as `package` does; fails the test on errors. */
export async function buildPackage(
  changes: PluginFiles = {},
  base: Record<string, string> = TOOL_PLUGIN,
): Promise<BuiltPackage> {
  const dir = writePlugin(changes, base);
  const out = tempDir('dpr-pkg-');
  const r = await packagePlugin({ path: dir, outDir: out, cwd: out });
  const errors = r.findings.filter((f) => f.severity === 'error');
  if (!r.path || errors.length > 0) throw new Error(`fixture does not package: ${JSON.stringify(errors)}`);
  return { path: r.path, identifier: r.identifier!, sha256: r.sha256!, dir };
}

/** The test plugin at another version (distinct identifiers for upgrades). */
export function atVersion(version: string, changes: PluginFiles = {}): Promise<BuiltPackage> {
  return buildPackage({
    'manifest.yaml': edit('manifest.yaml', 'version: 0.1.0', `version: ${version}`),
    ...changes,
  });
}

/** A file with these bytes, for uploads of hand-made (bad) packages. */
export function fileOf(bytes: Buffer, name = 'crafted.difypkg'): string {
  const file = path.join(tempDir('dpr-upload-'), name);
  writeFileSync(file, bytes);
  return file;
}

export const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16"/></svg>\n';

/** A raw management call, for exact shapes and bad inputs. */
export async function management(
  d: EmbeddedDaemon,
  method: string,
  route: string,
  init: { body?: string | FormData | Buffer; contentType?: string; apiKey?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'X-Api-Key': init.apiKey ?? API_KEY };
  if (init.contentType) headers['Content-Type'] = init.contentType;
  const r = await fetch(`${d.url}/plugin/${d.tenant}/management${route}`, {
    method,
    headers,
    body: init.body,
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

/** Upload bytes through the daemon's door as Dify does (multipart part `dify_pkg`). */
export function uploadRaw(d: EmbeddedDaemon, bytes: Buffer, verify = false) {
  const form = new FormData();
  form.append('verify_signature', verify ? 'true' : 'false');
  form.append('dify_pkg', new Blob([bytes]), 'plugin.difypkg');
  return management(d, 'POST', '/install/upload/package', { body: form });
}

/** The daemon's error JSON inside an envelope's message. */
export function inner(body: Record<string, unknown>): { message: string; error_type: string; args: unknown } {
  return JSON.parse(String(body.message)) as { message: string; error_type: string; args: unknown };
}
