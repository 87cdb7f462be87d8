import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import type { Section } from '../../src/core/report.js';
import { ActionsReporter } from '../../src/report/actions.js';
import { logLine, printable, summaryText } from '../../src/report/escape.js';
import { JsonReporter } from '../../src/report/json.js';
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

function section(findings: Finding[], extra: Partial<Section> = {}): Section {
  return { stage: 'x', headline: 'h', findings, summary: {}, ...extra };
}

/** Everything written to stdout while `body` runs (the Actions reporter writes commands there). */
async function stdoutOf(body: () => void | Promise<void>): Promise<string> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await body();
  } finally {
    spy.mockRestore();
  }
  return lines.join('');
}

function actions(options: Partial<ConstructorParameters<typeof ActionsReporter>[0]> = {}): ActionsReporter {
  return new ActionsReporter({ cwd: '/ws', workspace: '/ws', command: 'x', ...options });
}

describe('one escaping policy, applied by the renderers', () => {
  it('escapes control characters, separators and bidirectional overrides; tabs stay', () => {
    expect(printable('a\nb\r\x1b[31m\tz')).toBe('a\\nb\\r\\x1b[31m\tz');
    expect(printable('abc\u202edef\u2066x\u2028')).toBe('abc\\u202edef\\u2066x\\u2028');
  });

  it('no log line can act as a workflow command: `::` after white space and `##[` anywhere are broken', () => {
    for (const line of [
      '::add-mask::x',
      '   ::stop-commands::t',
      '\t::error::x',
      'x ##[add-mask]checked',
      '##[group]a',
    ]) {
      const out = logLine(line);
      expect(out, line).not.toMatch(/^\s*::/);
      expect(out, line).not.toContain('##[');
    }
    expect(logLine('plain text: a::b')).toBe('plain text: a::b');
  });

  it('summary text cannot become Markdown or HTML', () => {
    const out = summaryText('[x](https://evil) <img src=x> **b** # h | `c`');
    expect(out.replace(/&#\d+;/g, '')).not.toMatch(/[[\]()<>*#|`]/);
    expect(out).toContain('&#91;x&#93;');
  });
});

describe('the terminal renderer', () => {
  it('one line per finding, escapes shown', () => {
    let out = '';
    const r = new TerminalReporter(
      (t) => (out += t),
      () => undefined,
      false,
    );
    r.section(section([hostile]));
    const first = out.split('\n')[0]!;
    expect(first).toContain('a\\nb.txt:3');
    expect(first).toContain('entry evil\\n::error title=pwned::injected\\x1b[31mRED');
    expect(out).not.toContain('\x1b[31mRED');
  });

  it('renders a gate table with every status, the reason and the evidence', () => {
    let out = '';
    const r = new TerminalReporter(
      (t) => (out += t),
      () => undefined,
      false,
    );
    r.section(
      section([], {
        tables: [
          {
            kind: 'gates',
            title: 'Checklist',
            gates: [
              {
                id: 'signature',
                title: 'signature',
                status: 'passed',
                required: true,
                evidence: ['official key'],
              },
              {
                id: 'staging',
                title: 'staging',
                status: 'failed',
                required: true,
                reason: 'install failed',
                evidence: [],
                fix: 'see the log',
              },
              {
                id: 'performance',
                title: 'perf',
                status: 'skipped',
                required: false,
                reason: 'no runtime',
                evidence: [],
              },
              {
                id: 'notify',
                title: 'notify',
                status: 'pending',
                required: false,
                reason: 'reviewers',
                evidence: [],
              },
            ],
          },
        ],
      }),
    );
    expect(out).toMatch(/✔ passed\s+signature\s+required\s+official key/);
    expect(out).toMatch(/✖ failed\s+staging\s+required\s+install failed; fix: see the log/);
    expect(out).toMatch(/– skipped\s+performance\s+optional\s+no runtime/);
    expect(out).toMatch(/… pending\s+notify/);
  });
});

describe('the Actions renderer', () => {
  it('no raw newline or escape reaches a workflow command; a log line cannot start with ::', async () => {
    const text = await stdoutOf(() => {
      const r = actions();
      r.section(section([hostile], { headline: '::set-output name=x::1' }));
      r.info('::add-mask::secret');
      r.info('  ::stop-commands::x');
      r.info('dir ##[add-mask]checked');
    });
    const commands = text.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['));
    expect(commands).toHaveLength(1); // the one annotation, and nothing forged
    expect(commands[0]).toMatch(
      /^::error title=DPR999,file=a%0Ab.txt,line=3::entry evil\\n::error title=pwned::injected\\x1b\[31mRED/,
    );
    expect(text).not.toContain('\x1b');
  });

  it('a finding inside a package annotates the package file and names the entry', async () => {
    const text = await stdoutOf(() =>
      actions().section(
        section([{ ...hostile, message: 'bad', file: 'tools/x.yaml', plugin: 'dist/x-1.0.0.difypkg' }]),
      ),
    );
    expect(text).toContain('::error title=DPR999,file=dist/x-1.0.0.difypkg::tools/x.yaml:3: bad');
  });

  it('notices stay out of annotations unless asked', async () => {
    const notice: Finding = { ...hostile, severity: 'notice', message: 'fyi', file: 'm.yaml' };
    expect(await stdoutOf(() => actions().section(section([notice])))).not.toContain('::notice');
    expect(await stdoutOf(() => actions({ annotateNotices: true }).section(section([notice])))).toContain(
      '::notice title=DPR999,file=m.yaml,line=3::fyi',
    );
  });

  it('relayed output is fenced with stop-commands and a random token', async () => {
    const text = await stdoutOf(() => {
      const relay = actions().relay('pytest output');
      relay.line('::error::from a test');
      relay.end();
    });
    const token = /::stop-commands::([0-9a-f]{32})\n/.exec(text)?.[1];
    expect(token).toBeDefined();
    expect(text).toContain(`::${token}::`);
    expect(text.indexOf('from a test')).toBeGreaterThan(text.indexOf('::stop-commands::'));
    expect(text).not.toMatch(/^::error::from a test/m);
  });

  it('usage errors are one annotation with the fix on its own line', async () => {
    const text = await stdoutOf(() => actions().fatal('input "timeout" is "x"', 'Set timeout: 600.'));
    expect(text).toMatch(
      /^::error title=dify-plugin-release x::input "timeout" is "x"%0AFix: Set timeout: 600\.$/m,
    );
    process.exitCode = undefined;
  });

  it('the job summary: a section per stage, gates, every error first, warnings within a budget, counts for the rest', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, '');
    const r = actions({ summaryFile: file });
    const errors = Array.from({ length: 600 }, (_, i) => ({
      ...hostile,
      message: `error ${i}`,
      line: i + 1,
    }));
    const warnings = Array.from({ length: 400 }, (_, i) => ({
      ...hostile,
      severity: 'warning' as const,
      message: `warning ${i}`,
    }));
    const notices = [{ ...hostile, severity: 'notice' as const, message: 'a notice' }];
    await stdoutOf(async () => {
      r.section(section([...warnings, ...errors], { stage: 'validate', headline: '150 plugins validated' }));
      r.section(
        section([], {
          stage: 'deploy',
          tables: [
            {
              kind: 'gates',
              title: 'Checklist',
              gates: [{ id: 'staging', title: 's', status: 'passed', required: true, evidence: ['ok'] }],
            },
          ],
        }),
      );
      r.section(section(notices, { stage: 'test' }));
      await r.finish({ exitCode: 1, outputs: {} });
    });
    process.exitCode = undefined;
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('### validate');
    expect(md).toContain('### deploy');
    for (let i = 0; i < 600; i++) expect(md).toContain(`error ${i}<`);
    expect(md.indexOf('error 0<')).toBeLessThan(md.indexOf('warning 0<'));
    expect(md).toContain('200 more warnings');
    expect(md).toContain('1 notice in the log');
    expect(md).not.toContain('a notice');
    expect(md).toContain('<th>Gate</th>');
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
  });
});

describe('the JSON renderer', () => {
  it('prints exactly one document per run, sections as stages, a fatal error counted', async () => {
    let out = '';
    const r = new JsonReporter('package', (t) => (out += t));
    r.section(section([hostile], { stage: 'package' }));
    r.fatal('boom', 'fix it');
    await r.finish({ exitCode: 2, outputs: {} });
    await r.finish({ exitCode: 2, outputs: {} });
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual([
      'version',
      'command',
      'ok',
      'exitCode',
      'findings',
      'summary',
      'stages',
      'outputs',
      'error',
    ]);
    expect(doc).toMatchObject({ command: 'package', ok: false, error: { message: 'boom', fix: 'fix it' } });
    expect(doc.summary.errors).toBe(2);
    expect(doc.stages).toHaveLength(1);
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
