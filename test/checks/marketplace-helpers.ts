import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { checkTarget, type MarketplaceOptions } from '../../src/checks/marketplace/index.js';
import type { Finding, Severity } from '../../src/core/finding.js';
import { ZipWriter } from '../../src/zip/writer.js';
import { edit, lineOf, type PluginFiles, TOOL_PLUGIN, tempDir, writePlugin } from '../helpers/plugins.js';

/**
 * The test tool plugin made ready for a marketplace submission: repo, contact, pinned requirements,
 * a README with a source link and the sections reviewers look for, a real privacy policy, and an
 * ignore file (so nothing is excluded by the package stage's defaults behind the test's back).
 */
export const MARKET_PLUGIN: Record<string, string> = {
  ...TOOL_PLUGIN,
  'manifest.yaml': `${TOOL_PLUGIN['manifest.yaml']}repo: https://github.com/acme/demo-tool\ncontact: dev@acme.example.com\n`,
  'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\n',
  'README.md': `# Demo tool

Source: https://github.com/acme/demo-tool

## Setup

Install the plugin and enter your API key in the provider settings.

## Usage

Use the Echo tool in a workflow. It connects to no external endpoint.
`,
  'PRIVACY.md': '# Privacy\n\nThis plugin does not collect, store or send any user data.\n',
  '.difyignore': '__pycache__/\n*.pyc\n',
};

/** The manifest with one text replaced. */
export function manifestWith(from: string, to: string): string {
  return edit('manifest.yaml', from, to, MARKET_PLUGIN);
}

/** Write the base with `changes` and run `check` on the directory. */
export async function checkPlugin(
  changes: PluginFiles = {},
  options: MarketplaceOptions = {},
  base: Record<string, string> = MARKET_PLUGIN,
): Promise<{ dir: string; findings: Finding[] }> {
  const dir = writePlugin(changes, base);
  const result = await checkTarget(dir, options);
  return { dir, findings: result.findings };
}

export interface Expected {
  code: string;
  severity: Severity;
  category: string;
  /** File the finding points at; `null` for a finding about the whole package. */
  file: string | null;
  /** Text on the line the finding points at (its first occurrence in `file`), or a line number. */
  at?: string | number;
}

export function show(findings: Finding[]): string {
  return findings
    .map((f) => `${f.severity} ${f.code} [${f.category}] ${f.file}:${f.line} ${f.message}`)
    .join('\n');
}

/** Assert a finding with this code, severity, category, file and line; returns it. */
export function expectHit(findings: Finding[], e: Expected, dir?: string): Finding {
  let line: number | undefined;
  if (typeof e.at === 'number') line = e.at;
  else if (typeof e.at === 'string' && e.file && dir) {
    line = lineOf(readFileSync(path.join(dir, ...e.file.split('/')), 'utf8'), e.at);
  }
  const hit = findings.find(
    (f) => f.code === e.code && (f.file ?? null) === e.file && (line === undefined || f.line === line),
  );
  expect(hit, `expected ${e.code} at ${e.file}:${line ?? '-'}; got:\n${show(findings)}`).toBeDefined();
  expect(hit!.severity).toBe(e.severity);
  expect(hit!.category).toBe(e.category);
  expect(hit!.message.length).toBeGreaterThan(10);
  return hit!;
}

export function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

/** Build a `.difypkg` from files with the project's zip writer (sorted, as `package` writes them). */
export async function writePackage(
  files: Record<string, string | Buffer>,
  file = path.join(tempDir(), 'plugin.difypkg'),
): Promise<string> {
  const writer = await ZipWriter.create(file);
  for (const name of Object.keys(files).sort()) {
    const data = files[name]!;
    await writer.addBuffer(name, Buffer.isBuffer(data) ? data : Buffer.from(data));
  }
  await writer.finish();
  return file;
}

export function writeText(file: string, text: string): string {
  writeFileSync(file, text);
  return file;
}
