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
  signCommand: () => signCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_BXTKYJQN = require("./chunk-BXTKYJQN.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var signCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "sign",
  summary: "sign a .difypkg with your RSA key as Dify verifies it \u2192 <name>.signed.difypkg",
  args: [
    {
      key: "package",
      kind: "path",
      required: true,
      description: "the .difypkg to sign (in Actions: e.g. steps.package.outputs.path)"
    }
  ],
  options: [
    {
      key: "key",
      kind: "path",
      value: "file",
      input: "key-file",
      description: "the private key file (PKCS#1 PEM, from keygen)",
      config: "signing.key-file"
    },
    {
      key: "keyEnv",
      kind: "string",
      value: "variable",
      description: "read the private key\u2019s PEM text from this environment variable (CI secrets)",
      config: "signing.key-env"
    },
    {
      key: "keyText",
      kind: "secret",
      flag: false,
      input: "key",
      description: "the private key\u2019s PEM text, from a secret; masked in logs, never written to disk"
    },
    {
      key: "category",
      kind: "enum",
      choices: ["community", "partner", "langgenius"],
      default: "community",
      description: "the authorized category the signature claims",
      config: "signing.category"
    },
    (0, import_chunk_BXTKYJQN.outputOption)("directory for the signed package (default: next to the input)"),
    (0, import_chunk_BXTKYJQN.maxSizeOption)("the input package"),
    {
      key: "force",
      kind: "boolean",
      default: false,
      description: "replace the input when the signed package would take its name (X.signed.difypkg)"
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "path", description: "the signed .difypkg written" },
    { name: "sha256", description: "sha256 of the signed file" },
    { name: "identifier", description: "the Dify identifier of the signed package" },
    { name: "checksum", description: "the Dify checksum of the signed package" },
    { name: "fingerprint", description: "the signing key\u2019s SHA-256 fingerprint" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { signStage } = await Promise.resolve().then(() => require("./sign-4VZ3LNAQ.cjs"));
    const key = input.keyText !== void 0 ? { text: input.keyText } : input.keyEnv !== void 0 ? { env: input.keyEnv } : { file: input.key };
    return signStage(
      {
        package: input.package,
        key,
        category: input.category,
        outDir: input.output,
        maxSize: input.maxSize,
        force: input.force
      },
      ctx
    );
  },
  present(result, input, ctx) {
    const a = result.artifact;
    if (!a) {
      return {
        sections: [
          {
            stage: "sign",
            headline: `${input.package} not signed: it does not validate`,
            findings: result.findings,
            summary: { path: null }
          }
        ],
        exitCode: 1
      };
    }
    const shown = (0, import_chunk_CYKMR5N3.display)(ctx.cwd, a.path);
    return {
      sections: [
        {
          stage: "sign",
          headline: `signed ${shown} (${result.category}${result.resigned ? ", replacing the previous signature" : ""})`,
          findings: result.findings,
          summary: {
            path: a.path,
            sha256: a.sha256,
            size: a.size,
            checksum: a.checksum,
            identifier: a.identifier,
            category: result.category,
            time: a.signature.time ?? null,
            fingerprint: result.fingerprint ?? null,
            resigned: result.resigned ?? false,
            sha256sums: result.sumsFile ?? null
          },
          tables: [
            {
              title: "Signed package",
              header: ["", "value"],
              rows: [
                ["file", shown],
                ["identifier", a.identifier],
                ["sha256", a.sha256],
                ["size", (0, import_chunk_CYKMR5N3.formatSize)(a.size)],
                ["category", result.category],
                ["key", (0, import_chunk_LO4GP5KN.short)(result.fingerprint ?? "")],
                ["time", a.signature.time ? new Date(a.signature.time * 1e3).toISOString() : "-"]
              ]
            }
          ]
        }
      ],
      outputs: {
        path: a.path,
        sha256: a.sha256,
        identifier: a.identifier,
        checksum: a.checksum,
        fingerprint: result.fingerprint ?? ""
      }
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  signCommand
});
