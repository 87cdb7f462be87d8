// Worker for scripts/bench/hostile.mjs: the worst cases of the YAML reader and the secret scan,
// each against a plain scan of the same input in the same process. Prints one JSON line.
import { ASSIGNMENT, assignments, scanText, VENDOR_PATTERNS } from '../../src/checks/marketplace/secrets.js';
import { YamlFile } from '../../src/yaml/yaml-file.js';

function time(fn: () => unknown, runs = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** A plain scan: touch every character once (the floor any scan costs). */
function plain(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) n += text.charCodeAt(i) & 1;
  return n;
}

const MiB = 1024 * 1024;
const inputs: Record<string, string> = {
  'key characters': 'TOKEN_'.repeat(Math.ceil(MiB / 6)).slice(0, MiB),
  hex: `secret=${'0123456789abcdef'.repeat(MiB / 16)}`,
  'base64-ish': `api_key: ${'aB3+/dE5='.repeat(Math.ceil(MiB / 9))}`,
  'vendor prefixes': 'sk-ghp_xoxb-AIzaeyJ'.repeat(Math.ceil(MiB / 19)),
};
const scans: { input: string; pattern: string; ms: number; plainMs: number }[] = [];
for (const [name, text] of Object.entries(inputs)) {
  const plainMs = time(() => plain(text));
  scans.push({
    input: name,
    pattern: 'whole scan (scanText)',
    ms: time(() => scanText('data.txt', text)),
    plainMs,
  });
  scans.push({ input: name, pattern: 'assignment (one pass)', ms: time(() => assignments(text)), plainMs });
  for (const p of VENDOR_PATTERNS) {
    // Each pattern alone, over the whole line (no window, no prefilter): its own cost.
    scans.push({ input: name, pattern: p.what, ms: time(() => p.re.exec(text)), plainMs });
  }
  void ASSIGNMENT;
}

function bomb(levels: number): string {
  let text = 'a0: &a0 ["x","x","x","x","x","x","x","x","x"]\n';
  for (let i = 1; i <= levels; i++)
    text += `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(',')}]\n`;
  return text;
}
const bombText = bomb(9);
const flat = `k: [${Array(200).fill('"x"').join(',')}]\n`.slice(0, bombText.length);
const yaml = {
  bytes: bombText.length,
  bombMs: time(() => new YamlFile('b.yaml', bombText)),
  plainMs: time(() => new YamlFile('p.yaml', flat)),
  refused: new YamlFile('b.yaml', bombText).problems.length === 1,
};
process.stdout.write(`${JSON.stringify({ scans, yaml })}\n`);
