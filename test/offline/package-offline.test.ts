import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageCommand } from '../../src/commands/package.js';
import { signCommand } from '../../src/commands/sign.js';
import { verifyCommand } from '../../src/commands/verify.js';
import type { Finding } from '../../src/core/finding.js';
import { compatibility, parseWheelName } from '../../src/offline/tags.js';
import { target } from '../../src/offline/targets.js';
import { extractPackage } from '../../src/zip/extract.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
import { VECTORS } from '../package/zip-util.js';
import { base, bytes, cleanEnv, entries, offlinePlugin, packageOffline } from './plugins.js';
import { buildWheel, wheelhouse } from './wheelhouse.js';
import { rewriteEntry } from './zip-edit.js';

type Outcome = Awaited<ReturnType<typeof packageOffline>>;

const findingsOf = (r: Outcome): Finding[] => r.reporter.sections.flatMap((s) => s.findings);
const codesOf = (r: Outcome) => findingsOf(r).map((f) => f.code);
const paths = (r: Outcome) => (r.outputs.packages ?? '').split('\n').filter(Boolean);
const wheelsOf = async (file: string) =>
  (await entries(file)).names.filter((n) => n.startsWith('wheels/')).map((n) => n.slice('wheels/'.length));

let house: string;
let plugin: string;
let first: Outcome;

beforeAll(async () => {
  house = wheelhouse();
  plugin = offlinePlugin();
  first = await packageOffline(plugin, { findLinks: [house], output: tempDir('dpr-offline-out-') });
}, 180_000);

describe('package --offline, both targets of meta.arch', () => {
  it('writes <name>-<version>-offline-<platform>.difypkg for each, listed in SHA256SUMS', async () => {
    expect(first.exitCode, JSON.stringify(findingsOf(first))).toBe(0);
    expect(paths(first).map(base)).toEqual([
      'demo_tool-0.1.0-offline-linux-amd64.difypkg',
      'demo_tool-0.1.0-offline-linux-arm64.difypkg',
    ]);
    const sums = readFileSync(path.join(path.dirname(paths(first)[0]!), 'SHA256SUMS'), 'utf8');
    for (const p of paths(first)) expect(sums).toContain(base(p));
    expect(first.outputs.path).toBe(paths(first)[0]);
  });

  it('ships every runtime dependency as a wheel for that platform, and markers decided for the target', async () => {
    const [amd, arm] = paths(first) as [string, string];
    expect(await wheelsOf(amd)).toEqual([
      'dify_plugin-0.9.0-py3-none-any.whl',
      'fastcalc-2.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'tinyjson-1.2.0-py3-none-any.whl',
      'tinyutil-1.1.0-py3-none-any.whl',
      'x86only-1.0-py3-none-any.whl',
    ]);
    // armonly (platform_machine == "aarch64") is in, x86only out, though pip runs on this machine;
    // oldpy (python_version < "3.12") is out whatever Python runs pip; winhelper (win32) never.
    expect(await wheelsOf(arm)).toEqual([
      'armonly-1.0-py3-none-any.whl',
      'dify_plugin-0.9.0-py3-none-any.whl',
      'fastcalc-2.0.0-cp312-cp312-manylinux_2_28_aarch64.whl',
      'tinyjson-1.2.0-py3-none-any.whl',
      'tinyutil-1.1.0-py3-none-any.whl',
    ]);
    for (const [file, t] of [
      [amd, target('linux/amd64')],
      [arm, target('linux/arm64')],
    ] as const) {
      for (const w of await wheelsOf(file)) expect(compatibility(parseWheelName(w)!, t).ok, w).toBe(true);
    }
  });

  it('pins exactly those wheels in a requirements.txt that installs from ./wheels only; no pyproject.toml, no uv.lock', async () => {
    const pkg = await entries(paths(first)[0]!);
    expect(await pkg.text('requirements.txt')).toBe(
      [
        '# target: linux/amd64 python 3.12',
        '# Offline requirements (dify-plugin-release package --offline): every dependency is a wheel',
        '# under ./wheels, pinned here; nothing is downloaded when the plugin daemon installs it.',
        '# The plugin requires:',
        '# requirement: dify_plugin>=0.9.0,<0.10.0',
        '# requirement: tinyjson>=1.2',
        '--no-index',
        '--find-links ./wheels',
        'dify_plugin==0.9.0',
        'fastcalc==2.0.0',
        'tinyjson==1.2.0',
        'tinyutil==1.1.0',
        'x86only==1.0',
        '',
      ].join('\n'),
    );
    expect(pkg.names).not.toContain('pyproject.toml');
    expect(pkg.names).not.toContain('uv.lock');
    expect(pkg.names).toContain('main.py');
    expect(pkg.names).toContain('provider/demo.py');
  });

  it('reports the wheels, the sizes against every limit, and the pip command', () => {
    const section = first.reporter.sections.find((s) => s.summary.target === 'linux/arm64')!;
    expect(section.headline).toMatch(
      /^packaged .*-offline-linux-arm64\.difypkg for linux\/arm64 \(CPython 3\.12, manylinux ≤ 2\.39 aarch64\): 5 wheels/,
    );
    const sizes = section.summary.sizes as {
      compressed: number;
      uncompressed: number;
      limits: { layer: string; exceeded: boolean }[];
    };
    expect(sizes.limits.map((l) => l.layer)).toEqual([
      'plugin daemon, upload',
      'plugin daemon, decoder',
      'Dify API server, upload',
      'Dify API server run without docker/.env',
      'nginx in front of Dify',
    ]);
    expect(sizes.limits.every((l) => !l.exceeded)).toBe(true);
    expect(section.summary.pipCommand).toMatch(
      /pip download .*--platform manylinux_2_39_aarch64 .*--python-version 3\.12 --implementation cp --abi cp312 --no-index --find-links /,
    );
    expect(codesOf(first)).not.toContain('DPR445');
  });

  it('is reproducible: the same inputs give the same bytes, whatever pip settings the machine has', async () => {
    // A wheel folder and an index in pip's environment must not change the result.
    const decoy = tempDir('dpr-decoy-');
    buildWheel('tinyutil', 'py3-none-any', path.join(decoy, 'x'));
    const env = cleanEnv({
      PIP_FIND_LINKS: path.join(decoy, 'x'),
      PIP_INDEX_URL: 'http://127.0.0.1:9/simple',
    });
    const again = await packageOffline(plugin, { findLinks: [house], output: tempDir() }, { env });
    expect(again.exitCode).toBe(0);
    expect(paths(again).map((p) => bytes(p).equals(bytes(paths(first)[paths(again).indexOf(p)]!)))).toEqual([
      true,
      true,
    ]);
  }, 120_000);
});

