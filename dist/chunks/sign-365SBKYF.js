import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  readArtifact
} from "./chunk-UWIAWLSW.js";
import {
  PackageSource
} from "./chunk-TP4X3BFM.js";
import {
  validateSource
} from "./chunk-2XLMBUVF.js";
import "./chunk-XRKHKGFK.js";
import "./chunk-CQST36R3.js";
import "./chunk-LWEEHDDH.js";
import {
  DAEMON_TRUST,
  parseCategory,
  signPackage,
  verifyPackage
} from "./chunk-P4UHCZGU.js";
import {
  loadPrivateKey
} from "./chunk-H2V5PLBP.js";
import "./chunk-S4KMRDAG.js";
import "./chunk-VE4XLNYK.js";
import "./chunk-V3FPZX47.js";
import {
  openPackage
} from "./chunk-MP6ZBQ7L.js";
import "./chunk-S7GB3GUJ.js";
import "./chunk-VRKDIB4M.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-2IKMEROK.js";
import "./chunk-36KHJ32L.js";
import "./chunk-RNQVW4XQ.js";
import {
  short
} from "./chunk-HXXNGEUI.js";
import "./chunk-TO5RASRL.js";
import "./chunk-2IS3DTRP.js";
import {
  finding
} from "./chunk-TJWGW2SP.js";
import {
  CheckFailedError,
  UsageError
} from "./chunk-62OAMW2I.js";
import {
  countFindings
} from "./chunk-RQVOJRQL.js";
import "./chunk-MBP77SEH.js";

// src/artifact/sign.ts
import { createPublicKey } from "node:crypto";
import path from "node:path";
async function signStage(input, ctx) {
  if (!input.package) throw new UsageError("no package to sign", "Give the path of a .difypkg.");
  const category = parseCategory(input.category);
  const key = loadPrivateKey(input.key, ctx.env);
  const file = path.resolve(ctx.cwd, input.package);
  const limits = { maxUncompressed: input.maxSize ? input.maxSize * 1024 * 1024 : void 0 };
  const pkg = await openPackage(file, limits);
  let findings;
  let author;
  let signed;
  try {
    const validated = await validateSource(new PackageSource(pkg, input.package));
    findings = ctx.policy.apply(validated.findings);
    author = validated.plugin.manifest.scalarText("/author") ?? "";
    if (countFindings(findings).errors > 0) return { findings, category };
    if (key.bits !== 4096) ctx.log(`note: the key has ${key.bits} bits; Dify's own keys have 4096`);
    const outDir = input.outDir ? path.resolve(ctx.cwd, input.outDir) : void 0;
    const publicKey = { ...key, key: createPublicKey(key.key), official: false };
    const check = async (temp) => {
      const written = await openPackage(temp, limits);
      let verdict;
      try {
        verdict = await verifyPackage(written, [publicKey]);
      } finally {
        await written.close();
      }
      if (verdict.status !== "verified") {
        throw new CheckFailedError(
          `the signed package does not verify with the key's public half (${verdict.reason}); nothing was written`,
          "Sign it again; if it fails again, the input package or the disk is damaged."
        );
      }
    };
    signed = await signPackage({ pkg, file, key: key.key, category, outDir, check });
  } finally {
    await pkg.close();
  }
  const artifact = await readArtifact(signed.path, {
    keys: [{ ...key, key: createPublicKey(key.key), official: false }],
    limits
  });
  if (author.toLowerCase() === "langgenius" && category !== "langgenius") {
    findings.push(
      finding("DPR432", `the author is langgenius but the category is ${category}`, {
        file: "manifest.yaml",
        fix: "Daemons with ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES=true (the default) refuse it in bundles; use your own author name."
      })
    );
  }
  findings.push(
    finding(
      "DPR431",
      `signed with key ${short(key.fingerprint)}; a Dify daemon accepts the signature only when it trusts the matching public key`,
      { fix: DAEMON_TRUST }
    )
  );
  return {
    findings,
    artifact,
    category,
    fingerprint: key.fingerprint,
    resigned: signed.resigned,
    sumsFile: signed.sumsFile
  };
}
export {
  signStage
};
