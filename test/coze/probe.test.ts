import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { checkCozeConfig } from '../../src/coze/index.js';
import { change, lineOf, makeConfig, NOTES, QUOTE, show, WEATHER } from './helpers.js';

/** Loopback servers only: one answers (with a 404, which still counts), one hangs. */
let answering: Server;
let hanging: Server;
let refusedPort: number;
const requests: string[] = [];

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

beforeAll(async () => {
  answering = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.statusCode = 404;
    res.end();
  });
  hanging = createServer(() => undefined);
  await listen(answering);
  await listen(hanging);
  // A port that was just free and is closed again: connecting to it is refused.
  const closed = createServer();
  refusedPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(() => {
  for (const server of [answering, hanging]) {
    server.closeAllConnections();
    server.close();
  }
});

const port = (server: Server): number => (server.address() as AddressInfo).port;

function loopbackConfig(): { dir: string; urls: Record<string, string> } {
  const urls = {
    [WEATHER]: `http://127.0.0.1:${port(answering)}`,
    [NOTES]: `http://127.0.0.1:${refusedPort}/api`,
    [QUOTE]: `http://127.0.0.1:${port(hanging)}/v2`,
  };
  const dir = makeConfig({
    ...change(WEATHER, 'url: https://weather.example.com', `url: ${urls[WEATHER]}`),
    ...change(NOTES, 'url: https://notes.example.com/api', `url: ${urls[NOTES]}`),
    ...change(QUOTE, 'url: https://quotes.example.com/v2', `url: ${urls[QUOTE]}`),
  });
  return { dir, urls };
}

const probes = (findings: Finding[]): Finding[] => findings.filter((f) => f.code === 'DPR741');

describe('--probe-servers against loopback servers', () => {
  it('accepts any HTTP answer and reports a refused and a silent server, naming URL and error', async () => {
    const { dir, urls } = loopbackConfig();
    const findings = await checkCozeConfig(dir, { probeServers: true, timeoutMs: 500 });
    const found = probes(findings);
    expect(found.map((f) => f.file).sort(), show(findings)).toEqual([NOTES, QUOTE].sort());
    expect(requests).toContain('HEAD /');

    const refused = found.find((f) => f.file === NOTES)!;
    expect(refused.severity).toBe('error');
    expect(refused.message).toContain(urls[NOTES]);
    expect(refused.message).toContain('ECONNREFUSED');
    expect(refused.line).toBe(lineOf(readFileSync(path.join(dir, NOTES), 'utf8'), 'url: http://127.0.0.1'));
    expect(refused.fix).toMatch(/\.$/);

    const silent = found.find((f) => f.file === QUOTE)!;
    expect(silent.message).toContain(urls[QUOTE]);
    expect(silent.message).toContain('no answer within 500 ms');
  });

  it('is off by default: no request is made', async () => {
    const { dir } = loopbackConfig();
    let calls = 0;
    const fetchSpy: typeof fetch = async () => {
      calls++;
      return new Response(null);
    };
    const findings = await checkCozeConfig(dir, { fetch: fetchSpy });
    expect(calls).toBe(0);
    expect(probes(findings)).toEqual([]);
  });

  it('uses the injected fetch and reports a DNS failure by its code', async () => {
    const dir = makeConfig();
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      seen.push(`${init?.method} ${String(input)}`);
      if (String(input).includes('notes.example.com'))
        throw Object.assign(new TypeError('fetch failed'), {
          cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND notes.example.com' },
        });
      return new Response(null, { status: 405 });
    };
    const findings = await checkCozeConfig(dir, { probeServers: true, fetch: fakeFetch });
    expect(seen.sort()).toEqual([
      'HEAD https://notes.example.com/api',
      'HEAD https://quotes.example.com/v2',
      'HEAD https://weather.example.com',
    ]);
    const found = probes(findings);
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe(NOTES);
    expect(found[0]!.message).toMatch(
      /^server https:\/\/notes\.example\.com\/api does not answer: .*ENOTFOUND/,
    );
  });

  it('does not probe a server URL the document check already rejected', async () => {
    const dir = makeConfig(change(WEATHER, 'url: https://weather.example.com', 'url: weather.example.com'));
    const seen: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(null);
    };
    await checkCozeConfig(dir, { probeServers: true, fetch: fakeFetch });
    expect(seen.some((u) => u.includes('weather'))).toBe(false);
  });
});