describe('package --offline, what is left out and what fails', () => {
  it('fails the target a dependency has no wheel for, naming the package, the target and the tags that exist', async () => {
    const noArm = wheelhouse({ arm: false });
    const r = await packageOffline(offlinePlugin(), { findLinks: [noArm], output: tempDir() });
    expect(r.exitCode).toBe(1);
    expect(paths(r).map(base)).toEqual(['demo_tool-0.1.0-offline-linux-amd64.difypkg']);
    const [f] = findingsOf(r).filter((x) => x.code === 'DPR440');
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain('fastcalc==2.0.0 (required by dify-plugin)');
    expect(f!.message).toContain('no wheel for linux/arm64 (CPython 3.12, manylinux ≤ 2.39 aarch64)');
    expect(f!.message).toContain(
      'fastcalc-2.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl (tags cp312-cp312-manylinux_2_17_x86_64, cp312-cp312-manylinux2014_x86_64: built for x86_64, the target is aarch64)',
    );
    expect(f!.message).toContain(
      'fastcalc-2.0.0-cp312-cp312-macosx_11_0_arm64.whl (tags cp312-cp312-macosx_11_0_arm64: macosx_11_0_arm64 is for macOS)',
    );
    expect(f!.message).toContain('musllinux_1_2_aarch64 is for musl libc');
    expect(r.reporter.sections.find((s) => s.summary.target === 'linux/arm64')!.headline).toMatch(
      /no offline package for linux\/arm64/,
    );
  }, 120_000);

  it('leaves a development dependency out (junjiem#69: black resolved offline)', async () => {
    const dir = offlinePlugin({
      'requirements.txt': null,
      'pyproject.toml':
        '[project]\nname = "demo"\nversion = "0.1.0"\ndependencies = ["tinyjson>=1.2"]\n\n[dependency-groups]\ndev = ["black>=24.0"]\n',
    });
    const r = await packageOffline(dir, { findLinks: [house], output: tempDir(), target: ['linux/amd64'] });
    expect(r.exitCode, JSON.stringify(findingsOf(r))).toBe(0);
    expect(findingsOf(r).find((f) => f.code === 'DPR444')!.message).toContain('black');
    const pkg = await entries(paths(r)[0]!);
    expect(await pkg.text('requirements.txt')).not.toMatch(/black/);
    expect(pkg.names.filter((n) => n.startsWith('wheels/'))).toEqual([
      'wheels/tinyjson-1.2.0-py3-none-any.whl',
      'wheels/tinyutil-1.1.0-py3-none-any.whl',
      'wheels/x86only-1.0-py3-none-any.whl',
    ]);
    expect(pkg.names).not.toContain('pyproject.toml');
  }, 120_000);

  it('leaves out a requirement whose marker names another OS, and says so', async () => {
    const dir = offlinePlugin({
      'requirements.txt': 'tinyjson>=1.2\nwinhelper>=1; sys_platform == "win32"\n',
    });
    const r = await packageOffline(dir, { findLinks: [house], output: tempDir(), target: ['linux/arm64'] });
    expect(r.exitCode, JSON.stringify(findingsOf(r))).toBe(0);
    const notice = findingsOf(r).find((f) => f.code === 'DPR443')!;
    expect(notice).toMatchObject({ severity: 'notice' });
    expect(notice.message).toBe(
      'winhelper is not packaged for linux/arm64: its marker `sys_platform == "win32"` is false there',
    );
    expect((await wheelsOf(paths(r)[0]!)).some((w) => w.startsWith('winhelper'))).toBe(false);
  }, 120_000);

  it('never packages the packages it writes into the plugin directory, plain or offline', async () => {
    const dir = offlinePlugin();
    const plain = await runCommand(packageCommand, { path: dir }, { cwd: dir, env: cleanEnv() });
    expect(plain.exitCode).toBe(0);
    const offline = await packageOffline(dir, { findLinks: [house], target: ['linux/amd64'] });
    expect(offline.exitCode, JSON.stringify(findingsOf(offline))).toBe(0);
    expect(path.dirname(paths(offline)[0]!)).toBe(dir);
    expect(
      (await entries(paths(offline)[0]!)).names.filter((n) => n.endsWith('.difypkg') || n === 'SHA256SUMS'),
    ).toEqual([]);
    const again = await runCommand(packageCommand, { path: dir }, { cwd: dir, env: cleanEnv() });
    expect(codesOf(again)).not.toContain('DPR406');
    expect(bytes(again.outputs.path!).equals(bytes(plain.outputs.path!))).toBe(true);
  }, 120_000);

  it('refuses a VCS requirement before resolving anything', async () => {
    const dir = offlinePlugin({ 'requirements.txt': 'git+https://github.com/acme/x.git\n' });
    const r = await packageOffline(dir, { findLinks: [house], output: tempDir() });
    expect(r.exitCode).toBe(1);
    expect(codesOf(r)).toEqual(['DPR442']);
    expect(paths(r)).toEqual([]);
  });

  it('warns when the wheels are for another Python than the daemon’s 3.12', async () => {
    const dir = offlinePlugin({ 'requirements.txt': 'tinyutil\n' });
    const r = await packageOffline(dir, {
      findLinks: [house],
      output: tempDir(),
      target: ['linux/amd64'],
      python: '3.13',
    });
    expect(r.exitCode).toBe(0);
    expect(findingsOf(r).find((f) => f.code === 'DPR446')!.message).toContain('uv venv --python 3.12');
    expect(await wheelsOf(paths(r)[0]!)).toEqual(['tinyutil-1.1.0-py3-none-any.whl']);
  }, 120_000);

  it('says which settings to raise when the package exceeds the default 50 MiB (with --max-size raised)', async () => {
    const big = path.join(tempDir('dpr-big-src-'), 'bigdata');
    mkdirSync(path.join(big, 'bigdata'), { recursive: true });
    writeFileSync(path.join(big, 'METADATA'), 'Metadata-Version: 2.1\nName: bigdata\nVersion: 1.0\n');
    writeFileSync(path.join(big, 'bigdata', 'blob.bin'), randomBytes(56 * 1024 * 1024));
    const bigHouse = tempDir('dpr-big-house-');
    buildWheel(big, 'py3-none-any', bigHouse);
    const dir = offlinePlugin({ 'requirements.txt': 'bigdata\n' });
    const refused = await packageOffline(dir, {
      findLinks: [bigHouse],
      output: tempDir(),
      target: ['linux/amd64'],
    });
    expect(refused.exitCode).toBe(1);
    expect(codesOf(refused)).toContain('DPR402');
    const r = await packageOffline(dir, {
      findLinks: [bigHouse],
      output: tempDir(),
      target: ['linux/amd64'],
      maxSize: 80,
    });
    expect(r.exitCode).toBe(0);
    const f = findingsOf(r).find((x) => x.code === 'DPR445')!;
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(
      /above the default limit of plugin daemon, upload \(50\.0 MiB compressed\), plugin daemon, decoder \(50\.0 MiB uncompressed\), Dify API server, upload/,
    );
    expect(f.fix).toContain('PLUGIN_MAX_PACKAGE_SIZE=62914560');
    expect(f.fix).toContain('MAX_PLUGIN_PACKAGE_SIZE');
    expect(f.fix).not.toContain('NGINX');
  }, 180_000);
});

