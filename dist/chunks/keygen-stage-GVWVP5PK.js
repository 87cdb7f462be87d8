import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  fingerprint,
  generateKeyPairPem
} from "./chunk-KNYFJMOG.js";
import {
  ensureDir,
  writeAtomicFiles
} from "./chunk-EY7IQFHH.js";
import "./chunk-HKI4UFJS.js";
import {
  DEFAULT_KEY_NAME
} from "./chunk-TWVWNLMF.js";
import {
  display
} from "./chunk-RNQVW4XQ.js";
import {
  UsageError
} from "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

// src/signing/keygen-stage.ts
import { createPublicKey } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
async function keygenStage(input, ctx) {
  const name = input.name ?? DEFAULT_KEY_NAME;
  if (name === "" || name.includes("/") || name.includes("\\")) {
    throw new UsageError(
      `the key name "${name}" must be a plain file name`,
      "Choose the folder with the output directory option instead."
    );
  }
  const dir = path.resolve(ctx.cwd, input.outDir ?? ".");
  const privatePath = path.join(dir, `${name}.private.pem`);
  const publicPath = path.join(dir, `${name}.public.pem`);
  for (const p of [privatePath, publicPath]) {
    if (existsSync(p) && !input.force) {
      throw new UsageError(
        `${display(ctx.cwd, p)} exists; refusing to overwrite a key`,
        "Choose another name, or force it if you really mean to replace it."
      );
    }
  }
  ensureDir(dir);
  ctx.log(`generating an RSA-${input.bits ?? 4096} key pair\u2026`);
  const { privatePem, publicPem } = await generateKeyPairPem(input.bits);
  writeAtomicFiles(
    [
      { target: privatePath, data: privatePem, mode: 384 },
      { target: publicPath, data: publicPem, mode: 420 }
    ],
    { exclusive: !input.force }
  );
  return {
    privateKey: privatePath,
    publicKey: publicPath,
    fingerprint: fingerprint(createPublicKey(publicPem))
  };
}
export {
  keygenStage
};
