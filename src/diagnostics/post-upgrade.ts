/**
 * The post-upgrade state check: what the plugin exposes on the target (its providers, models,
 * tools, endpoints, agent strategies, datasources and trigger events), captured before and after an
 * upgrade. Anything there before and gone after is a drop: a failed gate that asks the caller to
 * roll back (`rollback: true`). Dify keeps a provider's saved credentials by provider name, so a
 * provider or a tool that disappears is configuration lost in the workspace.
 *
 * Deploy and promote call {@link captureState} before the upgrade and again after it, then
 * {@link postUpgradeGate}; on `failed` they roll back to the recorded previous version.
 */
import type { DifyTarget, PluginDeclarationJson } from '../daemon/types.js';
import type { DiagnosticGate } from './compatibility.js';

export const STATE_KINDS = [
  'providers',
  'tools',
  'models',
  'endpoints',
  'strategies',
  'datasources',
  'events',
] as const;
export type StateKind = (typeof STATE_KINDS)[number];

/** What a plugin version exposes, by kind: names, sorted. */
export type ExposedState = Record<StateKind, string[]> & {
  /** The installed identifier the state was read from. */
  identifier?: string;
};

export const POST_UPGRADE_GATE = 'post-upgrade';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (o: unknown, key: string): unknown[] => (isObject(o) && Array.isArray(o[key]) ? o[key] : []);

function nameOf(item: unknown, ...keys: string[]): string {
  if (typeof item === 'string') return item;
  if (!isObject(item)) return '?';
  for (const key of keys) {
    const v = key.split('.').reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), item);
    if (typeof v === 'string' && v) return v;
  }
  return '?';
}

const PROVIDER_KINDS: [string, string][] = [
  ['tool', 'tool'],
  ['model', 'model'],
  ['endpoint', 'endpoint'],
  ['agent_strategy', 'agent strategy'],
  ['datasource', 'datasource'],
  ['trigger', 'trigger'],
];

/** The state a declaration (as the target returns it) exposes. */
export function exposedState(
  declaration: PluginDeclarationJson | undefined,
  identifier?: string,
): ExposedState {
  const d = declaration ?? {};
  const sorted = (xs: string[]) => [...xs].sort();
  const providers = PROVIDER_KINDS.filter(([k]) => isObject(d[k])).map(
    ([k, label]) => `${label} ${nameOf(d[k], 'identity.name', 'provider', 'name')}`,
  );
  return {
    ...(identifier ? { identifier } : {}),
    providers: sorted(providers),
    tools: sorted(list(d.tool, 'tools').map((t) => nameOf(t, 'identity.name', 'name'))),
    models: sorted(
      list(d.model, 'models').map((m) => {
        const type = isObject(m) && typeof m.model_type === 'string' ? `${m.model_type}:` : '';
        return `${type}${nameOf(m, 'model', 'name')}`;
      }),
    ),
    endpoints: sorted(
      list(d.endpoint, 'endpoints').map((e) => {
        if (!isObject(e)) return nameOf(e);
        return `${typeof e.method === 'string' ? `${e.method} ` : ''}${nameOf(e, 'path', 'name')}`;
      }),
    ),
    strategies: sorted(list(d.agent_strategy, 'strategies').map((s) => nameOf(s, 'identity.name', 'name'))),
    datasources: sorted(list(d.datasource, 'datasources').map((s) => nameOf(s, 'identity.name', 'name'))),
    events: sorted(list(d.trigger, 'events').map((s) => nameOf(s, 'identity.name', 'name'))),
  };
}

/** The counts of a state, for evidence and summaries. */
export function stateCounts(state: ExposedState): Record<StateKind, number> {
  return Object.fromEntries(STATE_KINDS.map((k) => [k, state[k].length])) as Record<StateKind, number>;
}

/**
 * What the plugin id exposes on the target now: the installation's declaration, else the declaration
 * of its identifier; `undefined` when the plugin is not installed.
 */
export async function captureState(target: DifyTarget, pluginId: string): Promise<ExposedState | undefined> {
  const installed = await target.installation(pluginId);
  if (!installed) return undefined;
  const declaration = installed.declaration ?? (await target.manifest(installed.identifier));
  return exposedState(declaration, installed.identifier);
}

function countsText(s: ExposedState): string {
  const c = stateCounts(s);
  return STATE_KINDS.filter((k) => c[k] > 0 || k === 'providers' || k === 'tools' || k === 'models')
    .map((k) => `${c[k]} ${k}`)
    .join(', ');
}

/** The gate: failed (and `rollback`) when anything exposed before is gone after. */
export function postUpgradeGate(
  before: ExposedState | undefined,
  after: ExposedState | undefined,
): DiagnosticGate {
  const base = {
    id: POST_UPGRADE_GATE,
    title: 'the upgrade kept every provider, model and tool',
    required: true,
  };
  if (!before) {
    return {
      ...base,
      status: 'skipped',
      reason: 'the plugin was not installed before: a first install drops nothing',
      evidence: after ? [`after: ${countsText(after)}`] : [],
    };
  }
  const evidence = [
    `before${before.identifier ? ` (${before.identifier})` : ''}: ${countsText(before)}`,
    after
      ? `after${after.identifier ? ` (${after.identifier})` : ''}: ${countsText(after)}`
      : 'after: not installed',
  ];
  const dropped = STATE_KINDS.flatMap((k) => {
    const now = new Set(after?.[k] ?? []);
    return before[k].filter((name) => !now.has(name)).map((name) => ({ kind: k, name }));
  });
  if (dropped.length === 0) {
    return {
      ...base,
      status: 'passed',
      reason: 'nothing the plugin exposed before is missing after the upgrade',
      evidence,
    };
  }
  const text = dropped.map((d) => `${d.kind.replace(/s$/, '')} ${d.name}`).join(', ');
  return {
    ...base,
    status: 'failed',
    reason: `the upgrade dropped ${dropped.length} of what the plugin exposed: ${text}`,
    evidence: [...evidence, ...dropped.map((d) => `dropped: ${d.kind.replace(/s$/, '')} ${d.name}`)],
    code: 'DPR1351',
    fix: 'The previous version is restored (rollback). Bring back what the new version dropped, or release the removal as a deliberate breaking change (a major version) and migrate its users first.',
    rollback: true,
  };
}

export interface StateChecked<T> {
  result: T;
  before?: ExposedState;
  after?: ExposedState;
  gate: DiagnosticGate;
}

/**
 * Run an upgrade between two captures of what the plugin exposes, and decide the gate: what deploy
 * and promote wrap around their upgrade. The caller rolls back when `gate.rollback` is set.
 */
export async function withStateCheck<T>(
  target: DifyTarget,
  pluginId: string,
  upgrade: () => Promise<T>,
): Promise<StateChecked<T>> {
  const before = await captureState(target, pluginId);
  const result = await upgrade();
  const after = await captureState(target, pluginId);
  return {
    result,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    gate: postUpgradeGate(before, after),
  };
}
