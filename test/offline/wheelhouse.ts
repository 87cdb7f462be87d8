import { tempDir } from '../helpers/plugins.js';
import { fillWheelhouse } from './wheel-build.js';

export { ARM, buildWheel, PACKAGES, wheelsIn, X86 } from './wheel-build.js';

/** The full wheelhouse (see fillWheelhouse) in a temporary directory removed after the test file. */
export function wheelhouse(options: { arm?: boolean } = {}): string {
  return fillWheelhouse(tempDir('dpr-wheelhouse-'), options);
}

/** The distribution a wheel file name gives (the index serves each file under its project). */
export function parseWheelNameForTest(file: string): string {
  return file.split('-')[0] ?? '';
}
