/** Reading an unpacked offline package for `verify --offline-install`: its target, its wheels, its files. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { getAt } from '../yaml/pointer.js';
import { openPackage } from '../zip/reader.js';
import { TARGET_LINE } from './layout.js';
import { parseWheelName } from './tags.js';
import { type Target, target } from './targets.js';

export type TargetSource = 'requirements.txt' | 'wheel tags' | 'this machine';

/** The target: from the offline requirements.txt's first line, else the wheels' platform tags, else here. */
export function inferTarget(
  requirements: string,
  wheels: readonly string[],
  manifest: unknown,
  host: { arch: string } | undefined,
): { t: Target; from: TargetSource } {
  const declared = TARGET_LINE.exec(requirements);
  if (declared) return { t: target(declared[1]!, declared[2]!), from: 'requirements.txt' };
  const tags = wheels.flatMap((f) => parseWheelName(f)?.tags ?? []);
  const cp = tags.map((tag) => /^cp3(\d+)-cp3\1/.exec(tag)?.[1]).find(Boolean);
  const runner = String(getAt(manifest, '/meta/runner/version') ?? '');
  const python = cp ? `3.${cp}` : (/^3\.\d+/.exec(runner)?.[0] ?? '3.12');
  if (tags.some((tag) => tag.endsWith('_aarch64')))
    return { t: target('linux/arm64', python), from: 'wheel tags' };
  if (tags.some((tag) => tag.endsWith('_x86_64')))
    return { t: target('linux/amd64', python), from: 'wheel tags' };
  const arch = (host?.arch ?? process.arch) === 'arm64' ? 'linux/arm64' : 'linux/amd64';
  return { t: target(arch, python), from: 'this machine' };
}

/** A wheel that is not a zip with its `.dist-info/METADATA`, or whose metadata names another distribution. */
export async function wheelProblem(file: string, name: string, version: string): Promise<string | undefined> {
  try {
    const whl = await openPackage(file, {
      maxUncompressed: Math.max(statSync(file).size * 50, 1 << 30),
      requireManifest: false,
    });
    try {
      const meta = whl.entries.find((e) => /^[^/]+\.dist-info\/METADATA$/.test(e.name));
      if (!meta) return 'it has no .dist-info/METADATA';
      const text = (await whl.read(meta.name)).toString('utf8');
      const metaName = /^Name:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? '';
      const metaVersion = /^Version:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? '';
      const norm = (s: string) => s.toLowerCase().replace(/[-_.]+/g, '_');
      if (norm(metaName) !== norm(name) || metaVersion !== version) {
        return `its metadata says ${metaName} ${metaVersion}, its file name ${name} ${version}`;
      }
      return undefined;
    } finally {
      await whl.close();
    }
  } catch (error) {
    return `it cannot be read as a wheel (${errorMessage(error)})`;
  }
}

export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}
