/**
 * How the slow path (slow-read.ts) calls the `yaml` package: its parse options, the lenient re-reading of text it
 * refuses but Dify's parsers accept, and the first line of its error messages.
 */

import { type Document, parseDocument } from 'yaml';
import { reindentQuoted } from './lenient.js';

/** Positions come from the offsets (`YamlFile` keeps its own line index), not a line counter. */
export const PARSE_OPTIONS = {
  uniqueKeys: false,
  merge: true,
  schema: 'core',
  prettyErrors: false,
  strict: false,
} as const;

/** A reading of text the `yaml` package refuses but Dify's parsers accept (see lenient.ts). */
export function portableReading(
  text: string,
  doc: Document.Parsed,
): { reindented: NonNullable<ReturnType<typeof reindentQuoted>>; parsed: Document.Parsed } | undefined {
  const first = doc.errors[0]!;
  if (first.code !== 'MISSING_CHAR' || !/quote/i.test(first.message)) return undefined;
  const reindented = reindentQuoted(text);
  if (!reindented) return undefined;
  try {
    const parsed = parseDocument(reindented.text, PARSE_OPTIONS);
    return parsed.errors.length === 0 ? { reindented, parsed } : undefined;
  } catch {
    return undefined;
  }
}

export function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
