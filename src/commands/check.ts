import { checkTarget, type Profile } from '../checks/marketplace/index.js';
import { applyPolicy, countFindings, type Finding, type SeverityPolicy } from '../core/finding.js';
import type { Reporter } from '../report/index.js';
import { type CommandOutcome, guarded } from './outcome.js';

export interface CheckInput extends SeverityPolicy {
  /** A plugin directory or a `.difypkg` (default `.`). */
  path?: string;
  /** `marketplace` (default: third-party submission rules) or `official`. */
  profile?: string;
  /** The `<author>/<name>/` folder of a dify-plugins checkout, holding earlier submissions. */
  marketplaceDir?: string;
  /** A file holding the pull request body. */
  prBody?: string;
  cwd?: string;
}

/** The categories of marketplace findings, in report order. */
export const CATEGORIES = [
  'contents',
  'secrets',
  'binaries',
  'manifest',
  'readme',
  'dependencies',
  'icon',
  'version',
];

/** `check PATH|PKG`: what the Dify marketplace will reject. Shared by the CLI and the action. */
export function checkCommand(input: CheckInput, reporter: Reporter): Promise<CommandOutcome> {
  return guarded(reporter, async () => {
    const target = input.path ?? '.';
    const profile = (input.profile ?? 'marketplace') as Profile;
    const result = await checkTarget(target, {
      profile,
      marketplaceDir: input.marketplaceDir,
      prBodyFile: input.prBody,
      cwd: input.cwd,
    });
    const findings = applyPolicy(result.findings, input).map((f) => ({ ...f, plugin: target }));
    const counts = countFindings(findings);
    await reporter.report({
      command: 'check',
      findings,
      headline: `${target} (${result.kind}, ${result.files} files) checked against the ${profile} rules: ${
        counts.errors > 0 ? 'the marketplace would refuse it' : 'nothing the marketplace refuses'
      }`,
      summary: {
        path: target,
        kind: result.kind,
        profile,
        name: result.name ?? null,
        version: result.version ?? null,
        author: result.author ?? null,
        files: result.files,
        categories: byCategory(findings),
      },
      tables: [
        {
          title: 'Marketplace checks',
          header: ['Category', 'Errors', 'Warnings'],
          rows: Object.entries(byCategory(findings)).map(([c, n]) => [c, n.errors, n.warnings]),
        },
      ],
    });
    return {
      exitCode: counts.errors > 0 ? 1 : 0,
      outputs: { errors: String(counts.errors), warnings: String(counts.warnings), profile },
    };
  });
}

function byCategory(findings: Finding[]): Record<string, { errors: number; warnings: number }> {
  const out: Record<string, { errors: number; warnings: number }> = {};
  for (const c of CATEGORIES) out[c] = { errors: 0, warnings: 0 };
  for (const f of findings) {
    out[f.category] ??= { errors: 0, warnings: 0 };
    const row = out[f.category]!;
    if (f.severity === 'error') row.errors++;
    else if (f.severity === 'warning') row.warnings++;
  }
  return out;
}
