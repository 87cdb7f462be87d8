import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  MANIFEST
} from "./chunk-AA2BIYNF.js";
import {
  parseYamlBytes
} from "./chunk-NN4QJYMT.js";
import {
  LIMITS
} from "./chunk-JLTILB3U.js";
import {
  readRegularFile
} from "./chunk-HKI4UFJS.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

// src/testing/plan.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
function testPlan(input, ctx) {
  const root = path.resolve(ctx.cwd, input.path);
  const read = (rel) => {
    try {
      return readRegularFile(path.join(root, rel), { maxBytes: LIMITS.maxTextBytes, root });
    } catch {
      return Buffer.alloc(0);
    }
  };
  let version = input.pythonVersion;
  if (!version) {
    const manifest = read(MANIFEST);
    if (manifest.length > 0) version = parseYamlBytes(MANIFEST, manifest).scalarText("/meta/runner/version");
  }
  const uv = existsSync(path.join(root, "uv.lock"));
  const hash = createHash("sha256");
  if (uv) hash.update(read("uv.lock")).update(read("pyproject.toml"));
  else hash.update(read("requirements.txt"));
  const python = version || "3.12";
  const os = ctx.env.RUNNER_OS ?? process.platform;
  const arch = ctx.env.RUNNER_ARCH ?? process.arch;
  return {
    pythonVersion: python,
    uv,
    depsHash: hash.digest("hex").slice(0, 16),
    cacheDir: ctx.env.DPR_CACHE_DIR || path.join(homedir(), ".cache", "dify-plugin-release", "envs"),
    cachePrefix: `dpr-test-env-${os}-${arch}-py${python}`
  };
}
export {
  testPlan
};
