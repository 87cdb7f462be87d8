/**
 * `doctor --json` through the bundled CLI: one JSON document on stdout (nothing else), every check
 * in it with a fix, exit 1 when a check fails; the embedded daemon as the target (no configuration).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/plugins.js';
import { buildPackage } from '../helpers/targets.js';

describe('doctor --json (bundled CLI)', () => {
  it('prints one document whose every check has a fix', async () => {
    const pkg = await buildPackage();
    const cwd = tempDir('dpr-doctor-e2e-');
    writeFileSync(path.join(cwd, '.env'), 'INSTALL_METHOD=remote\nREMOTE_INSTALL_URL=127.0.0.1:9\n');
    const r = runCli(['doctor', '--json', '--no-github', '--package', pkg.path], {
      cwd,
      env: { FORCE_COLOR: '0' },
    });
    expect(r.status, r.stderr).toBe(1);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    const text = JSON.stringify(doc);
    expect(doc.command).toBe('doctor');
    const checks = (doc.summary as { checks: Record<string, unknown>[] }).checks;
    expect(checks.length).toBeGreaterThan(5);
    for (const c of checks) expect(typeof c.fix === 'string' && (c.fix as string).length > 10).toBe(true);
    expect(checks.find((c) => c.check === '.env')).toMatchObject({ status: 'fail', code: 'DPR1338' });
    expect(checks.find((c) => c.check === 'host and port')).toMatchObject({
      status: 'fail',
      code: 'DPR1339',
    });
    // The embedded daemon does not force verification: an unsigned package passes with a warning.
    expect(checks.find((c) => c.check === 'signature')).toMatchObject({ status: 'warn', code: 'DPR1331' });
    expect(text).toContain('THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true');
  }, 120_000);
});
