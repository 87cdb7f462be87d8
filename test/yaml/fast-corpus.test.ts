import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastRead } from '../../src/yaml/fast.js';
import { YamlFile } from '../../src/yaml/yaml-file.js';
import { hasOfficialRepo, OFFICIAL_REPO, skipNote } from '../helpers/shared.js';

/** The fast reader on every YAML file of the official repository: what it reads equals the slow path. */
describe(`the fast YAML reader on the official repository${skipNote('the official repository', hasOfficialRepo)}`, () => {
  it.skipIf(!hasOfficialRepo)(
    'reads most files, each exactly as the yaml package path does (values, spans, plain texts, duplicates)',
    () => {
      const files: string[] = [];
      (function walk(dir: string) {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) walk(p);
          else if (/\.ya?ml$/.test(e.name)) files.push(p);
        }
      })(OFFICIAL_REPO);
      let fast = 0;
      const differ: string[] = [];
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        if (!fastRead(text)) continue;
        fast++;
        const a = new YamlFile('x.yaml', text);
        const b = new YamlFile('x.yaml', text, { fast: false });
        const spans = (f: YamlFile) => (f as unknown as { spans: Map<string, unknown> }).spans;
        const same =
          b.problems.length === 0 &&
          JSON.stringify(a.value) === JSON.stringify(b.value) &&
          JSON.stringify([...spans(a)].sort()) === JSON.stringify([...spans(b)].sort()) &&
          JSON.stringify([...a.plainText].sort()) === JSON.stringify([...b.plainText].sort()) &&
          JSON.stringify([...a.plainNonStrings].sort()) === JSON.stringify([...b.plainNonStrings].sort()) &&
          JSON.stringify(a.duplicates) === JSON.stringify(b.duplicates);
        if (!same) differ.push(path.relative(OFFICIAL_REPO, file));
      }
      expect(differ).toEqual([]);
      expect(fast / files.length).toBeGreaterThan(0.8);
    },
    120_000,
  );
});
