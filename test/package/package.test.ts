import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/core/errors.js';
import { packagePlugin } from '../../src/package/package.js';
import { UV_EXPORT_ARGS } from '../../src/package/requirements.js';
import { PrivateKeySniffer } from '../../src/selection/file-rules.js';
import { edit, tempDir, writePlugin } from '../helpers/plugins.js';
import { parseZip } from './zip-util.js';

const errors = (r: { findings: { severity: string; code: string }[] }) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('package', () => {
  it('writes <name>-<version>.difypkg with the CLI’s layout, its identifier and a SHA256SUMS line', async () => {
    const root = writePlugin({ '.difyignore': '' });
    const out = tempDir();
    const result = await packagePlugin({ path: root, outDir: out });
    expect(errors(result)).toEqual([]);
    expect(result.path).toBe(path.join(out, 'demo_tool-0.1.0.difypkg'));
    expect(result.identifier).toBe(`acme/demo_tool:0.1.0@${result.checksum}`);
    const bytes = readFileSync(result.path!);
    const zip = parseZip(bytes);
    const names = zip.entries.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(names).toContain('manifest.yaml');
    expect(names.some((n) => n.endsWith('/'))).toBe(false);
    for (const e of zip.entries) {
      expect([e.method, e.flags, e.time, e.date, e.extra.length, e.externalAttrs]).toEqual([
        8, 8, 0, 0, 0, 0,
      ]);
    }
    expect(zip.comment).toBe('');
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).toBe(
      `${result.sha256}  demo_tool-0.1.0.difypkg\n`,
    );
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', 'demo_tool-0.1.0.difypkg']);
  });

  it('is reproducible: the same tree twice gives byte-identical files', async () => {
    const root = writePlugin({ '.difyignore': '', 'data/blob.bin': Buffer.alloc(3 * 1024 * 1024, 7) });
    const a = await packagePlugin({ path: root, outDir: tempDir() });
    const b = await packagePlugin({ path: root, outDir: tempDir() });
    expect(a.sha256).toBe(b.sha256);
    expect(readFileSync(a.path!).equals(readFileSync(b.path!))).toBe(true);
  });

  it('compresses large files in parallel chunks into streams other unzippers read (Info-ZIP’s unzip -t)', async () => {
    const random = randomBytes(2.5 * 1024 * 1024);
    const text = Buffer.from('line of text that compresses well\n'.repeat(120_000));
    const mixed = Buffer.concat([
      text.subarray(0, 1_500_000),
      random.subarray(0, 1_500_000),
      text.subarray(0, 800_000),
    ]);
    const root = writePlugin({
      '.difyignore': '',
      'data/random.bin': random,
      'data/text.txt': text,
      'data/mixed.bin': mixed,
    });
    const result = await packagePlugin({ path: root, outDir: tempDir() });
    const zip = parseZip(readFileSync(result.path!));
    const byName = new Map(zip.entries.map((e) => [e.name, e]));
    expect(byName.get('data/random.bin')!.data.equals(random)).toBe(true);
    expect(byName.get('data/text.txt')!.data.equals(text)).toBe(true);
    expect(byName.get('data/mixed.bin')!.data.equals(mixed)).toBe(true);
    // Chunks with a dictionary compress as well as one stream: text shrinks a lot, random not at all.
    expect(byName.get('data/text.txt')!.compressedSize).toBeLessThan(text.length / 50);
    expect(byName.get('data/random.bin')!.compressedSize).toBeLessThan(random.length * 1.001);
    if (spawnSync('unzip', ['-v']).status === 0) {
      const test = spawnSync('unzip', ['-tq', result.path!], { encoding: 'utf8' });
      expect(test.stdout).toMatch(/No errors detected/);
    }
    const again = await packagePlugin({ path: root, outDir: tempDir() });
    expect(again.sha256).toBe(result.sha256);
  });

  it('writes into the plugin directory without packaging its own output', async () => {
    const root = writePlugin({ '.difyignore': '' });
    const first = await packagePlugin({ path: root, cwd: root });
    const second = await packagePlugin({ path: root, cwd: root });
    expect(second.checksum).toBe(first.checksum);
    expect(second.files.map((f) => f.path)).not.toContain('demo_tool-0.1.0.difypkg');
    expect(second.files.map((f) => f.path)).not.toContain('SHA256SUMS');
  });

  it('keeps SHA256SUMS lines of other packages', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'SHA256SUMS'), `${'a'.repeat(64)}  other-1.0.0.difypkg\n`);
    const result = await packagePlugin({ path: writePlugin({ '.difyignore': '' }), outDir: out });
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).toBe(
      `${result.sha256}  demo_tool-0.1.0.difypkg\n${'a'.repeat(64)}  other-1.0.0.difypkg\n`,
    );
  });

  it('refuses what validate reports as errors, including files the ignore file drops', async () => {
    const root = writePlugin({ '.difyignore': 'tools/\n' });
    const out = tempDir();
    const result = await packagePlugin({ path: root, outDir: out });
    expect(errors(result)).toContain('DPR301');
    expect(result.path).toBeUndefined();
    expect(readdirSync(out)).toEqual([]);
  });

  it('lets --ignore waive a finding, as validate does', async () => {
    const root = writePlugin({ '.difyignore': '', 'tools/echo.py': null });
    expect(errors(await packagePlugin({ path: root, outDir: tempDir() }))).toEqual(['DPR307']);
    const waived = await packagePlugin({ path: root, outDir: tempDir(), ignore: ['DPR307'] });
    expect(errors(waived)).toEqual([]);
    expect(waived.path).toBeDefined();
  });

  it('refuses a pasted private key in any file, leaving nothing behind', async () => {
    const body = 'MIIEowIBAAKCAQEAx4Zq3m0vYbQkH1e2Ryq9mI0nXc7sQwZt5u8pL3aB1cD2eF3gH4iJ\n'.repeat(3);
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${body}-----END RSA PRIVATE KEY-----\n`;
    const root = writePlugin({ '.difyignore': '', 'tools/echo.py': `KEY = """${key}"""\n` });
    const out = tempDir();
    const result = await packagePlugin({ path: root, outDir: out });
    expect(result.findings.find((f) => f.code === 'DPR411')?.file).toBe('tools/echo.py');
    expect(readdirSync(out)).toEqual([]);
    const allowed = await packagePlugin({ path: root, outDir: out, allowFiles: ['tools/echo.py'] });
    expect(allowed.path).toBeDefined();
    const waived = await packagePlugin({ path: root, outDir: tempDir(), ignore: ['DPR411'] });
    expect(waived.path).toBeDefined();
  });

  it('does not take PEM header text without a key for a key (help text, a startswith test)', async () => {
    const code =
      'if text.startswith("-----BEGIN RSA PRIVATE KEY-----"):\n    raise ValueError("paste the key body")\n';
    const root = writePlugin({ '.difyignore': '', 'tools/echo.py': code });
    const result = await packagePlugin({ path: root, outDir: tempDir() });
    expect(result.findings.find((f) => f.code === 'DPR411')).toBeUndefined();
    expect(result.path).toBeDefined();
  });

  it('names the uncompressed size limit, and accepts a larger one', async () => {
    const root = writePlugin({ '.difyignore': '', 'data/blob.bin': Buffer.alloc(2 * 1024 * 1024) });
    const small = await packagePlugin({ path: root, outDir: tempDir(), maxSizeMiB: 1 });
    expect(small.findings.find((f) => f.code === 'DPR402')?.message).toContain('data/blob.bin');
    expect((await packagePlugin({ path: root, outDir: tempDir(), maxSizeMiB: 3 })).path).toBeDefined();
  });
});

describe('private key sniffing', () => {
  it('finds a PEM private key (header, body, END), even split across chunks, and not a public key', () => {
    const key = Buffer.from(
      'x = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtz\n-----END OPENSSH PRIVATE KEY-----\n"',
    );
    for (let cut = 1; cut < key.length; cut++) {
      const s = new PrivateKeySniffer();
      s.push(key.subarray(0, cut));
      s.push(key.subarray(cut));
      expect([cut, s.found]).toEqual([cut, true]);
    }
    const pub = new PrivateKeySniffer();
    pub.push(Buffer.from('-----BEGIN RSA PUBLIC KEY-----\nMIIC\n-----BEGIN CERTIFICATE-----'));
    expect(pub.found).toBe(false);
    const headerOnly = new PrivateKeySniffer();
    headerOnly.push(Buffer.from('if pem.startswith("-----BEGIN RSA PRIVATE KEY-----"):\n    pass\n'));
    headerOnly.push(Buffer.alloc(9000, 0x20));
    expect(headerOnly.found).toBe(false);
  });
});

describe('package: requirements.txt from uv.lock', () => {
  const uvPlugin = () =>
    writePlugin({
      '.difyignore': '',
      'requirements.txt': null,
      'pyproject.toml': '[project]\nname="x"\n',
      'uv.lock': '',
    });

  function fakeUv(dir: string, exitCode = 0): string {
    const script = path.join(dir, 'uv');
    writeFileSync(
      script,
      `#!/bin/sh\nprintf '%s\\n' "$PWD" "$@" > "${dir}/args.txt"\necho "uv: boom" >&2\nprintf 'dify_plugin==0.5.0\\nrequests==2.32.3\\n'\nexit ${exitCode}\n`,
    );
    chmodSync(script, 0o755);
    return script;
  }

  it('runs `uv export` with the CLI’s exact arguments in the plugin root; the output goes into the zip only', async () => {
    const root = uvPlugin();
    const bin = tempDir();
    const result = await packagePlugin({
      path: root,
      outDir: tempDir(),
      env: { ...process.env, UV_PATH: fakeUv(bin) },
    });
    expect(errors(result)).toEqual([]);
    expect(readFileSync(path.join(bin, 'args.txt'), 'utf8').split('\n').filter(Boolean)).toEqual([
      root,
      ...UV_EXPORT_ARGS,
    ]);
    expect(result.generated).toEqual(['requirements.txt']);
    expect(result.findings.map((f) => f.code)).toContain('DPR409');
    const entry = parseZip(readFileSync(result.path!)).entries.find((e) => e.name === 'requirements.txt');
    expect(entry?.data.toString()).toBe('dify_plugin==0.5.0\nrequests==2.32.3\n');
    expect(existsSync(path.join(root, 'requirements.txt'))).toBe(false);
  });

  it('does not run uv when requirements.txt exists, even if the ignore file excludes it', async () => {
    const root = writePlugin({
      '.difyignore': 'requirements.txt\n',
      'requirements.txt': 'requests\n',
      'pyproject.toml': '',
      'uv.lock': '',
    });
    const result = await packagePlugin({
      path: root,
      outDir: tempDir(),
      env: { UV_PATH: '/nonexistent/uv' },
    });
    expect(result.generated).toEqual([]);
    expect(result.files.map((f) => f.path)).not.toContain('requirements.txt');
  });

  it('says how to fix a missing uv', async () => {
    const error = await packagePlugin({
      path: uvPlugin(),
      outDir: tempDir(),
      env: { PATH: '/nonexistent' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as EnvironmentError).message).toMatch(/uv is not installed/);
    expect((error as EnvironmentError).fix).toMatch(/Install uv.*or commit a requirements.txt/);
  });

  it('reports uv’s own error when the export fails', async () => {
    const error = await packagePlugin({
      path: uvPlugin(),
      outDir: tempDir(),
      env: { ...process.env, UV_PATH: fakeUv(tempDir(), 2) },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('uv export failed: uv: boom');
  });

  it('only for Python plugins', async () => {
    const manifest = edit('manifest.yaml', 'language: python', 'language: go');
    const root = writePlugin({
      'manifest.yaml': manifest,
      'requirements.txt': null,
      'pyproject.toml': '',
      'uv.lock': '',
    });
    const result = await packagePlugin({
      path: root,
      outDir: tempDir(),
      env: { UV_PATH: '/nonexistent/uv' },
    });
    expect(result.generated).toEqual([]);
  });
});
