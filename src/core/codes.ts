import { CONFIG_CODES } from './codes/config.js';
import { COZE_CODES } from './codes/coze.js';
import { DEPLOY_CODES } from './codes/deploy.js';
import { DIAGNOSTICS_CODES } from './codes/diagnostics.js';
import { DIFF_CODES } from './codes/diff.js';
import { FIELDS_CODES } from './codes/fields.js';
import { FILES_CODES } from './codes/files.js';
import type { CodeInfo } from './codes/info.js';
import { MARKETPLACE_CODES } from './codes/marketplace.js';
import { OFFLINE_CODES } from './codes/offline.js';
import { PACKAGE_CODES } from './codes/package.js';
import { PIPELINE_CODES } from './codes/pipeline.js';
import { PLUGIN_CODES } from './codes/plugin.js';
import { REFERENCES_CODES } from './codes/references.js';
import { RELEASE_CODES } from './codes/release.js';
import { TARGETS_CODES } from './codes/targets.js';
import { TESTS_CODES } from './codes/tests.js';
import type { Finding, Location, Severity } from './finding.js';

export type { CodeInfo, Layer } from './codes/info.js';

/**
 * Every finding code the project emits, one file per range under codes/. Codes are stable: never
 * renumber, only add. DPR0xx files and YAML · DPR1xx schema and field rules · DPR2xx plugin-level
 * rules · DPR3xx references across files · DPR4xx package, sign, verify, bundle (DPR44x–45x offline packages) · DPR5xx marketplace
 * checks · DPR6xx declaration diff · DPR7xx Coze · DPR8xx tests · DPR9xx configuration and usage ·
 * DPR10xx release and submit · DPR11xx Dify targets · DPR12xx deployment gates and ledger ·
 * DPR13xx operators' diagnostics.
 */
function registry() {
  return {
    ...FILES_CODES(),
    ...FIELDS_CODES(),
    ...PLUGIN_CODES(),
    ...REFERENCES_CODES(),
    ...PACKAGE_CODES(),
    ...OFFLINE_CODES(),
    ...MARKETPLACE_CODES(),
    ...DIFF_CODES(),
    ...COZE_CODES(),
    ...TESTS_CODES(),
    ...CONFIG_CODES(),
    ...TARGETS_CODES(),
    ...DEPLOY_CODES(),
    ...PIPELINE_CODES(),
    ...DIAGNOSTICS_CODES(),
    ...RELEASE_CODES(),
  } as const satisfies Record<string, CodeInfo>;
}

let built: ReturnType<typeof registry> | undefined;

/**
 * The registry, made on first use: a run that finds nothing never builds its 300-odd entries (about
 * 2 ms of every command's start-up).
 */
export function codes(): ReturnType<typeof registry> {
  built ??= registry();
  return built;
}

export type Code = keyof ReturnType<typeof registry>;

export interface FindingInit extends Location {
  severity?: Severity;
  fix?: string;
  category?: string;
}

/** Build a finding from the registry: severity and category default to the code's. */
export function finding(code: Code, message: string, init: FindingInit = {}): Finding {
  const info: CodeInfo = codes()[code];
  const { severity, category, ...rest } = init;
  const f: Finding = {
    code,
    severity: severity ?? info.severity,
    message,
    category: category ?? info.category,
  };
  // Every finding says how to fix it: the code's general remedy when the rule gives none of its own.
  if (rest.fix === undefined && info.fix !== undefined) f.fix = info.fix;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (f as unknown as Record<string, unknown>)[key] = value;
  }
  return f;
}
