import type { OptionDecl } from './declare.js';

/** Options several commands take with the same meaning, declared once. */

/** The daemon's uncompressed size limit, in MiB (`--max-size`). */
export function maxSizeOption(of = 'the package'): OptionDecl {
  return {
    key: 'maxSize',
    kind: 'number',
    value: 'MiB',
    min: 0,
    minExclusive: true,
    defaultText: '50, the daemon’s',
    description: `uncompressed size limit of ${of} in MiB`,
    config: 'package.max-size',
  };
}

/** Where a command writes what it makes (`-o`, action input `output-dir`). */
export function outputOption(description: string, config?: string): OptionDecl {
  return {
    key: 'output',
    kind: 'path',
    short: 'o',
    value: 'dir',
    input: 'output-dir',
    description,
    ...(config ? { config } : {}),
  };
}

/** Public keys to trust besides the official one (`--key FILE`, repeatable). */
export function publicKeysOption(description: string): OptionDecl {
  return {
    key: 'key',
    kind: 'list',
    value: 'file',
    input: 'key-file',
    description,
    config: 'verify.key-file',
  };
}
