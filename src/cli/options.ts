import { InvalidArgumentError } from 'commander';

/** Option parsers shared by the CLI adapters (kept apart so no adapter loads a stage to parse flags). */

/** A comma-separated list option, repeatable. */
export function splitList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

export function parseMiB(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of MiB');
  return n;
}

/** A repeatable option: each use adds one value. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
