/**
 * The environment's lock (two deployments never interleave; a dead holder's lock is taken over),
 * and a rollback whose package the target and the artifact store both lost: it is downloaded again
 * from the release asset the ledger recorded (a loopback HTTP server), checked against the digest.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedPath } from '../../src/deploy/artifact-store.js';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { LockedError } from '../../src/deploy/ledger-local.js';
import { promoteStage } from '../../src/deploy/promote-stage.js';
import { rollbackStage } from '../../src/deploy/rollback-stage.js';
import { deployContext, type Keys, type SignedPackage, signedAt, testKeys } from '../helpers/deploy.js';

let keys: Keys;
let v1: SignedPackage;
let v2: SignedPackage;
let downloads = 0;
const assets = createServer((req, res) => {
  downloads++;
  if (req.url === '/v1.difypkg') res.end(readFileSync(v1.path));
  else {
    res.statusCode = 404;
    res.end();
  }
});

beforeAll(async () => {
  keys = await testKeys();
  [v1, v2] = await Promise.all([signedAt('0.1.0', keys), signedAt('0.2.0', keys)]);
  await new Promise<void>((r) => assets.listen(0, '127.0.0.1', r));
}, 60_000);
afterAll(async () => {
  assets.closeAllConnections();
  await new Promise((r) => assets.close(r));
});

const lockFile = (cwd: string, env: string) => path.join(cwd, '.dify-release', 'envs', env, 'ledger.lock');

describe('the environment lock', () => {
  it('refuses while a live process holds it, and takes over the lock of a dead one', async () => {
    const ctx = deployContext();
    const f = { trustedKey: [keys.publicFile] };
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      mkdirSync(path.dirname(lockFile(ctx.cwd, 'staging')), { recursive: true });
      const lock = {
        pid: holder.pid,
        host: hostname(),
        command: 'promote',
        startedAt: new Date().toISOString(),
      };
      writeFileSync(lockFile(ctx.cwd, 'staging'), JSON.stringify(lock));
      const refused = deployStage({ package: v1.path, env: 'staging', ...f }, ctx);
      await expect(refused).rejects.toThrow(LockedError);
      await expect(deployStage({ package: v1.path, env: 'staging', ...f }, ctx)).rejects.toThrow(
        new RegExp(`\`promote\` \\(process ${holder.pid}`),
      );
    } finally {
      holder.kill('SIGKILL');
      await new Promise((r) => holder.on('close', r));
    }
    // The holder is gone (kill -9): the next command takes the lock over.
    expect((await deployStage({ package: v1.path, env: 'staging', ...f }, ctx)).outcome).toBe('passed');
  }, 60_000);
});

describe('rollback when the target and the artifact store lost the package', () => {
  it('downloads the release asset the ledger recorded, checks its digest, and reinstalls it', async () => {
    const ctx = deployContext();
    const f = { trustedKey: [keys.publicFile] };
    const url = `http://127.0.0.1:${(assets.address() as AddressInfo).port}/v1.difypkg`;
    await deployStage({ package: v1.path, env: 'staging', ...f }, ctx);
    expect(
      (await promoteStage({ package: v1.path, env: 'production', assetUrl: url, ...f }, ctx)).outcome,
    ).toBe('passed');
    await deployStage({ package: v2.path, env: 'staging', ...f }, ctx);
    expect((await promoteStage({ package: v2.path, env: 'production', ...f }, ctx)).outcome).toBe('passed');
    const pkgs = path.join(ctx.cwd, '.dify-release', 'envs', 'production', 'daemon', 'packages');
    rmSync(path.join(pkgs, `${createHash('sha256').update(v1.identifier).digest('hex')}.difypkg`));
    rmSync(storedPath(path.join(ctx.cwd, '.dify-release', 'artifacts'), v1.identifier));
    downloads = 0;
    const r = await rollbackStage({ env: 'production' }, ctx);
    expect(r.outcome, JSON.stringify(r.error)).toBe('rolled-back');
    expect(r.tenants[0]?.uploadedFrom).toBe(`the release asset ${url}`);
    expect(downloads).toBe(1);
  }, 60_000);

  it('with no copy anywhere it fails saying what to pass; with --package it reinstalls from that file', async () => {
    const ctx = deployContext();
    const f = { trustedKey: [keys.publicFile] };
    for (const v of [v1, v2]) {
      await deployStage({ package: v.path, env: 'staging', ...f }, ctx);
      await promoteStage({ package: v.path, env: 'production', ...f }, ctx);
    }
    const pkgs = path.join(ctx.cwd, '.dify-release', 'envs', 'production', 'daemon', 'packages');
    rmSync(path.join(pkgs, `${createHash('sha256').update(v1.identifier).digest('hex')}.difypkg`));
    rmSync(storedPath(path.join(ctx.cwd, '.dify-release', 'artifacts'), v1.identifier));
    const lost = await rollbackStage({ env: 'production' }, ctx);
    expect(lost.outcome).toBe('failed');
    expect(lost.error?.message).toMatch(/lost .*no copy of it is available/);
    expect(lost.error?.fix).toMatch(/--package FILE/);
    const wrong = await rollbackStage({ env: 'production', package: v2.path }, ctx);
    expect(wrong.outcome).toBe('failed');
    expect(wrong.error?.message).toMatch(/not the recorded/);
    const r = await rollbackStage({ env: 'production', package: v1.path }, ctx);
    expect(r.outcome, JSON.stringify(r.error)).toBe('rolled-back');
    expect(r.tenants[0]?.uploadedFrom).toMatch(/the file given/);
  }, 60_000);
});
