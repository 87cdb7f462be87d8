// The reader's refusals: BadPackageError and its kinds, and the messages for a file that is not a
// zip, is unsafe to read (names, symlinks, bombs) or is damaged.
import { CheckFailedError, errorMessage } from '../core/errors.js';

/** What is wrong with a package, for callers that answer as another tool would (the embedded daemon). */
export type BadPackageKind =
  | 'not-zip'
  | 'too-large'
  | 'unsafe-name'
  | 'unsafe'
  | 'bomb'
  | 'damaged'
  | 'no-manifest';

/** The package is not a zip, is damaged, or is unsafe to read: exit 1 with the reason. */
export class BadPackageError extends CheckFailedError {
  constructor(
    message: string,
    fix?: string,
    /** The kind of problem, and the entry it is in when there is one. */
    readonly reason: { kind: BadPackageKind; entry?: string } = { kind: 'damaged' },
  ) {
    super(message, fix);
  }
}

export function notZip(file: string, error: unknown): BadPackageError {
  return new BadPackageError(
    `${file} is not a valid .difypkg (zip): ${errorMessage(error)}`,
    'Rebuild it with `dify-plugin-release package`; a truncated download or a renamed file causes this.',
    { kind: 'not-zip' },
  );
}

export function unsafe(
  file: string,
  why: string,
  fix?: string,
  reason: BadPackageError['reason'] = { kind: 'unsafe' },
): BadPackageError {
  return new BadPackageError(
    `unsafe package ${file}: ${why}`,
    fix ?? 'Do not install it; rebuild it from source with `dify-plugin-release package`.',
    reason,
  );
}

export function damaged(file: string, error: unknown, entry?: string): BadPackageError {
  const why = errorMessage(error);
  if (/too many bytes/i.test(why) && entry) {
    return unsafe(
      file,
      `the entry ${entry} inflates to more bytes than it declares (a zip bomb): ${why}`,
      undefined,
      {
        kind: 'bomb',
        entry,
      },
    );
  }
  if (/not enough bytes|unexpected end/i.test(why) && entry) {
    return new BadPackageError(
      `${file} is corrupt or truncated (entry ${entry}): its data ends before its declared size (${why})`,
      'Rebuild or download it again; the file is truncated or corrupt.',
      { kind: 'damaged', entry },
    );
  }
  return new BadPackageError(
    `${file} is damaged${entry ? ` (entry ${entry})` : ''}: ${why}`,
    'Rebuild or download it again; the file is truncated or corrupt.',
    { kind: 'damaged', ...(entry ? { entry } : {}) },
  );
}
