import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageCommand } from '../../src/commands/package.js';
import { signCommand } from '../../src/commands/sign.js';
import { verifyCommand } from '../../src/commands/verify.js';
import type { Finding } from '../../src/core/finding.js';
import { processRunner } from '../../src/io/process.js';
import { isolated, probeIsolation } from '../../src/offline/isolation.js';
import { verifyOfflineInstall } from '../../src/offline/verify.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand, testContext } from '../helpers/stage.js';
import { VECTORS } from '../package/zip-util.js';
import { cleanEnv, findPython, offlinePlugin, packageOffline } from './plugins.js';
import { wheelhouse } from './wheelhouse.js';
import { rewriteEntries } from './zip-edit.js';

const PY312 = findPython('3.12');
const NO_PY312 =
  'no CPython 3.12 with venv on this machine (python3.12, DPR_PYTHON or pyenv): the real install is not run';
const HOST = process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64';
const OTHER = HOST === 'linux/arm64' ? 'linux/amd64' : 'linux/arm64';
const KEY = path.join(VECTORS, 'test_key_pair_1.private.pem');
const PUBLIC = path.join(VECTORS, 'test_key_pair_1.public.pem');

if (!PY312) console.warn(`verify --offline-install: ${NO_PY312}`);

let built: Record<string, string>;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  env = cleanEnv(PY312 ? { DPR_PYTHON: PY312 } : {});
  const r = await packageOffline(offlinePlugin(), { findLinks: [wheelhouse()], output: tempDir() });
  const [amd, arm] = (r.outputs.packages ?? '').split('\n');
  built = { 'linux/amd64': amd!, 'linux/arm64': arm! };
}, 180_000);

/** A copy of a built package, changed. */
async function changed(
  target: string,
  edit: (name: string, data: Buffer) => Buffer | undefined,
): Promise<string> {
  const file = path.join(tempDir(), path.basename(built[target]!));
  copyFileSync(built[target]!, file);
  await rewriteEntries(file, edit);
  return file;
}

const stage = (file: string, extra: Partial<Parameters<typeof verifyOfflineInstall>[0]> = {}) =>
  verifyOfflineInstall({ package: file, ...extra }, testContext({ env, cwd: path.dirname(file) }));
const gates = (r: Awaited<ReturnType<typeof stage>>) =>
  Object.fromEntries(r.gates.map((g) => [g.id, g.status]));
const codes = (fs: Finding[]) => fs.map((f) => f.code);

