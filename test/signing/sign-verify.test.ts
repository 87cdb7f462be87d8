import { createHash, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageChecksum } from '../../src/package/checksum.js';
import { loadPrivateKey, loadPublicKey } from '../../src/signing/keys.js';
import { signedPath, signPackage, VERIFICATION_FILE } from '../../src/signing/sign.js';
import { officialKey, type TrustedKey, verifyPackage } from '../../src/signing/verify.js';
import { type OpenPackage, openPackage } from '../../src/zip/reader.js';
import { ZipWriter } from '../../src/zip/writer.js';
import { tempDir } from '../helpers/plugins.js';
import { parseZip, VECTORS } from '../package/zip-util.js';

const AGENT = 'langgenius-agent_0.0.14.difypkg';

function testKey(n: 1 | 2): TrustedKey {
  return { ...loadPublicKey({ file: path.join(VECTORS, `test_key_pair_${n}.public.pem`) }), official: false };
}

async function verifyFile(file: string, keys: TrustedKey[]) {
  const pkg = await openPackage(file);
  try {
    return await verifyPackage(pkg, keys);
  } finally {
    await pkg.close();
  }
}

/** Rewrite a package's entries (changed by `edit`), keeping its comment: a tampered copy. */
async function rewrite(
  source: string,
  target: string,
  edit: (entries: [string, Buffer][]) => [string, Buffer][],
): Promise<void> {
  const pkg: OpenPackage = await openPackage(source);
  const entries: [string, Buffer][] = [];
  for (const e of pkg.entries) entries.push([e.name, await pkg.read(e.name)]);
  const w = await ZipWriter.create(target);
  for (const [name, data] of edit(entries)) await w.addBuffer(name, data);
  await w.finish(pkg.comment);
  await pkg.close();
}

describe('signed paths', () => {
  it('names the output like Dify: <base>.signed<ext>, and re-signing keeps the name', () => {
    expect(signedPath('/a/x-1.0.0.difypkg')).toBe('/a/x-1.0.0.signed.difypkg');
    expect(signedPath('/a/x-1.0.0.signed.difypkg')).toBe('/a/x-1.0.0.signed.difypkg');
    expect(signedPath('/a/x.difypkg', '/out')).toBe('/out/x.signed.difypkg');
  });
});

describe('verify against the vectors', () => {
  it('accepts the official signature of the agent package (legacy: no verification entry)', async () => {
    const result = await verifyFile(path.join(VECTORS, AGENT), [officialKey()]);
    expect(result).toMatchObject({
      status: 'verified',
      category: 'langgenius',
      categorySource: 'legacy-default',
    });
    expect(result.signer?.official).toBe(true);
    expect(result.time).toBe(1744632035);
  });

  it('rejects it when only a test key is trusted', async () => {
    for (const n of [1, 2] as const) {
      const result = await verifyFile(path.join(VECTORS, AGENT), [testKey(n)]);
      expect(result.status).toBe('untrusted');
    }
  });

  it('reports unsigned packages as unsigned', async () => {
    expect((await verifyFile(path.join(VECTORS, 'openai.difypkg'), [officialKey()])).status).toBe('unsigned');
  });

  it('rejects it after any single byte of any entry changes (each entry in turn)', async () => {
    const pkg = await openPackage(path.join(VECTORS, AGENT));
    const names = pkg.entries.map((e) => e.name);
    await pkg.close();
    expect(names.length).toBe(16);
    const dir = tempDir();
    for (const [i, name] of names.entries()) {
      const file = path.join(dir, `t${i}.difypkg`);
      await rewrite(path.join(VECTORS, AGENT), file, (entries) =>
        entries.map(([n, data]) => {
          if (n !== name) return [n, data];
          const copy = Buffer.from(data);
          copy[Math.floor(copy.length / 2)]! ^= 0x01;
          return [n, copy];
        }),
      );
      const result = await verifyFile(file, [officialKey()]);
      expect([name, result.status]).toEqual([name, 'modified']);
    }
  });

  it('rejects it after an entry is added or removed', async () => {
    const dir = tempDir();
    await rewrite(path.join(VECTORS, AGENT), path.join(dir, 'added.difypkg'), (e) => [
      ...e,
      ['extra.txt', Buffer.from('x')],
    ]);
    await rewrite(path.join(VECTORS, AGENT), path.join(dir, 'removed.difypkg'), (e) =>
      e.filter(([n]) => n !== 'README.md'),
    );
    await rewrite(path.join(VECTORS, AGENT), path.join(dir, 'same.difypkg'), (e) => e);
    expect((await verifyFile(path.join(dir, 'added.difypkg'), [officialKey()])).status).toBe('modified');
    expect((await verifyFile(path.join(dir, 'removed.difypkg'), [officialKey()])).status).toBe('modified');
    // Re-zipping the same entries keeps the signature valid: it covers content, not zip bytes.
    expect((await verifyFile(path.join(dir, 'same.difypkg'), [officialKey()])).status).toBe('verified');
  });
});

