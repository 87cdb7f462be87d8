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
/**
 * Plugins of the repository that a Dify layer really refuses: reported as errors whatever the
 * corpus contains. Each row says which layer and why.
 */
const REFUSED: Record<string, { code: string; why: string }> = {
  'triggers/discord_trigger': {
    code: 'DPR226',
    why: 'a secret-input subscription parameter: no dify_plugin release (0.6.0 to 0.10.1) accepts it, so the SDK refuses it at start-up',
  },
};

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
  it.skipIf(!hasOfficialRepo)(
    'validates all 262 plugins in one invocation with zero errors',
    async () => {
      const result = await validate([OFFICIAL_REPO], { cwd: OFFICIAL_REPO });
      expect(result.plugins.length).toBe(262);
      const errors = result.findings
        .filter((f) => f.severity === 'error' && REFUSED[f.plugin ?? '']?.code !== f.code)
        .map((f) => `${f.plugin}/${f.file}:${f.line} ${f.code} ${f.message}`);
      expect(errors).toEqual([]);
      for (const [plugin, { code }] of Object.entries(REFUSED)) {
        const refused = result.findings.filter((f) => f.plugin === plugin && f.severity === 'error');
        expect(refused.map((f) => f.code)).toEqual([code]);
      }
    },
    120_000,
  );

  it.skipIf(!hasOfficialRepo)(
    'packages every plugin with zero errors',
    async () => {
      const out = tempDir();
      const failures: string[] = [];
      for (const rel of plugins()) {
        const result = await packagePlugin({
          path: path.join(OFFICIAL_REPO, rel),
          outDir: path.join(out, rel),
          ignore: REFUSED[rel] ? [REFUSED[rel].code] : [],
        });
        const errors = result.findings.filter((f) => f.severity === 'error');
        if (errors.length > 0 || !result.path)
          failures.push(`${rel}: ${errors.map((f) => `${f.code} ${f.file}: ${f.message}`).join('; ')}`);
      }
      expect(failures).toEqual([]);
    },
    600_000,
  );
});
