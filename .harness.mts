import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fastRead } from './src/yaml/fast.ts';
import { YamlFile } from './src/yaml/yaml-file.ts';

const texts: [string, string][] = [];
(function walk(dir: string) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) texts.push([p, readFileSync(p, 'utf8')]);
  }
})(process.argv[2] ?? '/work/shared/corpus/dify-official-plugins');
let fast = 0,
  bad = 0;
const shown = new Set<string>();
for (const [p, t] of texts) {
  const f = fastRead(t);
  if (!f) continue;
  const y = new YamlFile('x', t) as any;
  if (y.problems.length) {
    console.log('FAST ACCEPTS AN ERROR', p);
    bad++;
    continue;
  }
  fast++;
  const diffs: string[] = [];
  if (!isDeepStrictEqual(f.value, y.value)) diffs.push('value');
  for (const [k, s] of y.spans) {
    const g = f.spans.get(k);
    if (!g || g.start !== s.start || g.end !== s.end || g.keyStart !== s.keyStart || g.keyEnd !== s.keyEnd)
      diffs.push(`span ${k} slow=${JSON.stringify(s)} fast=${JSON.stringify(g)}`);
  }
  for (const k of f.spans.keys()) if (!y.spans.has(k)) diffs.push(`extra span ${k}`);
  if (!isDeepStrictEqual([...f.plainText].sort(), [...y.plainText].sort()))
    diffs.push(
      'plainText ' +
        JSON.stringify([...y.plainText].filter(([k, v]) => f.plainText.get(k) !== v).slice(0, 3)) +
        JSON.stringify([...f.plainText].filter(([k, v]) => y.plainText.get(k) !== v).slice(0, 3)),
    );
  if (!isDeepStrictEqual([...f.plainNonStrings].sort(), [...y.plainNonStrings].sort()))
    diffs.push('plainNonStrings');
  if (f.duplicates.length !== y.duplicates.length) diffs.push('duplicates');
  if (diffs.length) {
    bad++;
    const key = diffs[0]!.split(' ')[0]! + diffs[0]!.slice(0, 20);
    if (shown.size < 8 && !shown.has(p)) {
      shown.add(p);
      console.log(p, diffs.slice(0, 3));
    }
  }
}
console.log({ files: texts.length, fast, bad });
