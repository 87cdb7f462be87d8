import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCommand } from '../../src/commands/test.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
import { copyFixture, EXAMPLE, errorsOf, fixture, offlineEnv, sharedStage } from './helpers.js';

const run = sharedStage();

describe('test --packaged', () => {
  /** A stand-in for the package stage's reader: copies the plugin as packaging would leave it. */
  const copyExcept =
    (source: string, ...dropped: string[]) =>
    async (_pkg: string, dir: string) => {
      cpSync(source, dir, {
        recursive: true,
        filter: (f) => !dropped.includes(path.relative(source, f)) && !f.includes('__pycache__'),
      });
    };

  it('runs in the unpacked package with PLUGIN_FILE_PATH set, and catches a module .difyignore dropped', async () => {
    const pkg = path.join(tempDir(), 'testing_difyignore-0.1.0.difypkg');
    writeFileSync(pkg, 'stand-in');
    const source = fixture('difyignore');
    expect((await run(source)).outcome).toBe('passed');

    const r = await run(source, { packaged: pkg }, { unpack: copyExcept(source, 'helpers.py') });
    expect(r.outcome).toBe('collection-error');
    expect(r.package).toBe(pkg);
    const error = errorsOf(r)[0]!;
    expect(error).toMatchObject({
      code: 'DPR803',
      file: 'tests/test_shouting.py',
      line: 3,
      plugin: 'difyignore',
    });
    expect(error.message).toContain(
      'helpers.py is in the source tree but not in the package: .difyignore excludes it',
    );

    // PLUGIN_FILE_PATH names the package (the passing fixture checks it ends in .difypkg).
    const passing = await run(
      fixture('passing'),
      { packaged: pkg },
      { unpack: copyExcept(fixture('passing')) },
    );
    expect(passing.outcome).toBe('passed');
  });

  it('notices a package without the tests the source has', async () => {
    const pkg = path.join(tempDir(), 'p.difypkg');
    writeFileSync(pkg, 'stand-in');
    const r = await run(
      fixture('passing'),
      { packaged: pkg },
      { unpack: copyExcept(fixture('passing'), 'tests') },
    );
    expect(r.outcome).toBe('no-tests');
    expect(errorsOf(r)[0]!.message).toContain('.difyignore keeps it out of the package');
  });
});

describe('test command', () => {
  it('reports the tables (counts, five slowest), outputs and exit code; streams pytest output', async () => {
    const outcome = await runCommand(
      testCommand,
      { path: EXAMPLE, cacheDir: run.cacheDir() },
      { env: offlineEnv() },
    );
    const reporter = outcome.reporter;
    expect(outcome.exitCode).toBe(0);
    expect(outcome.outputs).toMatchObject({
      outcome: 'passed',
      'tests-passed': '85',
      'tests-failed': '0',
      errors: '0',
    });
    const [counts, slowest] = reporter.sections[0]!.tables! as {
      title: string;
      header: string[];
      rows: unknown[][];
    }[];
    expect(counts!.header).toEqual(['Passed', 'Failed', 'Errors', 'Skipped', 'Time']);
    expect(counts!.rows[0]!.slice(0, 4)).toEqual([85, 0, 0, 0]);
    expect(slowest!.title).toBe('Slowest tests');
    expect(slowest!.rows).toHaveLength(5);
    expect(reporter.sections[0]!.headline).toMatch(
      /^.*unit-converter: tests passed \(85 passed in [\d.]+ s, Python 3\.\d+\.\d+\)$/,
    );
    expect(reporter.infos.some((l) => /85 passed/.test(l))).toBe(true);

    expect(
      (
        await runCommand(
          testCommand,
          { path: fixture('failing'), cacheDir: run.cacheDir() },
          { env: offlineEnv() },
        )
      ).exitCode,
    ).toBe(1);
  });

  it('exits 2 with a clear message: not a plugin, no interpreter, no such package, uv missing', async () => {
    const notPlugin = await runCommand(
      testCommand,
      { path: tempDir(), cacheDir: run.cacheDir() },
      { env: offlineEnv() },
    );
    expect(notPlugin.exitCode).toBe(2);
    expect(notPlugin.reporter.fatals[0]!).toMatch(/is not a Dify plugin: it has no manifest\.yaml/);

    const missing = await runCommand(
      testCommand,
      { path: fixture('passing'), cacheDir: run.cacheDir(), python: '/nonexistent/python3' },
      { env: offlineEnv() },
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.reporter.fatals[0]!).toMatch(/^\/nonexistent\/python3 .*was not found/);

    expect(
      (
        await runCommand(
          testCommand,
          { path: fixture('passing'), cacheDir: run.cacheDir(), packaged: 'nope.difypkg' },
          { env: offlineEnv() },
        )
      ).exitCode,
    ).toBe(2);

    const uvPlugin = copyFixture('passing');
    writeFileSync(path.join(uvPlugin, 'uv.lock'), 'version = 1\n');
    writeFileSync(path.join(uvPlugin, 'pyproject.toml'), '[project]\nname = "p"\nversion = "0.1.0"\n');
    const env = offlineEnv({ PATH: pathWithout('uv') });
    const noUv = await runCommand(testCommand, { path: uvPlugin, cacheDir: run.cacheDir() }, { env });
    expect(noUv.exitCode).toBe(2);
    expect(noUv.reporter.fatals[0]!).toMatch(/uv\.lock.*uv, which is not installed.*Install uv/);
  });
});

/** PATH without the directories holding `program` (to test its absence on any machine). */
function pathWithout(program: string): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir && !existsSync(path.join(dir, program)))
    .join(path.delimiter);
}
