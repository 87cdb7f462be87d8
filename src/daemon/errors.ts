/**
 * Typed errors of a Dify target. Each carries what the target itself said (the daemon's message,
 * its `error_type`, the console's `code`), the route and HTTP status, and the finding code the
 * stages report it under. Never a credential: messages are built from the server's text, which the
 * HTTP port already redacted, and from our own words.
 */
import type { Code } from '../core/codes.js';
import { DprError } from '../core/errors.js';

export type TargetErrorKind =
  /** Wrong key, wrong password, expired session that could not be renewed. */
  | 'auth'
  /** Logged in, but not allowed (plugin install permission, role). */
  | 'permission'
  /** The configured workspace or tenant is not the account's. */
  | 'workspace'
  /** The target refused the request: a bad package, a bad signature, an unknown identifier. */
  | 'rejected'
  /** The target failed on its side (HTTP 5xx, `PluginDaemonInternalServerError`). */
  | 'server'
  /** The answer is not what a Dify daemon or console sends. */
  | 'protocol'
  /** The door cannot do this (a console has no in-place upgrade for a local package). */
  | 'unsupported'
  /** An install or upgrade task ended `failed`. */
  | 'task-failed'
  /** A task did not end within the wait. */
  | 'timeout'
  /** A secret the target needs is not set. */
  | 'config';

export interface TargetErrorDetail {
  kind: TargetErrorKind;
  /** The finding code stages report this under. */
  code: Code;
  /** `POST /plugin/{tenant}/management/install/upload/package`, with the tenant and no secrets. */
  route?: string;
  status?: number;
  /** The daemon's `error_type` (`PluginDaemonBadRequestError`, …). */
  errorType?: string;
  /** The daemon's envelope `code` (-400, -401, -404, -500) or the console's `code` (`plugin_error`, `unauthorized`). */
  serverCode?: number | string;
  /** What the target said, verbatim (redacted of our secrets). */
  serverMessage?: string;
}

/** Refusals of the thing deployed exit 1; credentials, configuration and reachability exit 2. */
const ENVIRONMENT_KINDS: ReadonlySet<TargetErrorKind> = new Set([
  'auth',
  'permission',
  'workspace',
  'protocol',
  'config',
  'server',
]);

export class TargetError extends DprError {
  readonly kind: TargetErrorKind;
  readonly code: Code;
  readonly route?: string;
  readonly status?: number;
  readonly errorType?: string;
  readonly serverCode?: number | string;
  readonly serverMessage?: string;

  constructor(message: string, detail: TargetErrorDetail, fix?: string, options?: { cause?: unknown }) {
    super(message, ENVIRONMENT_KINDS.has(detail.kind) ? 2 : 1, fix, options);
    this.kind = detail.kind;
    this.code = detail.code;
    this.route = detail.route;
    this.status = detail.status;
    this.errorType = detail.errorType;
    this.serverCode = detail.serverCode;
    this.serverMessage = detail.serverMessage;
  }
}

/** A task ended `failed`: the task, and the failing plugin's message as the daemon wrote it. */
export class TaskFailedError extends TargetError {
  constructor(
    readonly task: import('./types.js').InstallTask,
    message: string,
    fix?: string,
  ) {
    const failed = task.plugins.find((p) => p.status === 'failed');
    super(
      message,
      {
        kind: 'task-failed',
        code: /did not stay up|exited|crashed/i.test(failed?.message ?? '') ? 'DPR1112' : 'DPR1106',
        serverMessage: failed?.message,
      },
      fix,
    );
  }
}

/** A daemon error JSON (`{message, error_type, args}`) inside an envelope's `message`, when it is one. */
export function parseDaemonErrorMessage(
  message: string,
): { message: string; errorType: string; args?: unknown } | undefined {
  try {
    const parsed = JSON.parse(message) as Record<string, unknown>;
    if (parsed && typeof parsed === 'object' && typeof parsed.error_type === 'string') {
      return {
        message: typeof parsed.message === 'string' ? parsed.message : String(parsed.message ?? ''),
        errorType: parsed.error_type,
        args: parsed.args,
      };
    }
  } catch {
    // Not JSON: an older daemon's plain text.
  }
  return undefined;
}

/** The finding code and kind for a daemon business error, by its type and text. */
export function classifyDaemonError(
  errorType: string | undefined,
  message: string,
  status: number,
): { kind: TargetErrorKind; code: Code } {
  if (status === 401 || errorType === 'PluginDaemonUnauthorizedError')
    return { kind: 'auth', code: 'DPR1101' };
  if (errorType === 'PluginPermissionDeniedError' || errorType === 'PluginDaemonPermissionDeniedError')
    return { kind: 'permission', code: 'DPR1102' };
  if (errorType === 'PluginDaemonInternalServerError' || status >= 500) {
    return { kind: 'server', code: 'DPR1114' };
  }
  if (/bad signature|verification has been enabled/i.test(message))
    return { kind: 'rejected', code: 'DPR1105' };
  return { kind: 'rejected', code: 'DPR1114' };
}
