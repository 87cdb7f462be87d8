import type { ErrorObject } from 'ajv';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { escapePointer, getAt, pointerToPath } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { MAX_REPEATED, moreFinding } from './cap-findings.js';
import { duplicateKeys } from './duplicate-keys.js';
import { localeRules } from './rules/locale-rules.js';
import { toFinding } from './schema-findings.js';
import { type SchemaId, validateWithSlots } from './schemas.js';
import { unquotedScalars } from './unquoted-scalars.js';

/**
 * Validate a parsed YAML file against one of our JSON Schemas and turn every violation into a
 * finding at the exact line and column, graded and coded by the schema's `x-dpr-*` annotations.
 */

export async function checkSchema(file: YamlFile, id: SchemaId): Promise<Finding[]> {
  const data = file.goValue();
  const { errors, slots } = await validateWithSlots(id, data, file.value);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const misplaced = misplacedInI18n(file, slots.i18n);
  findings.push(...misplaced.findings);
  // A schema rule broken once per item of a huge list (60,000 unknown tags): converted for the
  // first items only, the rest counted (see cap-findings.ts), as making each finding is the cost.
  const perRule = new Map<string, { n: number; last?: Finding; skipped: number }>();
  for (const error of errors) {
    if (misplaced.covers(error)) continue;
    const rule = perRule.get(error.schemaPath) ?? { n: 0, skipped: 0 };
    perRule.set(error.schemaPath, rule);
    if (rule.n >= MAX_REPEATED && rule.last) {
      rule.skipped++;
      continue;
    }
    const f = toFinding(file, error, id);
    if (!f) continue;
    const key = `${f.code}|${f.line}|${f.column}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
    rule.n++;
    rule.last = f;
  }
  for (const rule of perRule.values())
    if (rule.skipped > 0 && rule.last) findings.push(moreFinding(rule.last, rule.skipped));
  findings.push(...unquotedScalars(file, slots.strings));
  findings.push(...localeRules(file, slots.i18n));
  findings.push(...duplicateKeys(file, id));
  return findings;
}

/**
 * A mapping or a list where a locale string belongs (`help: {text: {en_US: …}}`, or `placeholder:`
 * indented under `label:`). Go's yaml.v3 and pydantic ignore unknown keys of an i18n object, so this
 * is no type error: one warning says what Dify will show instead, and the schema's complaint about
 * the misplaced key is folded in (a missing `en_US` stays what the layer reading it makes of it).
 */
function misplacedInI18n(
  file: YamlFile,
  i18n: ReadonlyMap<string, unknown>,
): { findings: Finding[]; covers: (error: ErrorObject) => boolean } {
  const findings: Finding[] = [];
  const covered = new Set<string>();
  for (const pointer of i18n.keys()) {
    const value = getAt(file.value, pointer);
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const entries = Object.entries(value as Record<string, unknown>);
    const nested = entries.filter(([, v]) => v !== null && typeof v === 'object');
    if (nested.length === 0) continue;
    const keys = nested.map(([k]) => k);
    for (const k of keys) covered.add(`${pointer}/${escapePointer(k)}`);
    const en = (value as Record<string, unknown>).en_US;
    const shown =
      typeof en === 'string' && en !== ''
        ? `shows "${en.length > 60 ? `${en.slice(0, 57)}...` : en}"`
        : 'shows no text here (nothing is left in it)';
    const where = pointerToPath(pointer);
    const names = keys.map((k) => `\`${k}:\``).join(', ');
    findings.push(
      finding(
        'DPR106',
        `${where} holds ${names} (${nested.length === 1 ? 'a mapping' : 'mappings'}) where only locale strings belong: the daemon and the SDK ignore ${nested.length === 1 ? 'it' : 'them'}, and Dify ${shown}`,
        {
          ...file.locate(`${pointer}/${escapePointer(keys[0]!)}`, 'key'),
          fix: `Move ${names} out of ${where.split('.').pop()} (it is indented one level too deep, or wraps the locales in an extra key).`,
        },
      ),
    );
  }
  return {
    findings,
    covers(error) {
      const p = error.instancePath;
      for (const c of covered) if (p === c || p.startsWith(`${c}/`)) return true;
      if (error.keyword === 'additionalProperties') {
        const child = `${p}/${escapePointer(String((error.params as { additionalProperty?: string }).additionalProperty))}`;
        if (covered.has(child)) return true;
      }
      return false;
    },
  };
}
