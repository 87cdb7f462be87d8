/**
 * The example plugin, offline, through the bundled CLI as users run it: package --offline for both
 * architectures, sign, then verify --offline-install. Its runtime requirement, dify_plugin, cannot be
 * downloaded here (no index is reachable), so the wheelhouse holds a test stand-in of it
 * (test/fixtures/offline/packages/dify_plugin: the names the example imports, and a Plugin that
 * imports every provider and tool module) with a pure and a platform-tagged dependency, as the real
 * SDK has. With a real index, `--index-url` (or PyPI by default) supplies the real SDK and its
 * dependencies the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCliAsync as runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/plugins.js';
import { VECTORS } from '../package/zip-util.js';
import { EXAMPLE } from '../testing/helpers.js';
import { cleanEnv, entries, findPython } from './plugins.js';
import { wheelhouse } from './wheelhouse.js';

const PY312 = findPython('3.12');
const HOST = process.arch === 'arm64' ? 'linux-arm64' : 'linux-amd64';

interface Doc {
  summary: Record<string, unknown>;
  findings: { code: string; severity: string; message: string }[];
  stages: { summary: Record<string, unknown>; headline: string }[];
}
const json = (stdout: string): Doc => JSON.parse(stdout);

let out: string;
let env: NodeJS.ProcessEnv;
let packaged: CliRun;

beforeAll(async () => {
  out = tempDir('dpr-example-offline-');
  env = cleanEnv(PY312 ? { DPR_PYTHON: PY312 } : {});
  packaged = await runCli(
    ['package', EXAMPLE, '--offline', '--find-links', wheelhouse(), '-o', out, '--json'],
    { env, cwd: out },
  );
}, 180_000);

describe('the example plugin, offline', () => {
  it('packages one offline package per meta.arch, from requirements.txt, leaving pyproject.toml and pytest out', async () => {
    expect(packaged.status, packaged.stdout + packaged.stderr).toBe(0);
    const doc = json(packaged.stdout);
    const written = doc.stages
      .filter((s) => s.summary.path)
      .map((s) => path.basename(String(s.summary.path)));
    expect(written).toEqual([
      'unit_converter-0.1.0-offline-linux-amd64.difypkg',
      'unit_converter-0.1.0-offline-linux-arm64.difypkg',
    ]);
    expect(doc.findings.map((f) => f.code).sort()).toEqual(['DPR444', 'DPR448']);
    expect(doc.findings.find((f) => f.code === 'DPR444')!.message).toContain('pytest');
    const pkg = await entries(path.join(out, written[0]!));
    expect(pkg.names).not.toContain('pyproject.toml');
    expect(pkg.names.filter((n) => n.startsWith('wheels/'))).toEqual([
      'wheels/dify_plugin-0.9.0-py3-none-any.whl',
      'wheels/fastcalc-2.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'wheels/tinyjson-1.2.0-py3-none-any.whl',
      'wheels/tinyutil-1.1.0-py3-none-any.whl',
      'wheels/x86only-1.0-py3-none-any.whl',
    ]);
    expect(readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).toContain(written[1]);
  });

  it.skipIf(!PY312)(
    'signs, and verify --offline-install accepts it: installed with no network, main imports',
    async () => {
      const file = path.join(out, `unit_converter-0.1.0-offline-${HOST}.difypkg`);
      const key = path.join(VECTORS, 'test_key_pair_1.private.pem');
      const signed = await runCli(['sign', file, '--key', key, '-o', out], { env, cwd: out });
      expect(signed.status, signed.stderr).toBe(0);
      const signedFile = file.replace(/\.difypkg$/, '.signed.difypkg');
      const verify = await runCli(
        [
          'verify',
          signedFile,
          '--key',
          path.join(VECTORS, 'test_key_pair_1.public.pem'),
          '--offline-install',
          '--json',
        ],
        { env, cwd: out },
      );
      expect(verify.status, verify.stdout + verify.stderr).toBe(0);
      const doc = json(verify.stdout);
      const offline = doc.stages.at(-1)!;
      expect(offline.headline).toMatch(/installs offline on linux\/\w+ and its entrypoint imports/);
      expect((offline.summary.gates as { status: string }[]).every((g) => g.status === 'passed')).toBe(true);
      expect(offline.summary.offlineInstall).toBe('proven');
    },
    180_000,
  );

  it('prints a readable report: the wheels, the sizes against the limits', async () => {
    const text = await runCli(
      [
        'package',
        EXAMPLE,
        '--offline',
        '--target',
        'linux/arm64',
        '--find-links',
        wheelhouse(),
        '-o',
        tempDir(),
      ],
      {
        env,
        cwd: out,
      },
    );
    expect(text.status, text.stderr).toBe(0);
    const all = text.stdout + text.stderr;
    expect(all).toMatch(/unit_converter-0\.1\.0-offline-linux-arm64\.difypkg for linux\/arm64/);
    expect(all).toContain('fastcalc-2.0.0-cp312-cp312-manylinux_2_28_aarch64.whl');
    expect(all).toContain('MAX_PLUGIN_PACKAGE_SIZE');
    expect(all).not.toMatch(/FORCE_VERIFYING_SIGNATURE/);
  }, 180_000);

  it('refuses the offline options without --offline', async () => {
    const r = await runCli(['package', EXAMPLE, '--target', 'linux/amd64', '-o', tempDir()], {
      env,
      cwd: out,
    });
    expect(r.status).toBe(2);
    expect(r.stderr + r.stdout).toContain('--target is an option of --offline');
  });
});
