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
  default: () => h,
  v: () => y
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var y = a;
var n = { $schema: "http://json-schema.org/draft-07/schema#", $id: "model-position.schema.json", title: "Dify model order (a _position.yaml named by a model provider)", description: "A YAML list of model names, first shown first. The daemon decodes it as []string (pkg/plugin_packager/decoder/helper.go); the SDK as list[str] (entities/model/provider.py ModelPosition).", type: ["array", "null"], items: { type: ["string", "null"], "x-dpr-fix": "Write one model name per line, as it appears in the model's `model:` field." }, "x-dpr-fix": "Write the file as a YAML list of model names, e.g. `- gpt-4o`." };
function a(e, { instancePath: f = "", parentData: p, parentDataProperty: u, rootData: c = e } = {}) {
  let t = null, o = 0;
  if (!Array.isArray(e) && e !== null) {
    let r;
    if (r === void 0) if (e === "" || e === 0 || e === false) r = null;
    else {
      const i = { instancePath: f, schemaPath: "#/type", keyword: "type", params: { type: n.type }, message: "must be array,null", schema: n.type, parentSchema: n, data: e };
      t === null ? t = [i] : t.push(i), o++;
    }
    r !== void 0 && (e = r, p !== void 0 && (p[u] = r));
  }
  if (Array.isArray(e)) {
    const r = e.length;
    for (let i = 0; i < r; i++) {
      let s = e[i];
      if (typeof s != "string" && s !== null) {
        let d = typeof s, l;
        if (l === void 0) if (d == "number" || d == "boolean") l = "" + s;
        else if (s === null) l = "";
        else if (s === "" || s === 0 || s === false) l = null;
        else {
          const m = { instancePath: f + "/" + i, schemaPath: "#/items/type", keyword: "type", params: { type: n.items.type }, message: "must be string,null", schema: n.items.type, parentSchema: n.items, data: s };
          t === null ? t = [m] : t.push(m), o++;
        }
        l !== void 0 && (s = l, e !== void 0 && (e[i] = l));
      }
    }
  }
  return a.errors = t, o === 0;
}
var h = y;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
