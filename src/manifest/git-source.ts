import { spawn } from 'node:child_process';
import { EnvironmentError, UsageError } from '../core/errors.js';
import { processRunner } from '../core/process.js';
import { secretReason } from '../package/file-rules.js';
import { defaultRules, parseIgnoreFile } from '../package/ignore.js';
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
    const spec = this.prefix ? `${this.ref}:${this.prefix}` : `${this.ref}:`;
    const tree = await processRunner.run('git', ['ls-tree', '-r', '-z', spec], { cwd: this.repo });
    if (tree.code === 127)
      throw new EnvironmentError('git is not installed', 'Install git to compare against a ref.');
    if (tree.code !== 0) {
      throw new UsageError(
        `cannot read ${spec} from git: ${tree.stderr.trim().split('\n')[0]}`,
        'Pass an existing ref (fetch it first in CI) and a path that exists at that ref.',
      );
    }
    const blobs: { sha: string; path: string }[] = [];
    for (const line of tree.stdout.split('\0')) {
      const m = /^(\d+) blob ([0-9a-f]+)\t(.+)$/s.exec(line);
      // 120000 is a symlink: its blob is the link text, not content the package would carry.
      if (m && m[1] !== '120000') blobs.push({ sha: m[2]!, path: m[3]! });
    }
    const contents = await catFileBatch(
      this.repo,
      blobs.map((b) => b.sha),
    );
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

/** Read many blobs through one `git cat-file --batch` process. */
function catFileBatch(cwd: string, shas: string[]): Promise<Buffer[]> {
  if (shas.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new EnvironmentError(`git cat-file failed with code ${code}`));
      const all = Buffer.concat(chunks);
      const out: Buffer[] = [];
      let at = 0;
      for (let i = 0; i < shas.length; i++) {
        const nl = all.indexOf(10, at);
        const header = all.subarray(at, nl).toString('utf8').split(' ');
        const size = Number(header[2]);
        out.push(all.subarray(nl + 1, nl + 1 + size));
        at = nl + 1 + size + 1;
      }
      resolve(out);
    });
    child.stdin.end(`${shas.join('\n')}\n`);
  });
}
