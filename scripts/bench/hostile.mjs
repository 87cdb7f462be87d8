// `npm run bench -- hostile`: hostile inputs under 1 MB against the CLI, each a fresh process of a
// bundle built from the current sources into a temporary directory, timed and measured (peak RSS
// through /usr/bin/time), each compared with validating the example plugin in the same run. The
// issue's acceptance: no input under 1 MB takes more than 10x that time or more than 200 MB.
// Figures are printed, never asserted. A run is killed after DPR_BENCH_TIMEOUT seconds (60).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fmt, ROOT } from './_util.mjs';

export const title = 'hostile: inputs under 1 MB, fresh CLI processes, against validating the example plugin';

const EXAMPLE = path.join(ROOT, 'examples/unit-converter');
const TIMEOUT_S = Number(process.env.DPR_BENCH_TIMEOUT ?? 60);
const MAX_RATIO = 10;
const MAX_MIB = 200;

export async function run() {
  const work = mkdtempSync(path.join(tmpdir(), 'dpr-bench-hostile-'));
  try {
    await bench(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function bench(work) {
  const dist = path.join(work, 'dist');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outdir', dist], {
    stdio: 'ignore',
  });
  const cli = path.join(dist, 'cli.js');
  const hasTime = existsSync('/usr/bin/time');
  const hasTimeout = spawnSync('timeout', ['--version']).status === 0;
  if (!hasTime) console.log('  (no /usr/bin/time: peak memory not measured)');

  /** One fresh CLI process: wall time, peak RSS, exit status; killed after TIMEOUT_S. */
  const measure = (args, cwd = work) => {
    const inner = hasTimeout
      ? ['timeout', '-s', 'KILL', String(TIMEOUT_S), process.execPath]
      : [process.execPath];
    const argv = [...(hasTime ? ['/usr/bin/time', '-f', '%M'] : []), ...inner, cli, ...args];
    const started = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
      timeout: (TIMEOUT_S + 10) * 1000,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    let peakMiB;
    if (hasTime) {
      const kib = Number((r.stderr ?? '').trim().split('\n').pop());
      if (Number.isFinite(kib)) peakMiB = kib / 1024;
    }
    const killed = r.status === 137 || r.status === 124 || r.signal === 'SIGKILL' || ms >= TIMEOUT_S * 1000;
    return { ms, peakMiB, status: r.status, killed, stdout: r.stdout ?? '' };
  };
  const median = (runs) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];

  // Baseline: validating the example plugin, median of 3 (after one warm-up of the disk cache).
  const plain = copyExample(work, 'plain');
  measure(['validate', plain]);
  const base = median([0, 1, 2].map(() => measure(['validate', plain])));
  console.log(
    `  baseline: validate examples/unit-converter  ${fmt(base.ms, 0)} ms, peak ${fmt(base.peakMiB, 1)} MiB (median of 3)`,
  );
  console.log(`  limits: ${MAX_RATIO}x the baseline (${fmt(base.ms * MAX_RATIO, 0)} ms), ${MAX_MIB} MiB`);
  console.log(
    `  ${'input'.padEnd(44)} ${'size'.padStart(9)}  ${'command'.padEnd(9)} ${'time'.padStart(9)} ${'ratio'.padStart(6)} ${'peak'.padStart(9)}  exit  verdict`,
  );

  const rows = [];
  const report = (label, bytes, command, m) => {
    const ratio = m.ms / base.ms;
    const over = m.killed || ratio > MAX_RATIO || (m.peakMiB ?? 0) > MAX_MIB;
    // A killed run's peak is not known (only the timeout process's is reported).
    rows.push({ label, command, ratio, peakMiB: m.killed ? undefined : m.peakMiB, over, killed: m.killed });
    console.log(
      `  ${label.padEnd(44)} ${sizeText(bytes).padStart(9)}  ${command.padEnd(9)} ${(m.killed ? `>${TIMEOUT_S} s` : `${fmt(m.ms, 0)} ms`).padStart(9)} ${fmt(ratio, 1).padStart(6)} ${(m.killed ? '-' : `${fmt(m.peakMiB, 1)} MiB`).padStart(9)}  ${String(m.status ?? '-').padStart(4)}  ${over ? 'OVER' : 'ok'}`,
    );
  };
  const cases = makeCases(work);
  for (const c of cases) {
    for (const command of c.commands) {
      const args = argsFor(command, c, work);
      report(c.label, c.bytes, command, measure(args));
    }
  }

  // Deep against flat: the same number of directories, nested or side by side.
  const flat = copyExample(work, 'flat');
  for (let i = 0; i < 2000; i++) mkdirSync(path.join(flat, 'data', `d${i}`), { recursive: true });
  writeFileSync(path.join(flat, 'data', 'd0', 'leaf.txt'), 'x');
  const deep = cases.find((c) => c.id === 'deep-tree');
  const flatRun = median([0, 1, 2].map(() => measure(['validate', flat])));
  const deepRun = median([0, 1, 2].map(() => measure(['validate', deep.dir])));
  console.log(
    `  deep tree against flat: 2,000 directories nested ${fmt(deepRun.ms, 0)} ms, side by side ${fmt(flatRun.ms, 0)} ms: ratio ${fmt(deepRun.ms / flatRun.ms, 2)}`,
  );

  const worst = (pick) => rows.filter(pick).reduce((w, r) => (!w || r.ratio > w.ratio ? r : w), undefined);
  console.log('  worst-case ratios against the baseline (same run):');
  for (const [name, pick] of [
    ['alias bomb', (r) => r.label.startsWith('alias bomb')],
    ['long line', (r) => r.label.startsWith('long line')],
    ['deep tree', (r) => r.label.startsWith('deep tree')],
    ['any input', () => true],
  ]) {
    const w = worst(pick);
    if (w)
      console.log(
        `    ${name.padEnd(11)} ${fmt(w.ratio, 1)}x (${w.label}, ${w.command}${w.killed ? ', killed' : ''})`,
      );
  }
  const heaviest = rows.reduce((w, r) => ((r.peakMiB ?? 0) > (w?.peakMiB ?? 0) ? r : w), undefined);
  if (heaviest)
    console.log(
      `    memory      ${fmt(heaviest.peakMiB, 1)} MiB peak (${heaviest.label}, ${heaviest.command})`,
    );
  const over = rows.filter((r) => r.over);
  console.log(
    over.length === 0
      ? `  acceptance: every input under ${MAX_RATIO}x and ${MAX_MIB} MiB`
      : `  acceptance: ${over.length} of ${rows.length} runs over (${over.map((r) => `${r.label} / ${r.command}`).join('; ')})`,
  );
}

