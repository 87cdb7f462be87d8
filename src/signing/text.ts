/** How signatures are named in messages and tables; kept light (no imports) for the presenters. */

/** The file signing adds to a package. */
export const VERIFICATION_FILE = '.verification.dify.json';

/** Why a package whose zip comment is empty counts as unsigned (as every package `package` writes). */
export const NOT_SIGNED = 'the package is not signed (its zip comment is empty)';

/** A key's fingerprint, shortened for people. */
export function short(fingerprint: string): string {
  return `SHA256:${fingerprint.slice(0, 16)}`;
}

/** A signature's authorized category as people should read it. */
export function categoryText(result: {
  category?: string;
  categorySource?: 'entry' | 'legacy-default';
}): string {
  if (result.category === undefined) return '-';
  if (result.categorySource === 'legacy-default') return `${result.category} (legacy default)`;
  return result.category === '' ? `none (${VERIFICATION_FILE} has no authorized_category)` : result.category;
}
