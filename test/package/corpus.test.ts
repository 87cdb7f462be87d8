import { spawnSync } from 'node:child_process';
import { type Dirent, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePlugin } from '../../src/package/package.js';
import { selectFiles } from '../../src/selection/select.js';
import { tempDir } from '../helpers/plugins.js';
import { CORPUS, hasCorpus, SKIP_CORPUS } from './zip-util.js';

const hasGit = spawnSync('git', ['--version']).status === 0;

function plugins(): string[] {
  return readdirSync(CORPUS)
    .sort()
    .flatMap((kind) =>
      readdirSync(path.join(CORPUS, kind))
        .sort()
        .map((name) => `${kind}/${name}`),
    );
}

function allFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The files git itself would keep under the same ignore file (negated lines dropped, as the Dify CLI
 * gives them no effect): an independent implementation of gitignore to check ours against.
 */
function keptByGit(root: string, ignoreFile: string, files: string[]): string[] {
  const dir = tempDir('dpr-git-');
  spawnSync('git', ['init', '-q', dir]);
  const rules = path.join(dir, 'rules');
  const text = readFileSync(path.join(root, ignoreFile), 'utf8');
  writeFileSync(
    rules,
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => !l.startsWith('!'))
      .join('\n'),
  );
  const r = spawnSync(
    'git',
    [
      `--git-dir=${dir}/.git`,
      `--work-tree=${root}`,
      '-c',
      `core.excludesFile=${rules}`,
      'check-ignore',
      '--no-index',
      '--stdin',
    ],
    { input: files.join('\n'), encoding: 'utf8' },
  );
  const ignored = new Set(r.stdout.split('\n').filter(Boolean));
  return files.filter((f) => !ignored.has(f));
}

describe.skipIf(!hasCorpus)(
  `the corpus of official plugins${hasCorpus ? '' : ` (skipped: ${SKIP_CORPUS})`}`,
  () => {
    it('packages every plugin without error', async () => {
      const out = tempDir();
      const failures: string[] = [];
      let count = 0;
      for (const rel of plugins()) {
        // badapple's endpoints/pathdata.py (4 MiB) was left out of the snapshot: waived, and checked below.
        // discord_trigger's secret-input subscription parameter is refused by the SDK at start-up: waived.
        const ignore =
          rel === 'extensions/badapple' ? ['DPR307'] : rel === 'triggers/discord_trigger' ? ['DPR226'] : [];
        const result = await packagePlugin({ path: path.join(CORPUS, rel), outDir: out, ignore });
        const errors = result.findings.filter((f) => f.severity === 'error');
        if (errors.length > 0 || !result.path)
          failures.push(`${rel}: ${errors.map((f) => f.message).join('; ')}`);
        else count++;
      }
      expect(failures).toEqual([]);
      expect(count).toBe(78);
    }, 120_000);

    it('reports the one file missing from the snapshot (badapple) as validate does', async () => {
      const result = await packagePlugin({
        path: path.join(CORPUS, 'extensions/badapple'),
        outDir: tempDir(),
      });
      expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.file])).toEqual([
        ['DPR307', 'endpoints/pathdata.yaml'],
      ]);
      expect(result.path).toBeUndefined();
    });

    it.skipIf(!hasGit)('selects exactly the files git keeps under each plugin’s ignore file', () => {
      let compared = 0;
      for (const rel of plugins()) {
        const root = path.join(CORPUS, rel);
        const ignoreFile = ['.difyignore', '.gitignore'].find((f) => existsSync(path.join(root, f)));
        if (!ignoreFile) continue;
        const ours = selectFiles(root).files.map((f) => f.path);
        expect([rel, ours]).toEqual([rel, keptByGit(root, ignoreFile, allFiles(root))]);
        compared++;
      }
      expect(compared).toBeGreaterThan(10);
    });
  },
);

describe.skipIf(!hasGit)('file selection agrees with git on tricky patterns', () => {
  it('matches git check-ignore for a tree and an ignore file full of edge cases', () => {
    const root = tempDir('dpr-git-tree-');
    const files = [
      'a.py',
      'a.pyc',
      'build/x',
      'src/build/y',
      'docs/a.md',
      'docs/sub/b.md',
      'deep/docs/c.md',
      'x.manifest',
      'manifest.yaml',
      'logs/today.log',
      'keep/logs/x.txt',
      'foo/bar/baz.txt',
      'a/foo/bar/q.txt',
      'Data/File.TXT',
      'data/file.txt',
      'weird name.txt',
      'dir.d/inner',
      'star*/x',
    ];
    for (const f of files) {
      const full = path.join(root, ...f.split('/'));
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, '');
    }
    writeFileSync(
      path.join(root, '.difyignore'),
      [
        '*.py[cod]',
        '/build',
        'docs/*.md',
        '**/logs',
        'foo/bar',
        'data/',
        '*.TXT',
        'weird\\ name.txt',
        '*.d/',
        'star\\*',
      ].join('\n'),
    );
    const all = [...files, '.difyignore'].sort();
    const ours = selectFiles(root).files.map((f) => f.path);
    expect(ours).toEqual(
      keptByGit(root, '.difyignore', all).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
    );
  });
});
