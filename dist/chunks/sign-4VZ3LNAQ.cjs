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
  signStage: () => signStage
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
var import_chunk_Q55RSBNO = require("./chunk-Q55RSBNO.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_SZJBJCIK = require("./chunk-SZJBJCIK.cjs");
var import_chunk_VXEUCSCM = require("./chunk-VXEUCSCM.cjs");
var import_chunk_YQ2GBM5X = require("./chunk-YQ2GBM5X.cjs");
var import_chunk_7KON7YZD = require("./chunk-7KON7YZD.cjs");
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_Z6ZQYNIY = require("./chunk-Z6ZQYNIY.cjs");
var import_chunk_OMGGYXM6 = require("./chunk-OMGGYXM6.cjs");
var import_chunk_GMYZR33R = require("./chunk-GMYZR33R.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_UTH2BAN3 = require("./chunk-UTH2BAN3.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_4XO4ETKR = require("./chunk-4XO4ETKR.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_crypto = require("node:crypto");
var import_node_path = __dprBuiltin(require("node:path"));
async function signStage(input, ctx) {
  if (!input.package) throw new import_chunk_NG6BV4S6.UsageError("no package to sign", "Give the path of a .difypkg.");
  const category = (0, import_chunk_CIGYBCEM.parseCategory)(input.category);
  const key = (0, import_chunk_JS5O4ZNU.loadPrivateKey)(input.key, ctx.env);
  const file = import_node_path.default.resolve(ctx.cwd, input.package);
  const limits = { maxUncompressed: input.maxSize ? input.maxSize * 1024 * 1024 : void 0 };
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file, limits);
  let findings;
  let author;
  let signed;
  try {
    const validated = await (0, import_chunk_SZJBJCIK.validateSource)(new import_chunk_Q55RSBNO.PackageSource(pkg, input.package));
    findings = ctx.policy.apply(validated.findings);
    author = validated.plugin.manifest.scalarText("/author") ?? "";
    if ((0, import_chunk_YK7KIND3.countFindings)(findings).errors > 0) return { findings, category };
    if (key.bits !== 4096) ctx.log(`note: the key has ${key.bits} bits; Dify's own keys have 4096`);
    const outDir = input.outDir ? import_node_path.default.resolve(ctx.cwd, input.outDir) : void 0;
    const publicKey = { ...key, key: (0, import_node_crypto.createPublicKey)(key.key), official: false };
    const check = async (temp) => {
      const written = await (0, import_chunk_MYI4MX5U.openPackage)(temp, limits);
      let verdict;
      try {
        verdict = await (0, import_chunk_CIGYBCEM.verifyPackage)(written, [publicKey]);
      } finally {
        await written.close();
      }
      if (verdict.status !== "verified") {
        throw new import_chunk_NG6BV4S6.CheckFailedError(
          `the signed package does not verify with the key's public half (${verdict.reason}); nothing was written`,
          "Sign it again; if it fails again, the input package or the disk is damaged."
        );
      }
    };
    signed = await (0, import_chunk_CIGYBCEM.signPackage)({
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
  const artifact = await (0, import_chunk_QD5E7H7M.readArtifact)(signed.path, {
    keys: [{ ...key, key: (0, import_node_crypto.createPublicKey)(key.key), official: false }],
    limits
  });
  if (author.toLowerCase() === "langgenius" && category !== "langgenius") {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR432", `the author is langgenius but the category is ${category}`, {
        file: "manifest.yaml",
        fix: "Daemons with ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES=true (the default) refuse it in bundles; use your own author name."
      })
    );
  }
  findings.push(
    (0, import_chunk_AIBAUOYI.finding)(
      "DPR431",
      `signed with key ${(0, import_chunk_LO4GP5KN.short)(key.fingerprint)}; a Dify daemon accepts the signature only when it trusts the matching public key`,
      { fix: import_chunk_CIGYBCEM.DAEMON_TRUST }
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  signStage
});
