/**
 * The sensitive capabilities a plugin's code shows (the toolkit's `check-sensitive-capabilities`,
 * §A.14): command and code execution, SQL, SSH/SFTP, filesystem operations, arbitrary network
 * requests, browser automation. A line-by-line scan of `.py`, `.js` and `.ts` files, `#` comment
 * lines skipped; a line may count in several categories. The marketplace requires the PR's security
 * notes to say more than "None" when any is found; `submit` writes them from this scan.
 */
import type { CheckContext } from './context.js';
import { MAX_TEXT_BYTES, splitLines } from './context.js';

export type Capability =
  | 'command execution'
  | 'code execution'
  | 'SQL or database access'
  | 'SSH or SFTP'
  | 'filesystem operations'
  | 'arbitrary network requests'
  | 'browser automation';

const PATTERNS: Record<Capability, RegExp[]> = {
  'command execution': [
    /\bsubprocess\.(?:run|Popen|call|check_call|check_output)\s*\(/,
    /\bos\.(?:system|popen|spawn\w*|exec\w*)\s*\(/,
    /\bpty\.spawn\s*\(/,
  ],
  'code execution': [
    /(?<![\w.])(?:eval|exec|compile)\s*\(/,
    /\bimportlib\.import_module\s*\(/,
    /\b__import__\s*\(/,
    /\b(?:pickle|marshal)\.loads?\s*\(/,
  ],
  'SQL or database access': [
    /\bSELECT\b.{0,200}?\bFROM\b/i,
    /\bINSERT\s+INTO\b/i,
    /\bUPDATE\s+\w+\s+SET\b/i,
    /\bDELETE\s+FROM\b/i,
    /\b(?:DROP|CREATE)\s+(?:TABLE|DATABASE|INDEX)\b/i,
    /\bALTER\s+TABLE\b/i,
    /\b(?:sqlite3|psycopg2?|pymysql|mysql\.connector|sqlalchemy)\b/i,
    /\.execute(?:many)?\s*\(/i,
  ],
  'SSH or SFTP': [/\b(?:paramiko|asyncssh|pysftp)\b/, /\bSSHClient\s*\(/],
  'filesystem operations': [
    /(?<![\w.])open\s*\(/,
    /\bos\.(?:remove|unlink|rename|replace|makedirs|listdir|walk)\s*\(/,
    /\bshutil\.(?:copy|copyfile|copytree|move|rmtree)\s*\(/,
    /\bglob\.glob\s*\(/,
  ],
  'arbitrary network requests': [
    /\brequests\.(?:get|post|put|patch|delete|head|options|request)\s*\(/,
    /\bhttpx\.(?:get|post|put|patch|delete|head|options|request|stream)\s*\(/,
    /\baiohttp\.ClientSession\s*\(/,
    /\burllib\.request\.(?:urlopen|Request)\s*\(/,
    /(?<![\w.])urlopen\s*\(/,
  ],
  'browser automation': [
    /\b(?:playwright|selenium|pyppeteer|webdriver)\b/,
    /\bbrowser\.new_page\s*\(/,
    /\bpage\.goto\s*\(/,
  ],
};

export const CAPABILITIES = Object.keys(PATTERNS) as Capability[];

export interface CapabilityHit {
  count: number;
  /** Up to 20 places, `file:line`. */
  samples: string[];
}

export type CapabilityReport = Partial<Record<Capability, CapabilityHit>>;

const CODE = /\.(?:py|js|ts)$/i;

export async function scanCapabilities(ctx: CheckContext): Promise<CapabilityReport> {
  const out: CapabilityReport = {};
  for (const f of ctx.access.files) {
    if (!CODE.test(f.path) || f.size > MAX_TEXT_BYTES) continue;
    const text = await ctx.text(f.path);
    if (!text) continue;
    splitLines(text).forEach((line, i) => {
      if (/^\s*#/.test(line)) return;
      for (const cap of CAPABILITIES) {
        if (!PATTERNS[cap].some((p) => p.test(line))) continue;
        const hit = out[cap] ?? { count: 0, samples: [] };
        out[cap] = hit;
        hit.count++;
        if (hit.samples.length < 20) hit.samples.push(`${f.path}:${i + 1}`);
      }
    });
  }
  return out;
}

/** Notes that say nothing ("None", "N/A"): refused when capabilities were found. */
export function emptyNotes(notes: string): boolean {
  return /^(?:none|n\/a|na|not applicable|no|nothing)\.?$/i.test(notes.replace(/\s+/g, ' ').trim());
}
