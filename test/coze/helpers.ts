import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Finding, Severity } from '../../src/core/finding.js';
import { checkCozeConfig } from '../../src/coze/index.js';

/** The valid configuration, laid out as Coze Studio's backend/conf/plugin/ (plus the icons). */
export const VALID = path.resolve(__dirname, '../fixtures/coze/valid');
export const META = 'plugin_meta.yaml';
export const WEATHER = 'weather_lookup.yaml';
export const NOTES = 'note_keeper.yaml';
export const QUOTE = 'daily_quote.yaml';
export const OAUTH = '../common/oauth_schema.json';

/** A change to one file: new text, a rewrite of the old text, or `null` to delete it. */
export type Change = string | null | ((text: string) => string);
/** Changes keyed by path relative to pluginproduct/ (so `../common/…` reaches the OAuth schema). */
export type Changes = Record<string, Change>;

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Copy the valid configuration to a temporary directory, apply the changes, return its pluginproduct/. */
export function makeConfig(changes: Changes = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dpr-coze-'));
  temps.push(root);
  cpSync(VALID, root, { recursive: true });
  const dir = path.join(root, 'pluginproduct');
  for (const [rel, change] of Object.entries(changes)) {
    const file = path.join(dir, rel);
    if (change === null) rmSync(file, { force: true });
    else if (typeof change === 'string') writeFileSync(file, change);
    else writeFileSync(file, change(readFileSync(file, 'utf8')));
  }
  return dir;
}

/** Replace exactly one occurrence of `from`: a case whose anchor is missing must fail loudly. */
export function edit(from: string, to: string): (text: string) => string {
  return (text) => {
    const at = text.indexOf(from);
    if (at === -1) throw new Error(`fixture: "${from}" not found`);
    return text.slice(0, at) + to + text.slice(at + from.length);
  };
}

/** One change to one file of the valid configuration. */
export const change = (file: string, from: string, to: string): Changes => ({ [file]: edit(from, to) });

export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`fixture: "${needle}" not found`);
  return text.slice(0, index).split('\n').length;
}

/** One seeded defect and the finding it must produce. */
export interface CozeCase {
  name: string;
  code: string;
  severity: Severity;
  /** File of the finding, relative to pluginproduct/. */
  file: string;
  /** Text on the line the finding must point at (first occurrence in the changed file). */
  at: string;
  changes: Changes;
}

export function show(findings: Finding[]): string {
  return findings
    .map((f) => `${f.severity} ${f.code} ${f.file}:${f.line}:${f.column} ${f.message}`)
    .join('\n');
}

export async function assertCase(c: CozeCase): Promise<void> {
  const dir = makeConfig(c.changes);
  const findings = await checkCozeConfig(dir);
  const line = lineOf(readFileSync(path.join(dir, c.file), 'utf8'), c.at);
  const matches = findings.filter((f) => f.code === c.code && f.file === c.file && f.line === line);
  const hit = matches.find((f) => f.severity === c.severity) ?? matches[0];
  expect(hit, `expected ${c.code} at ${c.file}:${line}; got:\n${show(findings)}`).toBeDefined();
  expect(hit!.severity).toBe(c.severity);
  expect(hit!.column).toBeGreaterThan(0);
  expect(hit!.fix, 'every finding carries a fix').toMatch(/\S.*\.$/);
}