describe('sign', () => {
  async function signWith(
    n: 1 | 2,
    input: string,
    category: 'community' | 'partner',
    time: number,
    force = false,
  ) {
    const key = loadPrivateKey({ file: path.join(VECTORS, `test_key_pair_${n}.private.pem`) });
    const pkg = await openPackage(input);
    return signPackage({ pkg, file: input, key: key.key, category, time, force });
  }

  it('signs so that the daemon’s algorithm, re-derived here independently, accepts it', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'openai.difypkg');
    writeFileSync(input, readFileSync(path.join(VECTORS, 'openai.difypkg')));
    const signed = await signWith(1, input, 'community', 1_700_000_000);
    expect(signed.path).toBe(path.join(dir, 'openai.signed.difypkg'));

    // Independent of src/: parse the zip, hash each entry in central-directory order, add the time.
    const zip = parseZip(readFileSync(signed.path));
    const comment = JSON.parse(zip.comment) as { signature: string; time: number };
    expect(Object.keys(comment)).toEqual(['signature', 'time']);
    expect(comment.time).toBe(1_700_000_000);
    const last = zip.entries[zip.entries.length - 1]!;
    expect(last.name).toBe(VERIFICATION_FILE);
    expect(last.data.toString()).toBe('{"authorized_category":"community"}');
    const data = Buffer.concat([
      ...zip.entries.map((e) => createHash('sha256').update(e.data).digest()),
      Buffer.from(String(comment.time)),
    ]);
    const sig = Buffer.from(comment.signature, 'base64');
    expect(sig.length).toBe(512);
    const pub = (n: number) =>
      createPublicKey(readFileSync(path.join(VECTORS, `test_key_pair_${n}.public.pem`)));
    expect(cryptoVerify('sha256', data, pub(1), sig)).toBe(true);
    expect(cryptoVerify('sha256', data, pub(2), sig)).toBe(false);

    // And our verifier agrees: trusted with key 1, untrusted with key 2 or the official key only.
    expect((await verifyFile(signed.path, [officialKey(), testKey(1)])).status).toBe('verified');
    expect((await verifyFile(signed.path, [officialKey(), testKey(2)])).status).toBe('untrusted');
    // Every original entry is kept, content unchanged, in order, before the verification entry.
    const original = parseZip(readFileSync(input));
    expect(zip.entries.slice(0, -1).map((e) => [e.name, e.data.toString('hex')])).toEqual(
      original.entries.map((e) => [e.name, e.data.toString('hex')]),
    );
  });

  it('is reproducible for a fixed time (PKCS#1 v1.5 is deterministic)', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.difypkg');
    const b = path.join(dir, 'b.difypkg');
    writeFileSync(a, readFileSync(path.join(VECTORS, 'dummy_plugin.difypkg')));
    writeFileSync(b, readFileSync(path.join(VECTORS, 'dummy_plugin.difypkg')));
    const sa = await signWith(1, a, 'community', 1_700_000_000);
    const sb = await signWith(1, b, 'community', 1_700_000_000);
    expect(sa.sha256).toBe(sb.sha256);
  });

  it('re-signing replaces the verification entry instead of adding a second one', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'dummy.difypkg');
    writeFileSync(input, readFileSync(path.join(VECTORS, 'dummy_plugin.difypkg')));
    const first = await signWith(1, input, 'community', 1_700_000_000);
    await expect(signWith(2, first.path, 'partner', 1_700_000_100)).rejects.toThrow(/would overwrite it/);
    const second = await signWith(2, first.path, 'partner', 1_700_000_100, true);
    expect(second.resigned).toBe(true);
    expect(second.path).toBe(first.path);
    const names = parseZip(readFileSync(second.path)).entries.map((e) => e.name);
    expect(names.filter((n) => n === VERIFICATION_FILE)).toHaveLength(1);
    const result = await verifyFile(second.path, [testKey(2)]);
    expect(result).toMatchObject({ status: 'verified', category: 'partner', categorySource: 'entry' });
    expect((await verifyFile(second.path, [testKey(1)])).status).toBe('untrusted');
  });

  it('changes the checksum by the verification entry, as the daemon counts it', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'dummy.difypkg');
    writeFileSync(input, readFileSync(path.join(VECTORS, 'dummy_plugin.difypkg')));
    const signed = await signWith(1, input, 'community', 1_700_000_000);
    const pkg = await openPackage(signed.path);
    expect(await packageChecksum(pkg)).toBe(signed.checksum);
    expect(signed.checksum).not.toBe('f47ca91dfa51d374e6dc4fa3b9b6839396e1e5bff0d6e846cc940c828f8f131b');
    await pkg.close();
  });

  it('treats a verification entry the daemon cannot parse as unverified', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'dummy.difypkg');
    writeFileSync(input, readFileSync(path.join(VECTORS, 'dummy_plugin.difypkg')));
    const signed = await signWith(1, input, 'community', 1_700_000_000);
    const broken = path.join(dir, 'broken.difypkg');
    await rewrite(signed.path, broken, (e) =>
      e.map(([n, d]) => (n === VERIFICATION_FILE ? [n, Buffer.from('{not json')] : [n, d])),
    );
    expect((await verifyFile(broken, [testKey(1)])).status).toBe('invalid');
  });
});
