/**
 * One escaping policy for text that comes from files, packages, servers and child processes (names,
 * messages, relayed output), applied by the renderers only — stages hand over raw text.
 *
 * - Control characters become visible escapes (`\n`, `\x1b`): a name holding a newline or an ANSI
 *   sequence cannot forge lines or colours. Tabs stay.
 * - Bidirectional overrides and isolates (U+202A–202E, U+2066–2069) and other invisible format
 *   characters that reorder or hide text become `\u{…}` escapes (Trojan Source).
 * - In the Actions log no line can act as a workflow command: the runner honours `::cmd::` after
 *   leading white space and the legacy `##[cmd]` anywhere in a line; both are broken with a
 *   zero-width space. Relayed output is also fenced with `::stop-commands::` (see actions.ts).
 * - In the job summary (Markdown + HTML) text is HTML-escaped and Markdown's active characters are
 *   written as character references, so a directory name cannot become a link, an image or a heading.
 */

/**
 * Whether a code unit is unsafe to print as is: a control character (C0 but tab, DEL, C1), a line or
 * paragraph separator, a directional mark, override or isolate, or another invisible character
 * that reorders or hides text.
 */
function isUnsafe(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const NAMED: Record<number, string> = { 10: '\\n', 13: '\\r' };

/** Text for any output: every unsafe character shown as an escape (`\n`, `\x1b`, `\u202e`). */
export function printable(text: string): string {
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

const ZWSP = '\u200b';

/**
 * A line for the Actions log: printable, and unable to act as a workflow command (`::` at the start
 * after any white space, `##[` anywhere).
 */
export function logLine(text: string): string {
  return neutralizeCommands(printable(text));
}

/** Break workflow-command syntax in an already printable line. */
export function neutralizeCommands(line: string): string {
  return line.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replace(/##\[/g, `#${ZWSP}#[`);
}

/**
 * Text for the job summary (Markdown with HTML): printable, and every character HTML or Markdown
 * gives a meaning to written as a numeric character reference, which both render as the character
 * itself — inside an HTML table cell (where a backslash escape would show) and in a Markdown line.
 */
export function summaryText(text: string): string {
  return printable(text).replace(/[&<>"'\\`*_[\]()!#|~:=+-]/g, (c) => `&#${c.charCodeAt(0)};`);
}
