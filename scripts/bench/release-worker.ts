// Runs in its own process (via tsx): the local GitHub server of the tests in this process, the
// example plugin packaged (not timed), then the CLI as child processes: a first release, a no-op
// re-run, and `--version` as the start-up baseline. Prints one JSON line.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packagePlugin } from '../../src/package/package.js';
import { GitHubServer } from '../../test/helpers/github-server.js';

const [root, cli] = process.argv.slice(2) as [string, string];
const RUNS = 3;

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** A CLI run: wall time, and CPU time (user + system, from /usr/bin/time) when available. */
function run(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ ms: number; cpuMs?: number; status: number | null; out: string }> {
  const started = process.hrtime.bigint();
  const [cmd, argv] = TIME
    ? [TIME, ['-f', 'DPR-CPU %U %S', process.execPath, cli, ...args]]
    : [process.execPath, [cli, ...args]];
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, {
      cwd,
      env: { ...process.env, ...env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => {
      const m = /DPR-CPU ([\d.]+) ([\d.]+)/.exec(out);
      resolve({
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        ...(m ? { cpuMs: (Number(m[1]) + Number(m[2])) * 1000 } : {}),
        status,
        out,
      });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const work = mkdtempSync(path.join(tmpdir(), 'dpr-bench-release-'));
try {
  const built = await packagePlugin({ path: path.join(root, 'examples/unit-converter'), outDir: work });
  if (!built.path) throw new Error(`the example did not package: ${JSON.stringify(built.findings)}`);
  const firsts: number[] = [];
  const reruns: number[] = [];
  const baselines: number[] = [];
  const cpu = { first: [] as number[], rerun: [] as number[], baseline: [] as number[] };
  let first: { total: number; reads: number; writes: number } | undefined;
  let rerun: { total: number; reads: number; writes: number; calls: string[] } | undefined;
  for (let i = 0; i < RUNS; i++) {
    const server = await new GitHubServer().start();
    server.addRepo('acme/unit-converter');
    const token = server.token('acme');
    const env = {
      GITHUB_API_URL: server.apiUrl,
      GITHUB_TOKEN: token,
      GITHUB_REPOSITORY: 'acme/unit-converter',
    };
    const api = () => server.requests.filter((q) => !q.path.startsWith('/download/'));
    const count = (from: number) => {
      const calls = api().slice(from);
      return {
        total: calls.length,
        reads: calls.filter((q) => q.method === 'GET').length,
        writes: calls.filter((q) => q.method !== 'GET').length,
        calls: calls.map((q) => `${q.method} ${q.path.split('?')[0]}`),
      };
    };
    const v = await run(['--version'], env, work);
    baselines.push(v.ms);
    if (v.cpuMs !== undefined) cpu.baseline.push(v.cpuMs);
    const a = await run(
      ['release', built.path, '--tag', `v${built.version}`, '--target', server.head('acme/unit-converter')],
      env,
      work,
    );
    if (a.status !== 0) throw new Error(`first release failed: ${a.out}`);
    firsts.push(a.ms);
    if (a.cpuMs !== undefined) cpu.first.push(a.cpuMs);
    first = count(0);
    const before = api().length;
    const b = await run(['release', built.path, '--tag', `v${built.version}`], env, work);
    if (b.status !== 0) throw new Error(`re-run failed: ${b.out}`);
    reruns.push(b.ms);
    if (b.cpuMs !== undefined) cpu.rerun.push(b.cpuMs);
    rerun = count(before);
    await server.close();
  }
  const cpuMs = cpu.first.length
    ? { first: median(cpu.first), rerun: median(cpu.rerun), baseline: median(cpu.baseline) }
    : undefined;
  console.log(
    JSON.stringify({
      first,
      rerun,
      firstMs: median(firsts),
      rerunMs: median(reruns),
      baselineMs: median(baselines),
      cpuMs,
      runs: RUNS,
      size: built.size,
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
