/** `--json` prints exactly one parseable document for every command, usage errors included. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { runCli } from '../helpers/cli.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';

const plugin = writePlugin({ '.difyignore': '' });

/** Arguments that make each command run for real (its verdict does not matter here). */
const ARGS: Record<string, string[]> = {
  validate: [plugin],
  check: [plugin],
  diff: [plugin, plugin],
  test: [path.join(tempDir(), 'not-a-plugin')],
  package: [plugin, '-o', tempDir()],
  sign: ['nope.difypkg', '--key', 'nope.pem'],
  verify: ['nope.difypkg'],
  inspect: ['nope.difypkg'],
  keygen: ['--output', tempDir(), '--bits-are-not-an-option'],
  bundle: [tempDir()],
  explain: ['DPR212'],
  deploy: ['nope.difypkg'],
  promote: ['nope.difypkg'],
  rollback: ['--env', 'nowhere'],
  status: ['--env', 'nowhere'],
};

function document(args: string[]): Record<string, unknown> {
  const r = runCli([...args, '--json']);
  expect(() => JSON.parse(r.stdout), `${args.join(' ')}: ${r.stdout}${r.stderr}`).not.toThrow();
  const doc = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(r.stdout.trim().startsWith('{') && r.stdout.trim().endsWith('}')).toBe(true);
  expect(doc.exitCode, args.join(' ')).toBe(r.status);
  return doc;
}

describe('--json: one document per run', () => {
  for (const decl of COMMANDS.filter((c) => c.surfaces?.cli !== false)) {
    it(decl.name, () => {
      const doc = document([decl.name, ...(ARGS[decl.name] ?? [])]);
      expect(doc.command).toBe(decl.name);
      expect(Object.keys(doc)).toEqual(
        expect.arrayContaining(['version', 'command', 'ok', 'findings', 'summary', 'stages', 'outputs']),
      );
    });
  }

  it('a usage error is a document whose summary counts it as an error', () => {
    const doc = document(['package', '--max-size', 'lots']);
    expect(doc.exitCode).toBe(2);
    expect(doc.error).toMatchObject({ message: expect.stringMatching(/--max-size is "lots"/) });
    expect((doc.summary as { errors: number }).errors).toBe(1);
    const unknown = document(['no-such-command']);
    expect(unknown.exitCode).toBe(2);
    expect((unknown.summary as { errors: number }).errors).toBe(1);
    const code = document(['validate', plugin, '--ignore', 'dpr9999']);
    expect(code.error).toMatchObject({ message: '--ignore "dpr9999" is not a finding code' });
  });
});
