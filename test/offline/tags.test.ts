import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { daemonPath, installsFromWheels } from '../../src/offline/layout.js';
import { compatibility, parseWheelName, supportedTags } from '../../src/offline/tags.js';
import { markerEnvironment, platformTags, target, targetsFor } from '../../src/offline/targets.js';

const amd64 = target('linux/amd64');
const arm64 = target('linux/arm64');

function fits(file: string, t = amd64): true | string {
  const c = compatibility(parseWheelName(file)!, t);
  return c.ok ? true : c.reason;
}

describe('wheel file names', () => {
  it('splits name, version, build and the expanded tags', () => {
    expect(parseWheelName('numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toEqual({
      file: 'numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      name: 'numpy',
      key: 'numpy',
      version: '2.1.3',
      tags: ['cp312-cp312-manylinux_2_17_x86_64', 'cp312-cp312-manylinux2014_x86_64'],
    });
    expect(parseWheelName('Dify_Plugin-0.9.0-1-py2.py3-none-any.whl')).toMatchObject({
      key: 'dify-plugin',
      build: '1',
      tags: ['py2-none-any', 'py3-none-any'],
    });
    expect(parseWheelName('numpy-2.1.3.tar.gz')).toBeUndefined();
    expect(parseWheelName('bad-name.whl')).toBeUndefined();
  });
});

