import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function bundle(name: string): string {
  const dir = process.env.DPR_TEST_BUNDLE;
  if (!dir)
    throw new Error('DPR_TEST_BUNDLE is not set: run the tests with vitest (see test/global-setup.ts)');
  return path.join(dir, `${name}.js`);
}

/**
 * Run the bundled CLI (or another copy of it, `cliPath`) as a real child process, outside GitHub
 * Actions and without colours.
 */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; cliPath?: string } = {},
): CliRun {
  const env = { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...options.env };
  const r = spawnSync(process.execPath, [options.cliPath ?? bundle('cli'), ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Run the bundled action entry as a child process, the way the runner does (env only). */
export function runAction(env: NodeJS.ProcessEnv, cwd?: string): CliRun {
  const r = spawnSync(process.execPath, [bundle('action')], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: 'true', ...env },
    encoding: 'utf8',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Run a node sub-action's entry (dist/stages/<command>.js) as the runner does. */
export function runStage(command: string, env: NodeJS.ProcessEnv, cwd?: string): CliRun {
  const r = spawnSync(process.execPath, [bundle(`stages/${command}`)], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: 'true', ...env },
    encoding: 'utf8',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Outputs written through GITHUB_OUTPUT (the `name<<delimiter` format). */
export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

/** Like `runCli`, without blocking the event loop (for tests that serve HTTP to the CLI). */
export function runCliAsync(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  const env = { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...options.env };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle('cli'), ...args], { cwd: options.cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

/**
 * The environment the runner gives an action step: workspace, empty output and summary files (in
 * the workspace), and each input as `INPUT_<NAME>`.
 */
export function actionEnv(workspace: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const outputs = path.join(workspace, 'outputs.txt');
  const summary = path.join(workspace, 'summary.md');
  writeFileSync(outputs, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}
