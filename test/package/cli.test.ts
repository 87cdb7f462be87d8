import { execFile } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { craftZip, VECTORS } from './zip-util.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/index.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the real CLI as a child process (optionally as another user, for permission tests). */
function cli(
  args: string[],
  options: { cwd?: string; uid?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [CLI, ...args],
      {
        cwd: options.cwd ?? ROOT,
        env: {
          ...process.env,
          NO_COLOR: '1',
          GITHUB_ACTIONS: '',
          HOME: options.uid ? '/tmp' : process.env.HOME,
          ...options.env,
        },
        uid: options.uid,
        gid: options.uid,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A plugin tree everyone can read (temp dirs are 0700), for a run as another user. */
function openUp(dir: string): void {
  chmodSync(dir, 0o755);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(e.parentPath, e.name);
    if (e.isDirectory()) openUp(full);
    else if (e.isFile()) chmodSync(full, 0o644);
  }
}

describe('bad input through the real CLI: a specific message and exit code each', { timeout: 60_000 }, () => {
  it('missing manifest → exit 2', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'main.py'), '');
    const r = await cli(['package', dir, '-o', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no manifest\.yaml in .*: it is not a Dify plugin directory/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('unreadable file → exit 1, DPR407', async () => {
    const root = writePlugin({ '.difyignore': '', 'data/secret-ish.txt': 'x' });
    openUp(root);
    chmodSync(path.join(root, 'data/secret-ish.txt'), 0o000);
    const out = tempDir();
    chmodSync(out, 0o777);
    // Root reads anything: run as nobody then.
    const asRoot = process.getuid?.() === 0;
    const r = await cli(['package', root, '-o', out], { uid: asRoot ? 65534 : undefined });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /data\/secret-ish\.txt\s+error\s+DPR407\s+data\/secret-ish\.txt cannot be read \(permission denied\)/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('symlink escaping the repository → exit 1, DPR303', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'creds.txt'), 'x');
    const root = writePlugin({ '.difyignore': '' });
    symlinkSync(path.join(outside, 'creds.txt'), path.join(root, 'creds.txt'));
    const r = await cli(['package', root, '-o', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+DPR303\s+creds\.txt is a symlink to .*, outside the repository/);
  });

  it('secret file → exit 1, DPR401, and --allow-file lets it through', async () => {
    const root = writePlugin({ '.difyignore': '', 'certs/server.pem': 'x' });
    const r = await cli(['package', root, '-o', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+DPR401\s+certs\/server\.pem looks like a secret/);
    const allowed = await cli(['package', root, '-o', tempDir(), '--allow-file', 'certs/*.pem']);
    expect(allowed.code).toBe(0);
  });

  it('.git/ not excluded by the ignore file → exit 1, DPR401 (it holds the checkout token)', async () => {
    const root = writePlugin({
      '.difyignore': null,
      '.gitignore': '*.log\n',
      '.git/config': '[http]\n\textraheader = AUTHORIZATION: basic abc\n',
    });
    const out = tempDir();
    const r = await cli(['package', root, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+DPR401\s+\.git\/ would be packaged .*CI checkout token/);
    expect(readdirSync(out)).toEqual([]);
    const allowed = await cli(['package', root, '-o', tempDir(), '--allow-file', '.git']);
    expect(allowed.code).toBe(0);
  });

  it.skipIf(!existsSync('/sys/kernel'))(
    'an unwritable output directory → exit 2, no internal error',
    async () => {
      const r = await cli(['package', writePlugin({ '.difyignore': '' }), '-o', '/sys']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot write in \/sys: EACCES/);
      expect(r.stderr).not.toMatch(/internal error/);
    },
  );

  it('oversize → exit 1, DPR402 naming the largest files', async () => {
    const root = writePlugin({ '.difyignore': '', 'data/big.bin': Buffer.alloc(200 * 1024) });
    const r = await cli(['package', root, '-o', tempDir(), '--max-size', '0.1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /DPR402\s+the plugin's files add up to .* over the 102\.4 KiB limit; the largest: 1\. data\/big\.bin/,
    );
  });

  it('a bad --max-size → exit 2', async () => {
    const r = await cli(['package', '.', '--max-size', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-size is "lots"; it must be a number of MiB, above 0/);
  });

  it('corrupt zip → exit 1 for verify and inspect', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bad.difypkg'), 'PK\x03\x04 this is not really a zip');
    for (const command of ['verify', 'inspect']) {
      const r = await cli([command, path.join(dir, 'bad.difypkg')]);
      expect([command, r.code]).toEqual([command, 1]);
      expect(r.stderr).toMatch(/bad\.difypkg is not a valid \.difypkg \(zip\)/);
    }
  });

  it('zip bomb and traversal entries → exit 1, "unsafe package"', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'bomb.difypkg'),
      craftZip([{ name: 'a', data: 'x', declaredSize: 0x7fffffff }]),
    );
    writeFileSync(path.join(dir, 'evil.difypkg'), craftZip([{ name: '../../.bashrc', data: 'x' }]));
    const bomb = await cli(['inspect', path.join(dir, 'bomb.difypkg')]);
    expect(bomb.code).toBe(1);
    expect(bomb.stderr).toMatch(/unsafe package .*declare more than 52428800 bytes uncompressed/);
    const evil = await cli(['verify', path.join(dir, 'evil.difypkg')]);
    expect(evil.code).toBe(1);
    expect(evil.stderr).toMatch(/unsafe package .*"\.\.\/\.\.\/\.bashrc" climbs out/);
  });

  it('wrong key → exit 1 saying who is not trusted; a public key to sign → exit 2', async () => {
    const agent = path.join(VECTORS, 'langgenius-agent_0.0.14.difypkg');
    const r = await cli([
      'verify',
      agent,
      '--no-official',
      '--key',
      path.join(VECTORS, 'test_key_pair_1.public.pem'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /DPR434\s+signed by a key that is not trusted here \(tried: .*test_key_pair_1\.public\.pem SHA256:/,
    );
    expect(r.stdout).toContain('THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS');
    const ok = await cli(['verify', agent, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).summary).toMatchObject({ status: 'verified', category: 'langgenius' });

    const dir = tempDir();
    const s = await cli([
      'sign',
      path.join(VECTORS, 'openai.difypkg'),
      '-o',
      dir,
      '--key',
      path.join(VECTORS, 'test_key_pair_1.public.pem'),
    ]);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/is a public key; signing needs the private key/);
  });

  it('PKCS#8 key → exit 2 with the conversion command; the key is never printed', async () => {
    const dir = tempDir();
    const pem = createPrivateKey(
      readFileSync(path.join(VECTORS, 'test_key_pair_1.private.pem'), 'utf8'),
    ).export({ type: 'pkcs8', format: 'pem' }) as string;
    writeFileSync(path.join(dir, 'k8.pem'), pem);
    const r = await cli([
      'sign',
      path.join(VECTORS, 'openai.difypkg'),
      '-o',
      dir,
      '--key',
      path.join(dir, 'k8.pem'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PKCS#8 private key/);
    expect(r.stderr).toMatch(/openssl rsa -in .*k8\.pem -traditional -out key\.private\.pem/);
    expect(r.stderr + r.stdout).not.toContain(pem.split('\n')[1]!);
  });

  it('signs from an environment variable, then verifies, inspects', async () => {
    const dir = tempDir();
    const key = readFileSync(path.join(VECTORS, 'test_key_pair_2.private.pem'), 'utf8').replace(
      /\n/g,
      '\r\n',
    );
    const s = await cli(
      [
        'sign',
        path.join(VECTORS, 'dummy_plugin.difypkg'),
        '-o',
        dir,
        '--key-env',
        'DPR_TEST_SIGNING_KEY',
        '--json',
      ],
      { env: { DPR_TEST_SIGNING_KEY: `  ${key}  ` } },
    );
    expect(s.code).toBe(0);
    const signed = JSON.parse(s.stdout).summary;
    expect(signed.path).toBe(path.join(dir, 'dummy_plugin.signed.difypkg'));
    expect(s.stdout + s.stderr).not.toContain(key.split('\r\n')[1]!);
    const v = await cli(['verify', signed.path, '--key', path.join(VECTORS, 'test_key_pair_2.public.pem')]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/DPR431/);
    const i = await cli(['inspect', signed.path, '--json']);
    expect(i.code).toBe(0);
    const doc = JSON.parse(i.stdout).summary;
    expect(doc.identifier).toBe(`test/test:0.0.1@${signed.checksum}`);
    expect(doc.signature).toMatchObject({ status: 'untrusted', category: 'community' });
    expect(doc.generated).toEqual([{ path: '.verification.dify.json', by: 'added by signing' }]);
  });
});
