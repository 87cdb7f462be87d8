import path from 'node:path';
import { Git } from '../manifest/changed.js';
import { GitSource } from '../manifest/git-source.js';
import { MANIFEST } from '../manifest/plugin-types.js';
import { DirSource } from '../manifest/source.js';
import type { PluginValidation } from '../manifest/validate.js';
import { diffPlugins } from './diff.js';

/**
 * `validate --against REF`: the semver guard for every validated plugin that existed at REF.
 * A plugin new since REF has nothing to be compatible with and is skipped.
 */
export async function checkAgainst(plugins: PluginValidation[], ref: string, cwd: string): Promise<void> {
  if (plugins.length === 0) return;
  const git = new Git(cwd);
  const top = await git.topLevel();
  const base = await git.mergeBase(ref);
  const existing = await git.filesNamed(base, MANIFEST);
  for (const p of plugins) {
    if (p.kind !== 'dify') continue;
    const dir = path.resolve(cwd, p.path);
    const prefix = path.relative(top, dir).split(path.sep).join('/');
    if (!existing.has(prefix ? `${prefix}/${MANIFEST}` : MANIFEST)) continue;
    const result = await diffPlugins(new GitSource(cwd, base, prefix), new DirSource(dir, p.path));
    p.findings.push(...result.findings.map((f) => ({ ...f, plugin: p.path })));
  }
}
