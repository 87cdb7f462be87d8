import { finding } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import type { Finding, Location } from '../core/finding.js';
import { type Bump, bumpBetween, nextVersion, releaseOf } from '../core/versions.js';
import { loadPlugin } from '../manifest/plugin.js';
import { MANIFEST } from '../manifest/plugin-types.js';
import type { PluginSource } from '../manifest/source.js';
import { type Callable, type Field, type Param, type Surface, surfaceOf } from './surface.js';

export type { Bump };

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export interface Change {
  bump: Exclude<Bump, 'none'>;
  message: string;
  /** Where: in the new plugin, or in the old one for something removed. */
  at: Location;
  side: 'old' | 'new';
}

export interface DiffResult {
  oldVersion: string;
  newVersion: string;
  changes: Change[];
  /** Newly granted permissions (the deployment checklist's `permissions` gate reads these). */
  escalations: Change[];
  required: Bump;
  /** The bump the new version makes: `none` when equal, `downgrade` when lower. */
  actual: Bump | 'downgrade';
  ok: boolean;
  /** The version to use when the bump is too small. */
  suggested?: string;
  findings: Finding[];
}

/** Compare two versions of a plugin declaration by declaration, like a plugin verifier. */
export async function diffPlugins(oldSource: PluginSource, newSource: PluginSource): Promise<DiffResult> {
  const [a, b] = await Promise.all([loadPlugin(oldSource), loadPlugin(newSource)]);
  for (const [side, plugin] of [
    ['old', a],
    ['new', b],
  ] as const) {
    if (!plugin.usable) {
      const why = plugin.findings[0]?.message ?? 'it has no readable manifest.yaml';
      throw new UsageError(
        `the ${side} side, ${plugin.source.label}, is not a Dify plugin: ${why}`,
        'Compare two versions of one plugin.',
      );
    }
  }
  const contentChanged =
    (await filesDiffer(oldSource, newSource)) || manifestDiffers(a.manifest.value, b.manifest.value);
  return compareSurfaces(surfaceOf(a), surfaceOf(b), contentChanged);
}

export function compareSurfaces(old: Surface, neu: Surface, contentChanged: boolean): DiffResult {
  const changes: Change[] = [];
  const add = (bump: Change['bump'], message: string, at: Location, side: Change['side'] = 'new') =>
    changes.push({ bump, message, at, side });

  for (const kind of old.kinds)
    if (!neu.kinds.has(kind))
      add('major', `no longer provides ${kind}`, neu.manifest.locate('/plugins', 'key'));
  for (const kind of neu.kinds)
    if (!old.kinds.has(kind))
      add('minor', `now also provides ${kind}`, neu.manifest.locate(`/plugins/${kind}`, 'key'));

  for (const [key, before] of old.callables) {
    const after = neu.callables.get(key);
    if (!after) add('major', `removed ${before.kind} "${before.name}"`, before.at, 'old');
    else compareParams(before, after, add);
  }
  for (const [key, after] of neu.callables) {
    if (!old.callables.has(key)) add('minor', `added ${after.kind} "${after.name}"`, after.at);
  }

  for (const [set, before] of old.fields) compareFields(set, before, neu.fields.get(set) ?? new Map(), add);
  // A set of fields that is new (a new provider's credentials): no installation has it yet, so a
  // required field in it breaks nothing.
  for (const [set, after] of neu.fields)
    if (!old.fields.has(set)) compareFields(set, new Map(), after, add, true);

  for (const [type, at] of old.modelTypes)
    if (!neu.modelTypes.has(type)) add('major', `no longer supports model type ${type}`, at, 'old');
  for (const [type, at] of neu.modelTypes)
    if (!old.modelTypes.has(type)) add('minor', `now supports model type ${type}`, at);

  if (changes.length === 0 && contentChanged) {
    add('patch', 'files changed without changing what users depend on', neu.manifest.locate('/version'));
  }

  const escalations: Change[] = [];
  for (const [permission, at] of neu.permissions) {
    if (!old.permissions.has(permission))
      escalations.push({
        bump: 'minor',
        message: `now requests the ${permission} permission`,
        at,
        side: 'new',
      });
  }
  const dropped: Change[] = [];
  for (const [permission] of old.permissions) {
    if (!neu.permissions.has(permission))
      dropped.push({
        bump: 'patch',
        message: `no longer requests the ${permission} permission`,
        at: neu.manifest.has('/resource/permission')
          ? neu.manifest.locate('/resource/permission', 'key')
          : neu.manifest.locate('/resource', 'key'),
        side: 'new',
      });
  }
  if (neu.storageSize > old.storageSize && old.storageSize > 0) {
    escalations.push({
      bump: 'minor',
      message: `asks for ${neu.storageSize} bytes of storage instead of ${old.storageSize}`,
      at: neu.manifest.locate('/resource/permission/storage/size'),
      side: 'new',
    });
  }

  const required = changes.reduce<Bump>((max, c) => (RANK[c.bump] > RANK[max] ? c.bump : max), 'none');
  const result = verdict(old, neu, changes, escalations, required);
  for (const d of dropped) {
    result.findings.push(
      finding('DPR613', `${d.message}: whatever used it is refused by the daemon from this version on`, {
        ...d.at,
        fix: 'Check that no code path still needs it (reverse invocations, endpoints, storage).',
      }),
    );
  }
  return result;
}

