// Runs in its own process (via tsx): drives the embedded daemon (a separate process, the bundled CLI's
// `daemon` command) through the daemon client and prints timings and the daemon's memory as JSON.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DaemonTarget } from '../../src/daemon/daemon-target.js';
import { deployPackage } from '../../src/daemon/flow.js';
import { createHttpClient } from '../../src/io/http.js';
import { packagePlugin } from '../../src/package/package.js';
import { openPackage } from '../../src/zip/reader.js';
import { ZipWriter } from '../../src/zip/writer.js';

const [cli, root, countText] = process.argv.slice(2) as [string, string, string?];
const COUNT = Number(countText ?? 200);
const ROUNDS = 7;
const KEY = 'bench-daemon-key-0000';
const work = mkdtempSync(path.join(tmpdir(), 'dpr-bench-daemon-'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) n += statSync(path.join(e.parentPath, e.name)).size;
  return n;
}

/** The example package at `version`: the same entries, the manifest's version changed. */
async function variant(base: string, version: string, out: string): Promise<string> {
  const pkg = await openPackage(base);
  const file = path.join(out, `unit_converter-${version}.difypkg`);
  const writer = await ZipWriter.create(file);
  for (const { name } of pkg.entries) {
    let data = await pkg.read(name);
    if (name === 'manifest.yaml')
      data = Buffer.from(data.toString('utf8').replace(/^version: .*$/m, `version: ${version}`));
    await writer.addBuffer(name, data);
  }
  await writer.finish();
  await pkg.close();
  return file;
}

try {
  const packaged = await packagePlugin({
    path: path.join(root, 'examples/unit-converter'),
    outDir: work,
    cwd: work,
  });
  if (!packaged.path) throw new Error('the example plugin does not package');
  const variants: string[] = [];
  const vdir = path.join(work, 'variants');
  for (let i = 0; i < COUNT; i++)
    variants.push(await variant(packaged.path, `2.${Math.floor(i / 100)}.${i % 100}`, work));
  void vdir;

  const data = path.join(work, 'data');
  const ready = path.join(work, 'ready.json');
  const child = spawn(
    process.execPath,
    [cli, 'daemon', '--port', '0', '--data', data, '--api-key-env', 'BENCH_KEY', '--ready-file', ready],
    { env: { ...process.env, BENCH_KEY: KEY, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  for (let i = 0; !existsSync(ready); i++) {
    if (i > 400 || child.exitCode !== null) throw new Error(`the daemon did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const { url, tenant } = JSON.parse(readFileSync(ready, 'utf8')) as { url: string; tenant: string };
  const http = createHttpClient();
  const target = new DaemonTarget({ url, apiKey: KEY, tenant, http });

  // Baseline, same process: one loopback round trip to the daemon.
  const trips: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    await (await fetch(`${url}/health/check`)).arrayBuffer();
    trips.push(performance.now() - t);
  }
  const rssStart = rssMiB(child.pid!);

  // The example plugin: upload + install + task success, fresh each round (uninstalled after, untimed).
  const rounds: { upload: number; install: number; total: number }[] = [];
  for (let i = 0; i < ROUNDS + 1; i++) {
    const t0 = performance.now();
    const up = await target.upload(packaged.path);
    const t1 = performance.now();
    const start = await target.install([up.identifier]);
    await target.waitForTask(start.taskId, { intervalMs: 2, maxIntervalMs: 20 });
    const t2 = performance.now();
    if (i > 0) rounds.push({ upload: t1 - t0, install: t2 - t1, total: t2 - t0 }); // the first warms up
    const installed = await target.installation(up.pluginId);
    await target.uninstall(installed!.installationId);
  }

  // COUNT distinct versions, one after another: upload, then install or upgrade, task success, check.
  const ops: number[] = [];
  const samples: { ops: number; rssMiB: number }[] = [{ ops: 0, rssMiB: rssMiB(child.pid!) }];
  for (let i = 0; i < variants.length; i++) {
    const t = performance.now();
    await deployPackage(target, { path: variants[i]! }, { wait: { intervalMs: 2, maxIntervalMs: 20 } });
    ops.push(performance.now() - t);
    if ((i + 1) % 50 === 0) samples.push({ ops: i + 1, rssMiB: rssMiB(child.pid!) });
  }
  const installs = await target.installations();
  const state = {
    stateJsonKiB: statSync(path.join(data, 'state.json')).size / 1024,
    dataMiB: dirBytes(data) / 1048576,
  };
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  console.log(
    JSON.stringify({
      roundTripMs: median(trips),
      example: {
        rounds: rounds.length,
        uploadMs: median(rounds.map((r) => r.upload)),
        installMs: median(rounds.map((r) => r.install)),
        totalMs: median(rounds.map((r) => r.total)),
        size: statSync(packaged.path).size,
      },
      distinct: {
        count: ops.length,
        medianMs: median(ops),
        p95Ms: pct(ops, 0.95),
        maxMs: Math.max(...ops),
        installed: installs.length,
      },
      rssStartMiB: rssStart,
      samples,
      state,
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
