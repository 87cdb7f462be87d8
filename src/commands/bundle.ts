import { countFindings } from '../core/finding.js';
import { display, formatSize } from '../core/format.js';
import { bundle } from '../package/bundle.js';
import type { Reporter } from '../report/index.js';
import { type CommandOutcome, guarded } from './outcome.js';

export interface BundleInput {
  path: string;
  outDir?: string;
  cwd?: string;
}

/** `bundle`: a bundle directory → `<name>-<version>.difybndl`. Outputs: path, sha256. */
export function bundleCommand(input: BundleInput, reporter: Reporter): Promise<CommandOutcome> {
  return guarded(reporter, async (): Promise<CommandOutcome> => {
    const cwd = input.cwd ?? process.cwd();
    const result = await bundle({ path: input.path, outDir: input.outDir, cwd });
    const shown = result.path ? display(cwd, result.path) : undefined;
    await reporter.report({
      command: 'bundle',
      findings: result.findings,
      headline: shown
        ? `bundled ${shown} (${result.dependencies.length} dependencies, ${formatSize(result.size ?? 0)})`
        : `${input.path} not bundled`,
      summary: {
        path: result.path ?? null,
        sha256: result.sha256 ?? null,
        size: result.size ?? null,
        name: result.name ?? null,
        version: result.version ?? null,
        dependencies: result.dependencies,
        files: result.files,
      },
      tables: [
        {
          title: 'Dependencies',
          header: ['#', 'type', 'value'],
          rows: result.dependencies.map((d, i) => [i + 1, String(d.type), JSON.stringify(d.value ?? null)]),
        },
      ],
    });
    if (countFindings(result.findings).errors > 0 || !result.path) return { exitCode: 1, outputs: {} };
    return { exitCode: 0, outputs: { path: result.path, sha256: result.sha256 ?? '' } };
  });
}