type Add = (bump: Change['bump'], message: string, at: Location, side?: Change['side']) => void;

function compareParams(before: Callable, after: Callable, add: Add): void {
  const what = `${after.kind} "${after.name}"`;
  for (const [name, p] of before.params) {
    const q = after.params.get(name);
    if (!q) {
      add('major', `${what}: removed parameter "${name}"`, p.at, 'old');
      continue;
    }
    if (!p.required && q.required) add('major', `${what}: parameter "${name}" became required`, q.at);
    else if (p.required && !q.required) add('patch', `${what}: parameter "${name}" is now optional`, q.at);
    if (p.type !== q.type)
      add('major', `${what}: parameter "${name}" changed type ${p.type} → ${q.type}`, q.at);
    if (p.form !== q.form && p.form && q.form)
      add('major', `${what}: parameter "${name}" moved from form ${p.form} to ${q.form}`, q.at);
    compareOptions(`${what}: parameter "${name}"`, p, q, add);
  }
  for (const [name, q] of after.params) {
    if (before.params.has(name)) continue;
    if (q.required) add('major', `${what}: new required parameter "${name}"`, q.at);
    else add('minor', `${what}: new optional parameter "${name}"`, q.at);
  }
}

function compareFields(
  set: string,
  before: Map<string, Field>,
  after: Map<string, Field>,
  add: Add,
  fresh = false,
): void {
  for (const [name, f] of before) {
    const g = after.get(name);
    if (!g) {
      add('major', `${set}: removed field "${name}"`, f.at, 'old');
      continue;
    }
    if (!f.required && g.required) add('major', `${set}: field "${name}" became required`, g.at);
    if (f.type !== g.type) add('major', `${set}: field "${name}" changed type ${f.type} → ${g.type}`, g.at);
    compareOptions(`${set}: field "${name}"`, f, g, add);
  }
  for (const [name, g] of after) {
    if (before.has(name)) continue;
    if (g.required && fresh) add('minor', `${set}: new required field "${name}" of a new set`, g.at);
    else if (g.required)
      add('major', `${set}: new required field "${name}" (existing installations lack it)`, g.at);
    else add('minor', `${set}: new optional field "${name}"`, g.at);
  }
}

