import { existsSync } from 'node:fs';
import path from 'node:path';

/** The steering repository's shared data, next to a developer checkout; absent in a user's clone. */
export const SHARED = process.env.DPR_SHARED
  ? path.resolve(process.env.DPR_SHARED)
  : path.resolve(__dirname, '../../../shared');
export const CORPUS = path.join(SHARED, 'corpus/official');
/** The whole official repository (262 plugins) in its own `<category>/<name>/` layout. */
export const OFFICIAL_REPO = path.join(SHARED, 'corpus/dify-official-plugins');
/** The signing vectors, vendored (test/fixtures/vectors/README.md): present in every clone. */
export const VECTORS = path.resolve(__dirname, '../fixtures/vectors');

export const hasCorpus = existsSync(CORPUS);
export const hasOfficialRepo = existsSync(OFFICIAL_REPO);

/** Why a shared-data test is skipped, for the test name. */
export function skipNote(what: string, present: boolean): string {
  return present ? '' : ` (skipped: ${what} not present; it lives in ../shared next to a developer checkout)`;
}
