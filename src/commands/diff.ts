import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DiffResult } from '../checks/diff.js';
import type { Finding } from '../core/finding.js';
import { defineCommand } from './declare.js';

export interface DiffInput {
  old: string;
  new: string;
}

export interface DiffOutcome {
  result: DiffResult;
  findings: Finding[];
  oldLabel: string;
  newLabel: string;
}

export const diffCommand = defineCommand<DiffInput, DiffOutcome>({
  name: 'diff',
  summary: 'compare two versions of a plugin declaration by declaration and check the version bump',
  args: [
    {
      key: 'old',
      kind: 'string',
      required: true,
      description: 'the old version: a plugin directory, a .difypkg, or a git ref (REF or REF:path)',
    },
    {
      key: 'new',
      kind: 'string',
      default: '.',
      description: 'the new version: a plugin directory or a .difypkg',
    },
  ],
  options: [],
  common: ['strict', 'ignore', 'config', 'annotate-notices'],
  outputs: [
    { name: 'required', description: 'the bump the changes need: none, patch, minor or major' },
    { name: 'actual', description: 'the bump the new version makes' },
    { name: 'ok', description: 'true when the new version covers the changes' },
    { name: 'suggested', description: 'the smallest version that would, when it does not' },
  ],
  subaction: 'node',

  async run(input, ctx) {
    const [{ diffPlugins }, { openSide }] = await Promise.all([
      import('../checks/diff.js'),
      import('../checks/sides.js'),
    ]);
    const newSide = await openSide(input.new, { cwd: ctx.cwd });
    let oldSide: Awaited<ReturnType<typeof openSide>> | undefined;
    try {
      // A bare ref on the old side means "this plugin at that commit": the new side's directory.
      const samePluginAs = existsSync(path.resolve(ctx.cwd, input.new)) ? input.new : '.';
      oldSide = await openSide(input.old, { cwd: ctx.cwd, samePluginAs });
      const result = await diffPlugins(oldSide, newSide);
      return {
        result,
        findings: ctx.policy.apply(result.findings).map((f) => ({ ...f, plugin: input.new })),
        oldLabel: oldSide.label,
        newLabel: newSide.label,
      };
    } finally {
      await oldSide?.close?.();
      await newSide.close?.();
    }
  },

  present({ result: r, findings, oldLabel, newLabel }) {
    const bump =
      r.required === 'none'
        ? 'no changes'
        : `${r.changes.length} change${r.changes.length === 1 ? '' : 's'}, needs a ${r.required} bump`;
    return {
      sections: [
        {
          stage: 'diff',
          headline: `${oldLabel} (${r.oldVersion}) → ${newLabel} (${r.newVersion}): ${bump}${r.ok ? '' : `; use ${r.suggested ?? 'a higher version'}`}`,
          findings,
          summary: {
            oldVersion: r.oldVersion,
            newVersion: r.newVersion,
            required: r.required,
            actual: r.actual,
            versionOk: r.ok,
            suggested: r.suggested ?? null,
            changes: r.changes.map((c) => ({
              bump: c.bump,
              message: c.message,
              file: c.at.file ?? null,
              line: c.at.line ?? null,
              side: c.side,
            })),
            permissionEscalations: r.escalations.map((e) => ({
              message: e.message,
              file: e.at.file ?? null,
              line: e.at.line ?? null,
            })),
          },
          tables: [
            { title: 'Changes', header: ['Bump', 'Change'], rows: r.changes.map((c) => [c.bump, c.message]) },
          ],
        },
      ],
      outputs: { required: r.required, actual: r.actual, ok: String(r.ok), suggested: r.suggested ?? '' },
    };
  },
});
