/**
 * The layer rules: which folder of src/ may import which. Lower layers never import higher ones, so
 * the domain code does not depend on the adapters and the cycles of the old grab bags cannot return.
 * Type-only imports of the shared contracts (config/types.ts, io/context.ts, core/) are allowed anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

/** Folder → the folders it may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  io: ['core'],
  yaml: ['core'],
  python: ['core', 'io'],
  selection: ['core', 'io'],
  zip: ['core', 'io'],
  manifest: ['core', 'io', 'yaml', 'selection', 'python'],
  package: ['core', 'io', 'yaml', 'selection', 'zip', 'python', 'manifest'],
  signing: ['core', 'io', 'zip', 'package'],
  artifact: ['core', 'io', 'yaml', 'zip', 'manifest', 'package', 'signing'],
  checks: ['core', 'io', 'yaml', 'selection', 'zip', 'python', 'manifest', 'package', 'signing', 'artifact'],
  coze: ['core', 'io', 'yaml', 'manifest'],
  testing: ['core', 'io', 'yaml', 'python', 'selection', 'zip', 'manifest', 'package'],
  config: ['core', 'io', 'yaml'],
  report: ['core'],
  github: ['core', 'io', 'yaml', 'python', 'zip', 'manifest', 'package', 'signing', 'artifact', 'checks'],
  daemon: ['core', 'io', 'yaml', 'zip', 'manifest', 'package', 'signing', 'artifact'],
  'local-daemon': [
    'core',
    'io',
    'yaml',
    'zip',
    'selection',
    'manifest',
    'package',
    'signing',
    'artifact',
    'testing',
    'daemon',
  ],
  deploy: [
    'core',
    'io',
    'yaml',
    'zip',
    'manifest',
    'package',
    'signing',
    'artifact',
    'checks',
    'config',
    'github',
    'daemon',
    'local-daemon',
    // The gates of issue 16 (compatibility, post-upgrade state, failure classification) live in
    // diagnostics/ and deploy calls them; diagnostics does not import deploy.
    'diagnostics',
  ],
  offline: [
    'core',
    'io',
    'yaml',
    'zip',
    'selection',
    'python',
    'manifest',
    'package',
    'signing',
    'artifact',
    'testing',
  ],
  diagnostics: [
    'core',
    'io',
    'yaml',
    'zip',
    'manifest',
    'package',
    'signing',
    'artifact',
    'checks',
    'config',
    'github',
    'daemon',
    'local-daemon',
  ],
  commands: ['*'],
  cli: ['core', 'commands', 'report'],
  action: ['core', 'commands', 'report'],
};

/** Type-only imports any folder may make: the contracts every layer shares. */
const SHARED_TYPES = ['config/types.ts', 'io/context.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const out: { target: string; typeOnly: boolean }[] = [];
  const pattern =
    /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gm;
  for (const m of text.matchAll(pattern)) {
    const spec = m[2] ?? m[3]!;
    const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
    if (!target.startsWith(SRC)) continue; // package.json, schemas/
    out.push({ target: path.relative(SRC, target), typeOnly: Boolean(m[1]) });
  }
  return out;
}

const folderOf = (rel: string) => rel.split(path.sep)[0]!;

describe('layer rules', () => {
  it('every folder of src/ has a rule', () => {
    const folders = readdirSync(SRC).filter((f) => statSync(path.join(SRC, f)).isDirectory());
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('no folder imports from a folder above it', () => {
    const broken: string[] = [];
    for (const file of sources(SRC)) {
      const from = folderOf(path.relative(SRC, file));
      const allowed = ALLOWED[from] ?? [];
      for (const { target, typeOnly } of imports(file)) {
        const to = folderOf(target);
        if (to === from || allowed.includes('*') || allowed.includes(to)) continue;
        if (typeOnly && (to === 'core' || SHARED_TYPES.includes(target.split(path.sep).join('/')))) continue;
        broken.push(`${path.relative(SRC, file)} → ${target}${typeOnly ? ' (type)' : ''}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the command declarations stay light: no stage is imported statically', () => {
    const light = ['core', 'commands', 'config/types.ts', 'io/context.ts'];
    const heavy: string[] = [];
    for (const file of sources(path.join(SRC, 'commands'))) {
      if (/(run|context|resolve)\.ts$/.test(file)) continue; // the runner loads what it runs
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+['"](\.[^'"]+)['"]/gm)) {
        const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts')));
        const posix = target.split(path.sep).join('/');
        if (
          !light.some((l) => posix === l || posix.startsWith(`${l}/`)) &&
          !/\/(text|json|limits)\.ts$/.test(posix)
        ) {
          heavy.push(`${path.relative(SRC, file)} → ${posix}`);
        }
      }
    }
    expect(heavy).toEqual([]);
  });
});
