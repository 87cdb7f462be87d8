import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/python/project.js';
import { errorTail, isNetworkFailure, networkReason } from '../../src/testing/install.js';
import { versionMatches } from '../../src/testing/interpreter.js';
import {
  parseRequirementsFile,
  readDependencies,
  requirementForModule,
} from '../../src/testing/requirements.js';
import { tempDir } from '../helpers/plugins.js';

function write(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('requirements', () => {
  it('reads names and lines, follows -r, and drops options, hashes and comments', () => {
    const dir = write({
      'requirements.txt': [
        '# runtime',
        'dify_plugin>=0.9.0,<0.10.0',
        '--index-url https://example.org/simple',
        'requests[socks] == 2.32.3 ; python_version >= "3.8"  # pinned',
        'numpy==2.1.0 \\',
        '    --hash=sha256:abc',
        '-r more/dev.txt',
        '-e ./local',
        'git+https://example.org/x.git',
        '',
      ].join('\n'),
      'more/dev.txt': 'PyYAML>=6\n',
    });
    const reqs = parseRequirementsFile(dir, 'requirements.txt');
    expect(reqs.map((r) => [r.name ?? null, r.file, r.line])).toEqual([
      ['dify_plugin', 'requirements.txt', 2],
      ['requests', 'requirements.txt', 4],
      ['numpy', 'requirements.txt', 5],
      ['PyYAML', 'more/dev.txt', 1],
      [null, 'requirements.txt', 8],
      [null, 'requirements.txt', 9],
    ]);
    expect(reqs[1]!.text).toBe('requests[socks] == 2.32.3 ; python_version >= "3.8"');
    expect(reqs[2]!.text).toBe('numpy==2.1.0');
  });

  it('chooses uv.lock over requirements.txt, and keys on every file it reads', () => {
    expect(readDependencies(write({ 'main.py': '' })).mode).toBe('none');
    const pip = readDependencies(write({ 'requirements.txt': '-r b.txt\n', 'b.txt': 'x==1\n' }));
    expect(pip).toMatchObject({ mode: 'pip', file: 'requirements.txt' });
    expect(pip.fingerprint).toContain('x==1');
    const uv = readDependencies(
      write({ 'uv.lock': 'version = 1\n', 'pyproject.toml': '[project]\n', 'requirements.txt': 'x\n' }),
    );
    expect(uv).toMatchObject({ mode: 'uv', file: 'uv.lock' });
    expect(uv.fingerprint).toContain('[project]');
  });

  it('maps an import name back to its requirement', () => {
    const reqs = [
      { name: 'dify_plugin' },
      { name: 'PyYAML' },
      { name: 'python-dateutil' },
      { name: 'Pillow' },
    ];
    expect(requirementForModule('dify_plugin.interfaces', reqs)?.name).toBe('dify_plugin');
    expect(requirementForModule('yaml', reqs)?.name).toBe('PyYAML');
    expect(requirementForModule('dateutil', reqs)?.name).toBe('python-dateutil');
    expect(requirementForModule('PIL', reqs)?.name).toBe('Pillow');
    expect(requirementForModule('requests', reqs)).toBeUndefined();
    expect(normalizeName('Dify_Plugin.x')).toBe('dify-plugin-x');
  });
});

describe('installer output', () => {
  const pipOffline = [
    "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/dify-plugin/",
    'ERROR: Could not find a version that satisfies the requirement dify_plugin<0.10.0,>=0.9.0 (from versions: none)',
    'ERROR: No matching distribution found for dify_plugin<0.10.0,>=0.9.0',
  ].join('\n');

  it('tells an unreachable index from a requirement that does not exist', () => {
    expect(isNetworkFailure(pipOffline)).toBe(true);
    expect(networkReason(pipOffline)).toBe('[Errno -2] Name or service not known');
    expect(
      isNetworkFailure(
        'ERROR: Could not find a version that satisfies the requirement nosuch==9 (from versions: 1.0)\nERROR: No matching distribution found for nosuch==9',
      ),
    ).toBe(false);
    expect(
      isNetworkFailure('error: Failed to fetch: `https://pypi.org/simple/httpx/`\n  Caused by: dns error'),
    ).toBe(true);
  });

  it('keeps the end of the output without retry chatter', () => {
    expect(errorTail(pipOffline)).toBe(
      'ERROR: Could not find a version that satisfies the requirement dify_plugin<0.10.0,>=0.9.0 (from versions: none)\nERROR: No matching distribution found for dify_plugin<0.10.0,>=0.9.0',
    );
  });
});

describe('versionMatches', () => {
  it('compares the parts meta.runner.version gives', () => {
    expect(versionMatches('3.12', '3.12.7')).toBe(true);
    expect(versionMatches('3.12', '3.11.7')).toBe(false);
    expect(versionMatches('3.12.7', '3.12.7')).toBe(true);
    expect(versionMatches('3.12.1', '3.12.7')).toBe(false);
    expect(versionMatches('3.1', '3.12.0')).toBe(false);
  });
});
