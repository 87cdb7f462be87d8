/**
 * The bundles keep a working HTTP stack: a real request from the bundled CLI and from the bundled
 * action, through the HTTP port, to loopback servers — directly, and through a proxy (undici's
 * proxy agent, which the runtime's own fetch does not use), as a runner behind a proxy would.
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo, connect as netConnect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionEnv, bundle } from '../helpers/cli.js';
import { tempDir } from '../helpers/plugins.js';

const VALID = path.resolve('test/fixtures/coze/valid');

let target: Server;
let proxy: Server;
const hits: string[] = [];
const proxied: string[] = [];

function listen(server: Server): Promise<number> {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port)));
}

beforeAll(async () => {
  target = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.end('ok');
  });
  // A forward proxy for plain HTTP: absolute-form request lines, relayed to the origin.
  proxy = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`);
    const url = new URL(req.url!);
    const upstream = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: req.method,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // undici's proxy agent tunnels every request with CONNECT.
  proxy.on('connect', (req, client, head) => {
    proxied.push(`CONNECT ${req.url}`);
    const [host, port] = req.url!.split(':');
    const upstream = netConnect(Number(port), host!, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await Promise.all([listen(target), listen(proxy)]);
});

afterAll(() => {
  target.close();
  proxy.close();
});

/** A Coze configuration whose every OpenAPI server is the loopback target. */
function config(): string {
  const root = tempDir();
  cpSync(VALID, root, { recursive: true });
  const docs = path.join(root, 'pluginproduct');
  const port = (target.address() as AddressInfo).port;
  for (const f of readdirSync(docs).filter((n) => n !== 'plugin_meta.yaml')) {
    writeFileSync(
      path.join(docs, f),
      readFileSync(path.join(docs, f), 'utf8').replace(/(\n\s*- url: )\S+/, `$1http://127.0.0.1:${port}`),
    );
  }
  return root;
}

function node(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout }));
  });
}

const noProxy = {
  HTTP_PROXY: '',
  http_proxy: '',
  HTTPS_PROXY: '',
  https_proxy: '',
  NO_PROXY: '',
  no_proxy: '',
};

describe('HTTP from the bundles', () => {
  it('the bundled CLI makes a real request, directly and through a proxy', async () => {
    const root = config();
    hits.length = 0;
    const direct = await node([bundle('cli'), 'validate', root, '--probe-servers', '--json'], {
      ...noProxy,
      GITHUB_ACTIONS: '',
    });
    expect(direct.status, direct.stdout).toBe(0);
    expect(hits.filter((h) => h.startsWith('HEAD')).length).toBeGreaterThan(0);

    proxied.length = 0;
    const viaProxy = await node([bundle('cli'), 'validate', root, '--probe-servers', '--json'], {
      ...noProxy,
      GITHUB_ACTIONS: '',
      HTTP_PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    });
    expect(viaProxy.status, viaProxy.stdout).toBe(0);
    const port = (target.address() as AddressInfo).port;
    expect(
      proxied.some((p) => p === `CONNECT 127.0.0.1:${port}` || p.startsWith(`HEAD http://127.0.0.1:${port}`)),
    ).toBe(true);
  });

  it('the bundled action makes a real request through a proxy', async () => {
    const root = config();
    proxied.length = 0;
    const env = actionEnv(root, { command: 'validate', path: '.', 'probe-servers': 'true' });
    const r = await node([bundle('action')], {
      ...noProxy,
      ...env,
      GITHUB_ACTIONS: 'true',
      HTTP_PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    });
    expect(r.status, r.stdout).toBe(0);
    expect(proxied.length).toBeGreaterThan(0);
  });
});
