import type { Finding } from '../core/finding.js';

/** Findings of one code in one file listed at most; the rest are counted in one last finding. */
export const MAX_REPEATED = 100;

/** Findings that stand for others left out earlier (see {@link moreFinding}): how many. */
const standsFor = new WeakMap<Finding, number>();

/** A finding saying that `n` more like `like` were not made (a producer that stopped early). */
export function moreFinding(like: Finding, n: number): Finding {
  const f: Finding = { ...like, message: `${n} more ${like.code} findings` };
  standsFor.set(f, n);
  return f;
}

/**
 * Keep at most {@link MAX_REPEATED} findings of each code in each file, and say how many more
 * there are: a hostile or generated file can hold a mistake per line (60,000 unknown tags), and
 * listing each one cost seconds and hundreds of megabytes for no more information.
 */
export function capRepeated(findings: readonly Finding[], max = MAX_REPEATED): Finding[] {
  const counts = new Map<string, number>();
  const hidden = new Map<string, number>();
  const firsts = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.code}|${f.file ?? ''}`;
    if (!firsts.has(key)) firsts.set(key, f);
    const more = standsFor.get(f);
    if (more !== undefined) {
      hidden.set(key, (hidden.get(key) ?? 0) + more);
      continue;
    }
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n <= max) out.push(f);
  }
  for (const [key, first] of firsts) {
    const listed = Math.min(counts.get(key) ?? 0, max);
    const left = (counts.get(key) ?? 0) - listed + (hidden.get(key) ?? 0);
    if (left <= 0) continue;
    out.push({
      code: first.code,
      severity: first.severity,
      category: first.category,
      message: `${left} more ${first.code} findings${first.file ? ` in ${first.file}` : ''} are not listed (${listed + left} in all)`,
      ...(first.file ? { file: first.file } : {}),
      ...(first.fix ? { fix: first.fix } : {}),
    });
  }
  return out;
}
