/**
 * One-line scalars for the fast reader (see fast.ts): where a plain key ends, double- and
 * single-quoted scalars, one-line flow sequences of plain scalars, and plain-scalar resolution by
 * the YAML 1.2 core schema.
 */

import { bail, type FastRead, PLAIN_START_BAD } from './fast-common.js';

/** Where a plain key ends: the `:` followed by a space or the end of the line. */
export function keyEnd(rest: string): number {
  if (rest[0] === '"' || rest[0] === "'") return -1;
  for (let k = 0; k < rest.length; k++) {
    if (rest[k] === ':' && (k + 1 === rest.length || rest[k + 1] === ' ')) return k;
    if (rest[k] === '#' && k > 0 && rest[k - 1] === ' ') return -1;
  }
  return -1;
}

export function isInlineKey(rest: string): boolean {
  if (
    rest[0] === '"' ||
    rest[0] === "'" ||
    rest[0] === '[' ||
    rest[0] === '{' ||
    rest[0] === '|' ||
    rest[0] === '>'
  )
    return false;
  return keyEnd(rest) !== -1;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

export function doubleQuoted(rest: string): { value: string; length: number } {
  let value = '';
  for (let k = 1; k < rest.length; k++) {
    const c = rest[k]!;
    if (c === '"') return { value, length: k + 1 };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const e = rest[++k];
    if (e === undefined) bail();
    if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = rest.slice(k + 1, k + 1 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) bail();
      value += String.fromCodePoint(Number.parseInt(hex, 16));
      k += n;
    } else if (e! in ESCAPES) value += ESCAPES[e!];
    else bail();
  }
  return bail();
}

export function singleQuoted(rest: string): { value: string; length: number } {
  let value = '';
  for (let k = 1; k < rest.length; k++) {
    const c = rest[k]!;
    if (c === "'") {
      if (rest[k + 1] === "'") {
        value += "'";
        k++;
        continue;
      }
      return { value, length: k + 1 };
    }
    value += c;
  }
  return bail();
}

/** A plain scalar by the YAML 1.2 core schema, as the `yaml` package resolves it. */
export function resolvePlain(raw: string): unknown {
  if (raw === '' || raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return null;
  if (raw === 'true' || raw === 'True' || raw === 'TRUE') return true;
  if (raw === 'false' || raw === 'False' || raw === 'FALSE') return false;
  const c = raw.charCodeAt(0);
  // Only text starting with a digit, a sign or a dot can be a number.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return raw;
  if (/^0o[0-7]+$/.test(raw)) return Number.parseInt(raw.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(raw)) return Number(raw);
  if (/^0x[0-9a-fA-F]+$/.test(raw)) return Number.parseInt(raw.slice(2), 16);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(raw)) return raw[0] === '-' ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(raw)) return Number.NaN;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(raw)) return Number(raw);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(raw)) return Number(raw);
  return raw;
}

export function flowSequence(
  out: FastRead,
  rest: string,
  start: number,
  pointer: string,
): { value: unknown[]; length: number } {
  const close = rest.indexOf(']');
  if (close === -1) bail();
  const body = rest.slice(1, close);
  if (/[[\]{}"'#]/.test(body)) bail();
  const items: unknown[] = [];
  if (body.trim() !== '') {
    let offset = 1;
    for (const part of body.split(',')) {
      const lead = part.length - part.trimStart().length;
      const raw = part.trim();
      if (raw === '' || PLAIN_START_BAD.test(raw) || /: |:$/.test(raw)) bail();
      const child = `${pointer}/${items.length}`;
      const s = start + offset + lead;
      const value = resolvePlain(raw);
      items.push(value);
      out.spans.set(child, { start: s, end: s + raw.length });
      out.plainText.set(child, raw);
      if (typeof value === 'number' || typeof value === 'boolean') out.plainNonStrings.set(child, raw);
      offset += part.length + 1;
    }
  }
  return { value: items, length: close + 1 };
}
