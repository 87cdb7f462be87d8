/**
 * The npm package is whole: `npm pack` makes a tarball that installs into an empty directory with no
 * registry (no dependencies: everything is in dist/), and the installed CLI runs: `--version`, and
 * `validate` of a plugin, through npx, offline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writePlugin } from '../helpers/plugins.js';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('npm pack', () => {
  it('has no runtime dependencies, an executable bin and the fields a registry page needs', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const field of [
      'repository',
      'homepage',
      'bugs',
      'keywords',
      'files',
      'bin',
      'engines',
      'license',
    ]) {
      expect(pkg, field).toHaveProperty(field);
    }
    const bin = path.join(ROOT, pkg.bin['dify-plugin-release']);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const tracked = execFileSync('git', ['ls-files', '-s', pkg.bin['dify-plugin-release']], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(tracked.split(' ')[0]).toBe('100755');
  });

  it('installs from the tarball into an empty directory offline, and the CLI runs', () => {
    const out = tempDir('dpr-pack-');
    const npmEnv = {
      ...process.env,
      npm_config_cache: path.join(out, 'cache'),
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', out], {
      cwd: ROOT,
      env: npmEnv,
      stdio: 'pipe',
    });
    const tarball = readdirSync(out).find((f) => f.endsWith('.tgz'))!;
    expect(tarball).toBe(`dify-plugin-release-${pkg.version}.tgz`);
    const listing = execFileSync('tar', ['-tzf', path.join(out, tarball)], { encoding: 'utf8' }).split('\n');
    expect(listing).toEqual(
      expect.arrayContaining([
        'package/dist/cli.js',
        'package/action.yml',
        'package/LICENSE',
        'package/README.md',
      ]),
    );
    expect(listing.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toBe(false);

    const app = tempDir('dpr-install-');
    writeFileSync(path.join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n');
    const install = spawnSync(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', path.join(out, tarball)],
      { cwd: app, env: npmEnv, encoding: 'utf8' },
    );
    expect(install.status, install.stderr).toBe(0);
    const version = spawnSync('npx', ['--offline', 'dify-plugin-release', '--version'], {
      cwd: app,
      env: npmEnv,
      encoding: 'utf8',
    });
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
    const plugin = writePlugin({});
    const validate = spawnSync('npx', ['--offline', 'dify-plugin-release', 'validate', plugin, '--json'], {
      cwd: app,
      env: npmEnv,
      encoding: 'utf8',
    });
    expect(validate.status, validate.stderr).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ command: 'validate', ok: true });
  });
});
