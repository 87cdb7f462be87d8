// Writing the package's zip: the files and generated entries streamed into a temporary file beside
// the target, scanned on the way for pasted private keys and vendor tokens, and who to blame on failure.
import { finding } from '../core/codes.js';
import { CheckFailedError, errorMessage } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { byteOrder } from '../core/paths.js';
import { vendorTokens } from '../core/secret-patterns.js';
import { discardTemp, outputFailure, tempPathFor } from '../io/files.js';
import { PrivateKeySniffer } from '../selection/file-rules.js';
import type { SelectedFile } from '../selection/select.js';
import { type PackItem, SourceReadError, writeItems } from '../zip/parallel-deflate.js';
import { type WrittenEntry, ZipWriter } from '../zip/writer.js';

/** Files scanned for pasted private keys (as the marketplace's secret scan, larger files skipped). */
const SNIFF_LIMIT = 1024 * 1024;

export interface Written {
  temp: string;
  size: number;
  sha256: string;
  entries: WrittenEntry[];
  /** Files found to hold a private key (DPR411). */
  leaks: Finding[];
  /** Delete the temporary file. */
  discard(): Promise<void>;
}

/** Write the zip to a temporary name beside `target`; the caller renames it or discards it. */
export async function writePackage(
  target: string,
  boundary: string,
  files: readonly SelectedFile[],
  generated: ReadonlyMap<string, Buffer>,
  /** Files already read (./contents.ts): written from these bytes. */
  preread: ReadonlyMap<string, Buffer>,
  allowed: (rel: string) => boolean,
  onProgress?: (label: string, done: number, total: number) => void,
): Promise<Written> {
  const leaks: Finding[] = [];
  /** Each sniffed file's bytes, scanned for vendor-shaped tokens once written (files are ≤ 1 MiB). */
  const contents = new Map<string, Buffer[]>();
  const sniff = (rel: string, size: number, data?: Buffer): PackItem['tap'] => {
    if (size > SNIFF_LIMIT || allowed(rel)) return undefined;
    const sniffer = new PrivateKeySniffer();
    let reported = false;
    // Bytes read ahead are kept as they are; the reader's chunks are copied (it reuses its buffers).
    const chunks: Buffer[] = data ? [data] : [];
    contents.set(rel, chunks);
    return (chunk) => {
      if (!data) chunks.push(Buffer.from(chunk));
      sniffer.push(chunk);
      if (sniffer.found && !reported) {
        reported = true;
        leaks.push(
          finding('DPR411', `${rel} contains a PEM private key; refusing to package it`, {
            file: rel,
            fix: `Remove the key from the file (load it from a credential at run time), or if it is a test fixture, allow it with --allow-file ${rel}.`,
          }),
        );
      }
    };
  };
  const items: PackItem[] = [
    ...files.map((f) => {
      const data = preread.get(f.path);
      // A file reached through a link is checked to still lead inside the repository.
      return {
        path: f.path,
        source: f.source,
        data,
        root: f.linked ? boundary : undefined,
        tap: sniff(f.path, f.size, data),
      };
    }),
    ...[...generated].map(([p, data]) => ({ path: p, data })),
  ].sort((a, b) => byteOrder(a.path, b.path));

  const temp = tempPathFor(target);
  const writer = await ZipWriter.create(temp);
  try {
    await writeItems(writer, items, onProgress).catch((error: unknown) => {
      throw writeFailure(error, target);
    });
    const done = await writer.finish().catch((error: unknown) => {
      throw writeFailure(error, target);
    });
    leaks.push(...tokenLeaks(contents));
    return {
      temp,
      ...done,
      leaks,
      discard: async () => discardTemp(temp),
    };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/**
 * High-confidence secrets inside packaged files: vendor-shaped tokens (not placeholders) in text
 * files, as `check` finds them (DPR510). A package is published: once in it, a token is leaked.
 */
function tokenLeaks(contents: ReadonlyMap<string, Buffer[]>): Finding[] {
  const out: Finding[] = [];
  for (const [rel, chunks] of contents) {
    const bytes = Buffer.concat(chunks);
    if (bytes.subarray(0, 4096).includes(0)) continue; // binary
    for (const t of vendorTokens(bytes.toString('utf8')).slice(0, 3)) {
      out.push(
        finding('DPR414', `${rel} holds ${t.what} (${t.masked}); refusing to package it`, {
          file: rel,
          line: t.line,
          column: t.column,
          fix: `Remove the token (revoke it if it is real) and read it from the provider's credentials at run time; if it is a fake for tests, allow the file with --allow-file ${rel}.`,
        }),
      );
    }
  }
  return out;
}

/**
 * Who is to blame when writing the zip fails: a file of the plugin that cannot be read is the
 * plugin's problem (exit 1); the output failing (ENOSPC, EACCES, EIO) is the environment's (exit 2).
 */
function writeFailure(error: unknown, target: string): unknown {
  if (error instanceof SourceReadError) {
    return new CheckFailedError(
      `a file cannot be read while packaging: ${errorMessage(error)}`,
      'Check that nothing else is changing the plugin while it is packaged.',
    );
  }
  return outputFailure(error, target, 'the package ');
}
