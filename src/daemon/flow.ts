/**
 * Put a package on a target, whichever door: upload, then install (nothing there), upgrade in place
 * (the daemon), or uninstall then install (a console: the only way it has for a local package, as
 * the web UI does it), wait for the task, and check what is installed afterwards. The gap a console
 * leaves between the uninstall and the new version's success is measured and said.
 */
import { sha256File } from '../artifact/read.js';
import { TargetError } from './errors.js';
import type { DifyTarget, Installation, InstallTask, TaskStart, UploadResult, WaitOptions } from './types.js';

export interface PackageToDeploy {
  path: string;
  /** The identifier recorded when it was built; the target must compute the same. */
  identifier?: string;
  /** The file's sha256 recorded when it was built; re-checked before upload. */
  sha256?: string;
}

export interface DeployOptions {
  wait?: WaitOptions;
  verifySignature?: boolean;
  /** A line for people (`ctx.log`). */
  log?: (message: string) => void;
  now?: () => number;
}

export type DeployAction = 'installed' | 'upgraded' | 'reinstalled' | 'unchanged';

export interface DeployOutcome {
  identifier: string;
  pluginId: string;
  /** `reinstalled`: uninstalled, then installed (a console). */
  action: DeployAction;
  upload: UploadResult;
  /** What was installed before, for the ledger and a rollback. */
  previous?: Installation;
  /** What is installed after. */
  installation?: Installation;
  task?: InstallTask;
  /** `reinstalled`: milliseconds from the uninstall call to the new version's task success. */
  absentMs?: number;
  durationMs: number;
  /** Sentences the output must carry (how the upgrade was done, the gap). */
  notes: string[];
}

/** The previous version was uninstalled and the new one did not install: the plugin is absent. */
export class PluginAbsentError extends TargetError {
  constructor(
    readonly previous: Installation,
    cause: TargetError,
  ) {
    super(
      `${previous.pluginId} is not installed now: ${previous.identifier} was uninstalled (the console cannot upgrade in place), then installing the new version failed: ${cause.message}`,
      {
        kind: cause.kind,
        code: cause.code,
        route: cause.route,
        status: cause.status,
        errorType: cause.errorType,
        serverCode: cause.serverCode,
        serverMessage: cause.serverMessage,
      },
      `Reinstall ${previous.identifier} (rollback), then fix the new version: ${cause.fix ?? 'see the message'}`,
      { cause },
    );
  }
}

export async function deployPackage(
  target: DifyTarget,
  pkg: PackageToDeploy,
  options: DeployOptions = {},
): Promise<DeployOutcome> {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const started = now();
  if (pkg.sha256) {
    const actual = await sha256File(pkg.path);
    if (actual !== pkg.sha256) {
      throw new TargetError(
        `${pkg.path} changed since it was built: sha256 ${actual}, recorded ${pkg.sha256}`,
        { kind: 'rejected', code: 'DPR1111' },
        'Deploy the released file itself (download the release asset again).',
      );
    }
  }
  const upload = await target.upload(pkg.path, { verifySignature: options.verifySignature });
  if (pkg.identifier && upload.identifier !== pkg.identifier) {
    throw new TargetError(
      `the target computed ${upload.identifier} for ${pkg.path}, not the recorded ${pkg.identifier}`,
      { kind: 'rejected', code: 'DPR1111' },
      'The bytes uploaded are not the artifact that was built; deploy the released file itself.',
    );
  }
  const { identifier, pluginId } = upload;
  const previous = await target.installation(pluginId);
  const notes: string[] = [];
  const base = { identifier, pluginId, upload, ...(previous ? { previous } : {}) };
  const finish = async (
    action: DeployAction,
    task?: InstallTask,
    absentMs?: number,
  ): Promise<DeployOutcome> => {
    const installation = await target.installation(pluginId);
    if (installation?.identifier !== identifier) {
      throw new TargetError(
        `after the ${action === 'unchanged' ? 'upload' : 'install'}, the target reports ${installation?.identifier ?? 'nothing'} installed for ${pluginId}, not ${identifier}`,
        { kind: 'task-failed', code: 'DPR1106' },
        'Look at the install tasks on the target (`tasks list`).',
      );
    }
    return {
      ...base,
      action,
      installation,
      ...(task ? { task } : {}),
      ...(absentMs !== undefined ? { absentMs } : {}),
      durationMs: now() - started,
      notes,
    };
  };
  const settle = async (start: TaskStart): Promise<InstallTask | undefined> =>
    start.allInstalled || !start.taskId ? undefined : target.waitForTask(start.taskId, options.wait);

  if (previous?.identifier === identifier) {
    notes.push(`${identifier} is already installed; nothing to do`);
    return finish('unchanged');
  }
  if (!previous) {
    log(`Installing ${identifier}`);
    return finish('installed', await settle(await target.install([identifier])));
  }
  if (target.capabilities.upgrade === 'in-place') {
    log(`Upgrading ${previous.identifier} → ${identifier}`);
    return finish('upgraded', await settle(await target.upgrade(previous.identifier, identifier)));
  }
  const say = `the console cannot upgrade a local package in place: uninstalling ${previous.identifier}, then installing ${identifier} (as the Dify web UI does); the plugin is absent in between`;
  log(say.charAt(0).toUpperCase() + say.slice(1));
  const gapStart = now();
  await target.uninstall(previous.installationId);
  let task: InstallTask | undefined;
  try {
    task = await settle(await target.install([identifier]));
  } catch (error) {
    if (error instanceof TargetError) throw new PluginAbsentError(previous, error);
    throw error;
  }
  const absentMs = now() - gapStart;
  notes.push(
    `uninstalled ${previous.identifier}, then installed ${identifier} (the console has no in-place upgrade); ${pluginId} was absent for ${absentMs} ms`,
  );
  return finish('reinstalled', task, absentMs);
}
