/** Where the tests are, and where their JUnit report is kept. */
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { isInside, repositoryRoot } from '../core/paths.js';

/** Which tests to run: pytest's own choice in the plugin (`testpaths`, else the plugin dir), or these. */
export interface TestLocation {
  /** Absolute paths given to pytest; empty: pytest's configuration decides, from the plugin root. */
  targets: string[];
  /** Test directories kept outside the plugin (`--tests-dir`, or the monorepo's `tests/<plugin path>`). */
  external: string[];
}

/**
 * Tests inside the plugin (`tests/`, or whatever its pytest configuration says), plus tests kept
 * outside it: `--tests-dir`, or, in the official monorepo layout, `tests/<plugin path>` under an
 * ancestor directory (up to the repository root).
 */
export function locateTests(
  sourceRoot: string,
  runRoot: string,
  testsDir: string | undefined,
  cwd: string,
): TestLocation {
  let external: string | undefined;
  if (testsDir) {
    external = path.resolve(cwd, testsDir);
    if (!isDirectory(external)) {
      throw new UsageError(
        `--tests-dir ${testsDir} is not a directory`,
        'Give the directory holding the tests.',
      );
    }
  } else {
    external = monorepoTests(sourceRoot);
  }
  if (!external) return { targets: [], external: [] };
  const inside = path.join(runRoot, 'tests');
  return { targets: [...(isDirectory(inside) ? [inside] : []), external], external: [external] };
}

/**
 * `<ancestor>/tests/<plugin path relative to ancestor>`, nearest ancestor first, never above the
 * repository (a plugin at the root of its repository has none); outside a repository, up to six
 * levels.
 */
export function monorepoTests(sourceRoot: string): string | undefined {
  const top = repositoryRoot(sourceRoot);
  let ancestor = path.dirname(sourceRoot);
  for (let depth = 0; depth < 6; depth++) {
    if (top !== undefined && !isInside(top, ancestor)) break;
    const candidate = path.join(ancestor, 'tests', path.relative(ancestor, sourceRoot));
    if (isDirectory(candidate)) return candidate;
    if (ancestor === top || path.dirname(ancestor) === ancestor) break;
    ancestor = path.dirname(ancestor);
  }
  return undefined;
}

/**
 * Where `--junit-xml` keeps the report: the file given, or `junit.xml` inside a directory given
 * (an existing one, or a path written with a trailing slash). Anything else in the way (a FIFO, a
 * device) is a usage error before any test runs.
 */
export function junitTarget(option: string, cwd: string): string {
  const full = path.resolve(cwd, option);
  let stat: ReturnType<typeof lstatSync> | undefined;
  try {
    stat = lstatSync(full);
  } catch {
    stat = undefined;
  }
  if (stat?.isSymbolicLink()) {
    try {
      stat = statSync(full);
    } catch {
      stat = undefined; // A dangling link: written through, as any file.
    }
  }
  if (stat?.isDirectory() || (!stat && /[\\/]$/.test(option))) return path.join(full, 'junit.xml');
  if (stat && !stat.isFile()) {
    throw new UsageError(
      `--junit-xml ${option}: not a regular file or a directory`,
      'Give the path of the report file to write (e.g. reports/junit.xml), or a directory to write junit.xml in.',
    );
  }
  return full;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
