// Runs in its own process (via tsx): validates the corpus in-process and prints timings as JSON.
import { validate } from '../../src/manifest/validate.js';

const [corpus, single] = process.argv.slice(2) as [string, string];
// Warm-up on one plugin: schema compilation and module loading happen once per process.
const coldStart = performance.now();
await validate([single]);
const firstMs = performance.now() - coldStart;

// Three passes over the corpus, median reported: this machine's timings swing by a third between runs.
const passes: number[] = [];
let result = await validate([corpus]);
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  result = await validate([corpus]);
  passes.push(performance.now() - started);
}
passes.sort((a, b) => a - b);
const totalMs = passes[1]!;
const firstPassMs = passes[0]!;

const again = performance.now();
const rounds = 20;
for (let i = 0; i < rounds; i++) await validate([single]);
const singleMs = (performance.now() - again) / rounds;

const perPlugin = result.plugins.map((p) => p.ms).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    plugins: result.plugins.length,
    files: result.plugins.reduce((n, p) => n + p.files, 0),
    declarations: result.plugins.reduce((n, p) => n + p.declarations, 0),
    findings: result.findings.length,
    totalMs,
    fastestMs: firstPassMs,
    firstMs,
    singleMs,
    medianMs: perPlugin[Math.floor(perPlugin.length / 2)],
    maxMs: perPlugin[perPlugin.length - 1],
    peakMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
