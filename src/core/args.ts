/** Split pytest arguments on spaces, keeping quoted parts together: `-k "a and b"` → `-k`, `a and b`. */
export function splitArgs(value: string): string[] {
  return [...value.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}
