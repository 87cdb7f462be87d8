/**
 * The fast reader's shared vocabulary (see fast.ts): what it yields, the line records it reads, the
 * plain-scalar start it refuses, and the bail-out that hands a text to the `yaml` package.
 */

export interface FastSpan {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
}

export interface FastRead {
  value: unknown;
  spans: Map<string, FastSpan>;
  plainText: Map<string, string>;
  plainNonStrings: Map<string, string>;
  duplicates: { parent: string; key: string; first: number; second: number }[];
}

export class Bail extends Error {}
export function bail(): never {
  throw new Bail();
}

export interface Line {
  start: number;
  /** Offset after the line's newline (or the text's end). */
  next: number;
  text: string;
  indent: number;
  /** Blank or a comment only. */
  empty: boolean;
}

export const PLAIN_START_BAD = /^[-?:,[\]{}#&*!|>'"%@`]/;