describe('verify --offline-install', () => {
  it.skipIf(!PY312)(
    'proves a signed offline package installs with no network and its entrypoint imports',
    async () => {
      const signed = await runCommand(signCommand, { package: built[HOST], key: KEY, output: tempDir() });
      const r = await runCommand(
        verifyCommand,
        { package: signed.outputs.path, key: [PUBLIC], offlineInstall: true },
        { env },
      );
      const section = r.reporter.sections.at(-1)!;
      expect(r.exitCode, JSON.stringify(section)).toBe(0);
      expect(r.outputs.status).toBe('verified');
      expect(section.headline).toMatch(new RegExp(`installs offline on ${HOST} and its entrypoint imports`));
      const summary = section.summary as {
        gates: { id: string; status: string; evidence: string[] }[];
        install: { isolation: string };
      };
      expect(summary.gates.map((g) => [g.id, g.status])).toEqual([
        ['install-path', 'passed'],
        ['wheel-tags', 'passed'],
        ['resolution', 'passed'],
        ['install', 'passed'],
        ['import', 'passed'],
      ]);
      // Linux here allows a network namespace; where it does not, DPR455 says so instead.
      if (summary.install.isolation === 'namespace') {
        expect(summary.gates.find((g) => g.id === 'install')!.evidence.join('\n')).toMatch(
          /unshare -r?n -- .* install/,
        );
        expect(codes(section.findings)).toEqual([]);
      } else expect(codes(section.findings)).toEqual(['DPR455']);
    },
    180_000,
  );

  it('on a machine of another platform checks the tags and the wheel set, and says it could not import', async () => {
    const r = await stage(built[OTHER]!, {
      host: { platform: 'linux', arch: HOST === 'linux/arm64' ? 'arm64' : 'x64' },
    });
    expect(gates(r)).toEqual({
      'install-path': 'passed',
      'wheel-tags': 'passed',
      resolution: 'passed',
      install: 'skipped',
      import: 'skipped',
    });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'DPR454', severity: 'warning' });
    expect(r.findings[0]!.message).toContain(`the package is for ${OTHER}`);
    const mac = await stage(built[HOST]!, { host: { platform: 'darwin', arch: 'arm64' } });
    expect(mac.findings[0]!.message).toContain('this machine is darwin/arm64');
  }, 120_000);

  it('fails when a wheel is missing, naming the dependency', async () => {
    const file = await changed(HOST, (name, data) =>
      name.startsWith('wheels/tinyutil-') ? undefined : data,
    );
    const r = await stage(file);
    expect(gates(r)).toMatchObject({
      'wheel-tags': 'passed',
      resolution: 'failed',
      install: 'skipped',
      import: 'skipped',
    });
    const missing = r.findings.find((f) => f.code === 'DPR452')!;
    expect(missing.severity).toBe('error');
    expect(missing.message).toMatch(
      /^a wheel is missing from the package: tinyutil==1\.1\.0: no wheel for linux\/\w+ .*; wheels\/ has no file of it$/,
    );
    const cmd = await runCommand(verifyCommand, { package: file, offlineInstall: true }, { env });
    expect(cmd.exitCode).toBe(1);
  }, 120_000);

  it('fails a wheel that does not install on the target the package says it is for', async () => {
    const file = await changed(HOST, (name, data) =>
      name === 'requirements.txt'
        ? Buffer.from(data.toString().replace(`# target: ${HOST}`, `# target: ${OTHER}`))
        : data,
    );
    const r = await stage(file);
    expect(gates(r)['wheel-tags']).toBe('failed');
    const bad = r.findings.filter((f) => f.code === 'DPR451');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.message).toMatch(
      /^fastcalc-2\.0\.0-cp312-cp312-manylinux\S+\.whl does not install on linux\/\w+ .*: built for \w+, the target is \w+$/,
    );
  }, 120_000);

  it('refuses a package the daemon would install with uv sync: wheels/ alone is no offline guarantee', async () => {
    const dir = offlinePlugin({
      'requirements.txt': null,
      'pyproject.toml': '[project]\nname = "demo"\nversion = "0.1.0"\ndependencies = ["tinyjson"]\n',
      'uv.lock': 'version = 1\n',
    });
    const out = tempDir();
    const plain = await runCommand(
      packageCommand,
      { path: dir, output: out },
      { cwd: dir, env: cleanEnv({ UV_PATH: '/bin/false' }) },
    );
    expect(plain.exitCode).toBeGreaterThan(0); // uv export cannot run: commit a requirements.txt…
    const withReqs = offlinePlugin({
      'pyproject.toml': '[project]\nname = "demo"\nversion = "0.1.0"\n',
      'uv.lock': 'version = 1\n',
    });
    const p = await runCommand(packageCommand, { path: withReqs, output: out }, { cwd: withReqs, env });
    expect(p.exitCode).toBe(0);
    const r = await stage(p.outputs.path!);
    expect(gates(r)['install-path']).toBe('failed');
    expect(r.findings.filter((f) => f.code === 'DPR450').map((f) => f.message)).toEqual([
      'with PIP_MIRROR_URL unset the daemon runs uv sync --no-dev --frozen',
      'with PLUGIN_IGNORE_UV_LOCK=true the daemon runs uv sync --no-dev',
      'requirements.txt does not say --no-index, so uv asks an index',
      'requirements.txt names no --find-links folder inside the package',
    ]);
  }, 120_000);

  it.skipIf(!PY312)(
    'fails when the entrypoint does not import after the install',
    async () => {
      const dir = offlinePlugin({ 'main.py': 'import tinyjson\nimport not_a_dependency\n' });
      const p = await packageOffline(dir, { findLinks: [wheelhouse()], output: tempDir(), target: [HOST] });
      const r = await stage(p.outputs.path!);
      expect(gates(r)).toMatchObject({ install: 'passed', import: 'failed' });
      const f = r.findings.find((x) => x.code === 'DPR453')!;
      expect(f.message).toMatch(
        /^import main failed after the offline install: .*ModuleNotFoundError: No module named 'not_a_dependency'/s,
      );
    },
    180_000,
  );

  it.skipIf(!PY312)(
    'without a network namespace, installs with the installer’s --no-index only, and says so',
    async () => {
      const r = await stage(built[HOST]!, { isolate: false });
      expect(gates(r)).toMatchObject({ install: 'passed', import: 'passed' });
      expect(codes(r.findings)).toEqual(['DPR455']);
      expect(r.install!.commands.join('\n')).toMatch(/pip install --no-index -r requirements\.txt/);
      expect(r.install!.commands.join('\n')).not.toMatch(/unshare/);
    },
    180_000,
  );
});

