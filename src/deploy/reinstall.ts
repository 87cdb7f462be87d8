/**
 * Put one tenant back on an identifier (or on nothing): the rollback primitive of promote, rollback
 * and recovery. In place through the daemon's upgrade; through a console by uninstall then install,
 * its gap measured. When the target lost the package (its upgrade or install says it is not found),
 * the package is uploaded again from the artifact store or the release asset, checked against the
 * digest the ledger recorded; through a console, it is made sure of before the uninstall.
 *
 * Target calls besides the reinstall itself: one to read what is installed, one to check the result
 * (and, through a console, one to check the target still holds the package).
 */

import { CheckFailedError } from '../core/errors.js';
import { TargetError } from '../daemon/errors.js';
import type { DifyTarget, Installation, InstallTask, TaskStart, WaitOptions } from '../daemon/types.js';
import type { StageContext } from '../io/context.js';
import { HttpError } from '../io/http.js';
import { obtain } from './artifact-store.js';

export interface PutBackOptions {
  pluginId: string;
  /** The ledger's digest of `to`, to check a copy against. */
  digest?: string;
  sources: { file?: string; url?: string; store: string };
  wait?: WaitOptions;
  log?: (message: string) => void;
  ctx: Pick<StageContext, 'ports' | 'env' | 'signal'>;
  /** What the tenant runs, when the caller just read it (saves a target call). */
  installed?: Installation | null;
}

export interface PutBack {
  from?: string;
  to: string | null;
  action: 'upgraded' | 'reinstalled' | 'installed' | 'uninstalled' | 'unchanged';
  absentMs?: number;
  /** Where the package was uploaded again from, when the target had lost it. */
  uploadedFrom?: string;
  /** What the target reports installed afterwards (read once, to check it). */
  installation?: Installation;
  durationMs: number;
}

/** The target answered nothing (connection refused, timeout): its state is not known. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof TargetError && error.cause instanceof HttpError;
}

const LOST = /not found|upload it firstly/i;

function lost(error: unknown): boolean {
  return (
    error instanceof TargetError &&
    !isUnreachable(error) &&
    (LOST.test(error.serverMessage ?? '') || LOST.test(error.message))
  );
}

export class NoCopyError extends CheckFailedError {
  readonly code = 'DPR1210';
}

export async function putBack(target: DifyTarget, to: string | null, o: PutBackOptions): Promise<PutBack> {
  const started = Date.now();
  const log = o.log ?? (() => {});
  const installed =
    o.installed !== undefined ? (o.installed ?? undefined) : await target.installation(o.pluginId);
  const from = installed?.identifier;
  const done = (action: PutBack['action'], extra: Partial<PutBack> = {}): PutBack => ({
    ...(from ? { from } : {}),
    to,
    action,
    ...extra,
    durationMs: Date.now() - started,
  });
  if ((installed?.identifier ?? null) === to)
    return done('unchanged', installed ? { installation: installed } : {});
  if (to === null) {
    log(`Uninstalling ${from} (${o.pluginId} was not installed before)`);
    await target.uninstall(installed!.installationId);
    await check(target, o.pluginId, null);
    return done('uninstalled');
  }
  let uploadedFrom: string | undefined;
  const upload = async (): Promise<void> => {
    const { found, tried } = await obtain(to, o.digest, o.sources, o.ctx);
    if (!found) {
      throw new NoCopyError(
        `the target lost ${to} and no copy of it is available to upload again: ${tried.join('; ')}`,
        'Download the release asset of that version and pass it with --package FILE (its sha256 must be the one the ledger recorded), then run rollback again.',
      );
    }
    log(`The target no longer holds ${to}: uploading it again from ${found.from}`);
    const up = await target.upload(found.file);
    if (up.identifier !== to) {
      throw new NoCopyError(
        `${found.file} is ${up.identifier} according to the target, not ${to}`,
        'Pass the package of the version the ledger names.',
      );
    }
    uploadedFrom = found.from;
  };
  const settle = async (start: TaskStart): Promise<InstallTask | undefined> =>
    start.allInstalled || !start.taskId ? undefined : target.waitForTask(start.taskId, o.wait);
  const retryLost = async (attempt: () => Promise<TaskStart>): Promise<void> => {
    try {
      await settle(await attempt());
    } catch (error) {
      if (!lost(error) || uploadedFrom) throw error;
      await upload();
      await settle(await attempt());
    }
  };

  if (installed && target.capabilities.upgrade === 'in-place') {
    log(`Upgrading ${from} → ${to}`);
    await retryLost(() => target.upgrade(installed.identifier, to));
    const installation = await check(target, o.pluginId, to);
    return done('upgraded', {
      ...(installation ? { installation } : {}),
      ...(uploadedFrom ? { uploadedFrom } : {}),
    });
  }
  if (!installed) {
    log(`Installing ${to}`);
    await retryLost(() => target.install([to]));
    const installation = await check(target, o.pluginId, to);
    return done('installed', {
      ...(installation ? { installation } : {}),
      ...(uploadedFrom ? { uploadedFrom } : {}),
    });
  }
  // A console: make sure the package is there before the plugin goes away.
  try {
    await target.manifest(to);
  } catch (error) {
    if (isUnreachable(error)) throw error;
    await upload();
  }
  log(
    `The console cannot upgrade a local package in place: uninstalling ${from}, then installing ${to}; the plugin is absent in between`,
  );
  const gap = Date.now();
  await target.uninstall(installed.installationId);
  await retryLost(() => target.install([to]));
  const absentMs = Date.now() - gap;
  const installation = await check(target, o.pluginId, to);
  return done('reinstalled', {
    absentMs,
    ...(installation ? { installation } : {}),
    ...(uploadedFrom ? { uploadedFrom } : {}),
  });
}

async function check(
  target: DifyTarget,
  pluginId: string,
  want: string | null,
): Promise<Installation | undefined> {
  const now = await target.installation(pluginId);
  if ((now?.identifier ?? null) !== want) {
    throw new TargetError(
      `after putting ${pluginId} back, the target reports ${now?.identifier ?? 'nothing'} installed, not ${want ?? 'nothing'}`,
      { kind: 'task-failed', code: 'DPR1106' },
      'Look at the install tasks on the target (`tasks list`).',
    );
  }
  return now;
}