function compareOptions(what: string, p: Param | Field, q: Param | Field, add: Add): void {
  if (!p.options || !q.options) return;
  const removed = [...p.options].filter((o) => !q.options!.has(o));
  const added = [...q.options].filter((o) => !p.options!.has(o));
  if (removed.length > 0) add('major', `${what}: options removed: ${removed.join(', ')}`, q.at);
  if (added.length > 0) add('minor', `${what}: options added: ${added.join(', ')}`, q.at);
}

function verdict(
  old: Surface,
  neu: Surface,
  changes: Change[],
  escalations: Change[],
  required: Bump,
): DiffResult {
  const actual = bumpBetween(old.version, neu.version);
  const oldMajor = releaseOf(old.version)[0];
  // 0.x (semver's rule for initial development): a minor bump is the breaking one (Dify's fix_only
  // auto-upgrade does not take it), and an additive change needs only a patch.
  const shift: Record<Bump, Bump> =
    oldMajor === 0
      ? { none: 'none', patch: 'patch', minor: 'patch', major: 'minor' }
      : { none: 'none', patch: 'patch', minor: 'minor', major: 'major' };
  const needed: Exclude<Bump, 'none'> | undefined =
    required === 'none' ? undefined : (shift[required] as Exclude<Bump, 'none'>);
  const enough = !needed || (actual !== 'downgrade' && RANK[actual] >= RANK[needed]);
  const suggested = !enough && needed ? nextVersion(old.version, needed) : undefined;
  const findings: Finding[] = [];
  for (const c of changes) {
    const code = c.bump === 'major' ? 'DPR601' : c.bump === 'minor' ? 'DPR602' : 'DPR603';
    findings.push(
      finding(
        code,
        `${c.side === 'old' ? `(in ${old.version}) ` : ''}${c.message}: a ${c.bump} change`,
        c.at,
      ),
    );
  }
  for (const e of escalations) {
    findings.push(
      finding('DPR612', e.message, {
        ...e.at,
        fix: 'Say why in the release notes; the deployment checklist flags new permissions for review.',
      }),
    );
  }
  if (!enough) {
    const why =
      actual === 'downgrade'
        ? `${neu.version} is lower than ${old.version}`
        : actual === 'none'
          ? `the version stays ${neu.version}`
          : `${old.version} → ${neu.version} is only a ${actual} bump`;
    const risk =
      (needed === 'major' || needed === 'minor') && (actual === 'patch' || actual === 'none')
        ? " Dify's default auto-upgrade (fix_only) installs patch releases everywhere, so this would reach users unasked."
        : '';
    findings.push(
      finding(
        'DPR610',
        `the changes need a ${needed} version bump${needed !== required ? ` (a ${required} change, in 0.x)` : ''}, but ${why}.${risk}`,
        {
          ...neu.manifest.locate('/version'),
          fix: suggested ? `Set version: ${suggested}.` : 'Raise the version.',
        },
      ),
    );
  }
  return {
    oldVersion: old.version,
    newVersion: neu.version,
    changes,
    escalations,
    required,
    actual,
    ok: enough,
    suggested,
    findings,
  };
}

/** Whether any file but the manifest differs: content changes need at least a patch release. */
async function filesDiffer(a: PluginSource, b: PluginSource): Promise<boolean> {
  const [fa, fb] = await Promise.all([a.files(), b.files()]);
  if (fa.length !== fb.length || fa.some((f, i) => f !== fb[i])) return true;
  for (const f of fa) {
    if (f === MANIFEST) continue;
    const unread = () => undefined; // refused by the one reader: cannot be shown equal
    const [x, y] = await Promise.all([a.read(f).catch(unread), b.read(f).catch(unread)]);
    if (!x || !y || Buffer.compare(Buffer.from(x), Buffer.from(y)) !== 0) return true;
  }
  return false;
}

/** The manifest differs in more than its version. */
function manifestDiffers(a: unknown, b: unknown): boolean {
  const strip = (v: unknown) => (v && typeof v === 'object' ? { ...(v as object), version: undefined } : v);
  return JSON.stringify(strip(a)) !== JSON.stringify(strip(b));
}
