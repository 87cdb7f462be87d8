import { checkAgainst } from '../checks/against.js';
import { checkMarketplace, marketplaceProfile } from '../checks/marketplace/index.js';
import { applyPolicy, countFindings } from '../core/finding.js';
import { cozeKind } from '../coze/kind.js';
import { describe, matrixOf, validate } from '../manifest/validate.js';
import type { Reporter } from '../report/index.js';
import { type CommandOutcome, guarded } from './outcome.js';

export interface ValidateInput {
  paths: string[];
  strict?: boolean;
  ignore?: string[];
  changedSince?: string;
  /** Print only the plugin matrix (for workflow fan-out), without validating. */
  matrix?: boolean;
  /** Also run the semver guard (`diff`) against this git ref for every plugin that existed there. */
  against?: string;
  /**
   * Also run the marketplace checks (`check`) on every plugin: `true` or `marketplace` for the
   * third-party rules, `official` for the official repository's; unset or `false` for none.
   */
  marketplace?: string | boolean;
  /** The profile for `marketplace: true` (the CLI's `--profile`). */
  profile?: string;
  /** Coze Studio configurations: check that each OpenAPI server URL answers. */
  probeServers?: boolean;
  cwd?: string;
}

/** `validate`: shared by the CLI and the action. */
export function validateCommand(
  input: ValidateInput,
  reporter: Reporter,
  print: (text: string) => void = (t) => process.stdout.write(t),
): Promise<CommandOutcome> {
  return guarded(reporter, async () => {
    if (input.matrix) {
      const result = await validate(input.paths, {
        changedSince: input.changedSince,
        cwd: input.cwd,
        kinds: [cozeKind],
        listOnly: true,
      });
      const matrix = JSON.stringify(matrixOf(result));
      print(`${matrix}\n`);
      return {
        exitCode: 0,
        outputs: matrixOutputs(
          result.plugins.map((p) => p.path),
          result.removed,
          matrix,
        ),
      };
    }
    const profile = marketplaceProfile(input.marketplace, input.profile);
    const result = await validate(input.paths, {
      strict: input.strict,
      ignore: input.ignore,
      changedSince: input.changedSince,
      probeServers: input.probeServers,
      kinds: [cozeKind],
      cwd: input.cwd,
      onProgress: (label, done, total) => reporter.progress(label, done, total),
    });
    if (input.against) {
      await checkAgainst(result.plugins, input.against, input.cwd ?? process.cwd());
      for (const p of result.plugins) p.findings = applyPolicy(p.findings, input);
      result.findings = result.plugins.flatMap((p) => p.findings);
    }
    if (profile) {
      await checkMarketplace(result.plugins, profile, input.cwd ?? process.cwd());
      for (const p of result.plugins) p.findings = applyPolicy(p.findings, input);
      result.findings = result.plugins.flatMap((p) => p.findings);
    }
    const counts = countFindings(result.findings);
    await reporter.report({
      command: 'validate',
      findings: result.findings,
      headline: describe(result),
      summary: {
        plugins: result.plugins.map((p) => ({
          path: p.path,
          name: p.name ?? null,
          version: p.version ?? null,
          ...countFindings(p.findings),
        })),
        removed: result.removed,
      },
      tables:
        result.plugins.length > 1 || result.removed.length > 0
          ? [
              {
                title: 'Plugins',
                header: ['Plugin', 'Version', 'Errors', 'Warnings'],
                rows: [
                  ...result.plugins.map((p) => {
                    const c = countFindings(p.findings);
                    return [p.path, p.version ?? '?', c.errors, c.warnings];
                  }),
                  ...result.removed.map((r) => [r, 'removed', '-', '-']),
                ],
              },
            ]
          : [],
    });
    const matrix = JSON.stringify(matrixOf(result));
    return {
      exitCode: counts.errors > 0 ? 1 : 0,
      outputs: {
        ...matrixOutputs(
          result.plugins.map((p) => p.path),
          result.removed,
          matrix,
        ),
        errors: String(counts.errors),
        warnings: String(counts.warnings),
      },
    };
  });
}

function matrixOutputs(plugins: string[], removed: string[], matrix: string): Record<string, string> {
  return {
    matrix,
    plugins: JSON.stringify(plugins),
    removed: JSON.stringify(removed),
    'has-changes': String(plugins.length > 0),
  };
}
