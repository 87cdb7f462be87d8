/**
 * `.dify-release.yml`: found at the repository root (or given with --config), read with the safe
 * reader, parsed with positions, validated against schemas/dify-release.schema.json. Unknown keys and
 * bad values are findings with file and line, like any other YAML we read.
 */
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { codes, finding } from '../core/codes.js';
import { canonicalCode, nearestCode } from '../core/explain.js';
import type { Finding } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { closest } from '../core/nearest.js';
import { FileReadError, readRegularFile } from '../io/read.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import { escapePointer, getAt, pointerToPath } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { emptyConfig } from './empty.js';
import { findConfigFile } from './find.js';
import type { ConfigValue, EnvironmentConfig, PluginOverride, ReleaseConfig } from './types.js';
import { configValidator } from './validator.js';

export { CONFIG_NAMES } from './find.js';

export { emptyConfig };

export interface LoadedConfig {
  config: ReleaseConfig;
  findings: Finding[];
}

/**
 * Load the configuration: `explicit` (a path, relative to cwd) or the file at the repository root.
 * A missing explicit file is a usage error; a missing default file is an empty configuration.
 */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const file = findConfigFile(cwd, explicit);
  if (!file) return { config: emptyConfig(cwd), findings: [] };
  const shown = path.relative(cwd, file).split(path.sep).join('/') || path.basename(file);
  const root = path.dirname(file);
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, { maxBytes: LIMITS.maxTextBytes });
  } catch (error) {
    const why = error instanceof FileReadError ? error.message : String(error);
    return { config: emptyConfig(root), findings: [finding('DPR901', why, { file: shown })] };
  }
  const yaml = parseYamlBytes(shown, bytes);
  if (yaml.problems.length > 0) {
    return {
      config: { ...emptyConfig(root), file },
      findings: yaml.problems.map((p) => ({ ...p, code: 'DPR902', category: 'config' })),
    };
  }
  const findings = [
    ...schemaFindings(yaml),
    ...duplicateFindings(yaml),
    ...codeFindings(yaml),
    ...secretFindings(yaml),
  ];
  return { config: toConfig(yaml, file, root), findings };
}

let validator: ValidateFunction | undefined;

function schemaFindings(yaml: YamlFile): Finding[] {
  const data = yaml.value ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return [
      finding('DPR904', 'the configuration must be a mapping of keys to values', {
        ...yaml.locate(''),
      }),
    ];
  }
  validator ??= configValidator();
  validator(data);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const e of validator.errors ?? []) {
    const f = toFinding(yaml, e);
    if (!f) continue;
    const key = `${f.code}:${f.line}:${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function toFinding(yaml: YamlFile, e: ErrorObject): Finding | undefined {
  const where = pointerToPath(e.instancePath) || 'the top level';
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const parent =
        (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
      const guess = closest(key, Object.keys(parent));
      return finding('DPR903', `unknown key "${key}" in ${where}; it is ignored`, {
        ...yaml.locate(`${e.instancePath}/${escapePointer(key)}`, 'key'),
        fix: guess ? `Did you mean "${guess}"?` : `Known keys here: ${Object.keys(parent).join(', ')}.`,
      });
    }
    case 'anyOf':
    case 'if':
      return undefined;
    case 'enum':
      return finding(
        'DPR904',
        `${where} is ${show(getAt(yaml.value, e.instancePath))}; it must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
        {
          ...yaml.locate(e.instancePath),
        },
      );
    case 'pattern':
      if (/[Dd]\]\[[Pp]\]\[[Rr]\]/.test(String(params.pattern))) return undefined; // codes: codeFindings says more
      return finding(
        'DPR904',
        `${where} is ${show(getAt(yaml.value, e.instancePath))}, which is not valid here (${patternText(String(params.pattern))})`,
        {
          ...yaml.locate(e.instancePath),
        },
      );
    default:
      return finding(
        'DPR904',
        `${where} ${e.message ?? 'is not valid'} (it is ${show(getAt(yaml.value, e.instancePath))})`,
        {
          ...yaml.locate(e.instancePath),
        },
      );
  }
}

function patternText(pattern: string): string {
  if (pattern === '^[A-Za-z_][A-Za-z0-9_]*$') return 'an environment variable name: letters, digits and _';
  if (pattern === '^https?://') return 'an http:// or https:// URL';
  return `it must match ${pattern}`;
}

function show(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}

function duplicateFindings(yaml: YamlFile): Finding[] {
  return yaml.duplicates.map((d) =>
    finding(
      'DPR906',
      `"${d.key}" is written twice in ${pointerToPath(d.parent) || 'the top level'}; the second one wins`,
      {
        ...d.second,
        file: yaml.path,
      },
    ),
  );
}

