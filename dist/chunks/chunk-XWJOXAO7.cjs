"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  inspectCommand: () => inspectCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_BXTKYJQN = require("./chunk-BXTKYJQN.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_42Y64D6S = require("./chunk-42Y64D6S.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var inspectCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "inspect",
  summary: "show a package: manifest, identifier, checksum, files, signature and generated files",
  args: [{ key: "package", kind: "path", required: true, description: "the .difypkg to inspect" }],
  options: [
    (0, import_chunk_BXTKYJQN.publicKeysOption)("also check the signature against this public key (repeatable)"),
    (0, import_chunk_BXTKYJQN.maxSizeOption)()
  ],
  common: ["config", "annotate-notices"],
  outputs: [
    { name: "identifier", description: "the Dify identifier author/name:version@checksum" },
    { name: "checksum", description: "the Dify checksum" },
    { name: "sha256", description: "sha256 of the package file" },
    { name: "signature", description: "verified, unsigned, modified, untrusted or invalid" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { inspectStage } = await Promise.resolve().then(() => require("./inspect-YEVC6WMM.cjs"));
    return inspectStage(
      { package: input.package, keys: (input.key ?? []).map((file) => ({ file })), maxSize: input.maxSize },
      ctx
    );
  },
  present(r, input) {
    const { artifact: a, verify: signature, manifest } = r;
    return {
      sections: [
        {
          stage: "inspect",
          headline: `${input.package}: ${a.identifier || "no manifest.yaml"}`,
          findings: r.findings,
          summary: {
            ...(0, import_chunk_42Y64D6S.artifactJson)(a),
            manifest,
            signature: {
              status: signature.status,
              reason: signature.reason,
              category: signature.category ?? null,
              categorySource: signature.categorySource ?? null,
              time: signature.time ?? null,
              signer: signature.signer ? {
                origin: signature.signer.origin,
                fingerprint: signature.signer.fingerprint,
                official: signature.signer.official
              } : null
            },
            generated: r.generated,
            size: r.size,
            files: r.entries.map((e) => ({ path: e.name, size: e.size, compressedSize: e.compressedSize }))
          },
          tables: [
            {
              title: "Plugin",
              header: ["", "value"],
              rows: [
                ["identifier", a.identifier || "-"],
                ["label", manifest.label ?? "-"],
                ["kinds", manifest.kinds.join(", ") || "-"],
                ["runner", manifest.runner ?? "-"],
                ["minimum Dify", manifest.minimumDifyVersion ?? "-"],
                ["checksum", a.checksum],
                ["sha256", a.sha256],
                ["signature", `${signature.status}: ${signature.reason}`],
                ...signature.category !== void 0 ? [["category", (0, import_chunk_LO4GP5KN.categoryText)(signature)]] : [],
                ...signature.signer ? [["key", (0, import_chunk_LO4GP5KN.short)(signature.signer.fingerprint)]] : [],
                ...r.generated.map((g) => ["generated", `${g.path}: ${g.by}`]),
                [
                  "size",
                  `${r.size.files} files, ${(0, import_chunk_CYKMR5N3.formatSize)(r.size.uncompressed)} uncompressed, ${(0, import_chunk_CYKMR5N3.formatSize)(r.size.compressed)} compressed`
                ]
              ]
            },
            {
              title: "Files",
              header: ["path", "size", "compressed"],
              rows: r.entries.map((e) => [e.name, e.size, e.compressedSize])
            }
          ]
        }
      ],
      outputs: {
        identifier: a.identifier,
        checksum: a.checksum,
        sha256: a.sha256,
        signature: signature.status
      }
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  inspectCommand
});
