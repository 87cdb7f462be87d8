/**
 * Small formatting helpers the light commands (`keygen`, `verify`, `inspect`) share with the
 * packager. This module imports only `node:path`, so using it never loads the packager.
 */
import path from 'node:path';

/** A size for people: bytes, KiB or MiB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** A path as the user sees it: relative to the working directory when below it, else absolute. */
export function display(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/**
 * Whether a code unit is a control character (C0, DEL, C1), a line or paragraph separator or a
 * bidirectional override: a name from a stranger's package holding one could rewrite a terminal
 * line or forge a workflow command (`\n::error …`) when printed as is.
 */
function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

const NAMED: Record<number, string> = { 10: '\\n', 13: '\\r', 9: '\\t' };

/** `text` with every control character escaped (`\n`, `\x1b`, `\u202e`), for display only. */
export function escapeControl(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isUnsafe(code)) continue;
    out += text.slice(from, i);
    out +=
      NAMED[code] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
