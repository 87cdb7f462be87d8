import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extractPackage } from '../../src/zip/extract.js';
import { BadPackageError, openPackage } from '../../src/zip/reader.js';
import { ZipWriter } from '../../src/zip/writer.js';
import { tempDir } from '../helpers/plugins.js';
import { craftZip, parseZip } from './zip-util.js';

async function writeZip(file: string, entries: [string, Buffer][], comment = ''): Promise<void> {
  const w = await ZipWriter.create(file);
  for (const [name, data] of entries) {
    if (data.length > 1000)
      await w.addStream(name, Readable.from([data.subarray(0, 700), data.subarray(700)]));
    else await w.addBuffer(name, data);
  }
  await w.finish(comment);
}

/** These archives test the zip layer: no manifest.yaml, which a package needs (tested elsewhere). */
const ZIP_ONLY = { requireManifest: false };
describe('zip writer: the Dify CLI’s layout', () => {
  const entries: [string, Buffer][] = [
    ['_assets/icon.svg', Buffer.from('<svg/>')],
    ['empty.txt', Buffer.alloc(0)],
    ['manifest.yaml', Buffer.from('name: x\n'.repeat(50))],
    ['tools/big.bin', randomBytes(5000)],
    ['tools/名前.yaml', Buffer.from('x: 1\n')],
  ];

  it('writes deflate entries with flag 0x0008, zero DOS time, no extras, attributes 0, version 20', async () => {
    const file = path.join(tempDir(), 'a.zip');
    await writeZip(file, entries);
    const { entries: parsed, comment } = parseZip(readFileSync(file));
    expect(comment).toBe('');
    expect(parsed.map((e) => e.name)).toEqual(entries.map(([n]) => n));
    for (const [i, e] of parsed.entries()) {
      const ascii = /^[\x20-\x7e]*$/.test(e.name);
      expect(e.method).toBe(8);
      expect(e.flags).toBe(ascii ? 0x0008 : 0x0808);
      expect(e.local).toEqual({
        versionNeeded: 20,
        flags: e.flags,
        method: 8,
        time: 0,
        date: 0,
        extraLength: 0,
      });
      expect([e.versionMadeBy, e.versionNeeded, e.time, e.date]).toEqual([20, 20, 0, 0]);
      expect([e.extra.length, e.comment.length, e.internalAttrs, e.externalAttrs]).toEqual([0, 0, 0, 0]);
      expect(e.descriptor).toEqual({
        signature: 0x08074b50,
        crc: e.crc,
        compressedSize: e.compressedSize,
        size: e.size,
      });
      expect(e.data.equals(entries[i]![1])).toBe(true);
      expect(e.name.endsWith('/')).toBe(false);
    }
  });

  it('writes the same bytes twice', async () => {
    const dir = tempDir();
    await writeZip(path.join(dir, 'a.zip'), entries, '{"x":1}');
    await writeZip(path.join(dir, 'b.zip'), entries, '{"x":1}');
    expect(readFileSync(path.join(dir, 'a.zip')).equals(readFileSync(path.join(dir, 'b.zip')))).toBe(true);
    expect(parseZip(readFileSync(path.join(dir, 'a.zip'))).comment).toBe('{"x":1}');
  });

  it('refuses unsafe names and duplicates, and abort leaves no file', async () => {
    const file = path.join(tempDir(), 'c.zip');
    const w = await ZipWriter.create(file);
    for (const bad of ['../x', '/abs', 'a\\b', 'dir/', 'a//b', './a']) {
      await expect(w.addBuffer(bad, Buffer.from('x'))).rejects.toThrow(/invalid zip entry name/);
    }
    await w.addBuffer('a', Buffer.from('x'));
    await expect(w.addBuffer('a', Buffer.from('y'))).rejects.toThrow(/duplicate/);
    await w.abort();
    expect(existsSync(file)).toBe(false);
  });
});

