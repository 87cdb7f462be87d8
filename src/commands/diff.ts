import { existsSync } from 'node:fs';
import path from 'node:path';
import { type DiffResult, diffPlugins } from '../checks/diff.js';
import { openSide, type PackageOpener, type Side } from '../checks/sides.js';
import { applyPolicy, countFindings, type SeverityPolicy } from '../core/finding.js';
import type { Reporter } from '../report/index.js';
import { type CommandOutcome, guarded } from './outcome.js';

export interface DiffInput extends SeverityPolicy {
  old: string;
  new?: string;
  cwd?: string;
  openPackage?: PackageOpener;
}

/** `diff OLD [NEW]`: which version bump the changes need, and whether the new version makes it. */
export function diffCommand(input: DiffInput, reporter: Reporter): Promise<CommandOutcome> {
  return guarded(reporter, async () => {
    const cwd = input.cwd ?? process.cwd();
    const newArg = input.new ?? '.';
    const newSide = await openSide(newArg, { cwd, openPackage: input.openPackage });
    let oldSide: Side | undefined;
    let result: DiffResult;
    try {
      // A bare ref on the old side means "this plugin at that commit": the new side's directory.
      const samePluginAs = existsSync(path.resolve(cwd, newArg)) ? newArg : '.';
      oldSide = await openSide(input.old, { cwd, samePluginAs, openPackage: input.openPackage });
      result = await diffPlugins(oldSide, newSide);
    } finally {
      await oldSide?.close?.();
      await newSide.close?.();
    }
    const findings = applyPolicy(result.findings, input).map((f) => ({ ...f, plugin: newArg }));
    await reporter.report({
      command: 'diff',
      findings,
      headline: headline(result, oldSide.label, newSide.label),
      summary: summaryOf(result),
      tables: [
        {
          title: 'Changes',
          header: ['Bump', 'Change'],
          rows: result.changes.map((c) => [c.bump, c.message]),
        },
      ],
    });
    return {
      exitCode: countFindings(findings).errors > 0 ? 1 : 0,
      outputs: {
        required: result.required,
        actual: result.actual,
        ok: String(result.ok),
        suggested: result.suggested ?? '',
      },
    };
  });
}

function headline(r: DiffResult, oldLabel: string, newLabel: string): string {
  const bump =
    r.required === 'none'
      ? 'no changes'
      : `${r.changes.length} change${r.changes.length === 1 ? '' : 's'}, needs a ${r.required} bump`;
  return `${oldLabel} (${r.oldVersion}) → ${newLabel} (${r.newVersion}): ${bump}${r.ok ? '' : `; use ${r.suggested ?? 'a higher version'}`}`;
}

function summaryOf(r: DiffResult): Record<string, unknown> {
  return {
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
  };
}
