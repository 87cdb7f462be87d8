import { UsageError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import { Git } from '../io/git.js';
import { secretReason } from '../selection/file-rules.js';
import { defaultRules, parseIgnoreFile } from '../selection/ignore.js';
import type { PluginSource } from './source.js';
import { byteOrder } from './source.js';

/**
 * A plugin as it is at a git commit, seen as its package would be: `git ls-tree` for the file list,
 * one `git cat-file --batch` for every blob (a model plugin with hundreds of files costs two
 * processes, not hundreds), then the same file selection as `package`.
 */
export class GitSource implements PluginSource {
  private loaded?: Promise<Map<string, Buffer>>;

  constructor(
    /** A directory inside the repository (where git runs). */
    private readonly repo: string,
    /** The commit-ish, e.g. `origin/main` or a SHA. */
    readonly ref: string,
    /** The plugin's path relative to the repository top level (`''` for the top level). */
    private readonly prefix: string,
    readonly label = `${ref}:${prefix || '.'}`,
  ) {}

  async files(): Promise<readonly string[]> {
    return [...(await this.load()).keys()].sort(byteOrder);
  }

  async read(file: string): Promise<Uint8Array | undefined> {
    return (await this.load()).get(file);
  }

  private load(): Promise<Map<string, Buffer>> {
    this.loaded ??= this.fetchAll();
    return this.loaded;
  }

  private async fetchAll(): Promise<Map<string, Buffer>> {
    const git = new Git(this.repo);
    const spec = this.prefix ? `${this.ref}:${this.prefix}` : `${this.ref}:`;
    // 120000 is a symlink: its blob is the link text, not content the package would carry.
    const blobs = (await git.tree(spec)).filter((b) => b.mode !== '120000');
    // The ignore file first, then only the blobs the package would hold: a large file the ignore
    // file excludes (a dataset, a build) is never read into memory.
    const ignoreBlob = (['.difyignore', '.gitignore'] as const)
      .map((name) => blobs.find((b) => b.path === name))
      .find((b) => b !== undefined);
    const ignoreText =
      ignoreBlob && (ignoreBlob.size ?? 0) <= LIMITS.maxIgnoreBytes
        ? (await git.blobs([ignoreBlob.sha]))[0]!.toString('utf8')
        : undefined;
    const kept = new Set(
      selectPaths(
        blobs.map((b) => b.path),
        ignoreBlob ? (ignoreBlob.path as '.difyignore' | '.gitignore') : undefined,
        ignoreText,
      ),
    );
    const wanted = blobs.filter((b) => kept.has(b.path));
    const total = wanted.reduce((n, b) => n + (b.size ?? 0), 0);
    if (total > MAX_GIT_BYTES) {
      throw new UsageError(
        `${this.label} holds ${total} bytes of files to package, more than the ${MAX_GIT_BYTES} this tool reads from git (the daemon accepts ${LIMITS.maxPackageBytes})`,
        'Exclude large files in .difyignore, or compare built packages instead.',
      );
    }
    const contents = await git.blobs(wanted.map((b) => b.sha));
    return new Map(wanted.map((b, i) => [b.path, contents[i]!]));
  }
}

/** What this tool reads of a plugin at a git commit: twice what a package may hold. */
const MAX_GIT_BYTES = 2 * LIMITS.maxPackageBytes;

/**
 * The paths `package` would select from this tree (the ignore file as it is at that commit,
 * directories pruned, secrets refused), so a comparison with a directory compares like with like.
 */
function selectPaths(
  paths: readonly string[],
  ignoreFile: '.difyignore' | '.gitignore' | undefined,
  ignoreText: string | undefined,
): string[] {
  const rules =
    ignoreFile && ignoreText !== undefined ? parseIgnoreFile(ignoreFile, ignoreText) : defaultRules();
  const pruned = new Map<string, boolean>();
  const dirIgnored = (dir: string): boolean => {
    let known = pruned.get(dir);
    if (known === undefined) {
      const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
      known = (parent !== '' && dirIgnored(parent)) || rules.test(dir, true).ignored;
      pruned.set(dir, known);
    }
    return known;
  };
  return paths.filter((file) => {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    return !((dir !== '' && dirIgnored(dir)) || rules.test(file, false).ignored || secretReason(file));
  });
}