describe('verify --offline-install with uv (the daemon’s installer)', () => {
  it.skipIf(!PY312)(
    'runs uv as the daemon does: `uv venv`, then `uv pip install -r requirements.txt` in the package with VIRTUAL_ENV',
    async () => {
      // No uv can be installed here: a stand-in records how it is called and does the work with venv and pip.
      const bin = tempDir('dpr-fake-uv-');
      const log = path.join(bin, 'calls.log');
      const uv = path.join(bin, 'uv');
      writeFileSync(
        uv,
        `#!/bin/sh
echo "$PWD|$VIRTUAL_ENV|$*" >> ${JSON.stringify(log)}
case "$1" in
  --version) echo "uv 0.0.0 (test stand-in)" ;;
  venv) exec "$4" -m venv "$2" ;;
  pip) shift 2; exec "$VIRTUAL_ENV/bin/python" -m pip install $(echo "$@" | sed 's/--offline//') ;;
  *) exit 2 ;;
esac
`,
      );
      chmodSync(uv, 0o755);
      const r = await verifyOfflineInstall(
        { package: built[HOST]! },
        testContext({ env: { ...env, UV_PATH: uv }, cwd: bin }),
      );
      expect(gates(r)).toMatchObject({ install: 'passed', import: 'passed' });
      expect(r.install!.installer).toBe('uv');
      const calls = readFileSync(log, 'utf8').trim().split('\n').slice(1); // after `uv --version`
      const [venvCall, pipCall] = calls.map((c) => c.split('|')) as [string[], string[]];
      expect(venvCall[2]).toMatch(new RegExp(`^venv \\S+/venv --python ${PY312!.replace(/[.]/g, '\\.')}$`));
      expect(pipCall[2]).toMatch(/^pip install -r requirements\.txt( --offline)?$/);
      expect(pipCall[1]).toBe(venvCall[2]!.split(' ')[1]); // VIRTUAL_ENV is the new environment
      expect(existsSync(path.join(pipCall[0]!, 'requirements.txt'))).toBe(false); // the unpacked package, removed since
      expect(pipCall[0]).toMatch(/dpr-offline-verify-.*\/package$/);
    },
    180_000,
  );
});

describe('the network namespace', () => {
  it('cuts the network: a server on 127.0.0.1 answers outside and cannot be reached inside', async () => {
    const isolation = await probeIsolation(processRunner, process.platform);
    if (isolation.kind === 'none') {
      console.warn(`no network namespace here (${isolation.reason}): DPR455 covers it`);
      expect(isolation.reason).toBeTruthy();
      return;
    }
    let hits = 0;
    const server = createServer((_, res) => {
      hits++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const probe = [
      '-c',
      `import urllib.request; print(urllib.request.urlopen("http://127.0.0.1:${port}/", timeout=5).read())`,
    ];
    try {
      const outside = await processRunner.run('python3', probe, { timeoutMs: 30_000 });
      expect(outside.code, outside.stderr).toBe(0);
      const [c, a] = isolated(isolation, 'python3', probe);
      const inside = await processRunner.run(c, a, { timeoutMs: 30_000 });
      expect(inside.code).not.toBe(0);
      expect(inside.stderr).toMatch(/URLError|Connection refused|Network is unreachable|Cannot assign/);
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
  }, 60_000);
});
