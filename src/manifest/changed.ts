import { existsSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError, UsageError } from '../core/errors.js';
import { type ProcessRunner, processRunner } from '../core/process.js';
import { ROOT_MARKERS } from './discover.js';
import { byteOrder, isInside } from './source.js';

/** What changed since a ref: plugins to check, and plugins whose manifest is gone. */
export interface ChangedPlugins {
  /** Plugin roots (absolute) with at least one changed file, that still exist. */
  changed: string[];
  /** Plugin roots (relative to the repository) that existed at the ref and are gone now. */
  removed: string[];
  /** The commit compared against (the merge base of the ref and HEAD). */
  base: string;
}

/** The git operations `--changed-since` needs, behind one small interface. */
export class Git {
  constructor(
    readonly cwd: string,
    private readonly runner: ProcessRunner = processRunner,
  ) {}

  async topLevel(): Promise<string> {
    const r = await this.git(['rev-parse', '--show-toplevel']);
    return r.trim();
  }

  /** The commit a ref names, or a usage error saying it is not one. */
  async resolve(ref: string): Promise<string> {
    const exists = await this.runner.run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
      cwd: this.cwd,
    });
    if (exists.code !== 0) {
      throw new UsageError(
        `"${ref}" is not a commit in this repository`,
        'Pass a branch, tag or SHA; in Actions, check out with `fetch-depth: 0` so the base commit is present.',
      );
    }
    return exists.stdout.trim();
  }

  /** The commit where HEAD forked from `ref` (so a PR's base branch moving on does not matter). */
  async mergeBase(ref: string): Promise<string> {
    const commit = await this.resolve(ref);
    const base = await this.runner.run('git', ['merge-base', commit, 'HEAD'], { cwd: this.cwd });
    return base.code === 0 ? base.stdout.trim() : commit;
  }

  /** Paths (relative to the top level) that differ between `base` and the working tree, untracked included. */
  async changedPaths(base: string): Promise<string[]> {
    const diff = await this.git(['diff', '--name-only', '--no-renames', '-z', base, '--']);
    const untracked = await this.git(['ls-files', '--others', '--exclude-standard', '-z']);
    const all = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
    return [...new Set(all)];
  }

  /** Every path named `name` in the tree of `commit` (one git call, however large the diff). */
  async filesNamed(commit: string, name: string): Promise<Set<string>> {
    const out = await this.git(['ls-tree', '-r', '--name-only', '-z', commit]);
    return new Set(out.split('\0').filter((f) => f === name || f.endsWith(`/${name}`)));
  }

  private async git(args: string[]): Promise<string> {
    const r = await this.runner.run('git', args, { cwd: this.cwd });
    if (r.code === 127)
      throw new EnvironmentError('git is not installed', 'Install git, or run without --changed-since.');
    if (r.code !== 0) {
      throw new EnvironmentError(
        `git ${args[0]} failed: ${r.stderr.trim().split('\n')[0]}`,
        'Run inside a git repository.',
      );
    }
    return r.stdout;
  }
}

/**
 * Map every path changed since `ref` to its nearest plugin root (the closest ancestor holding
 * `manifest.yaml` or a Coze `plugin_meta.yaml`, skipping dot-directories as the official monorepo's script does), keeping only
 * plugins under `scope`. A root whose manifest existed at the base but not now is reported removed.
 */
export async function changedPlugins(
  scope: readonly string[],
  ref: string,
  git: Git,
): Promise<ChangedPlugins> {
  const top = await git.topLevel();
  const base = await git.mergeBase(ref);
  const before = new Set<string>();
  for (const marker of ROOT_MARKERS) for (const f of await git.filesNamed(base, marker)) before.add(f);
  const changed = new Set<string>();
  const removed = new Set<string>();
  for (const rel of await git.changedPaths(base)) {
    const parts = rel.split('/');
    if (parts.some((p, i) => i < parts.length - 1 && p.startsWith('.'))) continue;
    for (let i = parts.length - 1; i >= 0; i--) {
      const dirRel = parts.slice(0, i).join('/');
      const dir = path.join(top, ...parts.slice(0, i));
      if (ROOT_MARKERS.some((m) => existsSync(path.join(dir, m)))) {
        changed.add(dir);
        break;
      }
      if (ROOT_MARKERS.some((m) => before.has(dirRel ? `${dirRel}/${m}` : m))) {
        removed.add(dirRel || '.');
        break;
      }
    }
  }
  const inScope = (dir: string) => scope.some((s) => isInside(s, dir));
  return {
    changed: [...changed].filter(inScope).sort(byteOrder),
    removed: [...removed].filter((r) => inScope(path.join(top, r))).sort(byteOrder),
    base,
  };
}
