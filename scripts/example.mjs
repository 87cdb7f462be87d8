// `npm run example`: the main job on the bundled example plugin — `pipeline --local` through the
// bundled CLI (dist/cli.js), exactly as a user would run it: validate → check → test → package →
// sign (a throwaway key) → verify → release and submit (dry-run plans) → deploy to an embedded
// staging daemon with the checklist → promote to an embedded production daemon. The state of both
// environments stays in .dify-release/ (ignored by git); the packages in .dify-release/pipeline/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = ['pipeline', path.join('examples', 'unit-converter'), '--local', ...process.argv.slice(2)];
process.stdout.write(`\u001b[1m▶ dify-plugin-release ${args.join(' ')}\u001b[0m\n`);
const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
