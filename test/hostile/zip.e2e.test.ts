/**
 * Hostile archives and archive sizes: more entries than a classic zip holds (written as ZIP64, the
 * way Go's archive/zip and so the Dify CLI writes them), empty archives and archives without a
 * manifest (which `inspect` used to pass), and a property test of the reader over mutated packages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckFailedError, UsageError } from '../../src/core/errors.js';
import { packagePlugin } from '../../src/package/package.js';
import { generateKeyPairPem, loadPrivateKey } from '../../src/signing/keys.js';
import { signPackage } from '../../src/signing/sign.js';
import { BadPackageError, openPackage } from '../../src/zip/reader.js';
import { ZipWriter } from '../../src/zip/writer.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { runCliBounded } from './helpers.js';

/** One more entry than a classic end-of-central-directory record can count. */
const ENTRIES = 65_536;

/** The ZIP64 end record and locator sit just before the classic end record (and its comment). */
function zip64Records(bytes: Buffer): { records: bigint; classicCount: number } | undefined {
  let end = bytes.length - 22;
  while (
    end >= 0 &&
    !(bytes.readUInt32LE(end) === 0x06054b50 && end + 22 + bytes.readUInt16LE(end + 20) === bytes.length)
  ) {
    end--;
  }
  if (end < 0) return undefined;
  const locator = end - 20;
  if (bytes.readUInt32LE(locator) !== 0x07064b50) return undefined;
  const record = Number(bytes.readBigUInt64LE(locator + 8));
  if (bytes.readUInt32LE(record) !== 0x06064b50) return undefined;
  return { records: bytes.readBigUInt64LE(record + 32), classicCount: bytes.readUInt16LE(end + 10) };
}

describe('hostile zips: more than 65,535 entries', () => {
  it('the writer writes ZIP64 end records as Go does, and the reader reads them back (it threw)', async () => {
    const file = path.join(tempDir(), 'many.difypkg');
    const w = await ZipWriter.create(file);
    await w.addBuffer('manifest.yaml', Buffer.from('name: many\n'));
    const nothing = Buffer.from([0x03, 0x00]); // the raw deflate of no bytes
    for (let i = 1; i < ENTRIES; i++) await w.addBuffer(`f/${i}`, Buffer.alloc(0), nothing);
    await w.finish();
    const bytes = readFileSync(file);
    expect(zip64Records(bytes)).toEqual({ records: BigInt(ENTRIES), classicCount: 0xffff });
    const pkg = await openPackage(file);
    expect(pkg.entries.length).toBe(ENTRIES);
    expect((await pkg.read('manifest.yaml')).toString()).toBe('name: many\n');
    await pkg.close();
  }, 120_000);

  it('package and sign a plugin of 65,536 files (an internal error about ZIP64 after 23-48 s)', async () => {
    const root = writePlugin({ '.difyignore': '' });
    const extra = ENTRIES - 10; // the plugin has 10 files of its own, .difyignore included
    for (let d = 0; d * 1000 < extra; d++) {
      mkdirSync(path.join(root, 'data', String(d)), { recursive: true });
      for (let i = d * 1000; i < Math.min(extra, (d + 1) * 1000); i++) {
        writeFileSync(path.join(root, 'data', String(d), String(i)), '');
      }
    }
    const out = tempDir();
    const result = await packagePlugin({ path: root, outDir: out });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.files.length).toBe(ENTRIES);
    expect(zip64Records(readFileSync(result.path!))?.records).toBe(BigInt(ENTRIES));

    const { privatePem } = await generateKeyPairPem(2048);
    const pkg = await openPackage(result.path!);
    const signed = await signPackage({
      pkg,
      file: result.path!,
      key: loadPrivateKey({ text: privatePem }).key,
      category: 'community',
      outDir: out,
    });
    await pkg.close();
    expect(signed.entries.length).toBe(ENTRIES + 1);
    expect(zip64Records(readFileSync(signed.path))?.records).toBe(BigInt(ENTRIES + 1));
  }, 300_000);
});

describe('hostile zips: an archive that is no package is an error', () => {
  /** The 22-byte end record of an archive with no entries. */
  const EMPTY_ZIP = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');

  it('inspect: an empty zip exits 1 with a clear error (it printed ✔ and exited 0)', () => {
    const file = path.join(tempDir(), 'empty.difypkg');
    writeFileSync(file, EMPTY_ZIP);
    const r = runCliBounded(['inspect', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/holds no files: it is not a Dify package/);
  });

  it('inspect: a zip without manifest.yaml exits 1 and says the daemon refuses it', async () => {
    const file = path.join(tempDir(), 'nomanifest.difypkg');
    const w = await ZipWriter.create(file);
    await w.addBuffer('plugin/manifest.yaml', Buffer.from('name: x\n'));
    await w.finish();
    const r = runCliBounded(['inspect', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/has no manifest\.yaml at its root: the daemon's decoder/);
    expect(r.stderr).toMatch(/inside a folder/);
  });
});

describe('hostile zips: the reader over mutated packages (property)', () => {
  it('never crashes and never yields more than an entry declares, whatever bytes are changed', async () => {
    const dir = tempDir();
    const built = await packagePlugin({ path: writePlugin({ '.difyignore': '' }), outDir: dir });
    const good = readFileSync(built.path!);
    const target = path.join(dir, 'mutated.difypkg');
    // Half the changes land in the central directory and end record, where the reader decides.
    const directory = good.readUInt32LE(good.length - 22 + 16);
    const offset = fc.oneof(
      fc.nat({ max: good.length - 1 }),
      fc.integer({ min: directory, max: good.length - 1 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: offset, value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat({ max: good.length }),
        async (changes, cut) => {
          const bytes = Buffer.from(good.subarray(0, Math.max(22, cut)));
          for (const c of changes) if (c.at < bytes.length) bytes[c.at] = c.value;
          writeFileSync(target, bytes);
          let pkg: Awaited<ReturnType<typeof openPackage>>;
          try {
            pkg = await openPackage(target, { maxUncompressed: 1024 * 1024 });
          } catch (error) {
            expect(error instanceof BadPackageError || error instanceof UsageError).toBe(true);
            return;
          }
          try {
            let total = 0;
            for (const entry of pkg.entries) {
              try {
                const data = await pkg.read(entry.name);
                // The budget: what an entry yields is exactly what it declares, never more.
                expect(data.length).toBe(entry.size);
                total += data.length;
              } catch (error) {
                expect(error).toBeInstanceOf(CheckFailedError);
              }
            }
            expect(total).toBeLessThanOrEqual(1024 * 1024);
          } finally {
            await pkg.close();
          }
        },
      ),
      {
        numRuns: Number(process.env.DPR_FUZZ_RUNS ?? 300),
        seed: Number(process.env.DPR_FUZZ_SEED ?? 20261201),
      },
    );
  }, 120_000);
});
