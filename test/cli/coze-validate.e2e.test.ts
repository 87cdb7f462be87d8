import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cozeKind } from '../../src/coze/kind.js';
import { validate } from '../../src/manifest/validate.js';
import { runCli, runCliAsync } from '../helpers/cli.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';

const VALID = path.resolve('test/fixtures/coze/valid');

describe('validate recognises Coze Studio plugin configurations', () => {
  it('finds a Coze configuration next to Dify plugins and checks each with its own rules', async () => {
    const root = tempDir();
    cpSync(VALID, path.join(root, 'coze'), { recursive: true });
    writePlugin({}, undefined, path.join(root, 'dify', 'demo'));
    const result = await validate(['.'], { cwd: root, kinds: [cozeKind] });
    expect(result.plugins.map((p) => [p.path, p.kind])).toEqual([
      ['coze/pluginproduct', 'coze'],
      ['dify/demo', 'dify'],
    ]);
    expect(result.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  it('reports a broken Coze configuration through the CLI with file and line, exit 1', () => {
    const root = tempDir();
    cpSync(VALID, root, { recursive: true });
    const meta = path.join(root, 'pluginproduct', 'plugin_meta.yaml');
    const text = readFileSync(meta, 'utf8');
    const broken = text.replace(/plugin_id: (\d+)/, 'plugin_id: -$1');
    expect(broken).not.toBe(text);
    writeFileSync(meta, broken);
    const r = runCli(['validate', root, '--json']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    const errors = doc.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'plugin_meta.yaml', category: 'coze' });
    expect(errors[0].line).toBeGreaterThan(0);
  });
});

describe('validate --probe-servers (CLI)', () => {
  it('reports an OpenAPI server that does not answer, only when asked (loopback only)', async () => {
    const up = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => up.listen(0, '127.0.0.1', r));
    const down = createServer();
    await new Promise<void>((r) => down.listen(0, '127.0.0.1', r));
    const downPort = (down.address() as AddressInfo).port;
    await new Promise<void>((r) => down.close(() => r())); // nothing listens there now: connection refused
    try {
      const root = tempDir();
      cpSync(VALID, root, { recursive: true });
      const docs = path.join(root, 'pluginproduct');
      for (const f of readdirSync(docs).filter((n) => n !== 'plugin_meta.yaml')) {
        const url =
          f === 'weather_lookup.yaml'
            ? `http://127.0.0.1:${downPort}`
            : `http://127.0.0.1:${(up.address() as AddressInfo).port}`;
        writeFileSync(
          path.join(docs, f),
          readFileSync(path.join(docs, f), 'utf8').replace(/(\n\s*- url: )\S+/, `$1${url}`),
        );
      }
      const quiet = runCliAsync(['validate', root, '--json']);
      const probed = runCliAsync(['validate', root, '--probe-servers', '--json']);
      const [q, p] = await Promise.all([quiet, probed]);
      expect(JSON.parse(q.stdout).findings.some((f: { code: string }) => f.code === 'DPR741')).toBe(false);
      const hits = JSON.parse(p.stdout).findings.filter((f: { code: string }) => f.code === 'DPR741');
      expect(hits).toMatchObject([{ severity: 'error', file: 'weather_lookup.yaml' }]);
      expect(p.status).toBe(1);
    } finally {
      up.close();
    }
  });
});
