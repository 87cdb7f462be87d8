/**
 * JSON pointers into a converted YAML document: escaping segments, reading a value by pointer, and
 * the dotted path users see in messages.
 */

export function escapePointer(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment; // nearly every key
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointer(segment: string): string {
  if (!segment.includes('~')) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `/meta/runner/version` → `meta.runner.version`, `/tools/0` → `tools[0]`: how users think of a field. */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '(document)';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const segment = unescapePointer(raw);
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** Read a value by JSON pointer from a converted document. */
export function getAt(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let current: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[unescapePointer(raw)];
  }
  return current;
}
