/**
 * YAML that Go's yaml.v3 and PyYAML both read but the `yaml` package refuses. Both of Dify's readers
 * (libyaml's scanner, ported) ignore indentation inside a quoted scalar: a multi-line double-quoted
 * value whose continuation lines sit at the key's own indentation is read as one string. YAML 1.2
 * wants them indented deeper, and the `yaml` package ends the scalar there ("Missing closing quote").
 *
 * `reindentQuoted` rewrites only those continuation lines, one space deeper than the key: inside a
 * quoted scalar, leading white space of a continuation line is folded away, so the value read from
 * the rewritten text is the one Dify reads. `mapOffset` turns offsets in the rewritten text back
 * into offsets of the original, so positions stay true.
 */
export interface Reindented {
  text: string;
  /** Offset in `text` → offset in the original. */
  mapOffset(offset: number): number;
  /** 1-based lines of the original whose indentation was too shallow. */
  lines: number[];
}

const OPENING = /^( *)((?:- +)*)(?:(?:[^\s#"'{[][^#]*?|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'):[ \t]+)?(["'])/;
const BLOCK_SCALAR = /:[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$/;

export function reindentQuoted(text: string): Reindented | undefined {
  const lines = text.split('\n');
  const inserts: { at: number; count: number }[] = []; // at: original offset of the line start
  const shallow: number[] = [];
  let offset = 0;
  let open: { quote: string; indent: number } | undefined;
  let blockIndent = -1; // inside a block scalar whose key sits at this indentation
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const start = offset;
    offset += line.length + 1;
    const indent = /^ */.exec(line)![0].length; // tabs are not indentation to a YAML 1.2 parser
    if (open) {
      let fixed = line;
      if (line.trim() !== '' && indent <= open.indent) {
        const count = open.indent + 1 - indent;
        inserts.push({ at: start, count });
        shallow.push(i + 1);
        fixed = ' '.repeat(count) + line;
      }
      out.push(fixed);
      if (closes(line, 0, open.quote)) open = undefined;
      continue;
    }
    out.push(line);
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (line.trimStart().startsWith('#')) continue;
    if (BLOCK_SCALAR.test(line)) {
      blockIndent = indent;
      continue;
    }
    const m = OPENING.exec(line);
    if (!m) continue;
    const quote = m[3]!;
    if (closes(line, m[0].length, quote)) continue;
    open = { quote, indent: m[1]!.length + (m[2] ? m[2].length - 2 : 0) };
  }
  if (inserts.length === 0) return undefined;
  return {
    text: out.join('\n'),
    lines: shallow,
    mapOffset(n: number): number {
      let shift = 0;
      for (const { at, count } of inserts) {
        const from = at + shift; // where the insertion sits in the rewritten text
        if (n < from) break;
        if (n < from + count) return at; // inside the added spaces: the line start
        shift += count;
      }
      return n - shift;
    },
  };
}

/** Whether a quoted scalar opened before `from` closes on this line (escapes and `''` respected). */
function closes(line: string, from: number, quote: string): boolean {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && line[i + 1] === "'") {
        i++;
        continue;
      }
      return true;
    }
  }
  return false;
}
