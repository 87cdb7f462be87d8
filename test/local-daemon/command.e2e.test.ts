/**
 * `dify-plugin-release daemon` as users run it: it refuses to start without a key (or a console
 * without an account), binds to 127.0.0.1, serves both doors, and stops cleanly on SIGTERM with a
 * summary — no secret in anything it prints.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsoleTarget } from '../../src/daemon/console-target.js';
import { bundle, runCliAsync } from '../helpers/cli.js';
import { tempDir } from '../helpers/plugins.js';
import { buildPackage, http } from '../helpers/targets.js';

const KEY = 'daemon-command-key-5678';
const ACCOUNT = 'ops@example.com:console-secret-pass';

describe('daemon command', () => {
  it('refuses to start without an API key, naming the variable', async () => {
    const r = await runCliAsync(
      ['daemon', '--port', '0', '--data', tempDir(), '--api-key-env', 'NO_SUCH_KEY_VAR'],
      {
        env: { NO_SUCH_KEY_VAR: '' },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refuses to start without an API key: NO_SUCH_KEY_VAR is not set or empty/);
  });

  it('refuses --console without an account', async () => {
    const r = await runCliAsync(
      ['daemon', '--port', '0', '--data', tempDir(), '--console', '--account-env', 'NO_ACCOUNT'],
      {
        env: { DIFY_DAEMON_API_KEY: KEY },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--console needs an account: NO_ACCOUNT is not set/);
  });

  it('serves the console on loopback, then stops cleanly on SIGTERM with its summary as JSON', async () => {
    const data = path.join(tempDir(), 'data');
    const ready = path.join(tempDir(), 'ready.json');
    const child = spawn(
      process.execPath,
      [
        bundle('cli'),
        'daemon',
        '--port',
        '0',
        '--data',
        data,
        '--console',
        '--dify-version',
        '1.7.2',
        '--json',
        '--ready-file',
        ready,
      ],
      {
        env: {
          ...process.env,
          DIFY_DAEMON_API_KEY: KEY,
          DIFY_CONSOLE_ACCOUNT: ACCOUNT,
          NO_COLOR: '1',
          GITHUB_ACTIONS: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await expect.poll(() => existsSync(ready), { timeout: 20_000 }).toBe(true);
    const { url, pid } = JSON.parse(readFileSync(ready, 'utf8')) as { url: string; pid: number };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(pid).toBe(child.pid);
    try {
      const target = new ConsoleTarget({
        url,
        account: { email: 'ops@example.com', password: 'console-secret-pass' },
        http,
      });
      expect((await target.versions()).dify).toBe('1.7.2');
      const pkg = await buildPackage();
      expect((await target.upload(pkg.path)).identifier).toBe(pkg.identifier);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    const doc = JSON.parse(out) as { summary: Record<string, unknown>; exitCode: number };
    expect(doc.exitCode).toBe(0);
    const summary = doc.summary;
    expect(summary).toMatchObject({ host: '127.0.0.1', console: true, stoppedBy: 'SIGTERM', dataDir: data });
    for (const secret of [KEY, 'console-secret-pass']) {
      expect(out).not.toContain(secret);
      expect(err).not.toContain(secret);
    }
  });
});
