import path from 'node:path';
import { countFindings } from '../core/finding.js';
import { display, formatSize } from '../core/format.js';
import type { ProcessRunner } from '../io/process.js';
import { packagePlugin } from '../package/package.js';
import type { Reporter } from '../report/index.js';
import { type CommandOutcome, guarded } from './outcome.js';

export interface PackageInput {
  /** The plugin directory (default `.`). */
  path?: string;
  /** Output directory (default: the working directory). */
  outDir?: string;
  /** Uncompressed size limit in MiB (default 50). */
  maxSize?: number;
  /** Secret-looking files to package anyway. */
  allowFiles?: string[];
  strict?: boolean;
  ignore?: string[];
  cwd?: string;
  runner?: ProcessRunner;
  env?: NodeJS.ProcessEnv;
}

/** `package`: shared by the CLI and the action. Outputs: path, sha256, identifier, checksum, size. */
export function packageCommand(input: PackageInput, reporter: Reporter): Promise<CommandOutcome> {
  return guarded(reporter, async (): Promise<CommandOutcome> => {
    const cwd = input.cwd ?? process.cwd();
    const result = await packagePlugin({
      path: input.path,
      outDir: input.outDir,
      cwd,
      maxSizeMiB: input.maxSize,
      allowFiles: input.allowFiles,
      strict: input.strict,
      ignore: input.ignore,
      runner: input.runner,
      env: input.env,
      onProgress: (label, done, total) => reporter.progress(label, done, total),
    });
    const plugin = (path.relative(cwd, path.resolve(cwd, input.path ?? '.')) || '.')
      .split(path.sep)
      .join('/');
    result.findings = result.findings.map((f) => ({ ...f, plugin }));
    const counts = countFindings(result.findings);
    const shown = result.path ? display(cwd, result.path) : undefined;
    const label = input.path ?? '.';
    await reporter.report({
      command: 'package',
      findings: result.findings,
      headline: shown
        ? `packaged ${shown} (${result.files.length} files, ${formatSize(result.size ?? 0)})`
        : `${label} not packaged`,
      summary: {
        path: result.path ?? null,
        name: result.name ?? null,
        version: result.version ?? null,
        author: result.author ?? null,
        identifier: result.identifier ?? null,
        checksum: result.checksum ?? null,
        sha256: result.sha256 ?? null,
        size: result.size ?? null,
        uncompressedSize: result.totalSize,
        ignoreFile: result.ignoreFile,
        generated: result.generated,
        sha256sums: result.sumsFile ?? null,
        files: result.files,
      },
      tables: shown
        ? [
            {
              title: 'Package',
              header: ['', 'value'],
              rows: [
                ['file', shown],
                ['identifier', result.identifier ?? ''],
                ['sha256', result.sha256 ?? ''],
                [
                  'size',
                  `${formatSize(result.size ?? 0)} (${formatSize(result.totalSize)} uncompressed, ${result.files.length} files)`,
                ],
                ['ignore file', result.ignoreFile ?? 'none (defaults applied)'],
                ...(result.generated.length ? [['generated', result.generated.join(', ')]] : []),
              ],
            },
          ]
        : [],
    });
    if (counts.errors > 0 || !result.path) return { exitCode: 1, outputs: {} };
    return {
      exitCode: 0,
      outputs: {
        path: result.path,
        sha256: result.sha256 ?? '',
        identifier: result.identifier ?? '',
        checksum: result.checksum ?? '',
        size: String(result.size ?? ''),
      },
    };
  });
}

/** Kept for existing importers; light modules import it from ../package/format.js. */
export { display } from '../core/format.js';
