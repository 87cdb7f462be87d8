import { statSync } from 'node:fs';
import path from 'node:path';
import { type Code, finding } from '../core/codes.js';
import type { Finding, Severity } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { FileReadError, readRegularFile, refusalFix } from '../io/read.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import { escapePointer } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';

/** Findings of one check run, with a helper that builds them at a pointer of a file. */
export class Sink {
  readonly findings: Finding[] = [];

  /** A finding at `pointer` of `file` (`key` points at the mapping key rather than its value). */
  at(
    file: YamlFile,
    pointer: string,
    code: Code,
    message: string,
    fix: string,
    opts: { part?: 'key' | 'value'; severity?: Severity } = {},
  ): void {
    const where = file.locate(pointer, opts.part ?? 'value');
    this.findings.push(finding(code, message, { ...where, fix, severity: opts.severity }));
  }

  /** A finding at the start of a file that has no parsed positions (missing, unreadable). */
  atFile(file: string, code: Code, message: string, fix: string, severity?: Severity): void {
    this.findings.push(finding(code, message, { file, line: 1, column: 1, fix, severity }));
  }

  add(...findings: Finding[]): void {
    this.findings.push(...findings);
  }
}

/** Whether `dir/rel` is a regular file (symlinks followed, as Coze's os.ReadFile does). */
export function isFile(dir: string, rel: string): boolean {
  try {
    return statSync(path.join(dir, rel)).isFile();
  } catch {
    return false;
  }
}

/**
 * Read a YAML file the way Coze's loaders see it. Syntax and encoding problems come back from
 * YamlFile (DPR001, DPR004); a key written twice is fatal to Go's yaml.v3, which both loaders use.
 * Returns `undefined`, with a finding, when the file cannot be read.
 */
export function loadYaml(dir: string, rel: string, sink: Sink, missing: () => void): YamlFile | undefined {
  let bytes: Buffer;
  try {
    // The one reader: a pipe or a device is refused (never waited on), the size capped.
    bytes = readRegularFile(path.join(dir, rel), { maxBytes: LIMITS.maxYamlBytes, label: rel });
  } catch (error) {
    if (error instanceof FileReadError && error.reason !== 'missing' && error.reason !== 'unreadable') {
      sink.atFile(rel, 'DPR005', error.message, refusalFix(error, 'the configuration'));
    } else {
      missing();
    }
    return undefined;
  }
  const file = parseYamlBytes(rel, bytes);
  sink.add(...file.problems);
  for (const dup of file.duplicates) {
    sink.findings.push(
      finding(
        'DPR717',
        `key \`${dup.key}\` is written twice (first at line ${dup.first.line}): Go's yaml.v3 refuses the whole file`,
        {
          ...dup.second,
          fix: 'Delete one of the two entries, keeping the value you mean.',
        },
      ),
    );
  }
  return file;
}

/** `${pointer}/${key}` with the key escaped. */
export function child(pointer: string, key: string | number): string {
  return `${pointer}/${typeof key === 'number' ? key : escapePointer(key)}`;
}

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A value's kind in words, for "expected X, found Y" messages. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return typeof value === 'boolean' ? 'a boolean' : typeof value;
}

/** A string field as Go reads it into a string: scalars keep their text, null is empty. */
export function str(file: YamlFile, pointer: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return file.plainText.get(pointer) ?? String(value);
}
