/**
 * Small pure helpers the command declarations use to present diagnostics (light: no I/O, no
 * imports beyond core), so a declaration may import them statically.
 */

/** `3 h 12 min`, `4 min`, `12 s`: an idle time for people. */
export function idleText(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** A text cut to `max` characters for a table cell (the full text stays in the findings and JSON). */
export function cell(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
