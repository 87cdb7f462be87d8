import type { Command } from 'commander';
import { createReporter } from '../report/index.js';
import type { CliContext } from './context.js';
import { collect, parseMiB, splitList } from './options.js';

export function registerPackage(program: Command, ctx: CliContext): void {
  program
    .command('package')
    .description(
      'build <name>-<version>.difypkg exactly as Dify’s CLI lays it out: reproducible, validated, secrets refused',
    )
    .argument('[path]', 'the plugin directory', '.')
    .option('-o, --output <dir>', 'directory to write the package and SHA256SUMS into (default: .)')
    .option('--max-size <MiB>', 'uncompressed size limit in MiB (default 50, the daemon’s)', parseMiB)
    .option(
      '--allow-file <pattern>',
      'package a file that looks like a secret anyway (gitignore pattern or path; repeatable)',
      collect,
    )
    .option('--strict', 'treat warnings as errors')
    .option('--ignore <codes>', 'comma-separated finding codes to ignore (e.g. DPR404)', splitList)
    .option('--json', 'print one JSON object')
    .action(
      async (
        pluginPath: string,
        opts: {
          output?: string;
          maxSize?: number;
          allowFile?: string[];
          strict?: boolean;
          ignore?: string[];
          json?: boolean;
        },
      ) => {
        const reporter = createReporter({ json: opts.json || ctx.json, command: 'package' });
        const outcome = await (await import('../commands/package.js')).packageCommand(
          {
            path: pluginPath,
            outDir: opts.output,
            maxSize: opts.maxSize,
            allowFiles: opts.allowFile,
            strict: opts.strict,
            ignore: opts.ignore,
          },
          reporter,
        );
        ctx.exitCode = outcome.exitCode;
      },
    );
}

/** A positive number of MiB (`--max-size`). */