describe('zip reader: safe by default', () => {
  async function crafted(...args: Parameters<typeof craftZip>): Promise<string> {
    const file = path.join(tempDir(), 'crafted.difypkg');
    writeFileSync(file, craftZip(...args));
    return file;
  }

  it('reads entries, sizes, comment and content', async () => {
    const file = await crafted(
      [
        { name: 'manifest.yaml', data: 'name: x\n' },
        { name: 'dir/', data: '' },
        { name: 'a/b.txt', data: 'hello', method: 0 },
      ],
      '{"signature":"","time":1}',
    );
    const pkg = await openPackage(file);
    expect(pkg.entries.map((e) => [e.name, e.size])).toEqual([
      ['manifest.yaml', 8],
      ['a/b.txt', 5],
    ]);
    expect(pkg.directories).toEqual(['dir/']);
    expect(pkg.comment).toBe('{"signature":"","time":1}');
    expect((await pkg.read('a/b.txt')).toString()).toBe('hello');
    await pkg.close();
  });

  const hostile: [string, Parameters<typeof craftZip>[0], RegExp][] = [
    ['a name climbing out with ..', [{ name: '../../etc/passwd', data: 'x' }], /climbs out/],
    ['a name climbing out in the middle', [{ name: 'a/../../x', data: 'x' }], /climbs out/],
    ['an absolute name', [{ name: '/etc/passwd', data: 'x' }], /absolute/],
    ['a drive-letter name', [{ name: 'C:/Windows/x', data: 'x' }], /absolute/],
    ['a backslash traversal', [{ name: '..\\..\\x', data: 'x' }], /backslash/],
    ['a symlink entry', [{ name: 'link', data: '/etc/passwd', unixMode: 0o120777 }], /symbolic link/],
    [
      'duplicate names',
      [
        { name: 'a', data: '1' },
        { name: 'a', data: '2' },
      ],
      /appears twice/,
    ],
    [
      'declared sizes over the limit',
      [{ name: 'a', data: 'x', declaredSize: 2_000_000 }],
      /declare more than/,
    ],
    ['a name that is not UTF-8', [{ name: Buffer.from([0x61, 0xff, 0xfe]), data: 'x' }], /not valid UTF-8/],
  ];
  for (const [what, entries, message] of hostile) {
    it(`refuses ${what}`, async () => {
      const file = await crafted(entries);
      const error = await openPackage(file, { maxUncompressed: 1_000_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadPackageError);
      expect((error as Error).message).toMatch(message);
      expect((error as BadPackageError).exitCode).toBe(1);
    });
  }

  it('stops an entry that inflates past its declared size (a zip bomb)', async () => {
    const file = await crafted([{ name: 'bomb.txt', data: Buffer.alloc(10_000_000), declaredSize: 1000 }]);
    const pkg = await openPackage(file, ZIP_ONLY);
    await expect(pkg.read('bomb.txt')).rejects.toThrow(/zip bomb|more bytes/);
    await pkg.close();
  });

  it('refuses content that does not match its CRC', async () => {
    const bytes = craftZip([{ name: 'a.txt', data: 'hello world', method: 0 }]);
    const at = 30 + 'a.txt'.length; // the first byte of the stored data
    bytes[at] = bytes[at]! ^ 1;
    const file = path.join(tempDir(), 'crc.difypkg');
    writeFileSync(file, bytes);
    const pkg = await openPackage(file, ZIP_ONLY);
    await expect(pkg.read('a.txt')).rejects.toThrow(/CRC-32/);
    await pkg.close();
  });

  it('says a truncated or foreign file is not a package', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'text.difypkg'), 'not a zip at all');
    const good = craftZip([{ name: 'a', data: 'x' }]);
    writeFileSync(path.join(dir, 'cut.difypkg'), good.subarray(0, good.length - 10));
    for (const f of ['text.difypkg', 'cut.difypkg']) {
      await expect(openPackage(path.join(dir, f))).rejects.toThrow(/is not a valid \.difypkg/);
    }
    await expect(openPackage(path.join(dir, 'missing.difypkg'))).rejects.toThrow(/does not exist/);
  });

  it('extracts inside the target only, and not through a planted symlink', async () => {
    const file = await crafted([
      { name: 'manifest.yaml', data: 'x' },
      { name: 'a/b/c.txt', data: 'y' },
    ]);
    const dir = tempDir();
    const written = await extractPackage(file, path.join(dir, 'out'));
    expect(written.map((p) => path.relative(path.join(dir, 'out'), p))).toEqual([
      'manifest.yaml',
      'a/b/c.txt',
    ]);

    const target = tempDir();
    const outside = tempDir();
    symlinkSync(outside, path.join(target, 'a'));
    await expect(extractPackage(file, target)).rejects.toThrow(/through a symlink/);
    expect(readdirSync(outside)).toEqual([]);
  });
});
