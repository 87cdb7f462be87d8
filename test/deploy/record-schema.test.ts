/**
 * The checklist record deploy and promote write is valid against schemas/checklist-record.schema.json,
 * and a `.dify-release.yml` with the checklist and environments sections loads without findings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { readChecklist } from '../../src/deploy/checklist-config.js';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { deployContext, signedAt, testKeys } from '../helpers/deploy.js';
import { tempDir } from '../helpers/plugins.js';

const schema = JSON.parse(readFileSync(path.resolve('schemas/checklist-record.schema.json'), 'utf8'));

describe('the checklist record and configuration', () => {
  it('deploy writes a record the schema accepts (kept, and the --record copy)', async () => {
    const keys = await testKeys();
    const v = await signedAt('0.1.0', keys);
    const ctx = deployContext();
    const copy = path.join(ctx.cwd, 'checklist.json');
    const r = await deployStage(
      { package: v.path, env: 'staging', trustedKey: [keys.publicFile], record: copy },
      ctx,
    );
    expect(r.record).toContain(path.join('.dify-release', 'envs', 'staging', 'checklists'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    for (const file of [r.record!, copy]) {
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      expect(doc).toMatchObject({
        kind: 'dify-plugin-release/checklist',
        version: 1,
        command: 'deploy',
        promotable: true,
      });
      expect(doc.gates.map((g: { id: string }) => g.id)).toEqual([
        'provenance',
        'signature',
        'dependencies',
        'permissions',
        'compatibility',
        'staging',
        'performance',
        'post-upgrade',
        'backup',
        'notify',
      ]);
    }
  }, 60_000);

  it('a configuration with checklist and environments loads, and the checklist reads with its thresholds', () => {
    const dir = tempDir('dpr-config-');
    writeFileSync(
      path.join(dir, '.dify-release.yml'),
      `environments:
  staging: {}
  production:
    tenants: [0000000a-0000-4000-8000-000000000000, 0000000b-0000-4000-8000-000000000000]
    canary: [0000000a-0000-4000-8000-000000000000]
checklist:
  permissions:
    allowed: [tool, storage]
    max-storage-bytes: 1048576
  performance:
    required: true
    max-install-seconds: 30
    max-size-mib: 5
  staging:
    runtime: required
    smoke:
      - name: ping
        url: http://127.0.0.1:1/ping
        expect-status: 204
  notify:
    webhook-env: DEPLOY_WEBHOOK
  backup:
    manual: true
`,
    );
    const loaded = loadConfig(dir);
    expect(loaded.findings).toEqual([]);
    const c = readChecklist(loaded.config);
    expect(c.permissions).toMatchObject({ allowed: ['tool', 'storage'], maxStorageBytes: 1048576 });
    expect(c.performance).toMatchObject({ maxInstallMs: 30_000, maxSizeBytes: 5 * 1024 * 1024 });
    expect(c.gates.performance).toMatchObject({ required: true });
    expect(c.gates.backup).toMatchObject({ manual: true });
    expect(c.staging.smoke[0]).toMatchObject({ name: 'ping', expectStatus: 204 });
    expect(loaded.config.environments.production?.canary).toEqual(['0000000a-0000-4000-8000-000000000000']);
  });
});
