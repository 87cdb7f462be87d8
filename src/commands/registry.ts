import { bundleCommand } from './bundle.js';
import { checkCommand } from './check.js';
import { daemonCommand } from './daemon.js';
import type { CommandDecl } from './declare.js';
import { deployCommand } from './deploy.js';
import { diffCommand } from './diff.js';
import { doctorCommand } from './doctor.js';
import { explainCommand } from './explain.js';
import { inspectCommand } from './inspect.js';
import { keygenCommand } from './keygen.js';
import { packageCommand } from './package.js';
import { pipelineCommand } from './pipeline.js';
import { promoteCommand } from './promote.js';
import { releaseCommand } from './release.js';
import { rollbackCommand } from './rollback.js';
import { signCommand } from './sign.js';
import { statusCommand } from './status.js';
import { submitCommand } from './submit.js';
import { tasksCommand } from './tasks.js';
import { testCommand } from './test.js';
import { testPlanCommand } from './test-plan.js';
import { validateCommand } from './validate.js';
import { verifyCommand } from './verify.js';

/**
 * Every command, in the order help and the docs list them. Declarations are light: a command's
 * stage loads when it runs.
 */
export const COMMANDS: readonly CommandDecl<never, never>[] = [
  validateCommand,
  checkCommand,
  diffCommand,
  testCommand,
  packageCommand,
  signCommand,
  verifyCommand,
  releaseCommand,
  submitCommand,
  deployCommand,
  promoteCommand,
  rollbackCommand,
  statusCommand,
  pipelineCommand,
  inspectCommand,
  keygenCommand,
  bundleCommand,
  daemonCommand,
  tasksCommand,
  doctorCommand,
  explainCommand,
  testPlanCommand,
] as unknown as CommandDecl<never, never>[];

export function findCommand(name: string): CommandDecl<never, never> | undefined {
  return COMMANDS.find((c) => c.name === name);
}
