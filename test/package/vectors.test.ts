import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/manifest/validate.js';
import {
  checksumOf,
  filesChecksum,
  formatIdentifier,
  isValidIdentifier,
  packageChecksum,
  parseIdentifier,
} from '../../src/package/checksum.js';
import { packagePlugin } from '../../src/package/package.js';
import { PackageSource } from '../../src/package/package-source.js';
import { selectFiles } from '../../src/selection/select.js';
import { extractPackage } from '../../src/zip/extract.js';
import { openPackage } from '../../src/zip/reader.js';
import { tempDir } from '../helpers/plugins.js';
import { VECTORS } from './zip-util.js';

const VECTOR_CHECKSUMS: [string, string, string][] = [
  [
    'langgenius-agent_0.0.14.difypkg',
    '26958a0e80a10655ce73812bdb7c35a66ce7b16f5ac346d298bda17ff85efd1e',
    'langgenius/agent:0.0.14@26958a0e80a10655ce73812bdb7c35a66ce7b16f5ac346d298bda17ff85efd1e',
  ],
  [
    'openai.difypkg',
    'ee25cddb7264169044e305955abbf97eff0876a151ced2bf20c5907430ad5727',
    'langgenius/openai:0.0.19@ee25cddb7264169044e305955abbf97eff0876a151ced2bf20c5907430ad5727',
  ],
  [
    'dummy_plugin.difypkg',
    'f47ca91dfa51d374e6dc4fa3b9b6839396e1e5bff0d6e846cc940c828f8f131b',
    'test/test:0.0.1@f47ca91dfa51d374e6dc4fa3b9b6839396e1e5bff0d6e846cc940c828f8f131b',
  ],
];

describe('identifiers', () => {
  it('formats and parses as the daemon does', () => {
    const id = formatIdentifier('langgenius', 'agent', '0.0.14', 'a'.repeat(64));
    expect(id).toBe(`langgenius/agent:0.0.14@${'a'.repeat(64)}`);
    expect(parseIdentifier(id)).toEqual({
      pluginId: 'langgenius/agent',
      author: 'langgenius',
      name: 'agent',
      version: '0.0.14',
      checksum: 'a'.repeat(64),
    });
    expect(formatIdentifier('', 'x', '1.0.0', 'b'.repeat(32))).toBe(`x:1.0.0@${'b'.repeat(32)}`);
    expect(parseIdentifier(`x:1.0.0@${'b'.repeat(32)}`)?.author).toBe('');
    for (const bad of ['Acme/x:1.0.0@' + 'a'.repeat(64), 'a/x:1@' + 'a'.repeat(64), 'a/x:1.0.0@xyz']) {
      expect(isValidIdentifier(bad)).toBe(false);
      expect(parseIdentifier(bad)).toBeUndefined();
    }
    expect(isValidIdentifier(`a/x:1.0.0.1-beta_1@${'0'.repeat(40)}`)).toBe(true);
  });

  it('computes the checksum over sorted paths, independent of entry order', () => {
    const h = (s: string) => Buffer.alloc(32, s);
    expect(
      checksumOf([
        { name: 'b', sha256: h('1') },
        { name: 'a', sha256: h('2') },
      ]),
    ).toBe(
      checksumOf([
        { name: 'a', sha256: h('2') },
        { name: 'b', sha256: h('1') },
      ]),
    );
  });
});

describe('test vectors', () => {
  for (const [file, checksum, identifier] of VECTOR_CHECKSUMS) {
    it(`${file}: checksum and identifier equal the daemon's`, async () => {
      const pkg = await openPackage(path.join(VECTORS, file));
      expect(await packageChecksum(pkg)).toBe(checksum);
      const { plugin, findings } = await validateSource(new PackageSource(pkg, file));
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
      const m = plugin.manifest.value as Record<string, string>;
      expect(formatIdentifier(m.author!, m.name!, String(m.version), checksum)).toBe(identifier);
      await pkg.close();
    });

    it(`${file}: unpacked and packaged again, gives the same identifier`, async () => {
      const dir = tempDir();
      await extractPackage(path.join(VECTORS, file), path.join(dir, 'src'));
      expect(await filesChecksum(selectFiles(path.join(dir, 'src')).files)).toBe(checksum);
      const result = await packagePlugin({ path: path.join(dir, 'src'), outDir: path.join(dir, 'out') });
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(result.checksum).toBe(checksum);
      expect(result.identifier).toBe(identifier);
    });
  }
});
