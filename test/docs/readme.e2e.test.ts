/**
 * The README says nothing that does not work as written. Every command block marked ```sh runnable
 * runs, in README order, in one temporary copy of the example plugin, with `dify-plugin-release` on
 * PATH as `npm install -g` puts it there (the bundled CLI), no GitHub Actions variables, no token and
 * no network; each must exit 0. The other blocks are checked for what they name: the set-up
 * commands are package.json's scripts and what CI runs, every command a declared one, every
 * workflow and action a file of this repository, every relative link a file that exists.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { bundle } from '../helpers/cli.js';

const ROOT = path.resolve(__dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const MARKER = 'sh runnable';

/** Fenced blocks: the info string and the body. */
const blocks = [...README.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  info: m[1]!.trim(),
  body: m[2]!,
}));
const runnable = blocks.filter((b) => b.info === MARKER);

/** Commands of issue 13 and the pipeline the README already documents, not declared yet. */
const PENDING = new Set<string>();

describe('the README', () => {
  it('has runnable blocks, and only the one marker', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(3);
    for (const b of blocks) if (b.info.includes('runnable')) expect(b.info).toBe(MARKER);
  });

  describe('every runnable block works as written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dpr-readme-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const work = path.join(dir, 'repo');
    const bin = path.join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    cpSync(path.join(ROOT, 'examples'), path.join(work, 'examples'), { recursive: true });
    // `npm install -g` links the bin to dist/cli.js; this is that, for the bundle under test.
    writeFileSync(
      path.join(bin, 'dify-plugin-release'),
      `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(bundle('cli'))} "$@"\n`,
      { mode: 0o755 },
    );
    execFileSync('git', ['init', '-q'], { cwd: work });
    const env = {
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      HOME: dir,
      NO_COLOR: '1',
      DPR_CACHE_DIR: path.join(dir, 'cache'),
      ...(process.env.DPR_PYTHON ? { DPR_PYTHON: process.env.DPR_PYTHON } : {}),
    };

    it.each(runnable.map((b) => [b.body.split('\n')[0]!, b.body]))('%s …', (_, body) => {
      const r = spawnSync('bash', ['-euo', 'pipefail', '-c', body], { cwd: work, env, encoding: 'utf8' });
      expect(r.status, `${body}\n${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/GITHUB_TOKEN|BEGIN RSA PRIVATE KEY/);
    });
  });

  it('the set-up commands are the example job and the tests CI runs', () => {
    const setup = blocks.find((b) => b.body.includes('npm run example'))!;
    const lines = setup.body
      .split('\n')
      .map((l) => l.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(lines).toEqual(['npm install && npm run example', 'npm install && npm test']);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.example).toBe('node scripts/example.mjs');
    expect(existsSync(path.join(ROOT, 'scripts/example.mjs'))).toBe(true);
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm install [^\n]*&& npm test$/m);
  });

  it('every command it shows is declared (or one that is on its way)', () => {
    const declared = new Set(COMMANDS.map((c) => c.name));
    const shell = blocks.filter((b) => b.info.startsWith('sh')).map((b) => b.body);
    const shown = new Set(
      [...shell.join('\n').matchAll(/^(?:npx )?dify-plugin-release(?:@latest)? ([a-z-]+)/gm)].map(
        (m) => m[1]!,
      ),
    );
    expect(shown.size).toBeGreaterThan(5);
    for (const name of shown) {
      if (declared.has(name)) continue;
      expect(PENDING, `README shows "dify-plugin-release ${name}", which is not a command`).toContain(name);
    }
  });

  it('every workflow and action it names is a file of this repository', () => {
    for (const m of README.matchAll(/dify-plugin-release\/dify-plugin-release\/([\w./-]+?)@v1/g)) {
      const target = m[1]!;
      if (target.endsWith('.yml')) expect(existsSync(path.join(ROOT, target)), target).toBe(true);
      else {
        const stage = /^actions\/([\w-]+)$/.exec(target)?.[1];
        if (stage && PENDING.has(stage)) continue;
        expect(existsSync(path.join(ROOT, target, 'action.yml')), target).toBe(true);
      }
    }
  });

  it('says what every secret and variable of the reusable workflows is for', () => {
    for (const file of ['plugin-ci.yml', 'plugin-release.yml', 'plugin-rollback.yml']) {
      const text = readFileSync(path.join(ROOT, '.github/workflows', file), 'utf8');
      const names = new Set([
        ...[...text.matchAll(/\$\{\{ secrets\.(\w+) \}\}/g)].map((m) => m[1]!),
        ...[...text.matchAll(/\$\{\{ vars\.(\w+) \}\}/g)].map((m) => m[1]!),
      ]);
      for (const name of names)
        expect(README, `${file} uses ${name}`).toMatch(new RegExp(`^\\| [^\\n]*\`${name}\``, 'm'));
    }
  });

  it('every relative link points at a file that exists', () => {
    for (const m of README.matchAll(/\]\(((?!https?:|#|mailto:)[^)\s]+)\)/g)) {
      expect(existsSync(path.join(ROOT, m[1]!.replace(/#.*$/, ''))), m[1]).toBe(true);
    }
  });
});
