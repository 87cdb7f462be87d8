import { VERSION } from '../core/version.js';

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