describe('package --offline again, and signing', () => {
  it('is idempotent: the offline package, signed or not, or unpacked, packaged again gives the same bytes', async () => {
    const amd = paths(first)[0]!;
    const fromPackage = await packageOffline(
      amd,
      { output: tempDir(), target: ['linux/amd64'] },
      { cwd: tempDir() },
    );
    expect(fromPackage.exitCode, JSON.stringify(findingsOf(fromPackage))).toBe(0);
    expect(bytes(paths(fromPackage)[0]!).equals(bytes(amd))).toBe(true);

    const signed = await runCommand(signCommand, {
      package: amd,
      key: path.join(VECTORS, 'test_key_pair_1.private.pem'),
      output: tempDir(),
    });
    expect(signed.exitCode).toBe(0);
    const fromSigned = await packageOffline(signed.outputs.path!, {
      output: tempDir(),
      target: ['linux/amd64'],
    });
    expect(bytes(paths(fromSigned)[0]!).equals(bytes(amd))).toBe(true);

    const unpacked = path.join(tempDir(), 'demo');
    await extractPackage(amd, unpacked);
    const fromDir = await packageOffline(unpacked, { output: tempDir(), target: ['linux/amd64'] });
    expect(bytes(paths(fromDir)[0]!).equals(bytes(amd))).toBe(true);
  }, 180_000);

  it('repackages an offline package for another target from the plugin’s own requirements, pins kept', async () => {
    const [amd, arm] = paths(first) as [string, string];
    const r = await packageOffline(
      amd,
      { output: tempDir(), target: ['linux/arm64'], findLinks: [house] },
      { cwd: tempDir() },
    );
    expect(r.exitCode, JSON.stringify(findingsOf(r))).toBe(0);
    // x86only was pinned for amd64; the markers are decided again for arm64: armonly in, x86only out.
    expect(bytes(paths(r)[0]!).equals(bytes(arm))).toBe(true);
  }, 120_000);

  it('is signed like any other package and verifies; a wheel changed after signing is caught', async () => {
    const out = tempDir();
    const key = path.join(VECTORS, 'test_key_pair_1.private.pem');
    const signed = await runCommand(signCommand, { package: paths(first)[1]!, key, output: out });
    expect(signed.exitCode).toBe(0);
    expect(base(signed.outputs.path!)).toBe('demo_tool-0.1.0-offline-linux-arm64.signed.difypkg');
    const publicKey = path.join(VECTORS, 'test_key_pair_1.public.pem');
    const ok = await runCommand(verifyCommand, { package: signed.outputs.path, key: [publicKey] });
    expect(ok.outputs.status).toBe('verified');

    // Replace one wheel's bytes inside the signed zip, keeping the signature (the zip comment).
    const tampered = path.join(out, 'tampered.difypkg');
    copyFileSync(signed.outputs.path!, tampered);
    await rewriteEntry(tampered, 'wheels/tinyutil-1.1.0-py3-none-any.whl', (data) =>
      Buffer.concat([data, Buffer.from('x')]),
    );
    const bad = await runCommand(verifyCommand, { package: tampered, key: [publicKey] });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.status).toBe('modified');
  }, 120_000);

  it('never tells anyone to turn signature verification off', () => {
    const text = JSON.stringify(first.reporter.sections);
    expect(text).not.toMatch(/FORCE_VERIFYING_SIGNATURE/);
  });
});
