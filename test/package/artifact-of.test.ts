/**
 * `package` builds its artifact from what it wrote instead of reading the file back: it must be the
 * very artifact `readArtifact` reads from that file (identifier, checksum, digest, size, signature).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArtifact } from '../../src/artifact/read.js';
import { packageCommand } from '../../src/commands/package.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { testContext } from '../helpers/stage.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the artifact package reports is the one readArtifact reads', () => {
  for (const [name, plugin] of [
    ['the example plugin', () => path.join(ROOT, 'examples/unit-converter')],
    ['a generated tool plugin', () => writePlugin()],
  ] as const) {
    it(name, async () => {
      const out = tempDir('dpr-artifact-of-');
      const result = await packageCommand.run(
        { path: plugin(), output: out, offline: false, python: '3.12' },
        testContext({ cwd: ROOT }),
      );
      if ('offline' in result && result.offline) throw new Error('not an offline run');
      expect(result.artifact?.path).toBeTruthy();
      expect(result.artifact?.identifier).toMatch(/^[a-z0-9_-]+\/[a-z0-9_-]+:[\d.]+@[0-9a-f]{64}$/);
      expect(result.artifact).toEqual(await readArtifact(result.artifact!.path));
    });
  }
});
