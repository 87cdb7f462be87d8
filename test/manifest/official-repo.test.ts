import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/manifest/validate.js';
import { packagePlugin } from '../../src/package/package.js';
import { tempDir } from '../helpers/plugins.js';
import { hasOfficialRepo, OFFICIAL_REPO, skipNote } from '../helpers/shared.js';

/**
 * Acceptance: Dify installs every plugin of the official repository, and the Dify CLI packages each,
 * so `validate` and `package` report no error on any of the 262.
 */
function plugins(): string[] {
  return readdirSync(OFFICIAL_REPO)
    .sort()
    .flatMap((kind) =>
      readdirSync(path.join(OFFICIAL_REPO, kind))
        .sort()
        .map((name) => `${kind}/${name}`),
    );
}

describe(`the whole official repository${skipNote('the official repository', hasOfficialRepo)}`, () => {
  it.skipIf(!hasOfficialRepo)('validates all 262 plugins in one invocation with zero errors', async () => {
    const result = await validate([OFFICIAL_REPO], { cwd: OFFICIAL_REPO });
    expect(result.plugins.length).toBe(262);
    const errors = result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.plugin}/${f.file}:${f.line} ${f.code} ${f.message}`);
    expect(errors).toEqual([]);
  }, 120_000);

  it.skipIf(!hasOfficialRepo)('packages every plugin with zero errors', async () => {
    const out = tempDir();
    const failures: string[] = [];
    for (const rel of plugins()) {
      const result = await packagePlugin({ path: path.join(OFFICIAL_REPO, rel), outDir: path.join(out, rel) });
      const errors = result.findings.filter((f) => f.severity === 'error');
      if (errors.length > 0 || !result.path)
        failures.push(`${rel}: ${errors.map((f) => `${f.code} ${f.file}: ${f.message}`).join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
