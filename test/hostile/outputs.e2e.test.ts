/**
 * Files we write, under hostile conditions: runs racing for SHA256SUMS, runs killed outright (their
 * temporary files), and signing an input that already has the signed name.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateKeyPairPem } from '../../src/signing/keys.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { runCliBounded } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Node with the TypeScript loader in the same process (the `tsx` command forks a second one). */
const TS_NODE = [process.execPath, '--import', 'tsx'];

/** Run a TypeScript snippet against the sources in a child process; resolves with its exit. */
function runScript(dir: string, name: string, code: string, args: string[]): Promise<number | null> {
  const script = path.join(dir, name);
  writeFileSync(script, code);
  return new Promise((resolve) => {
    const child = spawn(TS_NODE[0]!, [...TS_NODE.slice(1), script, ...args], { cwd: ROOT, stdio: 'ignore' });
    child.on('exit', (c) => resolve(c));
  });
}

describe('hostile outputs: SHA256SUMS under parallel runs', () => {
  it('keeps every line when many processes update one SHA256SUMS at once (12 of 40 runs lost lines)', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const sums = JSON.stringify(path.join(ROOT, 'src/package/sums.ts'));
    const code = `import { mkdirSync } from 'node:fs';
import { updateSums } from ${sums};
const [out, who] = process.argv.slice(2);
mkdirSync(out!, { recursive: true });
for (let i = 0; i < 40; i++) updateSums(out!, \`p\${who}-\${i}.difypkg\`, '${'a'.repeat(64)}');
`;
    const writers = 6;
    const codes = await Promise.all(
      Array.from({ length: writers }, (_, w) => runScript(dir, `w${w}.ts`, code, [out, String(w)])),
    );
    expect(codes).toEqual(Array(writers).fill(0));
    const lines = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(lines.length).toBe(writers * 40);
    expect(readdirSync(out)).toEqual(['SHA256SUMS']); // no lock, no temporary file left
  }, 120_000);

  it('parallel `package` runs into one directory each leave their line', async () => {
    const out = tempDir();
    const runs = 4;
    const roots = Array.from({ length: runs }, (_, i) =>
      writePlugin({
        '.difyignore': '',
        'manifest.yaml': readFileSync(path.join(writePlugin(), 'manifest.yaml'), 'utf8').replace(
          'name: demo_tool',
          `name: demo_tool_${i}`,
        ),
      }),
    );
    const cli = path.join(process.env.DPR_TEST_BUNDLE!, 'cli.js');
    const codes = await Promise.all(
      roots.map(
        (root) =>
          new Promise<number | null>((resolve) => {
            const child = spawn(process.execPath, [cli, 'package', root, '-o', out], { stdio: 'ignore' });
            child.on('exit', (c) => resolve(c));
          }),
      ),
    );
    expect(codes).toEqual(Array(runs).fill(0));
    const names = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('  ')[1]);
    expect(names).toEqual(Array.from({ length: runs }, (_, i) => `demo_tool_${i}-0.1.0.difypkg`));
  }, 120_000);
});

describe('hostile outputs: a run killed outright', () => {
  it('its temporary file is swept by the next run writing there (it stayed forever)', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const files = JSON.stringify(path.join(ROOT, 'src/io/files.ts'));
    const script = path.join(dir, 'hold.ts');
    writeFileSync(
      script,
      `import { mkdirSync, writeFileSync } from 'node:fs';
import { tempPathFor } from ${files};
mkdirSync(process.argv[2]!, { recursive: true });
const temp = tempPathFor(process.argv[2]! + '/demo_tool-0.1.0.difypkg');
writeFileSync(temp, Buffer.alloc(1024 * 1024));
process.stdout.write(temp + '\\n');
setInterval(() => undefined, 1000);
`,
    );
    const child = spawn(TS_NODE[0]!, [...TS_NODE.slice(1), script, out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const temp = await new Promise<string>((resolve) => {
      child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL'); // no handler runs: the temporary file stays
    await exited;
    expect(existsSync(temp)).toBe(true);

    const r = runCliBounded(['package', writePlugin({ '.difyignore': '' }), '-o', out]);
    expect(r.status).toBe(0);
    expect(existsSync(temp)).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', 'demo_tool-0.1.0.difypkg']);
  });
});

describe('hostile outputs: signing a package named like a signed one', () => {
  it('refuses to overwrite X.signed.difypkg in place without --force, and replaces it with it', async () => {
    const dir = tempDir();
    const built = runCliBounded(['package', writePlugin({ '.difyignore': '' }), '-o', dir]);
    expect(built.status).toBe(0);
    const { privatePem } = await generateKeyPairPem(2048);
    writeFileSync(path.join(dir, 'k.pem'), privatePem);
    const first = runCliBounded([
      'sign',
      path.join(dir, 'demo_tool-0.1.0.difypkg'),
      '--key',
      path.join(dir, 'k.pem'),
    ]);
    expect(first.status).toBe(0);
    const signed = path.join(dir, 'demo_tool-0.1.0.signed.difypkg');
    const before = readFileSync(signed);
    const again = runCliBounded(['sign', signed, '--key', path.join(dir, 'k.pem')], {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/would overwrite it/);
    expect(again.stderr).toMatch(/--force/);
    expect(readFileSync(signed).equals(before)).toBe(true);

    const forced = runCliBounded(['sign', signed, '--key', path.join(dir, 'k.pem'), '--force'], {
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(forced.status).toBe(0);
    expect(readFileSync(signed).equals(before)).toBe(false);
    expect(statSync(signed).size).toBeGreaterThan(0);
    const verified = spawnSync(process.execPath, [
      path.join(process.env.DPR_TEST_BUNDLE!, 'cli.js'),
      'inspect',
      signed,
    ]);
    expect(verified.status).toBe(0);
  });
});