/** The command line of one case. */
function argsFor(command, c, work) {
  const out = path.join(work, 'out', `${c.id}-${command}`);
  mkdirSync(out, { recursive: true });
  switch (command) {
    case 'validate':
      return ['validate', c.dir];
    case 'check':
      return ['check', c.dir];
    case 'package':
      return ['package', c.dir, '-o', out];
    case 'inspect':
      return ['inspect', c.file];
    case 'verify':
      return ['verify', c.file];
    case 'sign':
      return ['sign', c.file, '--key', c.key, '-o', out];
    case 'diff':
      return ['diff', c.dir, c.dir];
    default:
      throw new Error(command);
  }
}

function copyExample(work, name) {
  const dir = path.join(work, name);
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Bytes an input takes: a file's size, or for a tree its files' sizes plus their names. */
function inputBytes(p) {
  const s = statSync(p, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.isFile() ? s.size : 0;
  let total = 0;
  for (const e of readdirSync(p, { withFileTypes: true })) {
    total += Buffer.byteLength(e.name) + 1;
    if (e.isDirectory()) total += inputBytes(path.join(p, e.name));
    else if (e.isFile()) total += statSync(path.join(p, e.name)).size;
  }
  return total;
}

function sizeText(bytes) {
  return bytes >= 1024 * 1024 ? `${fmt(bytes / 1048576, 2)} MB` : `${fmt(bytes / 1024, 1)} KB`;
}

/** The hostile inputs: each a plugin directory or a package, all under 1 MB. */
function makeCases(work) {
  const cases = [];
  const plugin = (id, label, commands, change) => {
    const dir = copyExample(work, id);
    change(dir);
    cases.push({ id, label, commands, dir, bytes: inputBytes(dir) });
  };
  const manifest = readFileSync(path.join(EXAMPLE, 'manifest.yaml'), 'utf8');

  // YAML: aliases expanded without a budget (the `verdicts` branch times its own fix).
  plugin('alias-bomb', 'alias bomb (9 levels x 9, in manifest.yaml)', ['validate'], (dir) => {
    const levels = ['x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `x${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    writeFileSync(
      path.join(dir, 'manifest.yaml'),
      `${manifest}\nbomb:\n${levels.map((l) => `  ${l}`).join('\n')}\n`,
    );
  });
  // The secret scan over a long line (the `verdicts` branch makes it linear).
  plugin('long-line-key', 'long line: 900 KB of key characters', ['check'], (dir) => {
    writeFileSync(path.join(dir, 'blob.py'), `DATA = "${'Ab1_'.repeat(225_000)}"\n`);
  });
  plugin('long-line-hex', 'long line: 900 KB of hex', ['check'], (dir) => {
    writeFileSync(path.join(dir, 'blob.py'), `${'0123456789abcdef'.repeat(56_250)}\n`);
  });
  // Trees.
  plugin('deep-tree', 'deep tree: 2,000 nested directories', ['validate', 'package', 'check'], (dir) => {
    let d = path.join(dir, 'data');
    for (let i = 0; i < 2000; i++) d = path.join(d, 'd');
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, 'leaf.txt'), 'x');
  });
  plugin('deep-tree-128', 'deep tree: 128 nested directories (walked)', ['validate', 'package'], (dir) => {
    let d = path.join(dir, 'data');
    for (let i = 0; i < 127; i++) d = path.join(d, 'd');
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, 'leaf.txt'), 'x');
  });
  const tinyFiles = (dir, n) => {
    for (let k = 0; k * 1000 < n; k++) {
      const sub = path.join(dir, 'data', String(k));
      mkdirSync(sub, { recursive: true });
      for (let i = k * 1000; i < Math.min(n, (k + 1) * 1000); i++)
        writeFileSync(path.join(sub, String(i)), 'x');
    }
  };
  plugin('many-files', 'many tiny files: 8,000 of 1 byte', ['validate', 'package', 'check'], (dir) =>
    tinyFiles(dir, 8000),
  );
  plugin('big-ignore', 'ignore file of 999 patterns + 5,000 files', ['validate', 'package'], (dir) => {
    writeFileSync(
      path.join(dir, '.difyignore'),
      Array.from({ length: 999 }, (_, i) => `p${i}*/x`).join('\n'),
    );
    tinyFiles(dir, 5000);
  });
  plugin('general-ignore', 'ignore file of 200 general patterns + 5,000 files', ['validate'], (dir) => {
    const general = Array.from(
      { length: 200 },
      (_, i) => `*${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}*q`,
    );
    writeFileSync(path.join(dir, '.difyignore'), general.join('\n'));
    tinyFiles(dir, 5000);
  });
  plugin('huge-ignore', 'ignore file of 60 KB (refused)', ['validate'], (dir) => {
    writeFileSync(
      path.join(dir, '.difyignore'),
      Array.from({ length: 7000 }, (_, i) => `p${i}*/x`)
        .join('\n')
        .slice(0, 60_000),
    );
  });
  // Files that are not files.
  const hasFifo = spawnSync('mkfifo', ['--version']).status === 0;
  if (hasFifo) {
    plugin('fifo-manifest', 'manifest.yaml is a named pipe', ['validate', 'package'], (dir) => {
      rmSync(path.join(dir, 'manifest.yaml'));
      spawnSync('mkfifo', [path.join(dir, 'manifest.yaml')]);
    });
    plugin('fifo-ignore', '.difyignore is a named pipe', ['validate', 'package'], (dir) => {
      rmSync(path.join(dir, '.difyignore'), { force: true });
      spawnSync('mkfifo', [path.join(dir, '.difyignore')]);
    });
  }
  if (existsSync('/dev/zero')) {
    plugin('dev-zero', 'manifest.yaml links to /dev/zero', ['validate', 'package'], (dir) => {
      rmSync(path.join(dir, 'manifest.yaml'));
      symlinkSync('/dev/zero', path.join(dir, 'manifest.yaml'));
    });
  }
  // Big but under 1 MB.
  plugin('big-yaml', 'manifest.yaml of 950 KB (60,000 tags)', ['validate', 'package'], (dir) => {
    const tags = Array.from({ length: 60_000 }, (_, i) => `  - tag${i}`).join('\n');
    writeFileSync(
      path.join(dir, 'manifest.yaml'),
      manifest.replace('tags:\n  - utilities\n  - productivity', `tags:\n${tags}`),
    );
  });
  plugin('deep-yaml', 'manifest.yaml nested 50,000 levels ([[[…]]])', ['validate'], (dir) => {
    writeFileSync(
      path.join(dir, 'manifest.yaml'),
      `${manifest}\nnested: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`,
    );
  });
  plugin('many-refs', 'manifest listing 20,000 tool providers', ['validate'], (dir) => {
    const refs = Array.from({ length: 20_000 }, (_, i) => `    - provider/p${i}.yaml`).join('\n');
    writeFileSync(
      path.join(dir, 'manifest.yaml'),
      manifest.replace('    - provider/unit_converter.yaml', refs),
    );
  });
  plugin('big-readme', 'README.md of 900 KB, one line', ['check'], (dir) => {
    writeFileSync(path.join(dir, 'README.md'), `# Unit converter\n\n${'word '.repeat(180_000)}\n`);
  });

  // Packages.
  const pkgCase = (id, label, commands, bytes) => {
    const file = path.join(work, `${id}.difypkg`);
    writeFileSync(file, bytes);
    cases.push({ id, label, commands, file, bytes: bytes.length, key: keyFile(work) });
  };
  pkgCase(
    'zip-bomb-lying',
    'zip bomb: declares 1 KB, inflates to 1 GB',
    ['inspect', 'verify'],
    lyingBomb(manifest),
  );
  pkgCase(
    'zip-bomb-honest',
    'zip bomb: declares and inflates to 1 GB',
    ['inspect', 'verify'],
    honestBomb(manifest),
  );
  pkgCase('zip-many', 'zip of 9,000 entries (no plugin)', ['inspect', 'verify'], manyEntries(manifest, 9000));
  // The plugin of 8,000 tiny files, packaged by us: under 1 MB, and it validates (so it signs).
  const many = cases.find((c) => c.id === 'many-files');
  const pkgDir = path.join(work, 'pkg-many');
  execFileSync(process.execPath, [path.join(work, 'dist', 'cli.js'), 'package', many.dir, '-o', pkgDir], {
    stdio: 'ignore',
  });
  const built = path.join(
    pkgDir,
    readdirSync(pkgDir).find((f) => f.endsWith('.difypkg')),
  );
  pkgCase(
    'pkg-many',
    'package of 8,000 tiny files (ours)',
    ['inspect', 'verify', 'sign'],
    readFileSync(built),
  );
  pkgCase(
    'zip-empty',
    'empty zip',
    ['inspect'],
    Buffer.from('504b0506000000000000000000000000000000000000', 'hex'),
  );
  return cases;
}

