import path from 'node:path';
import type { Artifact } from '../core/artifact.js';
import { UsageError } from '../core/errors.js';
import { display, formatSize } from '../core/format.js';
import type { OfflineResult } from '../offline/package.js';
import type { PackageResult } from '../package/package.js';
import { NOT_SIGNED } from '../signing/text.js';
import { defineCommand } from './declare.js';
import { presentOffline } from './offline-view.js';
import { maxSizeOption, outputOption } from './options.js';

export interface PackageInput {
  path: string;
  output?: string;
  maxSize?: number;
  allowFile?: string[];
  offline: boolean;
  target?: string[];
  python: string;
  indexUrl?: string;
  findLinks?: string[];
}

type PlainResult = PackageResult & { label: string; artifact?: Artifact; offline?: undefined };

export const packageCommand = defineCommand<PackageInput, PlainResult | { offline: OfflineResult }>({
  name: 'package',
  summary:
    'build <name>-<version>.difypkg exactly as Dify’s CLI lays it out: reproducible, validated, secrets refused',
  args: [
    {
      key: 'path',
      kind: 'path',
      default: '.',
      description: 'the plugin directory (with --offline, also a .difypkg to repackage)',
    },
  ],
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
    {
      key: 'offline',
      kind: 'boolean',
      default: false,
      description:
        'build <name>-<version>-offline-<platform>.difypkg per target: every dependency as a wheel under wheels/, installed with no network',
    },
    {
      key: 'target',
      kind: 'list',
      split: ',',
      value: 'platform',
      defaultText: 'the manifest’s meta.arch',
      description: 'with --offline: linux/amd64 or linux/arm64 (repeatable; one package each)',
    },
    {
      key: 'python',
      kind: 'string',
      value: 'version',
      input: 'python-version',
      default: '3.12',
      description: 'with --offline: the Python the wheels are for (the daemon runs plugins on 3.12)',
    },
    {
      key: 'indexUrl',
      kind: 'string',
      value: 'url',
      defaultText: 'PyPI, unless --find-links is given',
      description: 'with --offline: the package index to take wheels from',
    },
    {
      key: 'findLinks',
      kind: 'list',
      value: 'dir',
      description: 'with --offline: a folder of wheels to take them from (repeatable; alone: no index)',
    },
  ],
  common: ['strict', 'ignore', 'config', 'annotate-notices'],
  outputs: [
    { name: 'path', description: 'the .difypkg written' },
    { name: 'sha256', description: 'sha256 of the .difypkg file' },
    { name: 'identifier', description: 'the Dify identifier author/name:version@checksum' },
    { name: 'checksum', description: 'the Dify checksum (the identifier’s last part)' },
    { name: 'size', description: 'size of the .difypkg file in bytes' },
    { name: 'packages', description: 'with --offline: every .difypkg written, one path per line' },
  ],
  subaction: 'node',

  async run(input, ctx) {
    if (input.offline) {
      const { packageOffline } = await import('../offline/package.js');
      return {
        offline: await packageOffline(
          {
            path: input.path,
            output: input.output,
            targets: input.target,
            python: input.python,
            indexUrl: input.indexUrl,
            findLinks: input.findLinks,
            maxSize: input.maxSize,
            allowFile: input.allowFile,
          },
          ctx,
        ),
      };
    }
    for (const [flag, given] of [
      ['--target', input.target?.length],
      ['--index-url', input.indexUrl],
      ['--find-links', input.findLinks?.length],
    ] as const) {
      if (given)
        throw new UsageError(`${flag} is an option of --offline`, `Add --offline, or leave ${flag} out.`);
    }
    const [{ packagePlugin }, { artifactOf }] = await Promise.all([
      import('../package/package.js'),
      import('../artifact/of.js'),
    ]);
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
    // The package as every later stage will see it (what readArtifact reads from the file): written
    // just now, with nothing in its zip comment.
    const artifact =
      result.path && result.sha256 && result.checksum && result.size !== undefined
        ? artifactOf({
            path: result.path,
            sha256: result.sha256,
            size: result.size,
            author: result.author ?? '',
            name: result.name ?? '',
            version: result.version ?? '',
            checksum: result.checksum,
            verify: { status: 'unsigned', reason: NOT_SIGNED },
          })
        : undefined;
    const label = (path.relative(ctx.cwd, path.resolve(ctx.cwd, input.path)) || '.')
      .split(path.sep)
      .join('/');
    return { ...result, artifact, label, findings: result.findings.map((f) => ({ ...f, plugin: label })) };
  },

  present(outcome, input, ctx) {
    if (outcome.offline) return presentOffline(outcome.offline, ctx);
    const result = outcome;
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
