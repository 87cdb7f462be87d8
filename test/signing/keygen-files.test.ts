/**
 * `keygen --force` over existing files: the private key is never left with a looser mode, and no
 * private key is left without its public half when the public key cannot be written.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keygenCommand } from '../../src/commands/keygen.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';

describe('keygen writes key files atomically with their final mode', () => {
  it('--force over a world-readable private key leaves the new one at 0600', async () => {
    const dir = tempDir();
    const priv = path.join(dir, 'team.private.pem');
    writeFileSync(priv, 'old key\n');
    chmodSync(priv, 0o644);
    writeFileSync(path.join(dir, 'team.public.pem'), 'old public key\n');
    const outcome = await runCommand(keygenCommand, { name: 'team', bits: 1024, force: true }, { cwd: dir });
    expect(outcome.exitCode).toBe(0);
    expect(statSync(priv).mode & 0o777).toBe(0o600);
    expect(readFileSync(priv, 'utf8')).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(statSync(path.join(dir, 'team.public.pem')).mode & 0o777).toBe(0o644);
    expect(readdirSync(dir).sort()).toEqual(['team.private.pem', 'team.public.pem']); // no temp files
  });

  it('leaves no private key behind when the public key cannot be written', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'team.public.pem')); // a directory where the public key goes
    const outcome = await runCommand(keygenCommand, { name: 'team', bits: 1024, force: true }, { cwd: dir });
    const reporter = outcome.reporter;
    expect(outcome.exitCode).toBe(2);
    expect(reporter.text).toMatch(/cannot write .*team\.public\.pem/);
    expect(reporter.text).not.toMatch(/internal error/);
    expect(existsSync(path.join(dir, 'team.private.pem'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['team.public.pem']);
  });

  it('without --force, never replaces a key', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'team.public.pem'), 'keep me\n');
    const outcome = await runCommand(keygenCommand, { name: 'team', bits: 1024 }, { cwd: dir });
    expect(outcome.exitCode).toBe(2);
    expect(readFileSync(path.join(dir, 'team.public.pem'), 'utf8')).toBe('keep me\n');
    expect(existsSync(path.join(dir, 'team.private.pem'))).toBe(false);
  });
});
