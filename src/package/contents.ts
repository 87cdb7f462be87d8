/**
 * The small files of a selection, read once before anything looks at them: validation, the compile
 * check and the zip writer then see the very same bytes (what is checked is what is packaged, even
 * if a file changes meanwhile), and no file is opened three times. Larger files, and any file that
 * cannot be read here, are read by each as before (the writer reports what it cannot read).
 */
import { readRegularFile } from '../io/read.js';
import type { SelectedFile } from '../selection/select.js';

/** Files up to this size are read ahead, up to {@link READ_AHEAD_TOTAL} bytes in all. */
const READ_AHEAD_FILE = 1024 * 1024;
const READ_AHEAD_TOTAL = 32 * 1024 * 1024;

export function readSmallFiles(files: readonly SelectedFile[], boundary: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let total = 0;
  for (const f of files) {
    if (f.size > READ_AHEAD_FILE || total + f.size > READ_AHEAD_TOTAL) continue;
    try {
      const bytes = readRegularFile(f.source, { maxBytes: READ_AHEAD_FILE, root: boundary, label: f.path });
      out.set(f.path, bytes);
      total += bytes.length;
    } catch {
      // Read again, and reported, where it is used.
    }
  }
  return out;
}
