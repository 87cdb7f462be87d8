/**
 * Reading a YAML file from bytes: the size cap and strict UTF-8 decoding, reported as findings,
 * before the text reaches `YamlFile`.
 */

import { finding } from '../core/codes.js';
import { LIMITS } from '../core/limits.js';
import { YamlFile } from './yaml-file.js';

/**
 * Read a YAML file from bytes, reporting invalid UTF-8 as a finding rather than garbling it. A file
 * over {@link LIMITS.maxYamlBytes} is not parsed at all (parsing keeps positions for every node:
 * about 50 bytes of memory per byte of YAML), whether it comes from a directory or a package.
 */
export function parseYamlBytes(path: string, bytes: Uint8Array): YamlFile {
  if (bytes.length > LIMITS.maxYamlBytes) {
    const file = new YamlFile(path, '');
    file.problems.push(
      finding(
        'DPR005',
        `${path} is ${bytes.length} bytes, over the ${LIMITS.maxYamlBytes} bytes this tool parses for a YAML file (the largest published declaration is 206 KB)`,
        {
          file: path,
          line: 1,
          column: 1,
          fix: 'Split or shorten the file: no Dify declaration comes near this size.',
        },
      ),
    );
    return file;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const file = new YamlFile(path, '');
    file.problems.push(
      finding('DPR004', `${path} is not valid UTF-8`, {
        file: path,
        line: 1,
        column: 1,
        fix: 'Save the file as UTF-8 (the daemon and the SDK read only UTF-8).',
      }),
    );
    return file;
  }
  return new YamlFile(path, text);
}
