/**
 * A plugin read from a git commit (`diff REF`, `validate --against REF`): only the blobs its package
 * would hold are read, within a stated size; a large file the ignore file excludes is never loaded.
 */
import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlugin } from '../helpers/plugins.js';
import { runCliBounded } from './helpers.js';

const HUGE = 101 * 1024 * 1024; // over what is read from git (twice the daemon's 50 MiB)

function commitAll(dir: string): void {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'plugin');
}

describe('hostile git: what is read from a commit is what the package would hold', () => {
  it('a huge file the ignore file excludes is not read; one it does not exclude is refused clearly', () => {
    const root = writePlugin({ '.difyignore': 'data/\n' });
    writeFileSync(path.join(root, 'big.bin'), '');
    truncateSync(path.join(root, 'big.bin'), 0);
    execFileSync('mkdir', ['-p', path.join(root, 'data')]);
    writeFileSync(path.join(root, 'data', 'dataset.bin'), '');
    truncateSync(path.join(root, 'data', 'dataset.bin'), HUGE);
    commitAll(root);
    const ignored = runCliBounded(['diff', 'HEAD', '.', '--json'], { cwd: root, timeoutMs: 60_000 });
    expect(ignored.timedOut).toBe(false);
    expect(ignored.status).toBe(0);

    truncateSync(path.join(root, 'big.bin'), HUGE);
    execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qam', 'big'], {
      cwd: root,
      stdio: 'ignore',
    });
    const refused = runCliBounded(['diff', 'HEAD', '.'], { cwd: root, timeoutMs: 60_000 });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /HEAD:\. holds \d+ bytes of files to package, more than the \d+ this tool reads from git/,
    );
  }, 120_000);
});
