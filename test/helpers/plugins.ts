import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A plugin as files: path → content; `null` deletes a file of the base. */
export type PluginFiles = Record<string, string | Uint8Array | null>;

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16"/></svg>\n';

/** A small, valid tool plugin: every rule's fixture starts from it and changes one thing. */
export const TOOL_PLUGIN: Record<string, string> = {
  'manifest.yaml': `version: 0.1.0
type: plugin
author: acme
name: demo_tool
label:
  en_US: Demo tool
  zh_Hans: 演示工具
description:
  en_US: A demo tool plugin.
icon: icon.svg
resource:
  memory: 268435456
  permission:
    tool:
      enabled: true
plugins:
  tools:
    - provider/demo.yaml
meta:
  version: 0.0.1
  arch:
    - amd64
    - arm64
  runner:
    language: python
    version: "3.12"
    entrypoint: main
  minimum_dify_version: "1.0.0"
tags:
  - utilities
created_at: "2025-01-15T10:00:00Z"
privacy: PRIVACY.md
`,
  'provider/demo.yaml': `identity:
  author: acme
  name: demo
  label:
    en_US: Demo
  description:
    en_US: Demo provider
  icon: icon.svg
credentials_for_provider:
  api_key:
    type: secret-input
    required: true
    label:
      en_US: API key
tools:
  - tools/echo.yaml
extra:
  python:
    source: provider/demo.py
`,
  'provider/demo.py': '',
  'tools/echo.yaml': `identity:
  name: echo
  author: acme
  label:
    en_US: Echo
description:
  human:
    en_US: Echo the text back.
  llm: Returns the given text.
parameters:
  - name: text
    type: string
    required: true
    form: llm
    label:
      en_US: Text
    human_description:
      en_US: The text to echo.
    llm_description: The text to echo.
  - name: mode
    type: select
    required: false
    form: form
    default: plain
    options:
      - value: plain
        label:
          en_US: Plain
      - value: upper
        label:
          en_US: Upper case
    label:
      en_US: Mode
    human_description:
      en_US: How to echo.
extra:
  python:
    source: tools/echo.py
`,
  'tools/echo.py': '',
  '_assets/icon.svg': SVG,
  'main.py': '',
  'README.md': '# Demo tool\n\nSource: https://github.com/acme/demo-tool\n',
  'PRIVACY.md': '# Privacy\n\nThis plugin stores no data.\n',
};

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test file. */
export function tempDir(prefix = 'dpr-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Write a plugin (the base with `changes` applied) into a new temporary directory; returns its path. */
export function writePlugin(
  changes: PluginFiles = {},
  base: Record<string, string> = TOOL_PLUGIN,
  dir = tempDir(),
): string {
  const files: PluginFiles = { ...base, ...changes };
  for (const [rel, content] of Object.entries(files)) {
    if (content === null) continue;
    const full = path.join(dir, ...rel.split('/'));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** The base file with one exact text replaced (fails loudly when the text is not there). */
export function edit(
  file: string,
  from: string,
  to: string,
  base: Record<string, string> = TOOL_PLUGIN,
): string {
  const text = base[file];
  if (text === undefined || !text.includes(from)) throw new Error(`fixture: "${from}" not found in ${file}`);
  return text.replace(from, to);
}

/** The 1-based line of the first occurrence of `needle` in a text. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`fixture: "${needle}" not found`);
  return text.slice(0, index).split('\n').length;
}
