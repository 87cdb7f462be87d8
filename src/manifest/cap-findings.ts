import type { Finding } from '../core/finding.js';

/** Findings of one code in one file listed at most; the rest are counted in one last finding. */
export const MAX_REPEATED = 100;

/**
 * Keep at most {@link MAX_REPEATED} findings of each code in each file, and say how many more
 * there are: a hostile or generated file can hold a mistake per line (60,000 unknown tags), and
 * listing each one cost seconds and hundreds of megabytes for no more information.
 */
export function capRepeated(findings: readonly Finding[], max = MAX_REPEATED): Finding[] {
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  const firsts = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.code}|${f.file ?? ''}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n === 1) firsts.set(key, f);
    if (n <= max) out.push(f);
  }
  for (const [key, n] of counts) {
    if (n <= max) continue;
    const first = firsts.get(key)!;
    out.push({
      code: first.code,
      severity: first.severity,
      category: first.category,
      message: `${n - max} more ${first.code} findings${first.file ? ` in ${first.file}` : ''} are not listed (${n} in all)`,
      ...(first.file ? { file: first.file } : {}),
      ...(first.fix ? { fix: first.fix } : {}),
    });
  }
  return out;
}
