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
  verifyCommand: () => verifyCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_BXTKYJQN = require("./chunk-BXTKYJQN.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_42Y64D6S = require("./chunk-42Y64D6S.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var verifyCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "verify",
  summary: "check a package\u2019s signature as the daemon does; says why when it fails",
  args: [{ key: "package", kind: "path", required: true, description: "the .difypkg to verify" }],
  options: [
    (0, import_chunk_BXTKYJQN.publicKeysOption)("also trust this public key (PKCS#1 PEM file; repeatable)"),
    {
      key: "keyEnv",
      kind: "list",
      value: "variable",
      description: "also trust the public key in this environment variable (repeatable)"
    },
    {
      key: "official",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "trust the official Dify key (turn off to check against the given keys only)"
    },
    (0, import_chunk_BXTKYJQN.maxSizeOption)(),
    {
      key: "provenance",
      kind: "path",
      value: "file",
      description: "also check this Sigstore provenance bundle (the release\u2019s <package>.sigstore.json) against the package\u2019s sha256, offline: the statement\u2019s subject digest and the signature with the bundled certificate\u2019s key"
    },
    {
      key: "offlineInstall",
      kind: "boolean",
      default: false,
      description: "also prove an offline package installs: its wheels fit the target, and a fresh environment installs them with no network and imports the entrypoint"
    }
  ],
  common: ["config", "annotate-notices"],
  outputs: [
    { name: "status", description: "verified, unsigned, modified, untrusted or invalid" },
    { name: "category", description: "the authorized category in the signature" },
    { name: "fingerprint", description: "the SHA-256 fingerprint of the key that signed it" },
    { name: "identifier", description: "the Dify identifier of the package" },
    { name: "sha256", description: "sha256 of the package file" },
    { name: "provenance", description: "with --provenance: verified, mismatch, bad-signature or invalid" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { verifyStage } = await Promise.resolve().then(() => require("./verify-C27RV2FL.cjs"));
    const keys = [
      ...(input.key ?? []).map((file) => ({ file })),
      ...(input.keyEnv ?? []).map((env) => ({ env }))
    ];
    const result = await verifyStage(
      { package: input.package, keys, official: input.official, maxSize: input.maxSize },
      ctx
    );
    if (input.provenance) {
      const { checkBundle, provenanceFindings } = await Promise.resolve().then(() => require("./provenance-GZZK6WGW.cjs"));
      const file = import_node_path.default.resolve(ctx.cwd, input.provenance);
      let text;
      try {
        text = (0, import_node_fs.readFileSync)(file, "utf8");
      } catch {
        throw new import_chunk_NG6BV4S6.UsageError(
          `--provenance ${input.provenance} cannot be read`,
          "Pass the bundle file (JSON)."
        );
      }
      result.provenance = checkBundle(
        text,
        result.artifact.sha256,
        () => (0, import_node_fs.readFileSync)(import_node_path.default.resolve(ctx.cwd, input.package))
      );
      result.findings.push(...provenanceFindings(result.provenance, input.provenance));
    }
    if (input.offlineInstall) {
      const { verifyOfflineInstall } = await Promise.resolve().then(() => require("./verify-S7JONDML.cjs"));
      result.offline = await verifyOfflineInstall({ package: input.package, maxSize: input.maxSize }, ctx);
    }
    return result;
  },
  present({ findings, artifact, verify, provenance, offline }, input) {
    const ok = verify.status === "verified" && (!provenance || provenance.status === "verified");
    const offlineSections = offline ? [offlineSection(offline, input.package)] : [];
    return {
      sections: [
        {
          stage: "verify",
          headline: ok ? `${input.package}: ${verify.reason}${provenance ? "; provenance checked offline" : ""}` : `${input.package} does not verify${provenance && provenance.status !== "verified" ? ` (provenance: ${provenance.status})` : ""}`,
          findings,
          summary: {
            ...(0, import_chunk_42Y64D6S.artifactJson)(artifact),
            status: verify.status,
            reason: verify.reason,
            signer: verify.signer ? {
              origin: verify.signer.origin,
              fingerprint: verify.signer.fingerprint,
              official: verify.signer.official
            } : null,
            category: verify.category ?? null,
            categorySource: verify.categorySource ?? null,
            time: verify.time ?? null,
            provenance: provenance ?? null,
            keys: verify.keys.map((k) => ({
              origin: k.origin,
              fingerprint: k.fingerprint,
              official: k.official
            }))
          },
          tables: [
            {
              title: "Signature",
              header: ["", "value"],
              rows: [
                ["status", verify.status],
                ...verify.signer ? [["key", `${verify.signer.origin} ${(0, import_chunk_LO4GP5KN.short)(verify.signer.fingerprint)}`]] : [],
                ...verify.category !== void 0 ? [["category", (0, import_chunk_LO4GP5KN.categoryText)(verify)]] : [],
                ...verify.time ? [["signed at", new Date(verify.time * 1e3).toISOString()]] : []
              ]
            },
            ...provenance ? [
              {
                title: "Provenance (checked offline)",
                header: ["", "value"],
                rows: [
                  ["status", provenance.status],
                  ["why", provenance.reason],
                  ...provenance.signer ? [["signer (as claimed)", provenance.signer]] : [],
                  ...provenance.predicateType ? [["predicate", provenance.predicateType]] : [],
                  ["checked", provenance.checked.join("; ") || "-"],
                  ["not checked", provenance.notChecked.join("; ")]
                ]
              }
            ] : []
          ]
        },
        ...offlineSections
      ],
      outputs: {
        ...provenance ? { provenance: provenance.status } : {},
        status: verify.status,
        category: verify.category ?? "",
        fingerprint: verify.signer?.fingerprint ?? "",
        identifier: artifact.identifier,
        sha256: artifact.sha256
      },
      exitCode: ok ? void 0 : 1
    };
  }
});
function offlineSection(o, pkg) {
  const failed = o.gates.filter((g) => g.status === "failed");
  const proven = o.gates.every((g) => g.status === "passed");
  return {
    stage: "verify",
    headline: failed.length ? `${pkg}: the offline install would fail (${failed.map((g) => g.id).join(", ")})` : proven ? `${pkg}: installs offline on ${o.target?.name} and its entrypoint imports` : `${pkg}: wheels fit ${o.target?.name}; the install could not be run on this machine`,
    findings: o.findings,
    summary: {
      offlineInstall: proven ? "proven" : failed.length ? "failed" : "checked",
      target: o.target?.name ?? null,
      python: o.target?.python.minor ?? null,
      targetFrom: o.targetFrom,
      wheels: o.wheels,
      gates: o.gates,
      install: o.install ?? null
    },
    tables: [{ kind: "gates", title: "Offline install", gates: o.gates }]
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  verifyCommand
});
