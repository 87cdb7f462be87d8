/**
 * Credentials in the package, graded as the toolkit's `check-package-secrets` grades them
 * (marketplace-toolkit.md §A.4, the newest version with the entropy gate, 9b618f84: the older one made
 * every 12-character literal an error), in two tiers: vendor-shaped tokens and PEM private keys are
 * errors anywhere; a literal assigned to a secret-named key is an error when it has the entropy of
 * key material, else a warning for a reviewer.
 *
 * Where the toolkit is known to be wrong (§A.24 1-3) we do better, and say so in a warning
 * (DPR515) where the toolkit would block: a PEM header with no key after it (help text, a
 * `startswith("-----BEGIN …")` test), a token-named query parameter inside a URL in a data file, and
 * version pins such as `tiktoken==0.13.0`, whose package name merely contains "token".
 */
import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import {
  entropy,
  isPlaceholderToken,
  MAX_SCANNED_LINE,
  maskToken,
  PLACEHOLDER_BODY,
  VENDOR_PATTERNS,
  vendorHits,
  vendorTokens,
  windows,
} from '../../core/secret-patterns.js';
import { type CheckContext, MAX_TEXT_BYTES, mask, pySuffix, splitLines } from './context.js';

export {
  isPlaceholderToken,
  MAX_SCANNED_LINE,
  maskToken,
  PLACEHOLDER_BODY,
  VENDOR_PATTERNS,
  vendorTokens,
  windows,
};

const SKIPPED_DIRS = new Set(['__pycache__', '.git', '.hg', '.svn', '.venv', 'venv', 'env', 'node_modules']);
const BINARY_SUFFIXES = new Set(
  '.7z .avif .bmp .bz2 .dylib .eot .exe .gif .gz .ico .jpeg .jpg .mov .mp3 .mp4 .otf .pdf .png .rar .so .tar .tgz .ttf .webm .webp .woff .woff2 .xz .zip'.split(
    ' ',
  ),
);
/** Files where an unquoted right-hand side is an expression, not a literal. */
const CODE_SUFFIXES = new Set(
  '.c .cc .cpp .cs .go .h .hpp .java .js .jsx .kt .m .mjs .mm .php .py .pyi .rb .rs .scala .swift .ts .tsx'.split(
    ' ',
  ),
);
const SECRET_KEYWORDS = [
  'api_key',
  'apikey',
  'access_key',
  'access_token',
  'auth_token',
  'client_secret',
  'password',
  'private_key',
  'secret',
  'token',
];
const PLACEHOLDERS = new Set([
  '',
  'changeme',
  'dummy',
  'example',
  'fake',
  'none',
  'null',
  'placeholder',
  'test',
  'todo',
  'xxx',
  'xxxx',
  'your-api-key',
  'your_api_key',
  'your-key',
  'your-secret',
  'your-token',
]);
const NON_SECRET = new Set(['true', 'false', 'yes', 'no', 'on', 'off']);

export const PEM_HEADER = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/;
export const PEM_END = /-----END [A-Z ]{0,40}PRIVATE KEY-----/;
/**
 * A literal assigned to a secret-named key: a run of key characters holding one of these words,
 * then `:` or `=`, then the value. Found by one linear pass over the runs of key characters (no
 * regular expression spans a run), so the cost is linear in the line length whatever it holds.
 */
export const KEYWORD =
  /api[_-]?key|access[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|password|private[_-]?key|secret|token/i;
/** The value after the separator, matched where it starts (sticky): bounded in length. */
export const VALUE = /"[^"]{0,512}"|'[^']{0,512}'|[^"',\s#}]{1,512}/y;
/** The longest key considered (the old pattern's prefix and suffix around the word). */
const MAX_KEY = 160;
/** The same as one pattern, for reference and for the linearity test: every repetition bounded. */
export const ASSIGNMENT = new RegExp(
  `(?<key>[A-Z0-9_.-]{0,64}(?:${KEYWORD.source})[A-Z0-9_.-]{0,64})[ \\t]{0,16}[:=][ \\t]{0,16}(?<value>${VALUE.source})`,
  'gi',
);

function isKeyChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45
  );
}

