// Entry names, decoded and checked the way an extractor must before trusting them: valid UTF-8,
// relative, clean, without backslashes or `..`.
import { unsafe } from './bad-package.js';

/** Decode and check an entry name the way an extractor must before trusting it. */
export function entryName(file: string, raw: Buffer): string {
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw unsafe(file, `an entry name is not valid UTF-8 (${raw.toString('hex').slice(0, 40)}…)`, undefined, {
      kind: 'unsafe-name',
      entry: raw.toString('latin1'),
    });
  }
  const shown = JSON.stringify(name);
  const bad = { kind: 'unsafe-name' as const, entry: name };
  if (name === '' || name.includes('\0'))
    throw unsafe(file, `an entry has an empty or invalid name ${shown}`, undefined, bad);
  if (name.includes('\\'))
    throw unsafe(file, `the entry ${shown} has a backslash, a path separator on Windows`, undefined, bad);
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name))
    throw unsafe(file, `the entry ${shown} is an absolute path`, undefined, bad);
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.includes('..'))
    throw unsafe(file, `the entry ${shown} climbs out of the package with ".."`, undefined, bad);
  if (parts.some((p) => p === '' || p === '.'))
    throw unsafe(file, `the entry ${shown} is not a clean path`, undefined, bad);
  return name;
}
