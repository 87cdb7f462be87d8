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
    const contents = await git.blobs(blobs.map((b) => b.sha));
    return selectAsPackage(new Map(blobs.map((b, i) => [b.path, contents[i]!])));
  }
}

/**
 * Keep the files `package` would select from this tree (the ignore file as it is at that commit,
 * directories pruned, secrets refused), so a comparison with a directory compares like with like.
 */
function selectAsPackage(files: Map<string, Buffer>): Map<string, Buffer> {
  const ignoreFile = (['.difyignore', '.gitignore'] as const).find((f) => files.has(f));
  const rules = ignoreFile
    ? parseIgnoreFile(ignoreFile, files.get(ignoreFile)!.toString('utf8'))
    : defaultRules();
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
  const out = new Map<string, Buffer>();
  for (const [file, bytes] of files) {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    if ((dir !== '' && dirIgnored(dir)) || rules.test(file, false).ignored || secretReason(file)) continue;
    out.set(file, bytes);
  }
  return out;
}
