import path from 'node:path';
import type { Artifact } from '../core/artifact.js';
import { display, formatSize } from '../core/format.js';
import type { PackageResult } from '../package/package.js';
import { defineCommand } from './declare.js';
import { maxSizeOption, outputOption } from './options.js';

export interface PackageInput {
  path: string;
  output?: string;
  maxSize?: number;
  allowFile?: string[];
}

export const packageCommand = defineCommand<
  PackageInput,
  PackageResult & { label: string; artifact?: Artifact }
>({
  name: 'package',
  summary:
    'build <name>-<version>.difypkg exactly as Dify’s CLI lays it out: reproducible, validated, secrets refused',
  args: [{ key: 'path', kind: 'path', default: '.', description: 'the plugin directory' }],
  options: [
    outputOption(
      'where to write the package and SHA256SUMS: a directory, or a file ending in .difypkg (default: .)',
      'package.output-dir',
    ),
    maxSizeOption('the plugin’s files'),
    {
      key: 'allowFile',
      kind: 'list',
      value: 'pattern',
      description: 'package a file that looks like a secret anyway (gitignore pattern or path; repeatable)',
      config: 'package.allow-file',
    },
  ],
  common: ['strict', 'ignore', 'config', 'annotate-notices'],
  outputs: [
    { name: 'path', description: 'the .difypkg written' },
    { name: 'sha256', description: 'sha256 of the .difypkg file' },
    { name: 'identifier', description: 'the Dify identifier author/name:version@checksum' },
    { name: 'checksum', description: 'the Dify checksum (the identifier’s last part)' },
    { name: 'size', description: 'size of the .difypkg file in bytes' },
  ],
  subaction: 'node',

  async run(input, ctx) {
    const { packagePlugin } = await import('../package/package.js');
    const result = await packagePlugin({
      path: input.path,
      outDir: input.output,
      cwd: ctx.cwd,
      maxSizeMiB: input.maxSize,
      allowFiles: input.allowFile,
      policy: (findings) => ctx.policy.apply(findings),
      runner: ctx.ports.processes,
      env: ctx.env,
      onProgress: ctx.progress,
    });
    // The package as every later stage will see it, read back from the file just written.
    const artifact = result.path
      ? await (await import('../artifact/read.js')).readArtifact(result.path)
      : undefined;
    const label = (path.relative(ctx.cwd, path.resolve(ctx.cwd, input.path)) || '.')
      .split(path.sep)
      .join('/');
    return { ...result, artifact, label, findings: result.findings.map((f) => ({ ...f, plugin: label })) };
  },

  present(result, input, ctx) {
    const shown = result.path ? display(ctx.cwd, result.path) : undefined;
    return {
      sections: [
        {
          stage: 'package',
          headline: shown
            ? `packaged ${shown} (${result.files.length} files, ${formatSize(result.size ?? 0)})`
            : `${input.path} not packaged`,
          findings: result.findings,
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
        },
      ],
      outputs: result.artifact
        ? {
            path: result.artifact.path,
            sha256: result.artifact.sha256,
            identifier: result.artifact.identifier,
            checksum: result.artifact.checksum,
            size: String(result.artifact.size),
          }
        : {},
      exitCode: result.artifact ? undefined : 1,
    };
  },
});
