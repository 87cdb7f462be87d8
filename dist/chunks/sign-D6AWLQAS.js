import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  readArtifact
} from "./chunk-ZR46IG5X.js";
import {
  DAEMON_TRUST,
  parseCategory,
  signPackage,
  verifyPackage
} from "./chunk-MC6ROTTZ.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import {
  loadPrivateKey
} from "./chunk-KNYFJMOG.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import {
  PackageSource
} from "./chunk-ZQENFKUT.js";
import {
  openPackage
} from "./chunk-V3BXYE66.js";
import {
  validateSource
} from "./chunk-AFI7Z2DL.js";
import "./chunk-N54IPBB7.js";
import "./chunk-IME7R53O.js";
import "./chunk-HBOEZ4GN.js";
import "./chunk-RN7JU5ET.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LLCYNNFI.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import {
  short
} from "./chunk-HXXNGEUI.js";
import "./chunk-4ZVZ2M7T.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-277J5JLG.js";
import {
  CheckFailedError,
  UsageError
} from "./chunk-62OAMW2I.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import {
  countFindings
} from "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";

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
    signed = await signPackage({
      pkg,
      file,
      key: key.key,
      keyOrigin: key.origin,
      category,
      outDir,
      check,
      force: input.force
    });
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
