/**
 * Zip details found in review: Go's UTF-8 flag rule (detectUTF8), and a truncated entry told apart
 * from a zip bomb.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BadPackageError, openPackage } from '../../src/zip/reader.js';
import { entryFlags, ZipWriter } from '../../src/zip/writer.js';
import { tempDir } from '../helpers/plugins.js';
import { craftZip, parseZip } from './zip-util.js';

/** These archives test the zip layer: no manifest.yaml, which a package needs (tested elsewhere). */
const ZIP_ONLY = { requireManifest: false };
describe('zip writer: the UTF-8 flag as Go’s archive/zip sets it', () => {
  it.each([
    ['manifest.yaml', 0x0008],
    ['a}b.md', 0x0008], // 0x7d is the last rune that needs no flag
    ['a~b.md', 0x0808], // 0x7e: EUC-KR and Shift-JIS remap it
    ['a\x7fb.md', 0x0808], // DEL
    ['a\nb.md', 0x0808], // below 0x20
    ['tools/名前.yaml', 0x0808],
  ])('%j has flags %d', async (name, flags) => {
    expect(entryFlags(name)).toBe(flags);
    const file = path.join(tempDir(), 'a.zip');
    const w = await ZipWriter.create(file);
    await w.addBuffer(name, Buffer.from('x'));
    await w.finish();
    const [entry] = parseZip(readFileSync(file)).entries;
    expect([entry!.name, entry!.flags, entry!.local.flags]).toEqual([name, flags, flags]);
  });
});

describe('zip reader: truncated is not a zip bomb', () => {
  it('says an entry whose data ends before its declared size is corrupt or truncated', async () => {
    const file = path.join(tempDir(), 'short.difypkg');
    writeFileSync(file, craftZip([{ name: 'a.txt', data: 'hello', declaredSize: 100 }]));
    const pkg = await openPackage(file, ZIP_ONLY);
    const error = await pkg.read('a.txt').catch((e: unknown) => e);
    await pkg.close();
    expect(error).toBeInstanceOf(BadPackageError);
    expect((error as Error).message).toMatch(/is corrupt or truncated \(entry a\.txt\)/);
    expect((error as Error).message).not.toMatch(/zip bomb|unsafe/);
  });

  it('still calls an entry that inflates past its declared size a zip bomb', async () => {
    const file = path.join(tempDir(), 'bomb.difypkg');
    writeFileSync(file, craftZip([{ name: 'b.txt', data: Buffer.alloc(100_000), declaredSize: 10 }]));
    const pkg = await openPackage(file, ZIP_ONLY);
    await expect(pkg.read('b.txt')).rejects.toThrow(/zip bomb/);
    await pkg.close();
  });

  it('closes a package once however often close is called', async () => {
    const file = path.join(tempDir(), 'ok.difypkg');
    writeFileSync(file, craftZip([{ name: 'a.txt', data: 'x' }]));
    const pkg = await openPackage(file, ZIP_ONLY);
    await pkg.close();
    await expect(pkg.close()).resolves.toBeUndefined();
  });
});
