// Worker for scripts/bench/official.mjs: validate the whole official repository in one invocation,
// and compare the YAML reader's per-file cost with js-yaml on the same files, in the same process.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as jsyaml from 'js-yaml';
import { validate } from '../../src/manifest/validate.js';
import { YamlFile } from '../../src/yaml/yaml-file.js';

const [repo] = process.argv.slice(2) as [string];
const texts: string[] = [];
(function walk(dir: string) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) texts.push(readFileSync(p, 'utf8'));
  }
})(repo);

function median(fn: () => void, runs = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

// Interleaved rounds (ours, then js-yaml, five times), the median ratio: a busy machine slows both alike.
const rounds: { ours: number; theirs: number }[] = [];
for (let r = 0; r < 5; r++) {
  const o = median(() => {
    for (const t of texts) new YamlFile('x.yaml', t);
  }, 1);
  const j = median(() => {
    for (const t of texts) {
      try {
        jsyaml.load(t);
      } catch {
        // js-yaml refuses a few files Dify reads; timing only.
      }
    }
  }, 1);
  rounds.push({ ours: o, theirs: j });
}
rounds.sort((a, b) => a.ours / a.theirs - b.ours / b.theirs);
const { ours, theirs } = rounds[2]!;

// Validation: compile check off (it is one Python process, measured apart), warm, median of 3.
await validate([repo], { compile: false });
const passes: number[] = [];
const cpu: number[] = [];
let plugins = 0;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = await validate([repo], { compile: false });
  passes.push(performance.now() - t);
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
  plugins = r.plugins.length;
}
passes.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const compileStart = performance.now();
await validate([repo]);
const withCompileMs = performance.now() - compileStart;
console.log(
  JSON.stringify({
    plugins,
    yamlFiles: texts.length,
    yamlBytes: texts.reduce((n, t) => n + t.length, 0),
    oursMs: ours,
    jsyamlMs: theirs,
    validateMs: passes[1],
    validateCpuMs: cpu[1],
    withCompileMs,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
