import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { Git } from '../manifest/changed.js';
import { GitSource } from '../manifest/git-source.js';
import { DirSource, type PluginSource } from '../manifest/source.js';
import { PackageSource } from '../package/package-source.js';
import { openPackage } from '../zip/reader.js';

/** A plugin source that may hold an open file (a package) until closed. */
export type Side = PluginSource & { close?: () => Promise<void> };

/** Opens a built package as a plugin source. */
export type PackageOpener = (file: string) => Promise<Side>;

/** The default opener: the safe zip reader, as the daemon would read the package. */
export const openPackageSide: PackageOpener = async (file) => {
  const pkg = await openPackage(file);
  const source = new PackageSource(pkg, file) as Side;
  source.close = () => pkg.close();
  return source;
};

/**
 * One side of a comparison: a plugin directory, a `.difypkg`, or a git ref (`REF` or `REF:path`),
 * where a bare ref means "this same plugin, at that commit".
 */
export async function openSide(
  arg: string,
  options: { cwd: string; samePluginAs?: string; openPackage?: PackageOpener },
): Promise<Side> {
  const full = path.resolve(options.cwd, arg);
  if (existsSync(full)) {
    if (statSync(full).isDirectory()) return new DirSource(full, arg);
    if (full.endsWith('.difypkg')) {
      return (options.openPackage ?? openPackageSide)(full);
    }
    throw new UsageError(
      `${arg} is neither a plugin directory nor a .difypkg`,
      'Pass a directory, a package or a git ref.',
    );
  }
  const [ref, sub] = splitRef(arg);
  const git = new Git(options.cwd);
  const top = await git.topLevel().catch(() => {
    throw new UsageError(
      `${arg} is not a file or directory, and ${options.cwd} is not in a git repository to read it as a ref`,
      'Pass two plugin directories or packages, or run inside the repository.',
    );
  });
  await git.resolve(ref); // validates the ref, with a clear message
  const pluginDir =
    sub !== undefined ? path.resolve(top, sub) : path.resolve(options.cwd, options.samePluginAs ?? '.');
  const prefix = path.relative(top, pluginDir).split(path.sep).join('/');
  return new GitSource(options.cwd, ref, prefix, `${ref}:${prefix || '.'}`);
}

function splitRef(arg: string): [string, string | undefined] {
  const i = arg.indexOf(':');
  return i > 0 ? [arg.slice(0, i), arg.slice(i + 1)] : [arg, undefined];
}
