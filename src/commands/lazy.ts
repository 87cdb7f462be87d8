import type { CommandDecl } from './declare.js';

/**
 * Each command's declaration by name, loaded on demand: the CLI builds only the command it runs
 * (parsing every declaration costs more than some commands take). An index of the declarations in
 * registry.ts, not a second declaration; a test keeps the two the same.
 */
type Decl = CommandDecl<never, never>;
const decl = (d: unknown) => d as Decl;

export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<Decl>>> = {
  validate: () => import('./validate.js').then((m) => decl(m.validateCommand)),
  check: () => import('./check.js').then((m) => decl(m.checkCommand)),
  diff: () => import('./diff.js').then((m) => decl(m.diffCommand)),
  test: () => import('./test.js').then((m) => decl(m.testCommand)),
  package: () => import('./package.js').then((m) => decl(m.packageCommand)),
  sign: () => import('./sign.js').then((m) => decl(m.signCommand)),
  verify: () => import('./verify.js').then((m) => decl(m.verifyCommand)),
  release: () => import('./release.js').then((m) => decl(m.releaseCommand)),
  submit: () => import('./submit.js').then((m) => decl(m.submitCommand)),
  deploy: () => import('./deploy.js').then((m) => decl(m.deployCommand)),
  promote: () => import('./promote.js').then((m) => decl(m.promoteCommand)),
  rollback: () => import('./rollback.js').then((m) => decl(m.rollbackCommand)),
  status: () => import('./status.js').then((m) => decl(m.statusCommand)),
  pipeline: () => import('./pipeline.js').then((m) => decl(m.pipelineCommand)),
  inspect: () => import('./inspect.js').then((m) => decl(m.inspectCommand)),
  keygen: () => import('./keygen.js').then((m) => decl(m.keygenCommand)),
  bundle: () => import('./bundle.js').then((m) => decl(m.bundleCommand)),
  daemon: () => import('./daemon.js').then((m) => decl(m.daemonCommand)),
  tasks: () => import('./tasks.js').then((m) => decl(m.tasksCommand)),
  doctor: () => import('./doctor.js').then((m) => decl(m.doctorCommand)),
  explain: () => import('./explain.js').then((m) => decl(m.explainCommand)),
  'test-plan': () => import('./test-plan.js').then((m) => decl(m.testPlanCommand)),
};
