import path from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { packagePlugin } from '../../src/package/package.js';
import { GitHubServer } from '../helpers/github-server.js';
import { edit, type PluginFiles, tempDir, writePlugin } from '../helpers/plugins.js';

/** Build the demo tool plugin (with changes, at a version) into a fresh directory; the package's path. */
export async function buildPackage(
  options: { version?: string; changes?: PluginFiles; author?: string; name?: string } = {},
): Promise<string> {
  let manifest = edit('manifest.yaml', 'version: 0.1.0', `version: ${options.version ?? '0.1.0'}`);
  if (options.author) manifest = manifest.replace('author: acme', `author: ${options.author}`);
  if (options.name) manifest = manifest.replace('name: demo_tool', `name: ${options.name}`);
  const dir = writePlugin({ 'manifest.yaml': manifest, ...(options.changes ?? {}) });
  const out = tempDir('dpr-pkg-');
  const r = await packagePlugin({ path: dir, outDir: out });
  if (!r.path) throw new Error(`fixture: the package was not built: ${JSON.stringify(r.findings)}`);
  return r.path;
}

/** A started local GitHub with `acme/demo-tool` (owned by `acme`), stopped after each test. */
export function gitHub(): () => Promise<{ server: GitHubServer; token: string; env: NodeJS.ProcessEnv }> {
  const servers: GitHubServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });
  afterAll(async () => {
    for (const s of servers.splice(0)) await s.close();
  });
  return async () => {
    const server = await new GitHubServer().start();
    servers.push(server);
    server.addRepo('acme/demo-tool', { files: { 'README.md': '# demo\n' } });
    const token = server.token('acme');
    return { server, token, env: ghEnv(server, token) };
  };
}

/** The environment a stage sees: the local server, the token, the repository; nothing from Actions. */
export function ghEnv(server: GitHubServer, token: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_API_URL: server.apiUrl,
    GITHUB_TOKEN: token,
    GITHUB_REPOSITORY: 'acme/demo-tool',
    ...extra,
  };
}

export const fileName = (p: string) => path.basename(p);

/** Writes the run made (anything but GET). */
export function writes(server: GitHubServer) {
  return server.requests.filter((r) => r.method !== 'GET' && !/generate-notes$/.test(r.path));
}
