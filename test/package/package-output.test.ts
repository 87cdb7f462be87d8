/**
 * Where `package` writes and who is blamed when writing fails: names that would leave the output
 * directory, interrupted runs, unwritable or full output directories, unreadable sources, a uv that
 * cannot be executed, and private keys followed by header-looking text.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckFailedError, EnvironmentError } from '../../src/core/errors.js';
import { byteOrder } from '../../src/core/paths.js';
import { packagePlugin } from '../../src/package/package.js';
import { PrivateKeySniffer } from '../../src/selection/file-rules.js';
import { SourceReadError, writeItems } from '../../src/zip/parallel-deflate.js';
import { openPackage } from '../../src/zip/reader.js';
import { ZipWriter } from '../../src/zip/writer.js';
import { edit, tempDir, writePlugin } from '../helpers/plugins.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

afterEach(() => {
  vi.restoreAllMocks();
});

const KEY_BODY = 'MIIEowIBAAKCAQEAx4Zq3m0vYbQkH1e2Ryq9mI0nXc7sQwZt5u8pL3aB1cD2eF3gH4iJ\n'.repeat(3);
const KEY = `-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY}-----END RSA PRIVATE KEY-----\n`;

describe('private key sniffing: every header is judged', () => {
  it('finds a real key followed by header-looking text in the same chunk', () => {
    const text = `KEY = """${KEY}"""\n\ndef check(s):\n    if s.startswith("-----BEGIN RSA PRIVATE KEY-----"):\n        return True\n`;
    const s = new PrivateKeySniffer();
    s.push(Buffer.from(text));
    expect(s.found).toBe(true);
    // And split anywhere into two chunks.
    const bytes = Buffer.from(text);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const split = new PrivateKeySniffer();
      split.push(bytes.subarray(0, cut));
      split.push(bytes.subarray(cut));
      expect([cut, split.found]).toEqual([cut, true]);
    }
  });

  it('finds it whatever the chunk sizes (a key held across many small chunks)', () => {
    const text = Buffer.from(
      `a = "-----BEGIN RSA PRIVATE KEY-----"\n${KEY}b = "-----BEGIN EC PRIVATE KEY-----"\n`,
    );
    for (const size of [1, 3, 17, 100, 4096]) {
      const s = new PrivateKeySniffer();
      for (let at = 0; at < text.length; at += size) s.push(text.subarray(at, at + size));
      expect([size, s.found]).toEqual([size, true]);
    }
    const noKey = Buffer.from(`a = "-----BEGIN RSA PRIVATE KEY-----"\n${'y = 1\n'.repeat(2000)}`);
    for (const size of [1, 7, 1000]) {
      const s = new PrivateKeySniffer();
      for (let at = 0; at < noKey.length; at += size) s.push(noKey.subarray(at, at + size));
      expect([size, s.found]).toEqual([size, false]);
    }
  });

  it('finds a real key after header-looking text, and still ignores header text alone', () => {
    const before = new PrivateKeySniffer();
    before.push(
      Buffer.from(`# paste a "-----BEGIN EC PRIVATE KEY-----" block below\n${'x'.repeat(100)}\n${KEY}`),
    );
    expect(before.found).toBe(true);
    const twoHeaders = new PrivateKeySniffer();
    twoHeaders.push(
      Buffer.from(
        'a = "-----BEGIN RSA PRIVATE KEY-----"\nb = "-----BEGIN OPENSSH PRIVATE KEY-----"\nc = "-----END RSA PRIVATE KEY-----"\n',
      ),
    );
    twoHeaders.push(Buffer.alloc(9000, 0x20));
    expect(twoHeaders.found).toBe(false);
  });

  it('refuses such a file when packaging (DPR411)', async () => {
    const code = `KEY = """${KEY}"""\nif KEY.startswith("-----BEGIN RSA PRIVATE KEY-----"):\n    pass\n`;
    const root = writePlugin({ '.difyignore': '', 'tools/echo.py': code });
    const out = tempDir();
    const result = await packagePlugin({ path: root, outDir: out });
    expect(result.findings.find((f) => f.code === 'DPR411')?.file).toBe('tools/echo.py');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('package: the target name is validated before anything is written', () => {
  it('never creates a file outside the output directory for a name like ../../escaped', async () => {
    const created: string[] = [];
    const create = ZipWriter.create.bind(ZipWriter);
    vi.spyOn(ZipWriter, 'create').mockImplementation(async (file: string) => {
      created.push(file);
      return create(file);
    });
    const base = tempDir();
    const out = path.join(base, 'a/b/o');
    const manifest = edit('manifest.yaml', 'name: demo_tool', 'name: ../../escaped');
    const root = writePlugin({ '.difyignore': '', 'manifest.yaml': manifest });
    const result = await packagePlugin({ path: root, outDir: out });
    expect(created.filter((f) => path.dirname(f) !== out)).toEqual([]);
    // Nothing anywhere under the output's parents (the output directory is not even created).
    expect(readdirSync(base, { recursive: true })).toEqual([]);
    expect(result.path).toBeUndefined();
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toContain('DPR112');
  });

  it('refuses a version that is not one (it is part of the file name too)', async () => {
    const created: string[] = [];
    const create = ZipWriter.create.bind(ZipWriter);
    vi.spyOn(ZipWriter, 'create').mockImplementation(async (file: string) => {
      created.push(file);
      return create(file);
    });
    const manifest = edit('manifest.yaml', 'version: 0.1.0', 'version: 0.1.0/../../../x');
    const out = path.join(tempDir(), 'o');
    await packagePlugin({
      path: writePlugin({ '.difyignore': '', 'manifest.yaml': manifest }),
      outDir: out,
    }).catch((e: unknown) => e);
    expect(created.filter((f) => path.dirname(f) !== out)).toEqual([]);
  });
});

describe('package: interrupted runs leave nothing a later run packages', () => {
  it('never packages a temporary file a killed run left in the plugin', async () => {
    const root = writePlugin({ '.difyignore': '' });
    writeFileSync(path.join(root, '.demo_tool-0.1.0.difypkg.12345.0badcafe.tmp'), 'half a package');
    writeFileSync(path.join(root, '.demo_tool-0.1.0.signed.difypkg.12345.0badcafe.tmp'), 'half');
    const result = await packagePlugin({ path: root, cwd: root });
    expect(result.path).toBeDefined();
    expect(result.files.map((f) => f.path).filter((p) => p.endsWith('.tmp'))).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'DPR406')).toEqual([]);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`deletes its temporary files on ${signal} and exits with ${code}`, async () => {
      const dir = tempDir();
      const script = path.join(dir, 'hold.ts');
      writeFileSync(
        script,
        `import { writeFileSync } from 'node:fs';
import { tempPathFor } from ${JSON.stringify(path.join(ROOT, 'src/io/files.ts'))};
const temp = tempPathFor(process.argv[2]!);
writeFileSync(temp, 'a package being written');
process.stdout.write(temp + '\\n');
setInterval(() => undefined, 1000);
`,
      );
      const child = spawn(process.execPath, ['--import', 'tsx', script, path.join(dir, 'x-1.0.0.difypkg')], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const temp = await new Promise<string>((resolve) => {
        child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
      });
      expect(existsSync(temp)).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(existsSync(temp)).toBe(false);
      expect(readdirSync(dir)).toEqual(['hold.ts']);
    });
  }
});

describe('package: an output that cannot be written is the environment’s problem (exit 2)', () => {
  it.skipIf(!existsSync('/sys/kernel'))('package -o /sys: a clear environment error', async () => {
    const error = await packagePlugin({ path: writePlugin({ '.difyignore': '' }), outDir: '/sys' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as EnvironmentError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(/cannot write in \/sys/);
  });

  it('a full disk while writing (ENOSPC) is an environment error, not "a file cannot be read"', async () => {
    vi.spyOn(ZipWriter.prototype, 'writeRaw').mockRejectedValue(
      Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
        syscall: 'write',
      }),
    );
    const out = tempDir();
    const error = await packagePlugin({ path: writePlugin({ '.difyignore': '' }), outDir: out }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(/cannot write the package .*ENOSPC/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a source file that cannot be read while packaging is the plugin’s problem (exit 1)', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 12; i++) many[`data/f${String(i).padStart(2, '0')}.txt`] = `file ${i}\n`;
    // Over 1 MiB: streamed while the package is written, not read ahead with the small files.
    const root = writePlugin({ '.difyignore': '', ...many, 'zzz/late.txt': 'late\n'.repeat(300_000) });
    const out = tempDir();
    let removed = false;
    const error = await packagePlugin({
      path: root,
      outDir: out,
      onProgress: () => {
        if (!removed) rmSync(path.join(root, 'zzz/late.txt'));
        removed = true;
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckFailedError);
    expect(error).not.toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(/a file cannot be read while packaging: zzz\/late\.txt/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a small file changed while packaging is packaged as it was checked', async () => {
    const root = writePlugin({ '.difyignore': '', 'data/note.txt': 'as checked\n' });
    const out = tempDir();
    let changed = false;
    const result = await packagePlugin({
      path: root,
      outDir: out,
      onProgress: () => {
        if (!changed) writeFileSync(path.join(root, 'data/note.txt'), 'changed afterwards\n');
        changed = true;
      },
    });
    expect(changed).toBe(true);
    const pkg = await openPackage(result.path!);
    try {
      expect((await pkg.read('data/note.txt')).toString()).toBe('as checked\n');
    } finally {
      await pkg.close();
    }
  });

  it('tells source read failures apart from output failures', async () => {
    const dir = tempDir();
    const writer = await ZipWriter.create(path.join(dir, 'a.zip'));
    const error = await writeItems(writer, [{ path: 'gone.txt', source: path.join(dir, 'gone.txt') }]).catch(
      (e: unknown) => e,
    );
    await writer.abort();
    expect(error).toBeInstanceOf(SourceReadError);
    expect((error as SourceReadError).path).toBe('gone.txt');
  });
});

describe('package: uv that cannot be executed', () => {
  it('a non-executable UV_PATH is an environment error (exit 2), not "uv export failed"', async () => {
    const bin = tempDir();
    const uv = path.join(bin, 'uv');
    writeFileSync(uv, '#!/bin/sh\necho nope\n');
    chmodSync(uv, 0o644);
    const error = await packagePlugin({
      path: writePlugin({
        '.difyignore': '',
        'requirements.txt': null,
        'pyproject.toml': '[project]\nname="x"\n',
        'uv.lock': '',
      }),
      outDir: tempDir(),
      env: { ...process.env, UV_PATH: uv },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(/UV_PATH is .*uv, which cannot be executed/);
    expect((error as EnvironmentError).fix).toMatch(/chmod \+x/);
  });
});

describe('package: one order everywhere', () => {
  it('lists files in byte order (code points), as Go sorts them, not UTF-16 order', async () => {
    const root = writePlugin({ '.difyignore': '', 'data/\u{1f600}.txt': 'a', 'data/\uff5e.txt': 'b' });
    const result = await packagePlugin({ path: root, outDir: tempDir() });
    const names = result.files.map((f) => f.path);
    expect(names).toEqual([...names].sort(byteOrder));
    expect(names.indexOf('data/\uff5e.txt')).toBeLessThan(names.indexOf('data/\u{1f600}.txt'));
  });
});
