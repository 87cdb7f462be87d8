import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:endpoint.schema.json
var g = f;
var i = { $schema: "http://json-schema.org/draft-07/schema#", $id: "endpoint.schema.json", title: "Dify endpoint (a file listed under an endpoint group's endpoints)", description: "daemon pkg/entities/plugin_entities/endpoint_declaration.go (EndpointDeclaration); SDK entities/endpoint.py (EndpointConfiguration), registered as a werkzeug routing Rule.", type: "object", required: ["path", "method", "extra"], properties: { path: { description: "The URL path under the endpoint's base URL; werkzeug refuses a rule without a leading slash.", type: "string", minLength: 1, pattern: "^/", "x-dpr-fix": "Start the path with a slash, e.g. `path: /webhook` (the SDK's router refuses it otherwise and the plugin does not start)." }, method: { type: "string", enum: ["HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS"], "x-dpr-string": true, "x-dpr-fix": "Use one HTTP method in capitals: GET, POST, PUT, DELETE, HEAD or OPTIONS." }, hidden: { type: ["boolean", "null"] }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: endpoints/my_endpoint.py}}`: the SDK needs it to load the endpoint." } }, additionalProperties: false };
var l = require_ucs2length().default;
var P = new RegExp("^/", "u");
var h = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
function d(s, { instancePath: o = "", parentData: c, parentDataProperty: y, rootData: u = s } = {}) {
  let t = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.python === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: h.required, parentSchema: h, data: s };
      t === null ? t = [e] : t.push(e), n++;
    }
    if (s.python !== void 0) {
      let e = s.python;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.source === void 0) {
          const r = { instancePath: o + "/python", schemaPath: "#/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: h.properties.python.required, parentSchema: h.properties.python, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
        if (e.source !== void 0) {
          let r = e.source;
          if (typeof r != "string") {
            let p = typeof r, a;
            if (a === void 0) if (p == "number" || p == "boolean") a = "" + r;
            else if (r === null) a = "";
            else {
              const m = { instancePath: o + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.python.properties.source.type, parentSchema: h.properties.python.properties.source, data: r };
              t === null ? t = [m] : t.push(m), n++;
            }
            a !== void 0 && (r = a, e !== void 0 && (e.source = a));
          }
          if (typeof r == "string" && l(r) < 1) {
            const p = { instancePath: o + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.python.properties.source, data: r };
            t === null ? t = [p] : t.push(p), n++;
          }
        }
      } else {
        const r = { instancePath: o + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.properties.python.type, parentSchema: h.properties.python, data: e };
        t === null ? t = [r] : t.push(r), n++;
      }
    }
  } else {
    const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: s };
    t === null ? t = [e] : t.push(e), n++;
  }
  return d.errors = t, n === 0;
}
function f(s, { instancePath: o = "", parentData: c, parentDataProperty: y, rootData: u = s } = {}) {
  let t = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.path === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: i.required, parentSchema: i, data: s };
      t === null ? t = [e] : t.push(e), n++;
    }
    if (s.method === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: i.required, parentSchema: i, data: s };
      t === null ? t = [e] : t.push(e), n++;
    }
    if (s.extra === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: i.required, parentSchema: i, data: s };
      t === null ? t = [e] : t.push(e), n++;
    }
    for (const e in s) if (!(e === "path" || e === "method" || e === "hidden" || e === "extra")) {
      const r = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: i, data: s };
      t === null ? t = [r] : t.push(r), n++;
    }
    if (s.path !== void 0) {
      let e = s.path;
      if (typeof e != "string") {
        let r = typeof e, p;
        if (p === void 0) if (r == "number" || r == "boolean") p = "" + e;
        else if (e === null) p = "";
        else {
          const a = { instancePath: o + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: i.properties.path.type, parentSchema: i.properties.path, data: e };
          t === null ? t = [a] : t.push(a), n++;
        }
        p !== void 0 && (e = p, s !== void 0 && (s.path = p));
      }
      if (typeof e == "string") {
        if (l(e) < 1) {
          const r = { instancePath: o + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: i.properties.path, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
        if (!P.test(e)) {
          const r = { instancePath: o + "/path", schemaPath: "#/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: i.properties.path, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
      }
    }
    if (s.method !== void 0) {
      let e = s.method;
      if (typeof e != "string") {
        let r = typeof e, p;
        if (p === void 0) if (r == "number" || r == "boolean") p = "" + e;
        else if (e === null) p = "";
        else {
          const a = { instancePath: o + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: i.properties.method.type, parentSchema: i.properties.method, data: e };
          t === null ? t = [a] : t.push(a), n++;
        }
        p !== void 0 && (e = p, s !== void 0 && (s.method = p));
      }
      if (!(e === "HEAD" || e === "GET" || e === "POST" || e === "PUT" || e === "DELETE" || e === "OPTIONS")) {
        const r = { instancePath: o + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: i.properties.method.enum }, message: "must be equal to one of the allowed values", schema: i.properties.method.enum, parentSchema: i.properties.method, data: e };
        t === null ? t = [r] : t.push(r), n++;
      }
    }
    if (s.hidden !== void 0) {
      let e = s.hidden;
      if (typeof e != "boolean" && e !== null) {
        let r;
        if (r === void 0) if (e === "false" || e === 0 || e === null) r = false;
        else if (e === "true" || e === 1) r = true;
        else if (e === "" || e === 0 || e === false) r = null;
        else {
          const p = { instancePath: o + "/hidden", schemaPath: "#/properties/hidden/type", keyword: "type", params: { type: i.properties.hidden.type }, message: "must be boolean,null", schema: i.properties.hidden.type, parentSchema: i.properties.hidden, data: e };
          t === null ? t = [p] : t.push(p), n++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.hidden = r));
      }
    }
    s.extra !== void 0 && (d(s.extra, { instancePath: o + "/extra", parentData: s, parentDataProperty: "extra", rootData: u }) || (t = t === null ? d.errors : t.concat(d.errors), n = t.length));
  } else {
    const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: i.type, parentSchema: i, data: s };
    t === null ? t = [e] : t.push(e), n++;
  }
  return f.errors = t, n === 0;
}
var b = g;
export {
  b as default,
  g as v
};