/** Every `key = value` on a line whose key holds a secret word. */
export function assignments(line: string): { index: number; key: string; value: string }[] {
  const out: { index: number; key: string; value: string }[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    if (!isKeyChar(line.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isKeyChar(line.charCodeAt(j))) j++;
    const key = line.slice(i, j);
    if (j - i <= MAX_KEY && KEYWORD.test(key)) {
      let k = j;
      for (let s = 0; s < 16 && (line[k] === ' ' || line[k] === '\t'); s++) k++;
      if (line[k] === ':' || line[k] === '=') {
        k++;
        for (let s = 0; s < 16 && (line[k] === ' ' || line[k] === '\t'); s++) k++;
        VALUE.lastIndex = k;
        const m = VALUE.exec(line);
        if (m) {
          out.push({ index: i, key, value: m[0] });
          i = k + m[0].length;
          continue;
        }
      }
    }
    i = j;
  }
  return out;
}
const ASSIGNMENT_LITERALS = ['key', 'token', 'secret', 'password'];
/** A version or a version constraint (`==0.13.0`, `^0.8`, `>=1.2,<2`): never key material. */
export const VERSION_LIKE =
  /^(?:===|[=<>!~^]=?)?[ \t]{0,4}v?\d{1,16}(?:\.\d{1,16}){1,8}(?:\.\*)?(?:(?:a|b|rc|dev|post)\d{0,8})?(?:[ \t]{0,4},[ \t]{0,4}[=<>!~]=?[ \t]{0,4}\d{1,16}(?:\.\d{1,16}){0,8}(?:\.\*)?){0,8}$/i;

export async function secretRules(ctx: CheckContext): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const file of ctx.access.files) {
    if (
      file.path
        .split('/')
        .slice(0, -1)
        .some((d) => SKIPPED_DIRS.has(d))
    )
      continue;
    if (file.size > MAX_TEXT_BYTES) {
      out.push(
        finding('DPR514', `${file.path} is larger than 1 MiB: the marketplace does not scan it for secrets`, {
          file: file.path,
          fix: 'Make sure it holds no credential; a reviewer may ask what it is.',
        }),
      );
      continue;
    }
    if (BINARY_SUFFIXES.has(pySuffix(file.path))) continue;
    const bytes = await ctx.bytes(file.path);
    if (!bytes || bytes.subarray(0, 4096).includes(0)) continue;
    const text = await ctx.text(file.path);
    if (text !== undefined) out.push(...scanText(file.path, text));
  }
  return out;
}

/** Scan one text file; exported for tests. */
export function scanText(file: string, text: string): Finding[] {
  const out: Finding[] = [];
  const code = CODE_SUFFIXES.has(pySuffix(file));
  const lines = splitLines(text);
  const offsets = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) offsets.push(m.index + m[0].length);
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const pem = line.includes('PRIVATE KEY') ? PEM_HEADER.exec(line.slice(0, MAX_SCANNED_LINE)) : null;
    if (pem) out.push(pemFinding(file, text, offsets[i]! + pem.index, lineNo, pem.index + 1));
    const hits = vendorHits(line);
    for (const hit of hits) {
      if (hit.placeholder) {
        out.push(
          finding(
            'DPR515',
            `${hit.masked} has the shape of ${hit.what} but is a placeholder; the marketplace toolkit blocks the package on the shape alone (a false positive)`,
            {
              file,
              line: lineNo,
              column: hit.column,
              fix: 'Write the placeholder without the vendor prefix (e.g. <your-slack-token>), or explain it in the PR’s reviewer notes.',
            },
          ),
        );
        continue;
      }
      out.push(
        finding('DPR510', `this line holds ${hit.what} (${hit.masked}): the marketplace blocks the package`, {
          file,
          line: lineNo,
          column: hit.column,
          fix: 'Remove it, revoke it (it is published once packaged), and read credentials from the provider settings at run time.',
        }),
      );
    }
    const vendor = hits.length > 0;
    if (vendor) return; // as the toolkit: a vendor-shaped token is not reported twice
    const lowered = line.toLowerCase();
    if (!ASSIGNMENT_LITERALS.some((l) => lowered.includes(l))) return;
    for (const a of assignments(line)) {
      const f = assignmentFinding(file, line, lineNo, a.index, a.key, a.value, code);
      if (f) out.push(f);
    }
  });
  return out;
}