let key;
function keyFile(work) {
  if (key) return key;
  const dir = path.join(work, 'keys');
  execFileSync(
    process.execPath,
    [path.join(work, 'dist', 'cli.js'), 'keygen', '--name', 'bench', '-o', dir],
    { stdio: 'ignore' },
  );
  key = path.join(dir, 'bench.private.pem');
  return key;
}

/** A zip of the given entries (stored or deflated), with optionally false declared sizes. */
function zipOf(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = e.deflated ?? e.data;
    const method = e.deflated ? 8 : 0;
    const crc = e.crc ?? zlib.crc32(e.data ?? Buffer.alloc(0));
    const size = e.declared ?? e.size ?? e.data.length;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(method, 8);
    h.writeUInt32LE(crc >>> 0, 14);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    locals.push(h, name, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

let zeros;
function zerosSync() {
  // The deflate of 1 GiB of zeros is the same every time: made once, synchronously, in a child.
  if (!zeros) {
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `const z=require('zlib');const d=z.createDeflateRaw({level:9});const o=[];d.on('data',b=>o.push(b));const c=Buffer.alloc(1<<26);for(let i=0;i<16;i++)d.write(c);d.end(()=>process.stdout.write(Buffer.concat(o)));`,
      ],
      { maxBuffer: 1 << 26 },
    );
    zeros = r.stdout;
  }
  return zeros;
}

function lyingBomb(manifest) {
  const m = Buffer.from(manifest);
  return zipOf([
    { name: 'manifest.yaml', data: m },
    { name: 'bomb.bin', deflated: zerosSync(), declared: 1024, crc: 0 },
  ]);
}

function honestBomb(manifest) {
  const m = Buffer.from(manifest);
  return zipOf([
    { name: 'manifest.yaml', data: m },
    { name: 'bomb.bin', deflated: zerosSync(), declared: 1024 * 1024 * 1024, crc: 0 },
  ]);
}

function manyEntries(manifest, n) {
  const entries = [{ name: 'manifest.yaml', data: Buffer.from(manifest) }];
  for (let i = 0; i < n; i++) entries.push({ name: `d/${i}`, data: Buffer.from('x') });
  return zipOf(entries);
}
