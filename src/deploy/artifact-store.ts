/**
 * The local artifact store: every package deploy and promote put on a target is kept under
 * `.dify-release/artifacts/<author>/<name>-<version>-<checksum>.difypkg`, so a rollback can upload
 * it again when the target lost it. When the store does not have it, the release asset the ledger
 * names is downloaded (into the store) and checked against the digest the ledger recorded.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sha256File } from '../artifact/read.js';
import type { Artifact } from '../core/artifact.js';
import { errorMessage } from '../core/errors.js';
import { checksumOfIdentifier, pluginIdOf, versionOf } from '../daemon/shapes.js';
import type { StageContext } from '../io/context.js';
import { commit, discardTemp, tempPathFor, writeAtomic } from '../io/files.js';

export function storeDir(ctx: Pick<StageContext, 'cwd'>, given?: string): string {
  return path.resolve(ctx.cwd, given ?? path.join('.dify-release', 'artifacts'));
}

/** Where the store keeps an identifier's package. */
export function storedPath(dir: string, identifier: string): string {
  const [author, name] = pluginIdOf(identifier).split('/');
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');
  return path.join(
    dir,
    safe(author ?? 'unknown'),
    `${safe(name ?? 'plugin')}-${safe(versionOf(identifier))}-${checksumOfIdentifier(identifier).slice(0, 16)}.difypkg`,
  );
}

/** Keep a copy of the package (once per identifier); its path in the store. */
export function keep(dir: string, artifact: Artifact): string {
  const target = storedPath(dir, artifact.identifier);
  if (existsSync(target)) return target;
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    copyFileSync(artifact.path, temp);
  } catch (error) {
    discardTemp(temp);
    throw error;
  }
  commit(temp, target);
  return target;
}

export interface Obtained {
  file: string;
  /** Where it came from, for the evidence. */
  from: string;
}

/**
 * A file holding the identifier's package whose sha256 is `digest` (when known): the given file, the
 * store, or the release asset (downloaded into the store). Undefined, with the reasons, when none.
 */
export async function obtain(
  identifier: string,
  digest: string | undefined,
  sources: { file?: string; url?: string; store: string },
  ctx: Pick<StageContext, 'ports' | 'env' | 'signal'>,
): Promise<{ found?: Obtained; tried: string[] }> {
  const tried: string[] = [];
  const matches = async (file: string): Promise<boolean> => {
    if (!digest) return true;
    const actual = await sha256File(file);
    if (actual !== digest)
      tried.push(`${file} has sha256 ${actual.slice(0, 12)}…, not the recorded ${digest.slice(0, 12)}…`);
    return actual === digest;
  };
  for (const [file, from] of [
    [sources.file, 'the file given'],
    [storedPath(sources.store, identifier), 'the artifact store'],
  ] as const) {
    if (!file) continue;
    if (!existsSync(file)) {
      tried.push(`${from}: no ${file}`);
      continue;
    }
    if (await matches(file)) return { found: { file, from: `${from} (${file})` }, tried };
  }
  if (!sources.url) {
    tried.push('no release asset URL is recorded');
    return { tried };
  }
  const target = storedPath(sources.store, identifier);
  try {
    const token = ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN;
    const api = (ctx.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
    const github = token && sources.url.startsWith(api);
    const res = await ctx.ports.http.request({
      url: sources.url,
      headers: github
        ? { Authorization: `Bearer ${token}`, Accept: 'application/octet-stream' }
        : { Accept: 'application/octet-stream' },
      timeoutMs: 120_000,
      signal: ctx.signal,
      ...(token ? { secrets: [token] } : {}),
    });
    if (res.status !== 200) {
      tried.push(`the release asset ${sources.url} answered HTTP ${res.status}`);
      return { tried };
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeAtomic(target, Buffer.from(await res.bytes()), 0o644);
  } catch (error) {
    tried.push(`the release asset ${sources.url} could not be downloaded: ${errorMessage(error)}`);
    return { tried };
  }
  if (await matches(target))
    return { found: { file: target, from: `the release asset ${sources.url}` }, tried };
  rmSync(target, { force: true });
  return { tried };
}
