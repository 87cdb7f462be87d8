/**
 * `inspect` on packages from strangers: names with control characters are shown escaped, a manifest
 * of the wrong shape does not crash it, and entry flags count in the layout check.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectCommand } from '../../src/commands/inspect.js';
import { packagePlugin } from '../../src/package/package.js';
import { printable } from '../../src/report/escape.js';
import type { Section } from '../../src/report/index.js';
import { TerminalReporter } from '../../src/report/terminal.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
import { craftZip } from './zip-util.js';

const MANIFEST = 'version: 0.0.1\ntype: plugin\nauthor: acme\nname: demo\nlabel:\n  en_US: Demo\n';
const EVIL = 'evil\n::error title=pwned::x\x1b[31m.txt';

async function inspect(entries: Parameters<typeof craftZip>[0]) {
  const file = path.join(tempDir(), 'p.difypkg');
  writeFileSync(file, craftZip(entries));
  const outcome = await runCommand(inspectCommand, { package: file });
  return { outcome, reporter: outcome.reporter, report: outcome.reporter.sections[0] };
}

/** Everything inspect prints in a terminal: headline, tables, findings, rendered. */
function printed(report: Section | undefined): string {
  if (!report) return '';
  let out = '';
  new TerminalReporter(
    (t) => (out += t),
    () => undefined,
    false,
  ).section(report);
  return out;
}

describe('inspect: names with control characters', () => {
  it('its output escapes them (tables, messages), the JSON summary keeps them raw', async () => {
    const { outcome, report } = await inspect([
      { name: 'manifest.yaml', data: MANIFEST },
      { name: EVIL, data: 'x' },
      { name: 'dir\x1b[2J/', data: '' },
    ]);
    expect(outcome.exitCode).toBe(1); // the directory entry
    const text = printed(report);
    expect(text).toContain('evil\\n::error title=pwned::x\\x1b[31m.txt');
    expect(text).toContain('dir\\x1b[2J/');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping colours to look at the rest
    const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
    const controls = [...plain].filter(
      (c) => (c.charCodeAt(0) < 0x20 && c !== '\n') || c.charCodeAt(0) === 0x7f,
    );
    expect(controls).toEqual([]);
    const files = (report!.summary.files as { path: string }[]).map((f) => f.path);
    expect(files).toContain(EVIL);
  });

  it('escapes each kind of control character readably (tabs stay)', () => {
    expect(printable('a\tb\rc\x00d\x7fe\u009bf\u202eg')).toBe('a\tb\\rc\\x00d\\x7fe\\x9bf\\u202eg');
    expect(printable('plain/名前.yaml')).toBe('plain/名前.yaml');
  });
});

describe('inspect: a manifest of the wrong shape', () => {
  it.each([
    ['a string', 'amd64'],
    ['a mapping', '\n    x: 1'],
    ['a number', '7'],
  ])('does not crash when meta.arch is %s', async (_what, arch) => {
    const { outcome, reporter, report } = await inspect([
      { name: 'manifest.yaml', data: `${MANIFEST}meta:\n  arch: ${arch}\n` },
    ]);
    expect(reporter.fatals).toEqual([]);
    expect(outcome.exitCode).toBe(0);
    expect(report?.summary.identifier).toMatch(/^acme\/demo:0\.0\.1@/);
  });
});

describe('inspect: entry flags in the layout check', () => {
  it('reports flags that differ from what Go writes (no data descriptor flag here)', async () => {
    const { report } = await inspect([
      { name: 'a~b.md', data: 'x' },
      { name: 'manifest.yaml', data: MANIFEST },
    ]);
    const layout = report!.findings.filter((f) => f.code === 'DPR433');
    expect(layout.map((f) => f.message)).toEqual([
      "the zip layout differs from the Dify CLI's: general-purpose flags differ from what Dify's CLI (Go) writes in 2 entries (a~b.md: 0x0000, Go: 0x0808)",
    ]);
  });

  it('finds nothing to report in a package of its own', async () => {
    const built = await packagePlugin({
      path: writePlugin({ '.difyignore': '', 'docs/a~b.md': 'x' }),
      outDir: tempDir(),
    });
    const { reporter } = await runCommand(inspectCommand, { package: built.path! });
    expect(reporter.sections[0]!.findings.filter((f) => f.code === 'DPR433')).toEqual([]);
  });
});
