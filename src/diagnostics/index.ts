/**
 * What deploy, promote and rollback (src/deploy/, issue 13) call from the operators' diagnostics:
 *
 * - before uploading to a target: `pluginNeeds(pkg)` once, then per target
 *   `checkCompatibility(target, needs, { configuredDifyVersion: env.difyVersion })`; a `failed`
 *   gate refuses the deploy (DPR1350), `skipped` means the target's Dify version is not known;
 * - around an upgrade: `withStateCheck(target, pluginId, () => deployPackage(...))`; a `failed`
 *   gate has `rollback: true` (DPR1351): roll back to the recorded previous version;
 * - when an install fails: `installFailureGate(error, { id, title })` for the checklist (reason,
 *   evidence with the target's text verbatim, remedy), `failureFinding` per diagnosis for the
 *   output, `failureRows`/`FAILURE_HEADER` for the job summary; `undefined` when the error is not
 *   about the package (credentials, reachability keep their DPR11xx code).
 */
export {
  checkCompatibility,
  compatibilityGate,
  type DiagnosticGate,
  type DifyVersionFact,
  needsOfPlugin,
  type PluginNeeds,
  pluginNeeds,
  targetDifyVersion,
} from './compatibility.js';
export {
  diagnoseError,
  diagnoseTask,
  FAILURE_HEADER,
  failureEvidence,
  failureFinding,
  failureGateFields,
  failureRows,
  installFailureGate,
  type PluginFailure,
} from './diagnose.js';
export { classifyFailure, type FailureClass, type FailureDiagnosis } from './failures.js';
export {
  captureState,
  type ExposedState,
  exposedState,
  postUpgradeGate,
  type StateChecked,
  stateCounts,
  withStateCheck,
} from './post-upgrade.js';
