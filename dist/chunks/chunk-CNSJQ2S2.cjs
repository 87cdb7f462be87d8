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
  start: () => start
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_PJK4TTMP = require("./chunk-PJK4TTMP.cjs");
var import_chunk_RI4VR2QM = require("./chunk-RI4VR2QM.cjs");
var import_chunk_FSUCKTWM = require("./chunk-FSUCKTWM.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
function inputText(env, name) {
  const value = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  return trimmed === "" ? void 0 : value;
}
function readInputs(env, options) {
  const values = {};
  for (const o of options) {
    const name = (0, import_chunk_IGMRLCZS.inputName)(o);
    if (name === void 0) continue;
    const text = inputText(env, name);
    if (text === void 0) continue;
    values[o.key] = o.kind === "secret" ? text.trim() : (0, import_chunk_RI4VR2QM.parseText)(o, text, "action");
  }
  return values;
}
async function run(env = process.env, fixed) {
  const command = fixed ?? inputText(env, "command")?.trim() ?? "validate";
  const cwd = import_node_path.default.resolve(
    env.GITHUB_WORKSPACE ?? process.cwd(),
    inputText(env, "working-directory")?.trim() ?? "."
  );
  const decl = (0, import_chunk_PJK4TTMP.findCommand)(command);
  if (!decl || decl.surfaces?.action === false) {
    const known = import_chunk_PJK4TTMP.COMMANDS.filter((c) => c.surfaces?.action !== false).map((c) => c.name);
    (0, import_chunk_FSUCKTWM.error)(
      `input "command" is "${command}", which this version does not run
Fix: Use one of: ${known.join(", ")}.`,
      {
        title: "dify-plugin-release"
      }
    );
    process.exitCode = 2;
    return 2;
  }
  const options = (0, import_chunk_RI4VR2QM.allOptions)(decl);
  let values;
  try {
    values = readInputs(env, options);
  } catch (error2) {
    const e = error2;
    (0, import_chunk_FSUCKTWM.error)(e.fix ? `${e.message}
Fix: ${e.fix}` : e.message, {
      title: `dify-plugin-release ${command}`
    });
    process.exitCode = 2;
    return 2;
  }
  for (const o of options) {
    const v = values[o.key];
    if (o.kind !== "secret" || typeof v !== "string") continue;
    (0, import_chunk_FSUCKTWM.setSecret)(v);
    for (const line of v.split(/\r?\n/)) if (line.trim().length > 8) (0, import_chunk_FSUCKTWM.setSecret)(line.trim());
  }
  const outcome = await (0, import_chunk_RI4VR2QM.runInvocation)({ decl, values, surface: "action", cwd, env });
  for (const [name, value] of Object.entries(outcome.outputs)) (0, import_chunk_FSUCKTWM.setOutput)(name, value);
  return outcome.exitCode;
}
function start(command) {
  run(process.env, command).then(
    (code) => {
      process.exitCode = code;
    },
    async (error2) => {
      const core = await Promise.resolve().then(() => require("./core-C3LWGVJD.cjs"));
      core.setFailed(`internal error: ${error2 instanceof Error ? error2.message : String(error2)}`);
      process.exitCode = 2;
    }
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  start
});
