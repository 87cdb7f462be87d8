import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRuntimeRequirements } from '../../src/offline/requirements.js';
import { offlinePlugin } from './plugins.js';

const codes = (r: ReturnType<typeof readRuntimeRequirements>) => r.findings.map((f) => f.code);

describe('the runtime requirements an offline package installs', () => {
  it('reads requirements.txt with its includes and constraints; index options are not used', () => {
    const dir = offlinePlugin({
      'requirements.txt':
        '-i https://mirror.example/simple\n-r base.txt\n-c pins.txt\ntinyjson>=1.2 ; python_version >= "3.8"\n',
      'base.txt': 'dify_plugin>=0.9.0,<0.10.0\n',
      'pins.txt': 'tinyutil==1.1.0\n',
    });
    const r = readRuntimeRequirements(dir);
    expect(r.source).toBe('requirements.txt');
    expect(r.requirements).toEqual(['dify_plugin>=0.9.0,<0.10.0', 'tinyjson>=1.2 ; python_version >= "3.8"']);
    expect(r.constraints).toEqual(['tinyutil==1.1.0']);
    expect(r.findings).toMatchObject([
      {
        code: 'DPR447',
        file: 'requirements.txt',
        line: 1,
        message: expect.stringContaining('-i https://mirror.example/simple'),
      },
    ]);
  });

  it('refuses what no wheelhouse can hold: VCS links, URLs, paths, editables (DPR442, with the line)', () => {
    const dir = offlinePlugin({
      'requirements.txt':
        'dify_plugin==0.9.0\ngit+https://github.com/acme/x.git\nlocal @ file:///tmp/x.whl\n./vendor/y\n-e .\n',
    });
    const r = readRuntimeRequirements(dir);
    expect(r.requirements).toEqual(['dify_plugin==0.9.0']);
    expect(r.findings.map((f) => [f.code, f.line])).toEqual([
      ['DPR442', 2],
      ['DPR442', 3],
      ['DPR442', 4],
      ['DPR442', 5],
    ]);
  });

  it('takes pyproject.toml’s [project].dependencies, pinned by uv.lock; development groups are left out', () => {
    const dir = offlinePlugin({
      'requirements.txt': null,
      'pyproject.toml': `[project]
name = "demo"
version = "0.1.0"
dependencies = ["dify_plugin>=0.9.0,<0.10.0", "tinyjson"]

[project.optional-dependencies]
docs = ["sphinx>=7"]

[dependency-groups]
dev = ["black>=24", "pytest>=8"]

[tool.uv]
dev-dependencies = ["ruff"]
`,
      'uv.lock': `version = 1
[[package]]
name = "demo"
version = "0.1.0"
source = { virtual = "." }

[[package]]
name = "tinyjson"
version = "1.2.0"

[[package]]
name = "Black"
version = "24.1.0"

[[package]]
name = "forked"
version = "1.0"

[[package]]
name = "forked"
version = "2.0"
`,
    });
    const r = readRuntimeRequirements(dir);
    expect(r.source).toBe('pyproject.toml');
    expect(r.requirements).toEqual(['dify_plugin>=0.9.0,<0.10.0', 'tinyjson']);
    expect(r.constraints).toEqual(['black==24.1.0', 'tinyjson==1.2.0']);
    expect(r.devLeftOut).toEqual(['black', 'pytest', 'ruff', 'sphinx']);
    expect(r.findings).toMatchObject([
      { code: 'DPR444', message: expect.stringContaining('black, pytest, ruff, sphinx') },
    ]);
  });

  it('with both files installs requirements.txt, and warns when pyproject.toml lists more', () => {
    const same = offlinePlugin({
      'pyproject.toml': '[project]\nname="d"\nversion="1"\ndependencies=["tinyjson"]\n',
    });
    expect(codes(readRuntimeRequirements(same))).toEqual(['DPR448']);
    expect(readRuntimeRequirements(same).findings[0]!.severity).toBe('notice');
    const more = offlinePlugin({
      'pyproject.toml': '[project]\nname="d"\nversion="1"\ndependencies=["tinyjson", "requests>=2"]\n',
    });
    const f = readRuntimeRequirements(more).findings[0]!;
    expect(f).toMatchObject({ code: 'DPR448', severity: 'warning' });
    expect(f.message).toContain('also lists requests>=2');
  });

  it('turns an offline package’s own --find-links folder into a wheelhouse (repackaging)', () => {
    const dir = offlinePlugin({ 'requirements.txt': '--no-index --find-links=./wheels/\ntinyjson==1.2.0\n' });
    mkdirSync(path.join(dir, 'wheels'));
    const r = readRuntimeRequirements(dir);
    expect(r.wheelhouses).toEqual([path.join(dir, 'wheels')]);
    expect(r.findings).toEqual([]);
    expect(r.requirements).toEqual(['tinyjson==1.2.0']);
  });
});