describe('tag compatibility with the daemon image (CPython 3.12, glibc 2.39)', () => {
  it('accepts pure, abi3, cp312 and every manylinux level up to 2.39, per architecture', () => {
    expect(fits('a-1-py3-none-any.whl')).toBe(true);
    expect(fits('a-1-py2.py3-none-any.whl')).toBe(true);
    expect(fits('a-1-cp38-abi3-manylinux_2_17_x86_64.whl')).toBe(true);
    expect(fits('a-1-cp312-cp312-manylinux_2_39_x86_64.whl')).toBe(true);
    expect(fits('a-1-cp312-cp312-manylinux1_x86_64.whl')).toBe(true);
    expect(fits('a-1-cp312-cp312-manylinux2014_aarch64.whl', arm64)).toBe(true);
    expect(fits('a-1-cp312-cp312-manylinux_2_28_aarch64.whl', arm64)).toBe(true);
  });

  it('says why a wheel does not fit: architecture, glibc, libc, OS, interpreter', () => {
    expect(fits('a-1-cp312-cp312-manylinux_2_17_x86_64.whl', arm64)).toBe(
      'built for x86_64, the target is aarch64',
    );
    expect(fits('a-1-cp312-cp312-manylinux_2_40_x86_64.whl')).toBe(
      'needs glibc 2.40, the daemon image has 2.39',
    );
    expect(fits('a-1-cp312-cp312-musllinux_1_2_x86_64.whl')).toMatch(
      /musl libc; the daemon image \(Ubuntu\) uses glibc/,
    );
    expect(fits('a-1-cp312-cp312-macosx_11_0_arm64.whl', arm64)).toBe('macosx_11_0_arm64 is for macOS');
    expect(fits('a-1-cp312-cp312-win_amd64.whl')).toBe('win_amd64 is for Windows');
    expect(fits('a-1-cp311-cp311-manylinux_2_17_x86_64.whl')).toBe(
      'built for cp311, the daemon runs CPython 3.12 (cp312)',
    );
    expect(fits('a-1-cp313-abi3-manylinux_2_17_x86_64.whl')).toBe(
      'cp313-abi3 needs a newer CPython than 3.12',
    );
    expect(fits('a-1-pp310-pypy310_pp73-manylinux_2_17_x86_64.whl')).toBe('pp310 is not CPython');
    expect(fits('a-1-cp312-cp312-linux_x86_64.whl')).toMatch(/built for one machine.*auditwheel/);
    expect(fits('a-1-py2-none-any.whl')).toBe('py2 is Python 2');
  });

  it('prefers the tags pip and uv prefer: the most specific first', () => {
    const w = parseWheelName('a-1-cp312-abi3.cp312-manylinux_2_17_x86_64.manylinux_2_28_x86_64.whl')!;
    expect(compatibility(w, amd64)).toMatchObject({ ok: true, tag: 'cp312-cp312-manylinux_2_28_x86_64' });
  });

  it('lists the glibc levels with their legacy aliases, best first (PEP 600)', () => {
    const x = platformTags(amd64);
    expect(x[0]).toBe('manylinux_2_39_x86_64');
    expect(x.slice(-2)).toEqual(['manylinux_2_5_x86_64', 'manylinux1_x86_64']);
    expect(x.indexOf('manylinux2014_x86_64')).toBe(x.indexOf('manylinux_2_17_x86_64') + 1);
    expect(x.indexOf('manylinux2010_x86_64')).toBe(x.indexOf('manylinux_2_12_x86_64') + 1);
    const a = platformTags(arm64);
    expect(a.slice(-2)).toEqual(['manylinux_2_17_aarch64', 'manylinux2014_aarch64']);
    expect(a.some((t) => t.startsWith('manylinux1') || t.startsWith('manylinux2010'))).toBe(false);
  });

  it('supports exactly the tags, in the order, that packaging computes for CPython 3.12 there', () => {
    // The field's own implementation (pip's vendored packaging.tags) with the same platforms.
    const script = `
import json, sys
from pip._vendor.packaging import tags
plats = json.loads(sys.argv[1])
out = [str(t) for t in tags.cpython_tags((3, 12), abis=["cp312"], platforms=plats)]
out += [str(t) for t in tags.compatible_tags((3, 12), "cp312", plats)]
print(json.dumps(out))`;
    for (const t of [amd64, arm64]) {
      const r = spawnSync(
        process.env.DPR_PYTHON ?? 'python3',
        ['-c', script, JSON.stringify(platformTags(t))],
        {
          encoding: 'utf8',
        },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(supportedTags(t)).toEqual(JSON.parse(r.stdout));
    }
  });
});

describe('targets', () => {
  it('default to the manifest’s meta.arch, and refuse unknown ones with the choices', () => {
    expect(targetsFor(undefined, ['amd64', 'arm64']).map((t) => t.slug)).toEqual([
      'linux-amd64',
      'linux-arm64',
    ]);
    expect(targetsFor(['linux/arm64,linux/arm64'], ['amd64']).map((t) => t.name)).toEqual(['linux/arm64']);
    expect(() => targetsFor(['windows/amd64'], [])).toThrow(UsageError);
    expect(() => targetsFor(['windows/amd64'], [])).toThrow(/--target windows\/amd64: unknown target/);
    expect(() => targetsFor(undefined, [])).toThrow(/meta.arch/);
    expect(() => target('linux/amd64', '3')).toThrow(/--python 3: give a CPython minor version/);
  });

  it('give markers the daemon image’s values, not this machine’s', () => {
    expect(markerEnvironment(arm64)).toMatchObject({
      platform_machine: 'aarch64',
      sys_platform: 'linux',
      python_version: '3.12',
      python_full_version: '3.12.3',
      platform_system: 'Linux',
    });
  });
});

describe('the daemon’s choice of install path (setup_python_environment.go)', () => {
  const files = (...names: string[]) => new Set(names);
  it('takes requirements.txt for an offline package whatever the settings', () => {
    for (const mirror of [false, true])
      for (const ignoreUvLock of [false, true])
        expect(daemonPath(files('requirements.txt', 'wheels/a.whl'), { mirror, ignoreUvLock })).toBe(
          'uv pip install -r requirements.txt',
        );
  });

  it('takes uv sync when pyproject.toml is there and no mirror is set: why wheels/ alone is not enough', () => {
    const both = files('requirements.txt', 'pyproject.toml', 'uv.lock');
    expect(daemonPath(both, { mirror: false })).toBe('uv sync --no-dev --frozen');
    expect(daemonPath(both, { mirror: false, ignoreUvLock: true })).toBe('uv sync --no-dev');
    expect(daemonPath(both, { mirror: true })).toBe('uv pip install -r requirements.txt');
    expect(daemonPath(files('pyproject.toml', 'uv.lock'), { mirror: true })).toBe(
      'uv sync --no-dev --frozen',
    );
    expect(daemonPath(files('main.py'), { mirror: false })).toBe('none');
  });

  it('reads --no-index and --find-links in every spelling (ours, junjiem’s one-line form)', () => {
    expect(installsFromWheels('--no-index\n--find-links ./wheels\na==1\n')).toEqual({
      noIndex: true,
      findLinks: './wheels',
    });
    expect(installsFromWheels('--no-index --find-links=./wheels/\na==1\n')).toEqual({
      noIndex: true,
      findLinks: './wheels/',
    });
    expect(installsFromWheels('# --no-index\n-f wheels\n')).toEqual({ noIndex: false, findLinks: 'wheels' });
  });
});
