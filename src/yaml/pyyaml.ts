/**
 * How PyYAML (YAML 1.1, `yaml.safe_load`, which the Dify SDK uses at plugin start-up) reads a plain
 * scalar. It differs from YAML 1.2 and from Go's yaml.v3: `on`/`no` are booleans, `010` is octal,
 * `1_000` is an int, `1e3` (no dot) is a string, and `3.10` is the float 3.1.
 */
export type PyValue =
  | { type: 'str'; value: string }
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'NoneType' }
  | { type: 'datetime' };

const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const INT = /^[-+]?(?:0b[0-1_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;

export function pyyamlPlain(text: string): PyValue {
  if (BOOL.test(text)) return { type: 'bool', value: /^(?:yes|true|on)$/i.test(text) };
  if (NULL.test(text)) return { type: 'NoneType' };
  if (INT.test(text)) return { type: 'int', value: parseInt11(text) };
  if (FLOAT.test(text))
    return { type: 'float', value: Number(text.replace(/_/g, '').replace(/^([-+]?)\./, '$10.')) };
  if (TIMESTAMP.test(text)) return { type: 'datetime' };
  return { type: 'str', value: text };
}

function parseInt11(text: string): bigint {
  const t = text.replace(/_/g, '');
  const sign = t.startsWith('-') ? -1n : 1n;
  const body = t.replace(/^[-+]/, '');
  if (body.includes(':')) return sign * body.split(':').reduce((acc, part) => acc * 60n + BigInt(part), 0n);
  if (body.startsWith('0b')) return sign * BigInt(body);
  if (body.startsWith('0x')) return sign * BigInt(body);
  if (body.length > 1 && body.startsWith('0')) return sign * BigInt(`0o${body.slice(1)}`);
  return sign * BigInt(body);
}

/** Python's `str()` of the value (what the SDK makes of a non-string where it coerces). */
export function pythonStr(v: PyValue): string {
  switch (v.type) {
    case 'str':
      return v.value;
    case 'int':
      return v.value.toString();
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'NoneType':
      return 'None';
    case 'datetime':
      return '(a datetime)';
    case 'float': {
      if (Number.isNaN(v.value)) return 'nan';
      if (!Number.isFinite(v.value)) return v.value > 0 ? 'inf' : '-inf';
      const s = String(v.value);
      return /[.e]/.test(s) ? s : `${s}.0`;
    }
  }
}
