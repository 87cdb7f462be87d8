/**
 * `sign` checks its result before it lands: the signed file is verified under its temporary name,
 * so a result that does not verify is never renamed into place nor listed in SHA256SUMS.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signCommand } from '../../src/commands/sign.js';
import { CheckFailedError } from '../../src/core/errors.js';
import { packagePlugin } from '../../src/package/package.js';
import { generateKeyPairPem, loadPrivateKey } from '../../src/signing/keys.js';
import { signPackage } from '../../src/signing/sign.js';
import * as verify from '../../src/signing/verify.js';
import { openPackage } from '../../src/zip/reader.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';

vi.mock('../../src/signing/verify.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/signing/verify.js')>();
  return { ...real, verifyPackage: vi.fn(real.verifyPackage) };
});

let pkgFile: string;
let keyFile: string;

beforeAll(async () => {
  const built = await packagePlugin({ path: writePlugin({ '.difyignore': '' }), outDir: tempDir() });
  pkgFile = built.path!;
  const { privatePem } = await generateKeyPairPem(2048);
  keyFile = path.join(tempDir(), 'k.private.pem');
  writeFileSync(keyFile, privatePem);
});

afterEach(() => {
  vi.mocked(verify.verifyPackage).mockClear();
});

describe('sign: the self-check runs before the rename', () => {
  it('signs and verifies a package (the check passes)', async () => {
    const out = tempDir();
    const outcome = await runCommand(signCommand, { package: pkgFile, key: keyFile, output: out });
    expect(outcome.exitCode).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['SHA256SUMS', 'demo_tool-0.1.0.signed.difypkg']);
    // Verified under the temporary name before it was renamed, then read back as the artifact.
    const checked = vi.mocked(verify.verifyPackage).mock.calls.length;
    expect(checked).toBe(2);
  });

  it('a result that does not verify is a check failure (exit 1), and nothing is left behind', async () => {
    const real = await vi.importActual<typeof import('../../src/signing/verify.js')>(
      '../../src/signing/verify.js',
    );
    vi.mocked(verify.verifyPackage).mockImplementationOnce(async (pkg, keys) => ({
      ...(await real.verifyPackage(pkg, keys)),
      status: 'modified',
      reason: 'modified after signing (simulated)',
    }));
    const out = tempDir();
    const outcome = await runCommand(signCommand, { package: pkgFile, key: keyFile, output: out });
    const reporter = outcome.reporter;
    expect(outcome.exitCode).toBe(1);
    expect(reporter.text).toMatch(/the signed package does not verify .*simulated.*nothing was written/);
    expect(reporter.text).not.toMatch(/internal error/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('signPackage renames nothing and leaves SHA256SUMS alone when the check throws', async () => {
    const out = tempDir();
    const pkg = await openPackage(pkgFile);
    const key = loadPrivateKey({ file: keyFile });
    let seen = '';
    const error = await signPackage({
      pkg,
      file: pkgFile,
      key: key.key,
      category: 'community',
      outDir: out,
      check: async (temp) => {
        seen = temp;
        expect(existsSync(temp)).toBe(true);
        throw new CheckFailedError('no');
      },
    }).catch((e: unknown) => e);
    await pkg.close();
    expect(error).toBeInstanceOf(CheckFailedError);
    expect(path.dirname(seen)).toBe(out);
    expect(readdirSync(out)).toEqual([]);
  });

  it.skipIf(!existsSync('/sys/kernel'))('sign -o /sys: an environment error (exit 2)', async () => {
    const outcome = await runCommand(signCommand, { package: pkgFile, key: keyFile, output: '/sys' });
    const reporter = outcome.reporter;
    expect(outcome.exitCode).toBe(2);
    expect(reporter.text).toMatch(/cannot write in \/sys/);
    expect(reporter.text).not.toMatch(/internal error/);
  });
});
