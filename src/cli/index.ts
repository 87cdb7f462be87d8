import { VERSION } from '../core/version.js';
import { enableCodeCache } from './code-cache.js';

/** Defined by the build (scripts/build.mjs): the bundle is CommonJS, and has a directory of its own. */
declare const __DPR_BUNDLE__: boolean | undefined;
if (typeof __DPR_BUNDLE__ !== 'undefined') enableCodeCache(__dirname, process.env);

// `dify-plugin-release … | head`: the reader went away; stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
// `--version` alone answers before the commands and their declarations are loaded.
const run =
  argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')
    ? Promise.resolve(process.stdout.write(`${VERSION}\n`)).then(() => 0)
    : import('./main.js').then(({ main }) => main(argv));
run.then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
