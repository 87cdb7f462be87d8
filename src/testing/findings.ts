import { existsSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import type { MissingRequirement } from './env-cache.js';
import { lastFrameIn, lastFrameUnder, type TestCase } from './junit.js';
import type { PytestRun } from './pytest-run.js';
import type { RunRecord } from './records.js';
import { requirementForModule } from './requirements.js';

/** What turning failures into findings needs to know about the run. */
export interface FindingContext {
  /** Where pytest ran (the plugin root, or the unpacked package): paths are made relative to it. */
  runRoot: string;
  /** Test directories outside the plugin. */
  external: readonly string[];
  /** Requirements that could not be installed. */
  missing: readonly MissingRequirement[];
  /** The plugin's source tree (the run root unless `--packaged`). */
  sourceRoot: string;
  /** Running in an unpacked package: tell what it lacks compared with the source tree. */
  packaged: boolean;
}

/**
 * A path as findings show it, relative to the plugin root and `/`-separated: files in the run root
 * (the unpacked package too) by their place there, which is their place in the source tree; files
 * outside it (tests kept elsewhere) relative to the source tree.
 */
export function displayFile(ctx: Pick<FindingContext, 'runRoot' | 'sourceRoot'>, file: string): string {
  const full = path.resolve(ctx.runRoot, file);
  const inRun = path.relative(ctx.runRoot, full);
  const rel = inRun.startsWith('..') || path.isAbsolute(inRun) ? path.relative(ctx.sourceRoot, full) : inRun;
  return rel.split(path.sep).join('/');
}

/** One finding per failed test, error and collection error, at the failing line of the test file. */
export function caseFindings(cases: readonly TestCase[], ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  for (const c of cases) {
    if (c.status !== 'failed' && c.status !== 'error') continue;
    if (c.internal) continue; // Reported as a crash.
    const text = `${c.message ?? ''}\n${c.details ?? ''}`;
    const hint = explain(text, ctx);
    if (c.collection) {
      const where = lastFrameUnder(c.details ?? '', ctx.runRoot, [ctx.runRoot, ...ctx.external]);
      const file = where ? displayFile(ctx, where.file) : c.file && displayFile(ctx, c.file);
      out.push(
        finding('DPR803', `${c.file ?? c.name} cannot be imported: ${errorLine(c)}${hint.message}`, {
          ...(file ? { file } : {}),
          ...(where ? { line: where.line } : {}),
          fix: hint.fix ?? 'Fix the import error: pytest collects no test of this module until it imports.',
        }),
      );
      continue;
    }
    const file = c.file ? displayFile(ctx, c.file) : undefined;
    const line =
      (c.file && lastFrameIn(c.details ?? '', ctx.runRoot, path.resolve(ctx.runRoot, c.file))) || c.line;
    const what = c.status === 'failed' ? 'failed' : c.phase ? `errored in ${c.phase}` : 'errored';
    out.push(
      finding(
        c.status === 'failed' ? 'DPR801' : 'DPR802',
        `${c.id} ${what}: ${errorLine(c)}${hint.message}`,
        {
          ...(file ? { file } : {}),
          ...(line ? { line } : {}),
          ...(hint.fix ? { fix: hint.fix } : {}),
        },
      ),
    );
  }
  return out;
}

/** A conftest.py that cannot be imported stops pytest before any report (exit code 4). */
export function conftestFinding(run: PytestRun, ctx: FindingContext): Finding | undefined {
  const m = /ImportError while loading conftest '([^']+)'/.exec(run.output);
  if (!m) return undefined;
  const conftest = m[1]!;
  const block = run.output.slice(run.output.indexOf(m[0]));
  const line = lastFrameIn(block, ctx.runRoot, path.resolve(ctx.runRoot, conftest));
  const error =
    block
      .split('\n')
      .find((l) => /^E\s+\S/.test(l))
      ?.replace(/^E\s+/, '') ?? 'import error';
  const hint = explain(block, ctx);
  return finding('DPR803', `${displayFile(ctx, conftest)} cannot be imported: ${error}${hint.message}`, {
    file: displayFile(ctx, conftest),
    ...(line ? { line } : {}),
    fix: hint.fix ?? 'Fix the import error in conftest.py: pytest runs no test until it imports.',
  });
}

/** pytest stopped abnormally: an internal error, a usage error, a signal or an unexpected exit code. */
export function crashFinding(run: PytestRun, cases: readonly TestCase[], ctx: FindingContext): Finding {
  const internal = cases.find((c) => c.internal);
  const text = internal?.details ?? run.output;
  const where = lastFrameUnder(text, ctx.runRoot, [ctx.runRoot, ...ctx.external]);
  const how =
    run.code === 3
      ? 'an internal error'
      : run.code === 4
        ? 'a usage error (bad option or configuration)'
        : run.signal
          ? `signal ${run.signal}`
          : `exit code ${run.code}`;
  const tail = outputTail(text, internal ? 3 : 6);
  return finding('DPR805', `pytest crashed with ${how}${tail ? `:\n${tail}` : ''}`, {
    ...(where ? { file: displayFile(ctx, where.file), line: where.line } : {}),
    fix:
      run.code === 4
        ? "Check the pytest options in the plugin's configuration (pytest.ini, pyproject.toml, setup.cfg) and any passed after --."
        : 'Read the pytest output above; a plugin hook, a conftest.py or a test that kills the interpreter is the usual cause.',
  });
}

