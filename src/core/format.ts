/**
 * Small formatting helpers for sizes and paths, shared by presenters and stages. Escaping text for
 * output is the renderers' job (src/report/escape.ts), never done here.
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
