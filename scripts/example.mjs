// `npm run example`: the main job on the bundled example plugin, as far as the stages built so far
// reach: validate → check → test → package → sign → verify. Every step runs the bundled CLI
// (dist/cli.js), exactly as a user or the action would; the first failing step stops the job.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const plugin = path.join('examples', 'unit-converter');
const out = path.join('out', 'example');
const cli = path.join(root, 'dist', 'cli.js');

rmSync(path.join(root, out), { recursive: true, force: true });
mkdirSync(path.join(root, out), { recursive: true });

const name = 'unit_converter-0.1.0';
const keyName = 'example-signing-key';
const key = path.join(out, keyName);
const steps = [
  ['validate', ['validate', plugin]],
  ['check (marketplace rules)', ['check', plugin]],
  ['test (pytest in an isolated environment)', ['test', plugin]],
  ['package', ['package', plugin, '-o', out]],
  ['keygen (a throwaway key for this run)', ['keygen', '--name', keyName, '--output', out]],
  [
    'sign',
    ['sign', path.join(out, `${name}.difypkg`), '--key', `${key}.private.pem`, '--category', 'community'],
  ],
  ['verify', ['verify', path.join(out, `${name}.signed.difypkg`), '--key', `${key}.public.pem`]],
  ['inspect', ['inspect', path.join(out, `${name}.signed.difypkg`)]],
];

for (const [title, args] of steps) {
  process.stdout.write(`\n\u001b[1m▶ ${title}\u001b[0m  dify-plugin-release ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stdout.write(`\n✖ ${title} failed (exit ${r.status})\n`);
    process.exit(r.status ?? 1);
  }
}
const artifact = path.join(out, `${name}.signed.difypkg`);
process.stdout.write(
  `\n✔ example job done: ${existsSync(path.join(root, artifact)) ? artifact : '(no artifact)'}\n`,
);
