import { statSync } from 'node:fs';
import path from 'node:path';
import { CheckFailedError, DprError, errorMessage, UsageError } from '../core/errors.js';
import { withTempDir } from './temp.js';

/** Unpack a `.difypkg` into an empty directory. */
export type Unpack = (pkg: string, dir: string) => Promise<void>;

/** The package stage's safe zip reader, loaded only when `--packaged` is used. */
export const defaultUnpack: Unpack = async (pkg, dir) => {
  const { extractPackage } = await import('../zip/extract.js');
  await extractPackage(pkg, dir);
};

/** A package unpacked for the duration of a run. */
export interface Unpacked {
  /** Absolute path of the `.difypkg` (what `PLUGIN_FILE_PATH` names). */
  file: string;
  /** The temporary directory it was unpacked into. */
  dir: string;
}

/**
 * With `--packaged`: unpack the package into a temporary directory, run `body` there, and remove it
 * afterwards, whatever happens (Ctrl-C included). Without: just `body`.
 */
export async function withPackage<T>(
  packaged: string | undefined,
  cwd: string,
  deps: { unpack: Unpack; log: (message: string) => void },
  body: (pkg: Unpacked | undefined) => Promise<T>,
): Promise<T> {
  if (!packaged) return body(undefined);
  const file = path.resolve(cwd, packaged);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    // Reported below.
  }
  if (!isFile) {
    throw new UsageError(
      `--packaged ${packaged}: no such file`,
      'Build the package first (dify-plugin-release package PATH), then pass its path.',
    );
  }
  return withTempDir('dpr-packaged-', async (dir) => {
    deps.log(`Unpacking ${packaged} into ${dir}`);
    try {
      await deps.unpack(file, dir);
    } catch (error) {
      if (error instanceof DprError) throw error;
      throw new CheckFailedError(
        `cannot unpack ${packaged}: ${errorMessage(error)}`,
        'Rebuild the package with `dify-plugin-release package`.',
      );
    }
    return body({ file, dir });
  });
}
