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
  keygenCommand: () => keygenCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_BXTKYJQN = require("./chunk-BXTKYJQN.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_SXGCD46B = require("./chunk-SXGCD46B.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var keygenCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "keygen",
  summary: "make an RSA-4096 signing key pair as Dify does: <name>.private.pem and <name>.public.pem",
  options: [
    { key: "name", kind: "string", default: import_chunk_SXGCD46B.DEFAULT_KEY_NAME, description: "base name of the key files" },
    (0, import_chunk_BXTKYJQN.outputOption)("directory for the key files (default: .)"),
    { key: "force", kind: "boolean", default: false, description: "replace existing key files" },
    // Not on any surface: the tests make smaller keys, for speed.
    {
      key: "bits",
      kind: "number",
      flag: false,
      input: false,
      default: 4096,
      description: "key size in bits"
    }
  ],
  common: ["config"],
  outputs: [
    { name: "private-key", description: "path of the private key file (mode 0600)" },
    { name: "public-key", description: "path of the public key file" },
    { name: "fingerprint", description: "the public key\u2019s SHA-256 fingerprint" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { keygenStage } = await Promise.resolve().then(() => require("./keygen-stage-4CFNWBRE.cjs"));
    return keygenStage({ name: input.name, outDir: input.output, force: input.force, bits: input.bits }, ctx);
  },
  present(r, _input, ctx) {
    const shownPrivate = (0, import_chunk_CYKMR5N3.display)(ctx.cwd, r.privateKey);
    const shownPublic = (0, import_chunk_CYKMR5N3.display)(ctx.cwd, r.publicKey);
    const base = import_node_path.default.basename(r.publicKey);
    return {
      sections: [
        {
          stage: "keygen",
          headline: `key pair ${(0, import_chunk_LO4GP5KN.short)(r.fingerprint)} written`,
          findings: [],
          summary: { privateKey: r.privateKey, publicKey: r.publicKey, fingerprint: r.fingerprint },
          tables: [
            {
              title: "Key pair",
              header: ["", "value"],
              rows: [
                [
                  "private key",
                  `${shownPrivate} (mode 0600: keep it secret, e.g. a CI secret; never commit it)`
                ],
                ["public key", `${shownPublic} (give it to the daemons that must trust your plugins)`],
                ["fingerprint", r.fingerprint],
                ["sign", `dify-plugin-release sign PKG --key ${shownPrivate}`],
                [
                  "trust",
                  `copy ${base} to docker/volumes/plugin_daemon/public_keys/ and set THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true, THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/${base}`
                ]
              ]
            }
          ]
        }
      ],
      outputs: { "private-key": r.privateKey, "public-key": r.publicKey, fingerprint: r.fingerprint }
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  keygenCommand
});
