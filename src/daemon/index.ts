/**
 * Dify targets, as deploy, promote, rollback, status, tasks and doctor use them: open one from an
 * environment (or flags), then speak {@link DifyTarget} whichever door it is.
 *
 *   const target = await openTarget({ environment: 'staging' }, ctx);
 *   try {
 *     const outcome = await deployPackage(target, artifact, { log: ctx.log, wait: { timeoutMs } });
 *   } finally {
 *     await target.close();
 *   }
 */

export type { ConsoleAccount, PasswordEncoding } from './console-session.js';
export { ConsoleTarget } from './console-target.js';
export { parseAccount, parseAccounts } from './credentials.js';
export { DaemonTarget } from './daemon-target.js';
export { TargetError, type TargetErrorKind, TaskFailedError } from './errors.js';
export {
  type DeployOptions,
  type DeployOutcome,
  deployPackage,
  type PackageToDeploy,
  PluginAbsentError,
} from './flow.js';
export { declarationCounts, pluginIdOf, versionOf } from './shapes.js';
export type * from './types.js';
// Opening a target (a client, or the embedded daemon when no URL is configured): src/local-daemon/open.ts.
