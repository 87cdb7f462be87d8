import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export type CaseStatus = 'passed' | 'failed' | 'error' | 'skipped';

/** One `<testcase>` of pytest's JUnit XML (`junit_family=xunit1`, which carries file and line). */
export interface TestCase {
  /** The pytest node id, rebuilt: `tests/test_a.py::TestX::test_y[1]`. */
  id: string;
  classname: string;
  name: string;
  /** As pytest wrote it: relative to the rootdir (the plugin root), `/`-separated. */
  file?: string;
  /** 1-based line of the test's `def` (pytest writes it 0-based). */
  line?: number;
  /** Seconds. */
  time: number;
  status: CaseStatus;
  /** The failure's or error's message attribute (the skip reason for skipped tests). */
  message?: string;
  /** The traceback pytest printed. */
  details?: string;
  /** A module that could not be collected (imported). */
  collection?: boolean;
  /** pytest's own internal error, reported as a test case. */
  internal?: boolean;
  /** An error outside the test body. */
  phase?: 'setup' | 'teardown';
}

export interface JUnitReport {
  cases: TestCase[];
  /** Seconds, the suites' total. */
  time: number;
}

export interface TestCounts {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
}

type XmlNode = Record<string, unknown>;

const ARRAYS = new Set(['testsuite', 'testcase', 'failure', 'error', 'skipped']);

/** Parse pytest's JUnit XML. Throws on XML that is not JUnit at all. */
export function parseJUnit(xml: string): JUnitReport {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parser.parse(xml) as XmlNode;
  const root = (doc.testsuites as XmlNode | undefined) ?? doc;
  const suites = (root.testsuite as XmlNode[] | undefined) ?? [];
  if (!doc.testsuites && !doc.testsuite) throw new Error('not a JUnit XML report');
  const cases: TestCase[] = [];
  let time = 0;
  for (const suite of suites) {
    time += Number(suite['@_time'] ?? 0) || 0;
    for (const tc of (suite.testcase as XmlNode[] | undefined) ?? []) cases.push(toCase(tc));
  }
  return { cases, time };
}

function toCase(tc: XmlNode): TestCase {
  const classname = String(tc['@_classname'] ?? '');
  const name = String(tc['@_name'] ?? '');
  const file = tc['@_file'] === undefined ? undefined : String(tc['@_file']).split(path.sep).join('/');
  const line0 = tc['@_line'] === undefined ? Number.NaN : Number(tc['@_line']);
  const base: TestCase = {
    id: nodeId(classname, name, file),
    classname,
    name,
    ...(file ? { file } : {}),
    ...(Number.isFinite(line0) ? { line: line0 + 1 } : {}),
    time: Number(tc['@_time'] ?? 0) || 0,
    status: 'passed',
  };
  const failure = first(tc.failure);
  const error = first(tc.error);
  const skipped = first(tc.skipped);
  if (failure) return { ...base, status: 'failed', ...body(failure) };
  if (error) {
    const b = body(error);
    const phase = /^failed on (setup|teardown)/.exec(b.message ?? '')?.[1] as TestCase['phase'];
    return {
      ...base,
      status: 'error',
      ...b,
      ...(b.message === 'collection failure' ? { collection: true } : {}),
      ...(classname === 'pytest' && name === 'internal' ? { internal: true } : {}),
      ...(phase ? { phase } : {}),
    };
  }
  if (skipped) return { ...base, status: 'skipped', ...body(skipped) };
  return base;
}

function first(value: unknown): XmlNode | string | undefined {
  return Array.isArray(value) ? (value[0] as XmlNode | string | undefined) : undefined;
}

function body(node: XmlNode | string): { message?: string; details?: string } {
  if (typeof node === 'string') return node ? { details: node } : {};
  const message = node['@_message'] === undefined ? undefined : String(node['@_message']);
  const text = node['#text'] === undefined ? undefined : String(node['#text']);
  return { ...(message !== undefined ? { message } : {}), ...(text ? { details: text } : {}) };
}

/** `tests/test_a.py::TestX::test_y` from classname `tests.test_a.TestX`, name and file. */
function nodeId(classname: string, name: string, file: string | undefined): string {
  if (!file) return classname ? `${classname}::${name}` : name;
  if (!classname) return file; // A collection error names the module.
  const module = file.replace(/\.py$/, '').replace(/\//g, '.');
  const rest = classname.startsWith(`${module}.`) ? classname.slice(module.length + 1) : '';
  return [file, ...(rest ? rest.split('.') : []), name].join('::');
}

export function countCases(cases: readonly TestCase[]): TestCounts {
  const counts: TestCounts = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const c of cases) {
    if (c.internal) continue;
    counts.total++;
    if (c.status === 'passed') counts.passed++;
    else if (c.status === 'failed') counts.failed++;
    else if (c.status === 'error') counts.errors++;
    else counts.skipped++;
  }
  return counts;
}

/** A `file:line` a traceback names. */
export interface Frame {
  file: string;
  line: number;
}

/**
 * The frames of a traceback, in order: pytest's `path.py:12: in func` / `path.py:12: Error` lines
 * and Python's `File "path.py", line 12` lines (`E   ` prefixes allowed).
 */
export function tracebackFrames(text: string): Frame[] {
  const frames: Frame[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s*(?:E\s+|INTERNALERROR>\s*)?/, '');
    const py = /^File "([^"]+)", line (\d+)/.exec(line);
    if (py) {
      frames.push({ file: py[1]!, line: Number(py[2]) });
      continue;
    }
    const pt = /^(\S(?:.*?\S)?\.py):(\d+):(?:\s|$)/.exec(line);
    if (pt) frames.push({ file: pt[1]!, line: Number(pt[2]) });
  }
  return frames;
}

/**
 * The last frame of a traceback that is in `target` (an absolute path), paths resolved from `cwd`:
 * the line of the failing assertion when `target` is the test file.
 */
export function lastFrameIn(text: string, cwd: string, target: string): number | undefined {
  const frames = tracebackFrames(text).filter((f) => path.resolve(cwd, f.file) === target);
  return frames.at(-1)?.line;
}

/**
 * The last frame inside one of `roots` (absolute) and not in an installed package: where a module
 * that cannot be imported goes wrong.
 */
export function lastFrameUnder(text: string, cwd: string, roots: readonly string[]): Frame | undefined {
  const frames = tracebackFrames(text)
    // `<string>`, `<frozen importlib._bootstrap>`: code with no file, never a place to annotate.
    .filter((f) => !f.file.startsWith('<'))
    .map((f) => ({ file: path.resolve(cwd, f.file), line: f.line }))
    .filter(
      (f) =>
        !/[\\/](site|dist)-packages[\\/]/.test(f.file) &&
        roots.some((r) => f.file === r || f.file.startsWith(r + path.sep)),
    );
  return frames.at(-1);
}
