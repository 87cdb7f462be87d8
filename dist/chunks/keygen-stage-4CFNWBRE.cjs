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
  keygenStage: () => keygenStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_SXGCD46B = require("./chunk-SXGCD46B.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
async function keygenStage(input, ctx) {
  const name = input.name ?? import_chunk_SXGCD46B.DEFAULT_KEY_NAME;
  if (name === "" || name.includes("/") || name.includes("\\")) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `the key name "${name}" must be a plain file name`,
      "Choose the folder with the output directory option instead."
    );
  }
  const dir = import_node_path.default.resolve(ctx.cwd, input.outDir ?? ".");
  const privatePath = import_node_path.default.join(dir, `${name}.private.pem`);
  const publicPath = import_node_path.default.join(dir, `${name}.public.pem`);
  for (const p of [privatePath, publicPath]) {
    if ((0, import_node_fs.existsSync)(p) && !input.force) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `${(0, import_chunk_CYKMR5N3.display)(ctx.cwd, p)} exists; refusing to overwrite a key`,
        "Choose another name, or force it if you really mean to replace it."
      );
    }
  }
  (0, import_chunk_TPCKOOU5.ensureDir)(dir);
  ctx.log(`generating an RSA-${input.bits ?? 4096} key pair\u2026`);
  const { privatePem, publicPem } = await (0, import_chunk_JS5O4ZNU.generateKeyPairPem)(input.bits);
  (0, import_chunk_TPCKOOU5.writeAtomicFiles)(
    [
      { target: privatePath, data: privatePem, mode: 384 },
      { target: publicPath, data: publicPem, mode: 420 }
    ],
    { exclusive: !input.force }
  );
  return {
    privateKey: privatePath,
    publicKey: publicPath,
    fingerprint: (0, import_chunk_JS5O4ZNU.fingerprint)((0, import_node_crypto.createPublicKey)(publicPem))
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  keygenStage
});
