/**
 * Literal (`|`) and folded (`>`) block scalars for the fast reader (see fast.ts), with their
 * chomping, as the `yaml` package reads them; anything subtler bails to the slow path.
 */

import { bail, type FastRead, type Line } from './fast-common.js';

export function blockScalar(
  lines: readonly Line[],
  out: FastRead,
  i: number,
  col: number,
  pointer: string,
  indent: number,
): { value: string; end: number; endOffset: number } {
  const line = lines[i]!;
  const header = /^([|>])([-+]?)(\s+#.*)?\s*$/.exec(line.text.slice(col));
  if (!header) bail();
  const folded = header![1] === '>';
  const chomp = header![2];
  // Content: the lines indented deeper than the parent, and blank lines among them.
  let contentIndent = -1;
  let last = i; // last content line
  let j = i + 1;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.text.trim() === '') continue;
    if (l.indent <= indent) break;
    if (contentIndent === -1) contentIndent = l.indent;
    if (l.indent < contentIndent) bail();
    last = j;
  }
  if (contentIndent === -1) bail(); // empty block scalar: the slow path
  const body: string[] = [];
  for (let k = i + 1; k <= last; k++) {
    const l = lines[k]!;
    if (l.text.trim() === '') {
      if (l.text.length > contentIndent) bail(); // spaces beyond the indentation are content
      body.push('');
    } else body.push(l.text.slice(contentIndent));
  }
  // Blank lines after the last content line belong to the scalar only for keep chomping.
  let trailing = 0;
  for (let k = last + 1; k < j; k++) {
    if (lines[k]!.text.length > contentIndent) bail();
    trailing++;
  }
  if (
    j < lines.length &&
    lines[j]!.text.trim() !== '' &&
    lines[j]!.text.trimStart()[0] === '#' &&
    lines[j]!.indent > indent
  )
    bail();
  let value: string;
  if (folded) {
    if (body.some((b) => b.startsWith(' '))) bail(); // more-indented lines keep their breaks
    value = '';
    let breaks = 0;
    for (const [k, b] of body.entries()) {
      if (b === '') {
        breaks++;
        continue;
      }
      if (k > 0) value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
      else if (breaks > 0) value += '\n'.repeat(breaks);
      breaks = 0;
      value += b;
    }
  } else value = body.join('\n');
  const endsWithContent = lines[last]!.next > lines[last]!.start + lines[last]!.text.length;
  if (chomp === '-') {
    // strip
  } else if (chomp === '+') {
    if (trailing > 0 && j >= lines.length) bail();
    value += endsWithContent ? `\n${'\n'.repeat(trailing)}` : '';
  } else if (endsWithContent) value += '\n';
  const start = line.start + col;
  const end = chomp === '+' ? lines[last + trailing]!.next : lines[last]!.next;
  out.spans.set(pointer, { start, end });
  return { value, end: last + 1, endOffset: end };
}
