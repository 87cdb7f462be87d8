// Go's filepath.Match on '/' paths, as the daemon matches model globs.
/**
 * Go's `filepath.Match` on `/` paths: `*` and `?` never cross `/`, `[...]` classes with `^`/`!`
 * negation and ranges, `\\` escapes. The pattern must match the whole path.
 */
export function goMatch(pattern: string, name: string): boolean {
  return compileGlob(pattern).test(name);
}

const globCache = new Map<string, RegExp>();

function compileGlob(pattern: string): RegExp {
  let re = globCache.get(pattern);
  if (re) return re;
  let out = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) out += escapeRegex(pattern[++i]!);
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) {
        out += '(?!)'; // Go reports ErrBadPattern: it matches nothing
        break;
      }
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith('^') || body.startsWith('!');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/\\/g, '\\\\').replace(/]/g, '\\]')}]`;
      i = end;
    } else out += escapeRegex(c);
  }
  re = new RegExp(`${out}$`, 'u');
  globCache.set(pattern, re);
  return re;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
