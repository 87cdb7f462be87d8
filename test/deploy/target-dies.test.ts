/**
 * The target stops answering in the middle of a promotion (the daemon dies after the upgrade, while
 * the new version is being verified): the promotion cannot put it back, says so, and leaves the
 * ledger entry in progress; the next command, once the daemon is back, rolls it back and says so.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { promoteStage } from '../../src/deploy/promote-stage.js';
import { rollbackStage } from '../../src/deploy/rollback-stage.js';
import { statusStage } from '../../src/deploy/status-stage.js';
import type { EmbeddedDaemon } from '../../src/local-daemon/server.js';
import { deployContext, type Keys, type SignedPackage, signedAt, testKeys } from '../helpers/deploy.js';
import { tempDir } from '../helpers/plugins.js';
import { API_KEY, startTestDaemon } from '../helpers/targets.js';

let keys: Keys;
let v1: SignedPackage;
let v2: SignedPackage;
let daemon: EmbeddedDaemon;
let killOnSmoke = false;
const smoke = createServer((_req, res) => {
  const reply = () => {
    res.statusCode = 503;
    res.end('down');
  };
  if (killOnSmoke) void daemon.close().then(reply);
  else {
    res.statusCode = 200;
    res.end('ok');
  }
});

beforeAll(async () => {
  keys = await testKeys();
  [v1, v2] = await Promise.all([signedAt('0.1.0', keys), signedAt('0.2.0', keys)]);
  await new Promise<void>((r) => smoke.listen(0, '127.0.0.1', r));
}, 60_000);
afterAll(async () => {
  smoke.closeAllConnections();
  await new Promise((r) => smoke.close(r));
});

describe('the production daemon dies during the promotion', () => {
  it('the promotion reports the state unknown; the next command rolls it back', async () => {
    const dataDir = path.join(tempDir('dpr-prod-daemon-'), 'data');
    daemon = await startTestDaemon({ dataDir });
    const url = `http://127.0.0.1:${(smoke.address() as AddressInfo).port}/check`;
    const ctx = deployContext({
      staging: { smoke: [{ name: 'prod health', url, environments: ['production'] }] },
    });
    ctx.env = { ...process.env, PROD_KEY: API_KEY };
    const prod = () => ({
      trustedKey: [keys.publicFile],
      targetUrl: daemon.url,
      apiKeyEnv: 'PROD_KEY',
      tenant: [daemon.tenant],
    });
    for (const v of [v1, v2])
      await deployStage({ package: v.path, env: 'staging', trustedKey: [keys.publicFile] }, ctx);
    expect((await promoteStage({ package: v1.path, env: 'production', ...prod() }, ctx)).outcome).toBe(
      'passed',
    );

    killOnSmoke = true;
    const p = await promoteStage({ package: v2.path, env: 'production', ...prod() }, ctx);
    expect(p.outcome).toBe('failed');
    expect(p.unresolved).toMatch(/stopped answering/);
    expect(p.unresolved).toMatch(/the next command checks it/);
    const mid = await statusStage({ env: 'production' }, ctx);
    expect(mid.environments[0]?.inProgress).toHaveLength(1);

    killOnSmoke = false;
    daemon = await startTestDaemon({ dataDir });
    const r = await rollbackStage({ env: 'production', to: '0.1.0', ...prod() }, ctx);
    expect(r.settled.map((s) => s.outcome)).toEqual(['rolled-back']);
    expect(r.settled[0]?.message).toMatch(/interrupted promote of 0\.2\.0.*was rolled back/);
    expect(r.outcome).toBe('unchanged');
    const after = await statusStage({ env: 'production' }, ctx);
    expect(after.environments[0]?.current?.identifier).toBe(v1.identifier);
    expect(after.environments[0]?.inProgress).toEqual([]);
  }, 120_000);
});
