import fs from 'fs';
import * as jsyaml from 'js-yaml';
import path from 'path';
import { Composer, Lexer, LineCounter, Parser, parseDocument } from 'yaml';

const files = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) files.push(fs.readFileSync(p, 'utf8'));
  }
})('/work/shared/corpus/dify-official-plugins');
console.log(
  files.length,
  files.reduce((a, b) => a + b.length, 0),
);
function time(name, fn) {
  for (let r = 0; r < 2; r++) {
    const t = performance.now();
    for (const f of files) {
      try {
        fn(f);
      } catch {}
    }
    console.log(name, (performance.now() - t).toFixed(0), 'ms');
  }
}
time('js-yaml', (f) => jsyaml.load(f));
time('lexer', (f) => {
  for (const t of new Lexer().lex(f));
});
time('parser', (f) => {
  for (const t of new Parser().parse(f));
});
time('parser+lc', (f) => {
  const lc = new LineCounter();
  for (const t of new Parser(lc.addNewLine).parse(f));
});
time('parseDocument', (f) =>
  parseDocument(f, {
    uniqueKeys: false,
    merge: true,
    schema: 'core',
    strict: false,
    lineCounter: new LineCounter(),
  }),
);
