/**
 * package --offline from a package index, as a user with a real index (PyPI, a mirror, a private
 * index with credentials) would run it: here a PEP 503 index served on 127.0.0.1 from the test
 * wheelhouse, behind basic authentication.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/python/project.js';
import { tempDir } from '../helpers/plugins.js';
import { bytes, offlinePlugin, packageOffline } from './plugins.js';
import { parseWheelNameForTest, wheelhouse } from './wheelhouse.js';

const PASSWORD = 's3cret-index-password';
let server: Server;
let requests: string[] = [];

function serve(dir: string): Promise<string> {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.headers.authorization !== `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}`) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="index"' }).end();
      return;
    }
    const files = readdirSync(dir);
    const project = /^\/simple\/([^/]+)\/$/.exec(req.url ?? '')?.[1];
    if (project) {
      const mine = files.filter((f) => normalizeName(parseWheelNameForTest(f)) === project);
      if (mine.length === 0) return void res.writeHead(404).end();
      const links = mine.map((f) => `<a href="/files/${f}">${f}</a><br/>`).join('\n');
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!DOCTYPE html><html><body>\n${links}\n</body></html>`);
      return;
    }
    const file = /^\/files\/([^/]+)$/.exec(req.url ?? '')?.[1];
    if (file && files.includes(file)) {
      res
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end(readFileSync(path.join(dir, file)));
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://ci:${PASSWORD}@127.0.0.1:${(server.address() as AddressInfo).port}/simple`),
    ),
  );
}

let house: string;
let index: string;

beforeAll(async () => {
  house = wheelhouse({ arm: false });
  index = await serve(house);
});
afterAll(() => server?.close());

describe('package --offline --index-url', () => {
  it('takes the wheels from the index, and the result is the same as from the same wheels in a folder', async () => {
    requests = [];
    const plugin = offlinePlugin();
    const r = await packageOffline(plugin, { indexUrl: index, output: tempDir(), target: ['linux/amd64'] });
    expect(r.exitCode, JSON.stringify(r.reporter.sections.flatMap((s) => s.findings))).toBe(0);
    expect(
      requests.some((u) => u.startsWith('/files/fastcalc-2.0.0-cp312-cp312-manylinux_2_17_x86_64')),
    ).toBe(true);
    const local = await packageOffline(plugin, {
      findLinks: [house],
      output: tempDir(),
      target: ['linux/amd64'],
    });
    expect(bytes(r.outputs.path!).equals(bytes(local.outputs.path!))).toBe(true);
    const text = JSON.stringify(r.reporter.sections);
    expect(text).not.toContain(PASSWORD);
    expect(text).toContain('http://ci:***@127.0.0.1:');
  }, 120_000);

  it('names the files the index has, with their tags, when none fits the target; never the password', async () => {
    const r = await packageOffline(offlinePlugin(), {
      indexUrl: index,
      output: tempDir(),
      target: ['linux/arm64'],
    });
    expect(r.exitCode).toBe(1);
    const f = r.reporter.sections.flatMap((s) => s.findings).find((x) => x.code === 'DPR440')!;
    expect(f.message).toMatch(
      /^fastcalc==2\.0\.0 \(required by dify-plugin\): no wheel for linux\/arm64 \(CPython 3\.12, manylinux ≤ 2\.39 aarch64\); http:\/\/ci:\*\*\*@127\.0\.0\.1:\d+\/simple has /,
    );
    expect(f.message).toContain(
      'fastcalc-2.0.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl (tags cp312-cp312-manylinux_2_17_x86_64, cp312-cp312-manylinux2014_x86_64: built for x86_64, the target is aarch64)',
    );
    expect(f.message).toContain(
      'fastcalc-2.0.0-cp312-cp312-musllinux_1_2_aarch64.whl (tags cp312-cp312-musllinux_1_2_aarch64: musllinux_1_2_aarch64 is for musl libc; the daemon image (Ubuntu) uses glibc)',
    );
    expect(JSON.stringify(r.reporter.sections)).not.toContain(PASSWORD);
  }, 120_000);
});
