/**
 * `test` runs what the official repository's CI runs (.github/workflows/pre-pr-check-per-plugin.yaml
 * in langgenius/dify-official-plugins): `python -m pytest` from the plugin root for requirements.txt,
 * `uv run --frozen --with pytest pytest` for uv.lock, in environments that see no system packages,
 * and the install check (`python -m main` with INSTALL_METHOD=serverless) when dify_plugin is there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type TestOptions, testPlugin } from '../../src/testing/run.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { fixture, makeWheelWith, offlineEnv } from './helpers.js';

// Each test builds environments offline (seconds each, more on a loaded machine).
vi.setConfig({ testTimeout: 180_000 });

const MANIFEST = readFileSync(fixture('passing/manifest.yaml'), 'utf8');
const cacheDir = tempDir('dpr-envs-ci-');

function plugin(files: Record<string, string>): string {
  return writePlugin(files, { 'manifest.yaml': MANIFEST });
}

/** Tests that import the plugin's own `tools.` package, with no conftest.py putting the root on sys.path. */
const IMPORTS_TOOLS = {
  'tools/__init__.py': '',
  'tools/convert.py': 'def double(x):\n    return 2 * x\n',
  'tests/test_convert.py':
    'from tools.convert import double\n\n\ndef test_double():\n    assert double(2) == 4\n',
};

/** A stand-in for uv: `sync` succeeds (nothing to install), the rest as uv without a network. */
function fakeUv(): string {
  const bin = tempDir('dpr-fake-uv-');
  writeFileSync(
    path.join(bin, 'uv'),
    '#!/bin/sh\ncase "$1" in\n  --version) echo "uv 0.0.0 (fake)" ;;\n  sync) exit 0 ;;\n  *) exit 1 ;;\nesac\n',
    { mode: 0o755 },
  );
  return `${bin}${path.delimiter}${process.env.PATH}`;
}

function stage(dir: string, options: TestOptions = {}) {
  return testPlugin({ path: dir, cacheDir, env: offlineEnv(), cwd: path.dirname(dir), ...options });
}

describe('test runs pytest as the official CI does', () => {
  it('requirements.txt: python -m pytest from the plugin root, which puts the root on sys.path', async () => {
    const r = await stage(plugin({ ...IMPORTS_TOOLS, 'requirements.txt': '\n' }));
    expect(r.outcome).toBe('passed');
    expect(r.counts.passed).toBe(1);
  });

  it('uv.lock: the pytest script (uv run pytest), which does not; a project uv installs does', async () => {
    const lock = {
      'uv.lock': 'version = 1\n',
      'pyproject.toml': '[project]\nname = "p"\nversion = "0.1.0"\n',
    };
    const env = offlineEnv({ PATH: fakeUv() });
    const virtual = await stage(plugin({ ...IMPORTS_TOOLS, ...lock }), { env });
    expect(virtual.outcome).toBe('collection-error');
    expect(virtual.findings.find((f) => f.code === 'DPR803')?.message).toContain("No module named 'tools'");

    const packaged = await stage(
      plugin({
        ...IMPORTS_TOOLS,
        ...lock,
        'pyproject.toml': `${lock['pyproject.toml']}\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n`,
      }),
      { env },
    );
    expect(packaged.outcome).toBe('passed');
  });

  it('the environment has nothing the plugin does not declare: not pip, not the installers', async () => {
    const wheels = tempDir('dpr-wheels-');
    makeWheelWith(wheels, 'dpr-fixture-declared', '1.0.0', { 'dpr_fixture_declared.py': 'OK = True\n' });
    const r = await stage(
      plugin({
        'requirements.txt': 'dpr-fixture-declared==1.0.0\n',
        'tests/test_env.py': [
          'import importlib.util',
          '',
          'def test_declared_is_there():',
          '    import dpr_fixture_declared',
          '    assert dpr_fixture_declared.OK',
          '',
          'def test_nothing_else():',
          '    for name in ("pip", "setuptools", "wheel", "yaml", "requests"):',
          '        assert importlib.util.find_spec(name) is None, name',
          '',
        ].join('\n'),
      }),
      { env: offlineEnv({ PIP_FIND_LINKS: wheels }) },
    );
    expect(r.outcome).toBe('passed');
    expect(r.counts.passed).toBe(2);
    expect(r.environment?.missing).toEqual([]);
  });
});

describe('the start check (python -m main, as the CI install check)', () => {
  /** A stand-in for dify_plugin: in serverless mode it serves on SERVERLESS_HOST:PORT and prints the banner. */
  const SDK = `
import http.server, os, sys


class DifyPluginEnv:
    def __init__(self, **settings):
        self.settings = settings


class _NotFound(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


class Plugin:
    def __init__(self, env):
        if os.environ.get("INSTALL_METHOD") != "serverless":
            raise SystemExit("this stand-in only knows serverless")

    def run(self):
        server = http.server.HTTPServer((os.environ["SERVERLESS_HOST"], int(os.environ["SERVERLESS_PORT"])), _NotFound)
        sys.stdout.write("* Serving Flask app 'dify_plugin.core.server.serverless.request_reader'\\n")
        sys.stdout.flush()
        server.serve_forever()
`;
  const MAIN =
    'from dify_plugin import DifyPluginEnv, Plugin\n\nplugin = Plugin(DifyPluginEnv(MAX_REQUEST_TIMEOUT=120))\n\nif __name__ == "__main__":\n    plugin.run()\n';

  function sdkEnv(): NodeJS.ProcessEnv {
    const wheels = tempDir('dpr-wheels-sdk-');
    makeWheelWith(wheels, 'dify_plugin', '0.9.0', { 'dify_plugin/__init__.py': SDK });
    return offlineEnv({ PIP_FIND_LINKS: wheels });
  }

  const files = {
    'requirements.txt': 'dify_plugin==0.9.0\n',
    'tests/test_x.py': 'def test_x():\n    pass\n',
  };

  it('with dify_plugin in the environment: a plugin that comes up passes it', async () => {
    const r = await stage(plugin({ ...files, 'main.py': MAIN }), { env: sdkEnv() });
    expect(r.outcome).toBe('passed');
    expect(r.start).toMatchObject({ ran: true, ok: true });
    expect(r.start!.detail).toMatch(/answered HTTP 404/);
    expect(r.findings.filter((f) => f.code === 'DPR817' || f.code === 'DPR818')).toEqual([]);
  });

  it('a plugin that fails at start-up is an error at the line that fails, with what it printed', async () => {
    const broken = `${MAIN.split('\n')[0]}\n\nraise RuntimeError("the provider's credentials schema is invalid")\n`;
    const r = await stage(plugin({ ...files, 'main.py': broken }), { env: sdkEnv() });
    expect(r.outcome).toBe('passed'); // The tests passed; the plugin does not start.
    expect(r.start).toMatchObject({ ran: true, ok: false });
    const error = r.findings.find((f) => f.code === 'DPR817')!;
    expect(error).toMatchObject({ severity: 'error', file: 'main.py', line: 3 });
    expect(error.message).toContain("the provider's credentials schema is invalid");
  });

  it('without dify_plugin: a notice that it was not run, never a pass', async () => {
    // Its own cache: the environments above, with the same requirements, have dify_plugin.
    const r = await stage(plugin({ ...files, 'main.py': MAIN }), { cacheDir: tempDir('dpr-envs-nosdk-') });
    expect(r.start).toMatchObject({ ran: false });
    expect(r.start?.ok).toBeUndefined();
    expect(r.findings.find((f) => f.code === 'DPR818')).toMatchObject({ severity: 'notice' });
  });
});
