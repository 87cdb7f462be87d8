/**
 * `notify`: the webhook named by checklist.notify.webhook-env gets the checklist (a loopback
 * server); its URL, a secret, appears nowhere in the result or the record.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { deployContext, type Keys, type SignedPackage, signedAt, testKeys } from '../helpers/deploy.js';

let keys: Keys;
let v1: SignedPackage;
const received: { url: string; body: Record<string, unknown> }[] = [];
const hook = createServer((req, res) => {
  let text = '';
  req.on('data', (d) => (text += d));
  req.on('end', () => {
    received.push({ url: req.url ?? '', body: JSON.parse(text) });
    res.end('ok');
  });
});

beforeAll(async () => {
  keys = await testKeys();
  v1 = await signedAt('0.1.0', keys);
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
}, 60_000);
afterAll(async () => {
  hook.closeAllConnections();
  await new Promise((r) => hook.close(r));
});

describe('notify', () => {
  it('posts the checklist to the webhook; the URL is never shown', async () => {
    const secretPath = '/hooks/T0000/B0000/very-secret-token-123';
    const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}${secretPath}`;
    const ctx = deployContext({ notify: { 'webhook-env': 'DEPLOY_WEBHOOK' } });
    ctx.env = { ...process.env, DEPLOY_WEBHOOK: url };
    const d = await deployStage({ package: v1.path, env: 'staging', trustedKey: [keys.publicFile] }, ctx);
    expect(d.gates.find((g) => g.id === 'notify')).toMatchObject({ status: 'passed' });
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe(secretPath);
    expect(received[0]!.body).toMatchObject({
      environment: 'staging',
      identifier: v1.identifier,
      digest: v1.sha256,
    });
    expect((received[0]!.body.gates as { id: string }[]).map((g) => g.id)).toContain('staging');
    expect(JSON.stringify(d)).not.toContain('very-secret-token');
    expect(readFileSync(d.record!, 'utf8')).not.toContain('very-secret-token');
  }, 60_000);
});
