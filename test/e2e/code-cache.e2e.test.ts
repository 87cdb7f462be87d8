/**
 * The bundled CLI's code cache (src/cli/code-cache.ts): written on the first run, used (not written
 * again) on the next, ignored and replaced when damaged, never stale when a bundle file changes, off
 * when told, and never a reason to fail.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundle, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/plugins.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = path.join(ROOT, 'examples/unit-converter');
/** Node 22.1+ caches with its own module.enableCompileCache, in its own format. */
const BUILT_IN = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** Every entry under a cache directory (whatever the runtime and bundle folders are called). */
function entries(dir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const out = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  const walk = (d: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name !== '.bundle')
        out.set(file, { bytes: readFileSync(file), mtimeMs: statSync(file).mtimeMs });
    }
  };
  walk(dir);
  return out;
}

function validate(cache: string, cli = bundle('cli')) {
  return runCli(['validate', EXAMPLE], { env: { DPR_CODE_CACHE: cache }, cliPath: cli });
}

describe.skipIf(BUILT_IN)('the bundle’s code cache (Node 20: our own)', () => {
  it('is written once, then used as it is', () => {
    const cache = tempDir('dpr-code-cache-');
    const first = validate(cache);
    expect(first.status, first.stderr).toBe(0);
    const written = entries(cache);
    // Every file the run loaded from the bundle, beyond the entry itself.
    expect(written.size).toBeGreaterThan(10);
    for (const [file, { bytes }] of written) {
      expect(
        createHash('sha256').update(bytes.subarray(32)).digest().equals(bytes.subarray(0, 32)),
        file,
      ).toBe(true);
      expect(path.basename(file)).not.toMatch(/\.tmp$/);
    }
    const second = validate(cache);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // A rejected entry would be written again: none is, and none is added.
    const after = entries(cache);
    expect([...after.keys()].sort()).toEqual([...written.keys()].sort());
    for (const [file, { mtimeMs }] of after) expect(mtimeMs, file).toBe(written.get(file)!.mtimeMs);
  });

  it('ignores damaged entries and writes them again', () => {
    const cache = tempDir('dpr-code-cache-');
    const first = validate(cache);
    const written = entries(cache);
    for (const [file, { bytes }] of written) {
      const junk = Buffer.alloc(bytes.length, 0x5a);
      writeFileSync(file, junk);
    }
    const again = validate(cache);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    for (const [file, { bytes }] of entries(cache)) {
      expect(bytes.equals(Buffer.alloc(bytes.length, 0x5a)), file).toBe(false);
    }
  });

  it('never serves a changed file its old code, even at the same length', () => {
    const dir = tempDir('dpr-code-cache-bundle-');
    cpSync(path.dirname(bundle('cli')), dir, { recursive: true });
    const cli = path.join(dir, 'cli.js');
    const cache = tempDir('dpr-code-cache-');
    expect(validate(cache, cli).stdout).toContain('1 plugin validated');
    let edited = 0;
    for (const name of readdirSync(path.join(dir, 'chunks'))) {
      const file = path.join(dir, 'chunks', name);
      const text = readFileSync(file, 'utf8');
      if (!text.includes('} validated${')) continue;
      writeFileSync(file, text.replaceAll('} validated${', '} VALIDATED${'));
      edited++;
    }
    expect(edited).toBeGreaterThan(0);
    const before = entries(cache);
    const r = validate(cache, cli);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 plugin VALIDATED');
    // The entries of the edited files were replaced, not kept beside the new ones.
    const after = entries(cache);
    expect(after.size).toBe(before.size);
    expect([...after.keys()].filter((f) => !before.has(f)).length).toBeGreaterThan(0);
  });

  it('sweeps the folders of bundles that are gone, when it writes', () => {
    const cache = tempDir('dpr-code-cache-');
    validate(cache);
    const [entry] = [...entries(cache).keys()];
    const runtime = path.dirname(path.dirname(entry!));
    const gone = path.join(runtime, 'a-bundle-that-is-gone');
    mkdirSync(gone);
    writeFileSync(path.join(gone, '.bundle'), path.join(tempDir('dpr-gone-'), 'no-such-dist'));
    writeFileSync(path.join(gone, 'chunks+x.cjs@1-2-3-4'), 'old');
    // A copy of the bundle elsewhere: its first run writes, and sweeps.
    const dir = tempDir('dpr-code-cache-bundle-');
    cpSync(path.dirname(bundle('cli')), dir, { recursive: true });
    expect(validate(cache, path.join(dir, 'cli.js')).status).toBe(0);
    expect(existsSync(gone)).toBe(false);
    expect(readdirSync(runtime).length).toBe(2); // the test bundle's folder and the copy's
  });
});

describe('the code cache is never a reason to fail', () => {
  it('off writes nothing', () => {
    const cache = tempDir('dpr-code-cache-');
    const off = runCli(['validate', EXAMPLE], { env: { DPR_CODE_CACHE: 'off', HOME: cache } });
    expect(off.status, off.stderr).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('a cache directory that cannot be made changes nothing', () => {
    const dir = tempDir('dpr-code-cache-');
    const blocked = path.join(dir, 'file');
    writeFileSync(blocked, 'not a directory');
    const r = validate(path.join(blocked, 'cache'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 plugin validated');
    expect(r.stderr).toBe('');
  });
});
