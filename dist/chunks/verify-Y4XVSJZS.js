import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  inspectOpen
} from "./chunk-ZR46IG5X.js";
import {
  DAEMON_TRUST,
  officialKey
} from "./chunk-MC6ROTTZ.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import {
  loadPublicKey
} from "./chunk-KNYFJMOG.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import {
  openPackage
} from "./chunk-V3BXYE66.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import {
  categoryText,
  short
} from "./chunk-HXXNGEUI.js";
import {
  UsageError
} from "./chunk-62OAMW2I.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

// src/artifact/verify.ts
import path from "node:path";
async function verifyStage(input, ctx) {
  const keys = input.official === false ? [] : [officialKey()];
  const findings = [];
  for (const source of input.keys ?? []) {
    const key = loadPublicKey(source, ctx.env);
    keys.push({ ...key, official: false });
    if (key.daemonProblem) {
      findings.push(
        finding("DPR430", `${key.origin}: ${key.daemonProblem}; it is accepted here but not by the daemon`, {
          file: source.file,
          fix: "Rewrite the file with exactly the PEM block and one final newline (keygen writes it so)."
        })
      );
    }
  }
  if (keys.length === 0) {
    throw new UsageError(
      "no key to verify with",
      "Give a public key to trust, or trust the official key again."
    );
  }
  const file = path.resolve(ctx.cwd, input.package);
  const pkg = await openPackage(file, { maxUncompressed: input.maxSize && input.maxSize * 1024 * 1024 });
  let detail;
  try {
    detail = await inspectOpen(pkg, file, { keys });
  } finally {
    await pkg.close();
  }
  findings.push(...verdictFindings(detail.verify, detail.artifact.author));
  return { findings, artifact: detail.artifact, verify: detail.verify };
}
function verdictFindings(result, author) {
  switch (result.status) {
    case "verified": {
      const out = [];
      if (result.signer && !result.signer.official) {
        out.push(
          finding(
            "DPR431",
            `signed by ${result.signer.origin} (${short(result.signer.fingerprint)}), which a Dify daemon does not trust by default`,
            { fix: DAEMON_TRUST }
          )
        );
      }
      if (author.toLowerCase() === "langgenius" && result.category !== "langgenius") {
        out.push(
          finding("DPR432", `the author is langgenius but the category is ${categoryText(result)}`, {
            fix: "Daemons with ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES=true (the default) refuse it in bundles."
          })
        );
      }
      return out;
    }
    case "unsigned":
      return [
        finding("DPR434", result.reason, {
          fix: `Sign it: dify-plugin-release sign PKG --key <name>.private.pem (keys from keygen). ${DAEMON_TRUST} A daemon with its default settings refuses unsigned packages.`
        })
      ];
    case "modified":
      return [
        finding("DPR434", result.reason, {
          fix: "Rebuild and sign the package again; never edit a signed package."
        })
      ];
    case "untrusted":
      return [
        finding("DPR434", result.reason, {
          fix: `Check it against the signer's public key (give it as a trusted key). ${DAEMON_TRUST}`
        })
      ];
    case "invalid":
      return [finding("DPR434", result.reason, { fix: "Rebuild and sign the package again." })];
  }
}
export {
  verifyStage
};
