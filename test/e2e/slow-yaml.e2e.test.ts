import { describe, expect, it } from 'vitest';
import { actionEnv, readOutputs, runAction, runCli, runStage } from '../helpers/cli.js';
import { edit, writePlugin } from '../helpers/plugins.js';

/**
 * The YAML package is a file of its own in the bundle (dist/chunks/yaml-slow.cjs), required the first
 * time a file needs it: each kind of entry (the CLI, the umbrella action, a sub-action's stage entry)
 * must find it, wherever esbuild put the code that requires it.
 */
describe('YAML the fast reader does not take, read from every bundle entry', () => {
  it('anchors are read and a syntax error is reported at its line, by the CLI, the umbrella action and the validate stage', () => {
    // An anchor and its alias: the slow path reads them, and the plugin is valid.
    const anchored = writePlugin({
      'tools/echo.yaml': edit(
        'tools/echo.yaml',
        '    en_US: Echo\n',
        '    en_US: &name Echo\n    zh_Hans: *name\n',
      ),
    });
    const broken = writePlugin({ 'manifest.yaml': 'version: 0.1.0\nlabel: [unclosed\n' });
    const ok = runCli(['validate', anchored]);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    const cli = runCli(['validate', broken]);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(/manifest\.yaml:\d+:\d+ {2}error {2}DPR001/);
    const entries = [
      (env: NodeJS.ProcessEnv) => runAction({ ...env, INPUT_COMMAND: 'validate' }),
      (env: NodeJS.ProcessEnv) => runStage('validate', env),
    ];
    for (const run of entries) {
      for (const [dir, errors] of [
        [anchored, '0'],
        [broken, '1'],
      ] as const) {
        const env = actionEnv(dir, { path: dir });
        const r = run(env);
        expect(r.status, r.stdout + r.stderr).toBe(errors === '0' ? 0 : 1);
        expect(`${r.stdout}${r.stderr}`).not.toMatch(/yaml-slow\.cjs|Cannot find module|internal error/);
        expect(readOutputs(env.GITHUB_OUTPUT!).errors).toBe(errors);
      }
    }
  });
});
