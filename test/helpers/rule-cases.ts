import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Finding, Severity } from '../../src/core/finding.js';
import { DirSource } from '../../src/manifest/source.js';
import { validateSource } from '../../src/manifest/validate.js';
import { lineOf, type PluginFiles, TOOL_PLUGIN, writePlugin } from './plugins.js';

/** One seeded defect: the change to a base plugin and the finding it must produce. */
export interface RuleCase {
  /** What the case seeds, in words (the test name). */
  name: string;
  code: string;
  severity: Severity;
  /** The file the finding must point at, relative to the plugin root. */
  file: string;
  /** Text on the line the finding must point at (its first occurrence in `file`). */
  at: string;
  changes: PluginFiles;
  base?: Record<string, string>;
}

export const NOW = new Date('2026-06-01T00:00:00Z');

/** Validate a plugin directory; findings of every rule. */
export async function findingsOf(dir: string): Promise<Finding[]> {
  return (await validateSource(new DirSource(dir, '.', dir), NOW)).findings;
}

/** Write the case's plugin, validate it, and assert code, severity, file and line. */
export async function assertCase(c: RuleCase): Promise<void> {
  const dir = writePlugin(c.changes, c.base ?? TOOL_PLUGIN);
  const findings = await findingsOf(dir);
  const text = readFileSync(path.join(dir, ...c.file.split('/')), 'utf8');
  const line = lineOf(text, c.at);
  const hit = findings.find((f) => f.code === c.code && f.file === c.file && f.line === line);
  const shown = findings.map((f) => `${f.severity} ${f.code} ${f.file}:${f.line} ${f.message}`).join('\n');
  expect(hit, `expected ${c.code} at ${c.file}:${line}; got:\n${shown}`).toBeDefined();
  expect(hit!.severity).toBe(c.severity);
  expect(hit!.message.length).toBeGreaterThan(10);
  // Every finding says how to fix it (the rule's own remedy, or the code's general one).
  const bare = findings.filter((f) => !f.fix).map((f) => `${f.code} ${f.message}`);
  expect(bare, 'findings without a fix').toEqual([]);
}
