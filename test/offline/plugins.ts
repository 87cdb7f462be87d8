/** Plugins for the offline tests: the base tool plugin, whose code imports its dependencies. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageCommand } from '../../src/commands/package.js';
import { openPackage } from '../../src/zip/reader.js';
import { type PluginFiles, TOOL_PLUGIN, writePlugin } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';

/** main.py imports the SDK stand-in, and the provider imports a dependency: the import check proves both installed. */
export const OFFLINE_PLUGIN: Record<string, string> = {
  ...TOOL_PLUGIN,
  'main.py':
    'from dify_plugin import DifyPluginEnv, Plugin\n\nplugin = Plugin(DifyPluginEnv())\n\nif __name__ == "__main__":\n    plugin.run()\n',
  'provider/demo.py': 'import tinyjson\n\nSAMPLE = tinyjson.dumps({"b": 1, "a": 2})\n',
  'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\ntinyjson>=1.2\n',
};

export function offlinePlugin(changes: PluginFiles = {}): string {
  return writePlugin(changes, OFFLINE_PLUGIN);
}

/** The environment pip and the stage run in: nothing from this machine's pip configuration. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of Object.keys(env)) if (k.startsWith('PIP_') && !(k in extra)) delete env[k];
  return env;
}

/** `package --offline` in process. */
export function packageOffline(
  dir: string,
  values: Record<string, unknown>,
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  return runCommand(
    packageCommand,
    { path: dir, offline: true, ...values },
    {
      cwd: options.cwd ?? dir,
      env: options.env ?? cleanEnv(),
    },
  );
}

/** Entry names and the text of one entry of a package. */
export async function entries(
  file: string,
): Promise<{ names: string[]; text(name: string): Promise<string> }> {
  const pkg = await openPackage(file, { maxUncompressed: 1 << 30 });
  const names = pkg.entries.map((e) => e.name);
  const texts = new Map<string, string>();
  for (const n of names) if (!n.endsWith('.whl')) texts.set(n, (await pkg.read(n)).toString('utf8'));
  await pkg.close();
  return { names, text: async (n) => texts.get(n) ?? '' };
}

export function bytes(file: string): Buffer {
  return readFileSync(file);
}

export function base(file: string): string {
  return path.basename(file);
}

/**
 * A CPython of this minor version with venv on this machine (the target's, for a real install):
 * `$DPR_PYTHON`, `python3.12` on PATH, or a pyenv installation; undefined when there is none.
 */
export function findPython(minor = '3.12'): string | undefined {
  const works = (python: string) =>
    spawnSync(python, ['-c', 'import sys, venv; print("%d.%d" % sys.version_info[:2])'], {
      encoding: 'utf8',
    }).stdout?.trim() === minor;
  for (const c of [process.env.DPR_PYTHON, `python${minor}`]) if (c && works(c)) return c;
  const root = spawnSync('pyenv', ['root'], { encoding: 'utf8' }).stdout?.trim();
  if (root && existsSync(path.join(root, 'versions'))) {
    for (const v of readdirSync(path.join(root, 'versions')).sort().reverse()) {
      const python = path.join(root, 'versions', v, 'bin', `python${minor}`);
      if (v.startsWith(`${minor}.`) && existsSync(python) && works(python)) return python;
    }
  }
  return undefined;
}