/**
 * The failures the progress record holds, when there is no JUnit report to read them from (the
 * process ended early): each at the crash's line in the test file when it is there, else at the test.
 */
export function recordFindings(rec: RunRecord | undefined, ctx: FindingContext): Finding[] {
  if (!rec) return [];
  const out: Finding[] = [];
  for (const f of rec.failures) {
    const message = (f.crash?.message || lastLine(f.text ?? '') || 'see the pytest output')
      .split('\n')[0]!
      .trim();
    const crash = f.crash && isPluginFile(ctx, f.crash.path) ? f.crash : undefined;
    const file = crash ? displayFile(ctx, crash.path) : testFile(f.nodeid);
    const where = { ...(file ? { file } : {}), ...(crash?.line ? { line: crash.line } : {}) };
    if (f.when === 'collect') {
      out.push(finding('DPR803', `${f.nodeid || 'a test module'} cannot be imported: ${message}`, where));
    } else if (f.when === 'call') {
      out.push(finding('DPR801', `${f.nodeid} failed: ${message}`, where));
    } else {
      out.push(finding('DPR802', `${f.nodeid} errored in ${f.when}: ${message}`, where));
    }
  }
  return out;
}

/** `tests/test_a.py` of `tests/test_a.py::test_b`. */
function testFile(nodeid: string): string | undefined {
  const file = nodeid.split('::')[0];
  return file?.endsWith('.py') ? file : undefined;
}

/** A real file of the plugin or its tests (not `<string>`, not an installed package). */
function isPluginFile(ctx: FindingContext, file: string): boolean {
  if (file.startsWith('<')) return false;
  const full = path.resolve(ctx.runRoot, file);
  if (/[\\/](site|dist)-packages[\\/]/.test(full)) return false;
  return [ctx.runRoot, ...ctx.external].some((r) => full.startsWith(r + path.sep)) && existsSync(full);
}

function lastLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .pop() ?? ''
  );
}

/** The last meaningful lines of output (the `E` and error lines pytest ends with). */
export function outputTail(text: string, lines: number): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^INTERNALERROR>\s?/, '').trimEnd())
    .filter((l) => l.trim() && !/^[=_-]{5,}/.test(l.trim()) && !/^\s*\^+\s*$/.test(l))
    .slice(-lines)
    .join('\n');
}

/** The first line of what went wrong: the message attribute, or the last `E` line. */
function errorLine(c: TestCase): string {
  const e = (c.details ?? '')
    .split('\n')
    .filter((l) => /^E\s+\S/.test(l))
    .map((l) => l.replace(/^E\s+/, ''));
  if (c.collection) return e.at(-1) ?? c.message ?? 'import error';
  const first = (c.message ?? '').split('\n')[0]?.trim();
  return first || e[0] || 'see the pytest output';
}

/**
 * Why an import or file access failed, when this tool knows: a requirement that could not be
 * installed, or (with `--packaged`) a file that is in the source tree but not in the package.
 */
function explain(text: string, ctx: FindingContext): { message: string; fix?: string } {
  const module = /No module named '([^']+)'/.exec(text)?.[1];
  if (module) {
    const req = requirementForModule(module, ctx.missing);
    if (req) {
      return {
        message: ` (module ${module} comes from the requirement ${req.requirement}, which could not be installed: ${req.reason})`,
        fix: 'Run the tests where the package index is reachable, or with an interpreter (--python) that already has the package.',
      };
    }
    const dropped = droppedFromPackage(moduleFiles(module), ctx);
    if (dropped) return droppedHint(dropped);
  }
  const missingFile = /No such file or directory: '([^']+)'/.exec(text)?.[1];
  if (missingFile) {
    const dropped = droppedFromPackage([missingFile], ctx);
    if (dropped) return droppedHint(dropped);
  }
  return { message: '' };
}

function droppedHint(file: string): { message: string; fix: string } {
  return {
    message: ` (${file} is in the source tree but not in the package: .difyignore excludes it)`,
    fix: `Stop .difyignore from excluding ${file}, or do not depend on it from the tests.`,
  };
}

/** Where a top-level module could live in a plugin: `name.py` or `name/`. */
function moduleFiles(module: string): string[] {
  const top = module.split('.')[0]!;
  return [`${top}.py`, top];
}

/** The first of `files` (relative to the run root, or absolute in it) the source has and the package lacks. */
function droppedFromPackage(files: readonly string[], ctx: FindingContext): string | undefined {
  if (!ctx.packaged) return undefined;
  for (const f of files) {
    const rel = path.relative(ctx.runRoot, path.resolve(ctx.runRoot, f)).split(path.sep).join('/');
    if (rel.startsWith('..')) continue;
    if (existsSync(path.join(ctx.sourceRoot, rel)) && !existsSync(path.join(ctx.runRoot, rel))) return rel;
  }
  return undefined;
}

/**
 * A warning per requirement that could not be installed, on its line of the requirements file. A
 * cached environment tries them again on every run, so the warning says nothing about rebuilding.
 */
export function missingFindings(missing: readonly MissingRequirement[]): Finding[] {
  return missing.map((m) =>
    finding('DPR808', `${m.requirement} could not be installed: ${m.reason}; the tests run without it`, {
      ...(m.file ? { file: m.file } : {}),
      ...(m.line ? { line: m.line } : {}),
      fix: 'Run where the package index is reachable (or set PIP_INDEX_URL to a mirror), or use --python with an interpreter that has the package.',
    }),
  );
}
