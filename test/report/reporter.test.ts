import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { ActionsReporter } from '../../src/report/actions.js';
import { JsonReporter } from '../../src/report/json.js';
import { printable } from '../../src/report/reporter.js';
import { TerminalReporter } from '../../src/report/terminal.js';
import { runAction } from '../helpers/cli.js';
import { edit, tempDir, writePlugin } from '../helpers/plugins.js';

const hostile: Finding = {
  code: 'DPR999',
  severity: 'error',
  category: 'test',
  message: 'entry evil\n::error title=pwned::injected\x1b[31mRED',
  file: 'a\nb.txt',
  line: 3,
  plugin: '.',
};

describe('the reporter never lets file text forge lines, commands or colours', () => {
  it('escapes control characters', () => {
    expect(printable('a\nb\r\x1b[31m\tz')).toBe('a\\nb\\r\\x1b[31m\tz');
  });

  it('terminal: one line per finding, escapes shown', async () => {
    let out = '';
    const r = new TerminalReporter(
      (t) => (out += t),
      () => undefined,
      false,
    );
    await r.report({ command: 'x', findings: [hostile], summary: {}, headline: 'h' });
    const first = out.split('\n')[0]!;
    expect(first).toContain('a\\nb.txt:3');
    expect(first).toContain('entry evil\\n::error title=pwned::injected\\x1b[31mRED');
    expect(out).not.toContain('\x1b[31mRED');
  });

  it('actions: no raw newline or escape reaches a workflow command; a log line cannot start with ::', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const r = new ActionsReporter('/ws', '/ws');
      await r.report({ command: 'x', findings: [hostile], summary: {}, headline: '::set-output name=x::1' });
      r.info('::add-mask::secret');
    } finally {
      spy.mockRestore();
    }
    const text = lines.join('');
    const commands = text.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(1); // the one annotation, and nothing forged
    expect(commands[0]).toMatch(
      /^::error title=DPR999,file=a%0Ab.txt,line=3::entry evil\\n::error title=pwned::injected\\x1b\[31mRED/,
    );
    expect(text).not.toContain('\x1b');
  });

  it('actions: a finding inside a package annotates the package file and names the entry', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await new ActionsReporter('/ws', '/ws').report({
        command: 'check',
        findings: [{ ...hostile, message: 'bad', file: 'tools/x.yaml', plugin: 'dist/x-1.0.0.difypkg' }],
        summary: {},
        headline: 'h',
      });
    } finally {
      spy.mockRestore();
    }
    expect(lines.join('')).toContain('::error title=DPR999,file=dist/x-1.0.0.difypkg::tools/x.yaml:3: bad');
  });

  it('json: a failure before reporting still names the command, with the same keys', async () => {
    let out = '';
    await new JsonReporter((t) => (out += t), 'package').fatal('boom', 'fix it');
    expect(Object.keys(JSON.parse(out))).toEqual(['command', 'findings', 'summary', 'error']);
    expect(JSON.parse(out)).toMatchObject({ command: 'package', error: { message: 'boom' } });
  });
});

describe('the action annotates paths relative to the workspace, whatever the working directory', () => {
  it('puts working-directory in front of the plugin path', () => {
    const workspace = tempDir();
    mkdirSync(path.join(workspace, 'sub'));
    writePlugin(
      { 'manifest.yaml': edit('manifest.yaml', 'author: acme', 'author: Acme') },
      undefined,
      path.join(workspace, 'sub', 'p'),
    );
    const outputs = path.join(workspace, 'out.txt');
    writeFileSync(outputs, '');
    const r = runAction(
      {
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputs,
        INPUT_COMMAND: 'validate',
        INPUT_PATH: 'p',
        'INPUT_WORKING-DIRECTORY': 'sub',
      },
      workspace,
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error title=DPR111,file=sub/p/manifest.yaml,line=3');
    expect(readFileSync(outputs, 'utf8')).toContain('"path":"p"');
  });
});
