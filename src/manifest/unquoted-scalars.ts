// DPR007: unquoted scalars that PyYAML (YAML 1.1) reads as something other than the string the daemon sees.
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { pointerToPath } from '../yaml/pointer.js';
import { pythonStr, pyyamlPlain } from '../yaml/pyyaml.js';
import type { YamlFile } from '../yaml/yaml-file.js';

/**
 * DPR007: the SDK re-reads the YAML with PyYAML (YAML 1.1) at start-up. `version: 3.10` is "3.10" to
 * the daemon but the float 3.1 to PyYAML; `en_US: No` is False. Reported only where our schema says
 * Python expects a string: strictly (pydantic refuses a non-string) or where the SDK applies str().
 */
export function unquotedScalars(file: YamlFile, strings: ReadonlyMap<string, true | 'coerce'>): Finding[] {
  const out: Finding[] = [];
  for (const [pointer, mode] of strings) {
    const text = file.plainText.get(pointer);
    if (text === undefined) continue;
    const py = pyyamlPlain(text);
    if (py.type === 'str' || py.type === 'NoneType') continue;
    const str = pythonStr(py);
    if (mode === 'coerce' && str === text) continue;
    const reading =
      mode === 'coerce' ? `the SDK turns it into "${str}"` : `the SDK expects a string and gets a ${py.type}`;
    out.push(
      finding(
        'DPR007',
        `${pointerToPath(pointer)}: unquoted ${text} is read by PyYAML as ${py.type} ${str}; ${reading}`,
        {
          ...file.locate(pointer),
          fix: `Quote it: "${text}".`,
        },
      ),
    );
  }
  return out;
}
