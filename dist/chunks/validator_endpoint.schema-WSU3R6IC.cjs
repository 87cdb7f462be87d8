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
  default: () => P,
  v: () => c
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var c = l;
var i = { $schema: "http://json-schema.org/draft-07/schema#", $id: "endpoint.schema.json", title: "Dify endpoint (a file listed under an endpoint group's endpoints)", description: "daemon pkg/entities/plugin_entities/endpoint_declaration.go (EndpointDeclaration); SDK entities/endpoint.py (EndpointConfiguration), registered as a werkzeug routing Rule.", type: "object", required: ["path", "method", "extra"], properties: { path: { description: "The URL path under the endpoint's base URL; werkzeug refuses a rule without a leading slash.", type: "string", minLength: 1, pattern: "^/", "x-dpr-fix": "Start the path with a slash, e.g. `path: /webhook` (the SDK's router refuses it otherwise and the plugin does not start)." }, method: { type: "string", enum: ["HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS"], "x-dpr-string": true, "x-dpr-fix": "Use one HTTP method in capitals: GET, POST, PUT, DELETE, HEAD or OPTIONS." }, hidden: { type: ["boolean", "null"] }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: endpoints/my_endpoint.py}}`: the SDK needs it to load the endpoint." } }, additionalProperties: false };
var h = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
var u = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var f = new RegExp("^/", "u");
function l(n, { instancePath: o = "", parentData: y, parentDataProperty: g, rootData: x = n } = {}) {
  let t = null, p = 0;
  if (n && typeof n == "object" && !Array.isArray(n)) {
    if (n.path === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: i.required, parentSchema: i, data: n };
      t === null ? t = [e] : t.push(e), p++;
    }
    if (n.method === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: i.required, parentSchema: i, data: n };
      t === null ? t = [e] : t.push(e), p++;
    }
    if (n.extra === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: i.required, parentSchema: i, data: n };
      t === null ? t = [e] : t.push(e), p++;
    }
    for (const e in n) if (!(e === "path" || e === "method" || e === "hidden" || e === "extra")) {
      const r = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: i, data: n };
      t === null ? t = [r] : t.push(r), p++;
    }
    if (n.path !== void 0) {
      let e = n.path;
      if (typeof e != "string") {
        let r = typeof e, s;
        if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: o + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: i.properties.path.type, parentSchema: i.properties.path, data: e };
          t === null ? t = [a] : t.push(a), p++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.path = s));
      }
      if (typeof e == "string") {
        if (u(e) < 1) {
          const r = { instancePath: o + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: i.properties.path, data: e };
          t === null ? t = [r] : t.push(r), p++;
        }
        if (!f.test(e)) {
          const r = { instancePath: o + "/path", schemaPath: "#/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: i.properties.path, data: e };
          t === null ? t = [r] : t.push(r), p++;
        }
      }
    }
    if (n.method !== void 0) {
      let e = n.method;
      if (typeof e != "string") {
        let r = typeof e, s;
        if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: o + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: i.properties.method.type, parentSchema: i.properties.method, data: e };
          t === null ? t = [a] : t.push(a), p++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.method = s));
      }
      if (!(e === "HEAD" || e === "GET" || e === "POST" || e === "PUT" || e === "DELETE" || e === "OPTIONS")) {
        const r = { instancePath: o + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: i.properties.method.enum }, message: "must be equal to one of the allowed values", schema: i.properties.method.enum, parentSchema: i.properties.method, data: e };
        t === null ? t = [r] : t.push(r), p++;
      }
    }
    if (n.hidden !== void 0) {
      let e = n.hidden;
      if (typeof e != "boolean" && e !== null) {
        let r;
        if (r === void 0) if (e === "false" || e === 0 || e === null) r = false;
        else if (e === "true" || e === 1) r = true;
        else if (e === "" || e === 0 || e === false) r = null;
        else {
          const s = { instancePath: o + "/hidden", schemaPath: "#/properties/hidden/type", keyword: "type", params: { type: i.properties.hidden.type }, message: "must be boolean,null", schema: i.properties.hidden.type, parentSchema: i.properties.hidden, data: e };
          t === null ? t = [s] : t.push(s), p++;
        }
        r !== void 0 && (e = r, n !== void 0 && (n.hidden = r));
      }
    }
    if (n.extra !== void 0) {
      let e = n.extra;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.python === void 0) {
          const r = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: h.required, parentSchema: h, data: e };
          t === null ? t = [r] : t.push(r), p++;
        }
        if (e.python !== void 0) {
          let r = e.python;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            if (r.source === void 0) {
              const s = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: h.properties.python.required, parentSchema: h.properties.python, data: r };
              t === null ? t = [s] : t.push(s), p++;
            }
            if (r.source !== void 0) {
              let s = r.source;
              if (typeof s != "string") {
                let a = typeof s, d;
                if (d === void 0) if (a == "number" || a == "boolean") d = "" + s;
                else if (s === null) d = "";
                else {
                  const m = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.python.properties.source.type, parentSchema: h.properties.python.properties.source, data: s };
                  t === null ? t = [m] : t.push(m), p++;
                }
                d !== void 0 && (s = d, r !== void 0 && (r.source = d));
              }
              if (typeof s == "string" && u(s) < 1) {
                const a = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.python.properties.source, data: s };
                t === null ? t = [a] : t.push(a), p++;
              }
            }
          } else {
            const s = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.properties.python.type, parentSchema: h.properties.python, data: r };
            t === null ? t = [s] : t.push(s), p++;
          }
        }
      } else {
        const r = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: e };
        t === null ? t = [r] : t.push(r), p++;
      }
    }
  } else {
    const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: i.type, parentSchema: i, data: n };
    t === null ? t = [e] : t.push(e), p++;
  }
  return l.errors = t, p === 0;
}
var P = c;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