function assignmentFinding(
  file: string,
  line: string,
  lineNo: number,
  index: number,
  key: string,
  value: string,
  code: boolean,
): Finding | undefined {
  const lowered = key.toLowerCase();
  if (!SECRET_KEYWORDS.some((k) => lowered.includes(k))) return undefined;
  const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0];
  const cleaned = clean(value);
  if (!cleaned || isPlaceholder(cleaned)) return undefined;
  if (/^-?\d+(?:\.\d+)?$/.test(cleaned) || NON_SECRET.has(cleaned.toLowerCase())) return undefined;
  if (code && !quoted) return undefined; // an expression reading a credential, not a literal
  // Better than the toolkit: `tiktoken==0.13.0` (value "=0.13.0") and `tiktoken = "^0.8"` are version
  // constraints of a package whose name contains "token", never secrets (§A.24 3).
  if (value.startsWith('=') || VERSION_LIKE.test(cleaned)) return undefined;
  const at = { file, line: lineNo, column: index + 1 };
  const inUrl = /[?&;]$/.test(line.slice(0, index)) && line.slice(0, index).includes('://');
  if (looksLikeSecret(cleaned)) {
    if (inUrl) {
      // §A.24 2: `…?sourceToken=<hex>` inside a URL in a data file is a link, not an assignment.
      return finding(
        'DPR515',
        `the URL query parameter \`${key}\` looks like a secret to the marketplace toolkit, which blocks the package; it is part of a URL, not an assignment (a known toolkit false positive)`,
        {
          ...at,
          fix: 'If the URL carries no credential, say so in the PR’s reviewer notes; if it does, remove the parameter and revoke the token.',
        },
      );
    }
    return finding(
      'DPR512',
      `a literal with the entropy of a key is assigned to \`${key}\` (${mask(cleaned)}): the marketplace blocks the package`,
      {
        ...at,
        fix: 'Remove the literal, revoke it if it is real, and read the value from the provider’s credentials at run time.',
      },
    );
  }
  if (inUrl) return undefined;
  return finding(
    'DPR513',
    `\`${key}\` is given a literal value; a marketplace reviewer checks that it is not a secret`,
    {
      ...at,
      fix: 'Leave the value empty or use a placeholder such as <your-api-key> in templates and examples.',
    },
  );
}

/**
 * A PEM header is an error when key material follows it: a base64 body and the END line (in a file,
 * or in a string with `\n` escapes). A header alone is text about keys (§A.24 1): the toolkit blocks
 * it anyway, so it is a warning that names the false positive.
 */
function pemFinding(file: string, text: string, offset: number, line: number, column: number): Finding {
  const after = text.slice(offset, offset + 16384);
  const end = PEM_END.exec(after);
  const body = end
    ? after
        .slice(after.indexOf('-----', 11) + 5, end.index)
        .replace(/\\[nr]/g, '\n')
        .replace(/^(?:Proc-Type|DEK-Info):.*$/gm, '')
        .replace(/["'+\\\s]/g, '')
    : '';
  const base64 = body.replace(/[^A-Za-z0-9+/=]/g, '').length;
  const isKey = base64 >= 64 && base64 >= body.length * 0.95;
  if (isKey) {
    return finding(
      'DPR511',
      `this file holds a PEM private key (header, key body and END line): the marketplace blocks the package`,
      {
        file,
        line,
        column,
        fix: 'Remove the key, replace it (it is published once packaged), and load keys from credentials at run time.',
      },
    );
  }
  return finding(
    'DPR515',
    `a PEM private key header with no key after it; the marketplace toolkit blocks the package on the header alone (a known false positive)`,
    {
      file,
      line,
      column,
      fix: 'Build the marker at run time (e.g. "-----BEGIN " + "PRIVATE KEY-----") or explain it in the PR’s reviewer notes.',
    },
  );
}

function clean(value: string): string {
  return value.trim().replace(/^["']+|["']+$/g, '');
}

function isPlaceholder(value: string): boolean {
  const lowered = value.trim().toLowerCase();
  if (PLACEHOLDERS.has(lowered)) return true;
  if (lowered.startsWith('<') && lowered.endsWith('>')) return true;
  if (lowered.startsWith('${')) return true;
  if (lowered.includes('your') && ['key', 'secret', 'token', 'password'].some((w) => lowered.includes(w)))
    return true;
  return /^[x*_-]*$/.test(lowered);
}

/** Shape and entropy of key material: 12+ characters, hex at 3.0 bits/char or base64-ish at 4.5. */
export function looksLikeSecret(value: string): boolean {
  if (value.length < 12) return false;
  if (/^https?:\/\//.test(value) || /^(?:\.\/|\.\.\/|\/)/.test(value)) return false;
  if (/^[0-9a-fA-F]+$/.test(value)) return entropy(value) >= 3.0;
  if (/^[A-Za-z0-9+/=_.-]+$/.test(value)) return entropy(value) >= 4.5;
  return false;
}
