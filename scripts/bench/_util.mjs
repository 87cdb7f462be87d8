// Shared bench helpers: run a command as a child process and read its wall time and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = path.resolve(ROOT, '../shared/corpus/official');
export const CLI = path.join(ROOT, 'dist/cli.js');

export function corpusPresent() {
  if (existsSync(CORPUS)) return true;
  console.log('  (skipped: ../shared/corpus/official is not present)');
  return false;
}

/**
 * Run `command args` under /usr/bin/time when available (peak RSS in KiB), else time only.
 * Returns { ms, peakMiB, status, stdout }.
 */
export function measure(command, args, options = {}) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const started = process.hrtime.bigint();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let peakMiB;
  if (timeBin) {
    const lines = r.stderr.trim().split('\n');
    const kib = Number(lines[lines.length - 1]);
    if (Number.isFinite(kib)) peakMiB = kib / 1024;
  }
  return { ms, peakMiB, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function fmt(n, digits = 1) {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}
