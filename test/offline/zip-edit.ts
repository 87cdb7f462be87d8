import { renameSync } from 'node:fs';
import { openPackage } from '../../src/zip/reader.js';
import { ZipWriter } from '../../src/zip/writer.js';

/** Rewrite a package with entries changed (`edit` returns undefined to drop one), keeping its comment: a tampered copy in place. */
export async function rewriteEntries(
  file: string,
  edit: (name: string, data: Buffer) => Buffer | undefined,
): Promise<void> {
  const pkg = await openPackage(file, { maxUncompressed: 1 << 30 });
  const temp = `${file}.edit`;
  const w = await ZipWriter.create(temp);
  for (const e of pkg.entries) {
    const data = edit(e.name, await pkg.read(e.name));
    if (data) await w.addBuffer(e.name, data);
  }
  await w.finish(pkg.comment);
  await pkg.close();
  renameSync(temp, file);
}

/** Change one entry's bytes. */
export function rewriteEntry(file: string, name: string, change: (data: Buffer) => Buffer): Promise<void> {
  return rewriteEntries(file, (n, data) => (n === name ? change(data) : data));
}