/** Every code in an `ignore` list must exist: a typo would silently ignore nothing. */
function codeFindings(yaml: YamlFile): Finding[] {
  const out: Finding[] = [];
  const lists: string[] = ['/ignore'];
  const overrides = getAt(yaml.value, '/overrides');
  if (overrides && typeof overrides === 'object') {
    for (const k of Object.keys(overrides)) lists.push(`/overrides/${escapePointer(k)}/ignore`);
  }
  for (const pointer of lists) {
    const list = getAt(yaml.value, pointer);
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const code = canonicalCode(String(item));
      if (code in codes()) return;
      const near = nearestCode(code);
      out.push(
        finding('DPR905', `"${String(item)}" is not a finding code`, {
          ...yaml.locate(`${pointer}/${i}`),
          fix: near ? `Did you mean ${near}?` : 'List the codes with `dify-plugin-release explain --list`.',
        }),
      );
    });
  }
  return out;
}

/** A PEM block, a token or a password in the file: secrets belong in CI secrets, named here. */
function secretFindings(yaml: YamlFile): Finding[] {
  const out: Finding[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (typeof value === 'string') {
      if (
        /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value) ||
        /^(gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/.test(value)
      ) {
        out.push(
          finding('DPR907', `${pointerToPath(pointer)} holds a secret (a private key or a token)`, {
            ...yaml.locate(pointer),
          }),
        );
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, `${pointer}/${i}`);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (/^(password|api-key|token|secret|private-key)$/i.test(k) && typeof v === 'string' && v !== '') {
          out.push(
            finding(
              'DPR907',
              `${pointerToPath(`${pointer}/${escapePointer(k)}`)} writes a secret into the file`,
              {
                ...yaml.locate(`${pointer}/${escapePointer(k)}`),
              },
            ),
          );
        }
        visit(v, `${pointer}/${escapePointer(k)}`);
      }
    }
  };
  visit(yaml.value, '');
  return out;
}

function toConfig(yaml: YamlFile, file: string, root: string): ReleaseConfig {
  const values = new Map<string, ConfigValue>();
  const data = (yaml.value ?? {}) as Record<string, unknown>;
  const put = (key: string, pointer: string): void => {
    const value = getAt(yaml.value, pointer);
    if (value === undefined || value === null) return;
    const at = yaml.locate(pointer);
    values.set(key, { value, line: at.line, column: at.column });
  };
  for (const [k, v] of Object.entries(data)) {
    if (['overrides', 'environments', 'checklist'].includes(k)) continue;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const sub of Object.keys(v)) put(`${k}.${sub}`, `/${escapePointer(k)}/${escapePointer(sub)}`);
    } else put(k, `/${escapePointer(k)}`);
  }
  const overrides: PluginOverride[] = Object.entries(
    (data.overrides ?? {}) as Record<string, Record<string, unknown>>,
  ).map(([dir, o]) => ({
    path: path.resolve(root, dir),
    ...(Array.isArray(o?.ignore) ? { ignore: o.ignore.map((c) => canonicalCode(String(c))) } : {}),
    ...(typeof o?.strict === 'boolean' ? { strict: o.strict } : {}),
  }));
  const environments: Record<string, EnvironmentConfig> = {};
  for (const [name, e] of Object.entries(
    (data.environments ?? {}) as Record<string, Record<string, unknown>>,
  )) {
    const env = e ?? {};
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined);
    environments[name] = {
      name,
      ...(typeof env.url === 'string' ? { url: env.url } : {}),
      ...(env.kind === 'daemon' || env.kind === 'console' ? { kind: env.kind } : {}),
      ...(list(env.tenants) ? { tenants: list(env.tenants) } : {}),
      ...(typeof env.workspace === 'string' ? { workspace: env.workspace } : {}),
      ...(typeof env['api-key-env'] === 'string' ? { apiKeyEnv: env['api-key-env'] } : {}),
      ...(typeof env['account-env'] === 'string' ? { accountEnv: env['account-env'] } : {}),
      ...(list(env.canary) ? { canary: list(env.canary) } : {}),
      ...(list(env['trusted-keys'])
        ? { trustedKeys: list(env['trusted-keys'])!.map((k) => path.resolve(root, k)) }
        : {}),
      ...(['auto', 'plain', 'base64'].includes(env['password-encoding'] as string)
        ? { passwordEncoding: env['password-encoding'] as EnvironmentConfig['passwordEncoding'] }
        : {}),
      ...(typeof env['force-verify'] === 'boolean' ? { forceVerify: env['force-verify'] } : {}),
      ...(env.runtime === 'python' ? { runtime: 'python' as const } : {}),
      ...(typeof env['data-dir'] === 'string' ? { dataDir: path.resolve(root, env['data-dir']) } : {}),
      ...(typeof env['dify-version'] === 'string' ? { difyVersion: env['dify-version'] } : {}),
      extra: env,
    };
  }
  const checklist =
    data.checklist && typeof data.checklist === 'object'
      ? (data.checklist as Record<string, unknown>)
      : undefined;
  return { file, root, values, overrides, environments, ...(checklist ? { checklist } : {}) };
}
