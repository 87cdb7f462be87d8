/**
 * Deployment fixtures: signed packages of the test plugin at several versions (their SHA256SUMS
 * beside them, as `sign` writes it) and a stage context whose working directory holds the
 * environments' embedded daemons and ledgers (.dify-release/envs/<name>/).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { signCommand } from '../../src/commands/sign.js';
import { readPackageInfo } from '../../src/deploy/package-info.js';
import { generateKeyPairPem } from '../../src/signing/keys.js';
import { edit, TOOL_PLUGIN, tempDir } from './plugins.js';
import { runCommand, testContext } from './stage.js';
import { buildPackage } from './targets.js';

export interface SignedPackage {
  path: string;
  identifier: string;
  sha256: string;
  version: string;
}

export interface Keys {
  privateFile: string;
  publicFile: string;
}

export async function testKeys(): Promise<Keys> {
  const { privatePem, publicPem } = await generateKeyPairPem(2048);
  const dir = tempDir('dpr-keys-');
  const privateFile = path.join(dir, 'test.private.pem');
  const publicFile = path.join(dir, 'test.public.pem');
  writeFileSync(privateFile, privatePem, { mode: 0o600 });
  writeFileSync(publicFile, publicPem);
  return { privateFile, publicFile };
}

/** The test plugin at `version` (optionally with a storage permission), signed with the key. */
export async function signedAt(
  version: string,
  keys: Keys | undefined,
  options: { storage?: boolean } = {},
): Promise<SignedPackage> {
  let manifest = edit('manifest.yaml', 'version: 0.1.0', `version: ${version}`);
  if (options.storage)
    manifest = manifest.replace(
      '    tool:\n      enabled: true\n',
      '    tool:\n      enabled: true\n    storage:\n      enabled: true\n      size: 1048576\n',
    );
  const built = await buildPackage({ 'manifest.yaml': manifest }, TOOL_PLUGIN);
  let file = built.path;
  if (keys) {
    const out = tempDir('dpr-signed-');
    const r = await runCommand(signCommand, { package: built.path, key: keys.privateFile, output: out });
    if (r.exitCode !== 0) throw new Error(`fixture does not sign: ${JSON.stringify(r.reporter)}`);
    file = path.join(out, path.basename(built.path).replace(/\.difypkg$/, '.signed.difypkg'));
  }
  const info = await readPackageInfo(file, []);
  return { path: file, identifier: info.artifact.identifier, sha256: info.artifact.sha256, version };
}

/** A stage context in a fresh working directory (its own environments), with a checklist. */
export function deployContext(checklist: Record<string, unknown> = {}, cwd = tempDir('dpr-envs-')) {
  const ctx = testContext({ cwd });
  ctx.config = { ...ctx.config, checklist };
  return ctx;
}
