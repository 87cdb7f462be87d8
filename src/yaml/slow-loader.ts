import { type SlowRead, slowRead } from './slow-read.js';

/**
 * The slow path, when a file needs it. From source it is an ordinary import; the bundles replace
 * this module (scripts/build.mjs) with one that `require`s a separate CommonJS build of slow-read.ts
 * and the `yaml` package the first time it is called: a third of a megabyte that most runs never
 * need, and a synchronous reader cannot wait for an `import()`.
 */
export function slowReader(): (text: string) => SlowRead {
  return slowRead;
}
