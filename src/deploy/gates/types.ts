/**
 * A gate of the deployment checklist (design §5), as data: its id and title, when it runs, which
 * commands run it, and the check. The list in gates/index.ts is the checklist; adding a gate is
 * adding an entry there (issue 16 adds `compatibility` before the change and a state check after it).
 *
 * Phases:
 * - `before`: once, before anything changes on the target; a required gate that does not pass stops
 *   the command (nothing is installed, nothing upgraded).
 * - `after`: on each tenant, right after its install or upgrade (`snapshot` is taken on the tenant
 *   before the change); on promote a required one that does not pass rolls back every tenant touched.
 * - `final`: once at the end, whatever happened (notify).
 */
import type { Gate, GateStatus } from '../../core/report.js';
import type { DeployOutcome } from '../../daemon/flow.js';
import type { DifyTarget, Installation } from '../../daemon/types.js';
import type { StageContext } from '../../io/context.js';
import type { TrustedKey } from '../../signing/verify.js';
import type { ChecklistConfig, GateSettings } from '../checklist-config.js';
import type { LedgerEntry } from '../ledger.js';
import type { PackageInfo, Permissions } from '../package-info.js';

export type GateCommand = 'deploy' | 'promote';
export type GatePhase = 'before' | 'after' | 'final';

export interface GateVerdict {
  status: GateStatus;
  /** Why it failed, was skipped, or waits (one sentence). */
  reason?: string;
  evidence: string[];
  /** The next step when it did not pass. */
  fix?: string;
}

/** One tenant's change: what it ran before, and (after the change) what the target did. */
export interface TenantChange {
  tenant: string;
  target: DifyTarget;
  previous?: Installation;
  outcome?: DeployOutcome;
  /** What `snapshot` took on this tenant before the change, by gate id. */
  snapshots: Map<string, unknown>;
  /** Facts one gate measures for another (`startupMs` for performance). */
  facts: Record<string, number>;
}

/** The last release, for comparisons: its permissions and figures, and where they were read. */
export interface Baseline {
  /** For people: `production runs 0.1.0 (ledger entry 4)`. */
  label: string;
  identifier?: string;
  permissions?: string[];
  metrics?: { sizeBytes?: number; installMs?: number; startupMs?: number };
}

/** Where the digest recorded at build time may be found. */
export interface ProvenanceInput {
  /** `--digest`: the sha256 the build (or the release asset) reported. */
  digest?: string;
  /** A SHA256SUMS file (default: next to the package). */
  sums?: string;
  /** An attestation bundle (default: `<package>.sigstore.json` next to it). */
  attestation?: string;
}

/** Promote: the staging entry that passed for this digest. */
export interface StagingProof {
  environment: string;
  entry: LedgerEntry;
  /** The staging gates, from the checklist record (with evidence) or the ledger's summary. */
  gates: Gate[];
  when: string;
}

export interface GateContext {
  command: GateCommand;
  environment: string;
  stage: StageContext;
  pkg: PackageInfo;
  checklist: ChecklistConfig;
  /** This gate's settings (set for each gate as it runs). */
  settings: GateSettings;
  /** The environment's history before this command, newest first. */
  history: LedgerEntry[];
  baseline?: Baseline;
  /** The baseline of performance: the previous release on this environment. */
  previousOnEnvironment?: Baseline;
  provenance: ProvenanceInput;
  keys: readonly TrustedKey[];
  /** The environment's URL and kind, for smoke-call placeholders. */
  targetUrl: string;
  changes: TenantChange[];
  /** Gates decided so far (final gates see them all). */
  decided: Gate[];
  /** Final gates: what happened, one sentence. */
  outcome?: string;
  staging?: StagingProof;
  /** Gate ids a person approved (`promote --approve`). */
  approved: ReadonlySet<string>;
  /** Memo shared by the gates of one run (work done once for several tenants). */
  memo: Map<string, unknown>;
  /** The permissions requested by the package (from its manifest). */
  permissions: Permissions;
}

export interface GateSpec {
  id: string;
  title: string;
  phase: GatePhase;
  commands: readonly GateCommand[];
  /** After gates: something to take on the tenant before its change (counts to compare). */
  snapshot?(c: GateContext, tenant: TenantChange): Promise<unknown>;
  /** Before and final gates: once (no tenant). After gates: once per tenant changed. */
  run(c: GateContext, tenant?: TenantChange): Promise<GateVerdict>;
}

export type { Gate };
