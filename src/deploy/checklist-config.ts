/**
 * The `checklist:` section of `.dify-release.yml` (schema: schemas/dify-release.schema.json,
 * already validated when the file was loaded), read into typed settings with the defaults that need
 * no configuration: provenance, signature, dependencies, permissions, staging, backup and verify
 * required; performance and notify optional.
 */
import path from 'node:path';
import type { ReleaseConfig } from '../config/types.js';

export interface GateSettings {
  /** Blocks promotion when it does not pass. */
  required: boolean;
  /** `false`: not run, reported as skipped. */
  enabled: boolean;
  /** Pending until approved (`promote --approve ID`). */
  manual: boolean;
}

export interface SmokeCall {
  name: string;
  url?: string;
  method: 'GET' | 'POST' | 'HEAD';
  body?: string;
  headersEnv?: string;
  expectStatus: number;
  expectBody?: string;
  command?: string[];
  timeoutMs: number;
  /** Only on these environments; absent: every one. */
  environments?: string[];
}

export interface ChecklistConfig {
  stagingEnv: string;
  productionEnv: string;
  gates: Record<string, GateSettings>;
  provenance: { attestation: 'if-present' | 'required' };
  signature: { trustedKeys: string[]; allowUnsigned: boolean };
  permissions: { allowed?: string[]; escalation: 'fail' | 'allow'; maxStorageBytes?: number };
  staging: { runtime: 'if-reported' | 'required' | 'ignore'; startupMs: number; smoke: SmokeCall[] };
  performance: {
    maxInstallMs: number;
    maxSizeBytes: number;
    maxStartupMs: number;
    maxGrowthPercent?: number;
  };
  notify: { webhookEnv?: string };
}

/** The gates with a default of required: the rest are optional unless configured. */
const REQUIRED_BY_DEFAULT = new Set([
  'provenance',
  'signature',
  'dependencies',
  'permissions',
  'compatibility',
  'staging',
  'post-upgrade',
  'backup',
  'verify',
]);

type Raw = Record<string, unknown>;

const obj = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.map(String) : undefined);

/** The settings of any gate id, configured or not (a gate the file does not name gets its defaults). */
export function gateSettings(checklist: ChecklistConfig, id: string): GateSettings {
  return checklist.gates[id] ?? { required: REQUIRED_BY_DEFAULT.has(id), enabled: true, manual: false };
}

export function readChecklist(config: Pick<ReleaseConfig, 'checklist' | 'root'>): ChecklistConfig {
  const raw = obj(config.checklist);
  const section = (id: string) => obj(raw[id]);
  const gates: Record<string, GateSettings> = {};
  for (const id of [...REQUIRED_BY_DEFAULT, 'performance', 'notify']) {
    const s = section(id);
    gates[id] = {
      required: typeof s.required === 'boolean' ? s.required : REQUIRED_BY_DEFAULT.has(id),
      enabled: s.enabled !== false,
      manual: s.manual === true,
    };
  }
  const staging = section('staging');
  const performance = section('performance');
  const permissions = section('permissions');
  const startup = num(staging['startup-seconds']);
  return {
    stagingEnv: str(raw['staging-env']) ?? 'staging',
    productionEnv: str(raw['production-env']) ?? 'production',
    gates,
    provenance: {
      attestation: section('provenance').attestation === 'required' ? 'required' : 'if-present',
    },
    signature: {
      trustedKeys: (strings(section('signature')['trusted-keys']) ?? []).map((k) =>
        path.resolve(config.root, k),
      ),
      allowUnsigned: section('signature')['allow-unsigned'] === true,
    },
    permissions: {
      ...(strings(permissions.allowed) ? { allowed: strings(permissions.allowed) } : {}),
      escalation: permissions.escalation === 'allow' ? 'allow' : 'fail',
      ...(num(permissions['max-storage-bytes']) !== undefined
        ? { maxStorageBytes: num(permissions['max-storage-bytes']) }
        : {}),
    },
    staging: {
      runtime:
        staging.runtime === 'required' || staging.runtime === 'ignore' ? staging.runtime : 'if-reported',
      startupMs: (startup ?? 60) * 1000,
      smoke: (Array.isArray(staging.smoke) ? staging.smoke : []).map((s, i) => smokeCall(obj(s), i)),
    },
    performance: {
      maxInstallMs: (num(performance['max-install-seconds']) ?? 300) * 1000,
      maxSizeBytes: Math.round((num(performance['max-size-mib']) ?? 50) * 1024 * 1024),
      maxStartupMs: (num(performance['max-startup-seconds']) ?? 60) * 1000,
      ...(num(performance['max-growth-percent']) !== undefined
        ? { maxGrowthPercent: num(performance['max-growth-percent']) }
        : {}),
    },
    notify: {
      ...(str(section('notify')['webhook-env']) ? { webhookEnv: str(section('notify')['webhook-env']) } : {}),
    },
  };
}

function smokeCall(s: Raw, i: number): SmokeCall {
  const command = strings(s.command);
  const url = str(s.url);
  const method = s.method === 'POST' || s.method === 'HEAD' ? s.method : 'GET';
  return {
    name: str(s.name) ?? (url ? `${method} ${url}` : command ? command.join(' ') : `smoke call ${i + 1}`),
    ...(url ? { url } : {}),
    method,
    ...(typeof s.body === 'string' ? { body: s.body } : {}),
    ...(str(s['headers-env']) ? { headersEnv: str(s['headers-env']) } : {}),
    expectStatus: num(s['expect-status']) ?? 200,
    ...(str(s['expect-body']) ? { expectBody: str(s['expect-body']) } : {}),
    ...(command ? { command } : {}),
    timeoutMs: (num(s['timeout-seconds']) ?? 30) * 1000,
    ...(strings(s.environments) ? { environments: strings(s.environments) } : {}),
  };
}
