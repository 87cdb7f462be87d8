import { chmodSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/manifest/validate.js';
import { onPath } from '../../src/python/executable.js';
import { throughPyenv } from '../../src/python/pyenv.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';

/** A pyenv layout as pyenv writes it: a shim script in shims/, interpreters under versions/. */
function pyenvRoot() {
  const root = tempDir('dpr-pyenv-');
  mkdirSync(path.join(root, 'shims'));
  const shim = path.join(root, 'shims', 'python3');
  // A broken pyenv: any run through the shim fails, so a working compile check proves it went past it.
  const body = 'echo "pyenv: broken shim" >&2; exit 3';
  writeFileSync(
    shim,
    `#!/usr/bin/env bash\nset -e\nprogram="\${0##*/}"\n\nexport PYENV_ROOT="${root}"\n${body}\nexec "${root}/libexec/pyenv" exec "$program" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  for (const v of ['3.11.7', '3.12.1']) {
    mkdirSync(path.join(root, 'versions', v, 'bin'), { recursive: true });
    symlinkSync(realPython(), path.join(root, 'versions', v, 'bin', 'python3'));
  }
  writeFileSync(path.join(root, 'version'), '3.11.7\n');
  return { root, shim, env: { PATH: `${path.join(root, 'shims')}:/usr/bin:/bin`, PYENV_ROOT: root } };
}

let python: string | undefined;
function realPython(): string {
  python ??= realpathSync(onPath('python3', { PATH: '/usr/bin:/bin:/usr/local/bin' }, '/') ?? 'python3');
  return python;
}

describe('the interpreter behind a pyenv shim', () => {
  it('follows PYENV_VERSION, then .python-version up from the directory, then the global version file', () => {
    const { root, shim, env } = pyenvRoot();
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    const versions = (v: string) => path.join(root, 'versions', v, 'bin', 'python3');
    expect(throughPyenv(shim, 'python3', env, path.join(dir, 'a', 'b'))).toBe(versions('3.11.7'));
    writeFileSync(path.join(dir, 'a', '.python-version'), '# pinned\n3.12.1\n');
    expect(throughPyenv(shim, 'python3', env, path.join(dir, 'a', 'b'))).toBe(versions('3.12.1'));
    expect(throughPyenv(shim, 'python3', { ...env, PYENV_VERSION: '3.11.7' }, dir)).toBe(versions('3.11.7'));
    // `system`: the first python3 on PATH that is not a shim.
    expect(throughPyenv(shim, 'python3', { ...env, PYENV_VERSION: 'system' }, dir)).toBe(
      onPath('python3', { PATH: '/usr/bin:/bin' }, dir),
    );
  });

  it('leaves it to pyenv when the answer is not certain: a version not installed by that name, a script that is no shim', () => {
    const { shim, env } = pyenvRoot();
    const dir = tempDir();
    expect(throughPyenv(shim, 'python3', { ...env, PYENV_VERSION: '3.12' }, dir)).toBeUndefined();
    expect(throughPyenv(shim, 'python3', { ...env, PYENV_VERSION: '../../bin' }, dir)).toBeUndefined();
    const other = path.join(tempDir(), 'shims', 'python3');
    mkdirSync(path.dirname(other));
    writeFileSync(other, '#!/bin/sh\nexec python3 "$@"\n', { mode: 0o755 });
    expect(throughPyenv(other, 'python3', env, dir)).toBeUndefined();
  });

  it('the compile check runs the interpreter pyenv would choose, not the shim', async () => {
    const { env } = pyenvRoot();
    const dir = writePlugin({ 'tools/echo.py': 'def broken(:\n    pass\n' });
    const result = await validate([dir], { cwd: dir, env: { ...env, HOME: dir } });
    const hit = result.findings.find((f) => f.code === 'DPR415');
    expect(hit).toMatchObject({ severity: 'error', file: 'tools/echo.py', line: 1 });
    expect(result.findings.some((f) => f.code === 'DPR416')).toBe(false);
  });

  it('a pinned version that is not installed goes through the shim, whose failure is reported, never a silent pass', async () => {
    const { env } = pyenvRoot();
    const dir = writePlugin({ 'tools/echo.py': 'def broken(:\n    pass\n' });
    const result = await validate([dir], { cwd: dir, env: { ...env, HOME: dir, PYENV_VERSION: '3.9' } });
    expect(result.findings.find((f) => f.code === 'DPR416')?.message).toMatch(/broken shim/);
  });
});
