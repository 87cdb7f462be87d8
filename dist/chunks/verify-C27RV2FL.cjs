"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  verifyStage: () => verifyStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_QD5E7H7M = require("./chunk-QD5E7H7M.cjs");
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_5CTX533T = require("./chunk-5CTX533T.cjs");
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
async function verifyStage(input, ctx) {
  const keys = input.official === false ? [] : [(0, import_chunk_CIGYBCEM.officialKey)()];
  const findings = [];
  for (const source of input.keys ?? []) {
    const key = (0, import_chunk_JS5O4ZNU.loadPublicKey)(source, ctx.env);
    keys.push({ ...key, official: false });
    if (key.daemonProblem) {
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR430", `${key.origin}: ${key.daemonProblem}; it is accepted here but not by the daemon`, {
          file: source.file,
          fix: "Rewrite the file with exactly the PEM block and one final newline (keygen writes it so)."
        })
      );
    }
  }
  if (keys.length === 0) {
    throw new import_chunk_NG6BV4S6.UsageError(
      "no key to verify with",
      "Give a public key to trust, or trust the official key again."
    );
  }
  const file = import_node_path.default.resolve(ctx.cwd, input.package);
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file, { maxUncompressed: input.maxSize && input.maxSize * 1024 * 1024 });
  let detail;
  try {
    detail = await (0, import_chunk_QD5E7H7M.inspectOpen)(pkg, file, { keys });
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
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR431",
            `signed by ${result.signer.origin} (${(0, import_chunk_LO4GP5KN.short)(result.signer.fingerprint)}), which a Dify daemon does not trust by default`,
            { fix: import_chunk_CIGYBCEM.DAEMON_TRUST }
          )
        );
      }
      if (author.toLowerCase() === "langgenius" && result.category !== "langgenius") {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR432", `the author is langgenius but the category is ${(0, import_chunk_LO4GP5KN.categoryText)(result)}`, {
            fix: "Daemons with ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES=true (the default) refuse it in bundles."
          })
        );
      }
      return out;
    }
    case "unsigned":
      return [
        (0, import_chunk_AIBAUOYI.finding)("DPR434", result.reason, {
          fix: `Sign it: dify-plugin-release sign PKG --key <name>.private.pem (keys from keygen). ${import_chunk_CIGYBCEM.DAEMON_TRUST} A daemon with its default settings refuses unsigned packages.`
        })
      ];
    case "modified":
      return [
        (0, import_chunk_AIBAUOYI.finding)("DPR434", result.reason, {
          fix: "Rebuild and sign the package again; never edit a signed package."
        })
      ];
    case "untrusted":
      return [
        (0, import_chunk_AIBAUOYI.finding)("DPR434", result.reason, {
          fix: `Check it against the signer's public key (give it as a trusted key). ${import_chunk_CIGYBCEM.DAEMON_TRUST}`
        })
      ];
    case "invalid":
      return [(0, import_chunk_AIBAUOYI.finding)("DPR434", result.reason, { fix: "Rebuild and sign the package again." })];
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  verifyStage
});
