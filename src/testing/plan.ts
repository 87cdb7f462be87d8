import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { LIMITS } from '../core/limits.js';
import type { StageContext } from '../io/context.js';
import { readRegularFile } from '../io/read.js';
import { MANIFEST } from '../manifest/plugin-types.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';

export interface TestPlanInput {
  path: string;
  pythonVersion?: string;
}

export interface TestPlan {
  pythonVersion: string;
  uv: boolean;
  depsHash: string;
  cacheDir: string;
  cachePrefix: string;
}

/**
 * What the test action must set up before the stage runs: which Python (`meta.runner.version`,
 * else 3.12), whether uv, and the cache key of the dependency files. Read with the safe reader;
 * an unreadable file counts as absent (the stage itself reports it).
 */
export function testPlan(input: TestPlanInput, ctx: StageContext): TestPlan {
  const root = path.resolve(ctx.cwd, input.path);
  const read = (rel: string): Buffer => {
    try {
      return readRegularFile(path.join(root, rel), { maxBytes: LIMITS.maxTextBytes, root });
    } catch {
      return Buffer.alloc(0);
    }
  };
  let version = input.pythonVersion;
  if (!version) {
    const manifest = read(MANIFEST);
    if (manifest.length > 0) version = parseYamlBytes(MANIFEST, manifest).scalarText('/meta/runner/version');
  }
  const uv = existsSync(path.join(root, 'uv.lock'));
  const hash = createHash('sha256');
  if (uv) hash.update(read('uv.lock')).update(read('pyproject.toml'));
  else hash.update(read('requirements.txt'));
  const python = version || '3.12';
  const os = ctx.env.RUNNER_OS ?? process.platform;
  const arch = ctx.env.RUNNER_ARCH ?? process.arch;
  return {
    pythonVersion: python,
    uv,
    depsHash: hash.digest('hex').slice(0, 16),
    cacheDir: ctx.env.DPR_CACHE_DIR || path.join(homedir(), '.cache', 'dify-plugin-release', 'envs'),
    cachePrefix: `dpr-test-env-${os}-${arch}-py${python}`,
  };
}
