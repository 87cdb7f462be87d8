/**
 * High-confidence secrets inside files: vendor-shaped tokens (not placeholders), shared by what
 * `package` refuses (DPR414) and the marketplace's secret checks. Pure patterns with no imports;
 * every one is linear in the line length (bounded repetitions, a literal prefilter, long lines
 * scanned in bounded windows).
 */

/** Windows over a long line overlap by this much, so a token on a boundary is seen whole. */
const WINDOW_OVERLAP = 2600;

export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  const n = [...value].length;
  for (const count of counts.values()) h -= (count / n) * Math.log2(count / n);
  return h;
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/**
 * Vendor-shaped tokens: what they are, a literal every match contains (a cheap prefilter), their
 * shape, and the vendor's prefix (the rest is the secret). Every repetition is bounded, so each
 * pattern costs time linear in the (capped) line length: see `MAX_SCANNED_LINE`.
 */
export const VENDOR_PATTERNS: { what: string; literal: string; re: RegExp; prefix: RegExp }[] = [
  { what: 'an OpenAI-style API key', literal: 'sk-', re: /\bsk-[A-Za-z0-9_-]{20,256}/, prefix: /^sk-/ },
  {
    what: 'a GitHub token',
    literal: 'gh',
    re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{20,255}/,
    prefix: /^gh[a-z]_/,
  },
  {
    what: 'a GitHub fine-grained token',
    literal: 'github_pat_',
    re: /\bgithub_pat_[A-Za-z0-9_]{22,255}/,
    prefix: /^github_pat_/,
  },
  { what: 'a Slack token', literal: 'xox', re: /\bxox[baprs]-[A-Za-z0-9-]{10,255}/, prefix: /^xox[a-z]-/ },
  {
    what: 'a Slack webhook URL',
    literal: 'hooks.slack.com',
    re: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]{8,16}\/[A-Za-z0-9]{8,16}\/[A-Za-z0-9]{16,64}/,
    prefix: /^https:\/\/hooks\.slack\.com\/[a-z]{1,16}\/[A-Za-z0-9]{1,16}\/[A-Za-z0-9]{1,16}\//,
  },
  { what: 'a Google API key', literal: 'AIza', re: /\bAIza[0-9A-Za-z_-]{35}/, prefix: /^AIza/ },
  {
    what: 'a Stripe live secret key',
    literal: '_live_',
    re: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,247}/,
    prefix: /^[sr]k_live_/,
  },
  { what: 'an AWS access key id', literal: 'AKIA', re: /\bAKIA[0-9A-Z]{16}\b/, prefix: /^AKIA/ },
  {
    what: 'a JWT',
    literal: 'eyJ',
    re: /\beyJ[A-Za-z0-9_-]{8,800}\.[A-Za-z0-9_-]{8,800}\.[A-Za-z0-9_-]{8,800}/,
    prefix: /^eyJ/,
  },
];

/**
 * Lines are scanned in windows of this many characters (overlapping by `WINDOW_OVERLAP`, longer than
 * any match), so a megabyte-long line costs a bounded amount of work per window: linear overall.
 */
export const MAX_SCANNED_LINE = 4096;

/**
 * A vendor-shaped token that is a placeholder (`xoxb-your-access-token`, `sk-xxxxxxxxxxxxxxxxxxxx`),
 * judged on what follows the vendor prefix: a placeholder word and words after it. A word anywhere
 * inside is not enough: a real token may contain `Your` or `fake` by chance, and must stay an error.
 */
export const PLACEHOLDER_BODY = /^(?:your|example|placeholder|dummy|fake|x{1,256})[-_a-z]{0,256}$/i;

export function isPlaceholderToken(token: string, prefix: RegExp): boolean {
  const body = token.replace(prefix, '');
  if (body.length <= 256 && PLACEHOLDER_BODY.test(body)) return true;
  // AWS documents its example keys with an EXAMPLE suffix (AKIAIOSFODNN7EXAMPLE).
  if (/^[0-9A-Z]{9}EXAMPLE$/.test(body)) return true;
  // Repeated or counting filler (sk-000000…, sk-abcabcabc…): no key has so little entropy.
  return entropy(body) < 2.5;
}

/** A token shown without republishing it: the vendor prefix, three characters, and its length. */
export function maskToken(token: string, prefix: RegExp): string {
  const shown = (prefix.exec(token)?.[0].length ?? 0) + 3;
  return `${token.slice(0, Math.min(shown, Math.floor(token.length / 3)))}…(${token.length} chars)`;
}

/** The windows a line is scanned in (one for a line within the cap). */
export function windows(line: string): { text: string; offset: number }[] {
  if (line.length <= MAX_SCANNED_LINE) return [{ text: line, offset: 0 }];
  const out: { text: string; offset: number }[] = [];
  const step = MAX_SCANNED_LINE - WINDOW_OVERLAP;
  for (let at = 0; at < line.length; at += step) {
    out.push({ text: line.slice(at, at + MAX_SCANNED_LINE), offset: at });
    if (at + MAX_SCANNED_LINE >= line.length) break;
  }
  return out;
}

/** Every vendor-shaped token in a text that is not a placeholder: what `package` refuses (DPR414). */
export function vendorTokens(text: string): { what: string; masked: string; line: number; column: number }[] {
  const out: { what: string; masked: string; line: number; column: number }[] = [];
  // Most files hold none of the literals: then no line needs looking at.
  const patterns = VENDOR_PATTERNS.filter((p) => text.includes(p.literal));
  if (patterns.length === 0) return out;
  splitLines(text).forEach((line, i) => {
    for (const hit of vendorHits(line, patterns)) {
      if (!hit.placeholder) out.push({ what: hit.what, masked: hit.masked, line: i + 1, column: hit.column });
    }
  });
  return out;
}

export interface VendorHit {
  what: string;
  masked: string;
  column: number;
  placeholder: boolean;
}

/** Vendor-shaped tokens on one line: a literal prefilter, then the bounded pattern per window. */
export function vendorHits(line: string, patterns = VENDOR_PATTERNS): VendorHit[] {
  const out: VendorHit[] = [];
  for (const { what, literal, re, prefix } of patterns) {
    if (!line.includes(literal)) continue;
    const seen = new Set<number>();
    for (const w of windows(line)) {
      const m = re.exec(w.text);
      if (!m) continue;
      const column = w.offset + m.index + 1;
      if (seen.has(column)) continue;
      seen.add(column);
      out.push({
        what,
        masked: maskToken(m[0], prefix),
        column,
        placeholder: isPlaceholderToken(m[0], prefix),
      });
      break; // one finding per pattern and line, as before
    }
  }
  return out;
}
