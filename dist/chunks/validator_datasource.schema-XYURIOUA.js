import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:datasource.schema.json
var R = z;
var u = { $schema: "http://json-schema.org/draft-07/schema#", $id: "datasource.schema.json", title: "Dify datasource (a file listed under a datasource provider's datasources)", description: "daemon pkg/entities/plugin_entities/datasource_declaration.go (DatasourceDeclaration, DatasourceParameter); SDK entities/datasource_manifest.py (DatasourceEntity, DatasourceParameter).", type: "object", required: ["identity", "description", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "datasource-provider.schema.json#/definitions/name" }, label: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: ["string", "null"] } }, additionalProperties: false }, parameters: { type: ["array", "null"], items: { $ref: "#/definitions/parameter" } }, description: { description: "A plain localized text (not a tool's {human, llm}).", $ref: "common.schema.json#/definitions/i18n" }, output_schema: { type: "object" }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: datasources/my_source.py}}`: the SDK needs it to load the datasource." } }, additionalProperties: false, definitions: { parameter: { type: "object", required: ["name", "label", "type", "description"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files"], "x-dpr-fix": "Datasource parameters are string, number, boolean, select, secret-input, file or files." }, description: { $ref: "common.schema.json#/definitions/i18n", "x-dpr-fix": "Add a `description:` with en_US: datasource parameters need one (it is not the tool's human_description)." }, placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, default: { description: "SDK: float, int or str.", type: ["string", "number", "boolean", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" } }, additionalProperties: false } } };
var d = require_ucs2length().default;
var w = { description: "Neither the daemon nor the SDK checks a pattern here, but Dify builds provider ids (author/plugin/name) from it.", type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-string": true, "x-dpr-code": "DPR117", "x-dpr-severity": "warning", "x-dpr-fix": "Use only letters, digits, `_` and `-`, like every other identity name (Dify joins it into provider ids with `/`)." };
var B = new RegExp("^[a-zA-Z0-9_-]+$", "u");
function j(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (typeof t != "string") {
    let e = typeof t, n;
    if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
    else if (t === null) n = "";
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: w.type, parentSchema: w, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    n !== void 0 && (t = n, c !== void 0 && (c[y] = n));
  }
  if (typeof t == "string") {
    if (d(t) < 1) {
      const e = { instancePath: p, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: w, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (!B.test(t)) {
      const e = { instancePath: p, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: w, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
  }
  return j.errors = r, i === 0;
}
var o = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function b(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: o.required, parentSchema: o, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let n = t[e];
      if (typeof n != "string" && n !== null) {
        let s = typeof n, a;
        if (a === void 0) if (s == "number" || s == "boolean") a = "" + n;
        else if (n === null) a = "";
        else if (n === "" || n === 0 || n === false) a = null;
        else {
          const h = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: o.additionalProperties.type }, message: "must be string,null", schema: o.additionalProperties.type, parentSchema: o.additionalProperties, data: n };
          r === null ? r = [h] : r.push(h), i++;
        }
        a !== void 0 && (n = a, t !== void 0 && (t[e] = a));
      }
    }
    if (t.en_US !== void 0) {
      let e = t.en_US;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.en_US.type, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const n = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (d(e) < 1) {
          const n = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
      }
    }
    if (t.zh_Hans !== void 0) {
      let e = t.zh_Hans;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.zh_Hans.type, parentSchema: o.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const n = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.zh_Hans, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    if (t.ja_JP !== void 0) {
      let e = t.ja_JP;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.ja_JP.type, parentSchema: o.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const n = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.ja_JP, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    if (t.pt_BR !== void 0) {
      let e = t.pt_BR;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.pt_BR.type, parentSchema: o.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const n = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.pt_BR, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return b.errors = r, i === 0;
}
var l = { type: "object", required: ["name", "label", "type", "description"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files"], "x-dpr-fix": "Datasource parameters are string, number, boolean, select, secret-input, file or files." }, description: { $ref: "common.schema.json#/definitions/i18n", "x-dpr-fix": "Add a `description:` with en_US: datasource parameters need one (it is not the tool's human_description)." }, placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, default: { description: "SDK: float, int or str.", type: ["string", "number", "boolean", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" } }, additionalProperties: false };
var H = Object.prototype.hasOwnProperty;
var f = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function x(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const n = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: f.type }, message: "must be object,null", schema: f.type, parentSchema: f, data: t };
      r === null ? r = [n] : r.push(n), i++;
    }
    e !== void 0 && (t = e, c !== void 0 && (c[y] = e));
  }
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: f.required, parentSchema: f, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let n = t[e];
      if (typeof n != "string" && n !== null) {
        let s = typeof n, a;
        if (a === void 0) if (s == "number" || s == "boolean") a = "" + n;
        else if (n === null) a = "";
        else if (n === "" || n === 0 || n === false) a = null;
        else {
          const h = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: f.additionalProperties.type }, message: "must be string,null", schema: f.additionalProperties.type, parentSchema: f.additionalProperties, data: n };
          r === null ? r = [h] : r.push(h), i++;
        }
        a !== void 0 && (n = a, t !== void 0 && (t[e] = a));
      }
    }
    if (t.en_US !== void 0) {
      let e = t.en_US;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.en_US.type, parentSchema: f.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const n = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.en_US, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (d(e) < 1) {
          const n = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.en_US, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
      }
    }
    if (t.zh_Hans !== void 0) {
      let e = t.zh_Hans;
      if (typeof e != "string" && e !== null) {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: f.properties.zh_Hans.type }, message: "must be string,null", schema: f.properties.zh_Hans.type, parentSchema: f.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const n = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.zh_Hans, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    if (t.ja_JP !== void 0) {
      let e = t.ja_JP;
      if (typeof e != "string" && e !== null) {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: f.properties.ja_JP.type }, message: "must be string,null", schema: f.properties.ja_JP.type, parentSchema: f.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const n = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.ja_JP, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    if (t.pt_BR !== void 0) {
      let e = t.pt_BR;
      if (typeof e != "string" && e !== null) {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: f.properties.pt_BR.type }, message: "must be string,null", schema: f.properties.pt_BR.type, parentSchema: f.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const n = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.pt_BR, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
  }
  return x.errors = r, i === 0;
}
var P = { type: ["object", "null"], properties: { type: { type: "string", enum: ["prompt_instruction"] } } };
function k(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const n = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: P.type }, message: "must be object,null", schema: P.type, parentSchema: P, data: t };
      r === null ? r = [n] : r.push(n), i++;
    }
    e !== void 0 && (t = e, c !== void 0 && (c[y] = e));
  }
  if (t && typeof t == "object" && !Array.isArray(t) && t.type !== void 0) {
    let e = t.type;
    if (typeof e != "string") {
      let n = typeof e, s;
      if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
      else if (e === null) s = "";
      else {
        const a = { instancePath: p + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.properties.type.type, parentSchema: P.properties.type, data: e };
        r === null ? r = [a] : r.push(a), i++;
      }
      s !== void 0 && (e = s, t !== void 0 && (t.type = s));
    }
    if (e !== "prompt_instruction") {
      const n = { instancePath: p + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: P.properties.type.enum }, message: "must be equal to one of the allowed values", schema: P.properties.type.enum, parentSchema: P.properties.type, data: e };
      r === null ? r = [n] : r.push(n), i++;
    }
  }
  return k.errors = r, i === 0;
}
var S = { type: ["object", "null"], properties: { enabled: { type: "boolean" } } };
function q(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const n = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: S.type }, message: "must be object,null", schema: S.type, parentSchema: S, data: t };
      r === null ? r = [n] : r.push(n), i++;
    }
    e !== void 0 && (t = e, c !== void 0 && (c[y] = e));
  }
  if (t && typeof t == "object" && !Array.isArray(t) && t.enabled !== void 0) {
    let e = t.enabled;
    if (typeof e != "boolean") {
      let n;
      if (n === void 0) if (e === "false" || e === 0 || e === null) n = false;
      else if (e === "true" || e === 1) n = true;
      else {
        const s = { instancePath: p + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: S.properties.enabled.type, parentSchema: S.properties.enabled, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
      n !== void 0 && (e = n, t !== void 0 && (t.enabled = n));
    }
  }
  return q.errors = r, i === 0;
}
var A = { description: "Options of a select parameter (SDK ParameterOption, with show_on where the SDK allows it).", type: ["array", "null"], items: { $ref: "#/definitions/parameterOption" } };
var g = { type: "object", required: ["value", "label"], properties: { value: { type: "string", "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function v(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: o.required, parentSchema: o, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let n = t[e];
      if (typeof n != "string" && n !== null) {
        let s = typeof n, a;
        if (a === void 0) if (s == "number" || s == "boolean") a = "" + n;
        else if (n === null) a = "";
        else if (n === "" || n === 0 || n === false) a = null;
        else {
          const h = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: o.additionalProperties.type }, message: "must be string,null", schema: o.additionalProperties.type, parentSchema: o.additionalProperties, data: n };
          r === null ? r = [h] : r.push(h), i++;
        }
        a !== void 0 && (n = a, t !== void 0 && (t[e] = a));
      }
    }
    if (t.en_US !== void 0) {
      let e = t.en_US;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.en_US.type, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const n = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (d(e) < 1) {
          const n = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
      }
    }
    if (t.zh_Hans !== void 0) {
      let e = t.zh_Hans;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.zh_Hans.type, parentSchema: o.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const n = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.zh_Hans, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    if (t.ja_JP !== void 0) {
      let e = t.ja_JP;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.ja_JP.type, parentSchema: o.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const n = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.ja_JP, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    if (t.pt_BR !== void 0) {
      let e = t.pt_BR;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.pt_BR.type, parentSchema: o.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const n = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.pt_BR, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return v.errors = r, i === 0;
}
function L(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.value === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: g.required, parentSchema: g, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.label === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: g.required, parentSchema: g, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.value !== void 0) {
      let e = t.value;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.value.type, parentSchema: g.properties.value, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.value = s));
      }
    }
    if (t.label !== void 0 && (v(t.label, { instancePath: p + "/label", parentData: t, parentDataProperty: "label", rootData: m }) || (r = r === null ? v.errors : r.concat(v.errors), i = r.length)), t.icon !== void 0) {
      let e = t.icon;
      if (typeof e != "string" && e !== null) {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: g.properties.icon.type }, message: "must be string,null", schema: g.properties.icon.type, parentSchema: g.properties.icon, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.icon = s));
      }
    }
    if (t.show_on !== void 0) {
      let e = t.show_on;
      if (!Array.isArray(e) && e !== null) {
        let n;
        if (n === void 0) if (e === "" || e === 0 || e === false) n = null;
        else {
          const s = { instancePath: p + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: g.properties.show_on.type }, message: "must be array,null", schema: g.properties.show_on.type, parentSchema: g.properties.show_on, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.show_on = n));
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return L.errors = r, i === 0;
}
function U(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (!Array.isArray(t) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const n = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: A.type }, message: "must be array,null", schema: A.type, parentSchema: A, data: t };
      r === null ? r = [n] : r.push(n), i++;
    }
    e !== void 0 && (t = e, c !== void 0 && (c[y] = e));
  }
  if (Array.isArray(t)) {
    const e = t.length;
    for (let n = 0; n < e; n++) L(t[n], { instancePath: p + "/" + n, parentData: t, parentDataProperty: n, rootData: m }) || (r = r === null ? L.errors : r.concat(L.errors), i = r.length);
  }
  return U.errors = r, i === 0;
}
function T(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.name === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: l.required, parentSchema: l, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.label === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: l.required, parentSchema: l, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.type === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: l.required, parentSchema: l, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.description === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: l.required, parentSchema: l, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!H.call(l.properties, e)) {
      const n = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: l, data: t };
      r === null ? r = [n] : r.push(n), i++;
    }
    if (t.name !== void 0) {
      let e = t.name;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.name.type, parentSchema: l.properties.name, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.name = s));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const n = { instancePath: p + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.name, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (d(e) < 1) {
          const n = { instancePath: p + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.name, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
      }
    }
    if (t.label !== void 0 && (b(t.label, { instancePath: p + "/label", parentData: t, parentDataProperty: "label", rootData: m }) || (r = r === null ? b.errors : r.concat(b.errors), i = r.length)), t.type !== void 0) {
      let e = t.type;
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.type.type, parentSchema: l.properties.type, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.type = s));
      }
      if (!(e === "string" || e === "number" || e === "boolean" || e === "select" || e === "secret-input" || e === "file" || e === "files")) {
        const n = { instancePath: p + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: l.properties.type.enum }, message: "must be equal to one of the allowed values", schema: l.properties.type.enum, parentSchema: l.properties.type, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    if (t.description !== void 0 && (b(t.description, { instancePath: p + "/description", parentData: t, parentDataProperty: "description", rootData: m }) || (r = r === null ? b.errors : r.concat(b.errors), i = r.length)), t.placeholder !== void 0 && (x(t.placeholder, { instancePath: p + "/placeholder", parentData: t, parentDataProperty: "placeholder", rootData: m }) || (r = r === null ? x.errors : r.concat(x.errors), i = r.length)), t.scope !== void 0) {
      let e = t.scope;
      if (typeof e != "string" && e !== null) {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: l.properties.scope.type }, message: "must be string,null", schema: l.properties.scope.type, parentSchema: l.properties.scope, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.scope = s));
      }
      if (typeof e == "string" && d(e) > 1024) {
        const n = { instancePath: p + "/scope", schemaPath: "#/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: l.properties.scope, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    if (t.required !== void 0) {
      let e = t.required;
      if (typeof e != "boolean" && e !== null) {
        let n;
        if (n === void 0) if (e === "false" || e === 0 || e === null) n = false;
        else if (e === "true" || e === 1) n = true;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const s = { instancePath: p + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: l.properties.required.type }, message: "must be boolean,null", schema: l.properties.required.type, parentSchema: l.properties.required, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.required = n));
      }
    }
    if (t.auto_generate !== void 0 && (k(t.auto_generate, { instancePath: p + "/auto_generate", parentData: t, parentDataProperty: "auto_generate", rootData: m }) || (r = r === null ? k.errors : r.concat(k.errors), i = r.length)), t.template !== void 0 && (q(t.template, { instancePath: p + "/template", parentData: t, parentDataProperty: "template", rootData: m }) || (r = r === null ? q.errors : r.concat(q.errors), i = r.length)), t.default !== void 0) {
      let e = t.default;
      if (typeof e != "string" && !(typeof e == "number" && isFinite(e)) && typeof e != "boolean" && e !== null) {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (n == "boolean" || e === null || n == "string" && e && e == +e) s = +e;
        else if (e === "false" || e === 0 || e === null) s = false;
        else if (e === "true" || e === 1) s = true;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: l.properties.default.type }, message: "must be string,number,boolean,null", schema: l.properties.default.type, parentSchema: l.properties.default, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.default = s));
      }
    }
    if (t.min !== void 0) {
      let e = t.min;
      if (!(typeof e == "number" && isFinite(e)) && e !== null) {
        let n = typeof e, s;
        if (s === void 0) if (n == "boolean" || e === null || n == "string" && e && e == +e) s = +e;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: l.properties.min.type }, message: "must be number,null", schema: l.properties.min.type, parentSchema: l.properties.min, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.min = s));
      }
    }
    if (t.max !== void 0) {
      let e = t.max;
      if (!(typeof e == "number" && isFinite(e)) && e !== null) {
        let n = typeof e, s;
        if (s === void 0) if (n == "boolean" || e === null || n == "string" && e && e == +e) s = +e;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: l.properties.max.type }, message: "must be number,null", schema: l.properties.max.type, parentSchema: l.properties.max, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.max = s));
      }
    }
    if (t.precision !== void 0) {
      let e = t.precision;
      if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
        let n = typeof e, s;
        if (s === void 0) if (n === "boolean" || e === null || n === "string" && e && e == +e && !(e % 1)) s = +e;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: l.properties.precision.type }, message: "must be integer,null", schema: l.properties.precision.type, parentSchema: l.properties.precision, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.precision = s));
      }
    }
    t.options !== void 0 && (U(t.options, { instancePath: p + "/options", parentData: t, parentDataProperty: "options", rootData: m }) || (r = r === null ? U.errors : r.concat(U.errors), i = r.length));
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return T.errors = r, i === 0;
}
var _ = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
function D(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.python === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: _.required, parentSchema: _, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.python !== void 0) {
      let e = t.python;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.source === void 0) {
          const n = { instancePath: p + "/python", schemaPath: "#/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: _.properties.python.required, parentSchema: _.properties.python, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (e.source !== void 0) {
          let n = e.source;
          if (typeof n != "string") {
            let s = typeof n, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + n;
            else if (n === null) a = "";
            else {
              const h = { instancePath: p + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.python.properties.source.type, parentSchema: _.properties.python.properties.source, data: n };
              r === null ? r = [h] : r.push(h), i++;
            }
            a !== void 0 && (n = a, e !== void 0 && (e.source = a));
          }
          if (typeof n == "string" && d(n) < 1) {
            const s = { instancePath: p + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: _.properties.python.properties.source, data: n };
            r === null ? r = [s] : r.push(s), i++;
          }
        }
      } else {
        const n = { instancePath: p + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.properties.python.type, parentSchema: _.properties.python, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.type, parentSchema: _, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return D.errors = r, i === 0;
}
function z(t, { instancePath: p = "", parentData: c, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.identity === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: u.required, parentSchema: u, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.description === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: u.required, parentSchema: u, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.extra === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: u.required, parentSchema: u, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!(e === "identity" || e === "parameters" || e === "description" || e === "output_schema" || e === "extra")) {
      const n = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u, data: t };
      r === null ? r = [n] : r.push(n), i++;
    }
    if (t.identity !== void 0) {
      let e = t.identity;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.author === void 0) {
          const n = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: u.properties.identity.required, parentSchema: u.properties.identity, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (e.name === void 0) {
          const n = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: u.properties.identity.required, parentSchema: u.properties.identity, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (e.label === void 0) {
          const n = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: u.properties.identity.required, parentSchema: u.properties.identity, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        for (const n in e) if (!(n === "author" || n === "name" || n === "label" || n === "icon")) {
          const s = { instancePath: p + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.identity, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (e.author !== void 0) {
          let n = e.author;
          if (typeof n != "string") {
            let s = typeof n, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + n;
            else if (n === null) a = "";
            else {
              const h = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.identity.properties.author.type, parentSchema: u.properties.identity.properties.author, data: n };
              r === null ? r = [h] : r.push(h), i++;
            }
            a !== void 0 && (n = a, e !== void 0 && (e.author = a));
          }
          if (typeof n == "string" && d(n) < 1) {
            const s = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.identity.properties.author, data: n };
            r === null ? r = [s] : r.push(s), i++;
          }
        }
        if (e.name !== void 0 && (j(e.name, { instancePath: p + "/identity/name", parentData: e, parentDataProperty: "name", rootData: m }) || (r = r === null ? j.errors : r.concat(j.errors), i = r.length)), e.label !== void 0 && (b(e.label, { instancePath: p + "/identity/label", parentData: e, parentDataProperty: "label", rootData: m }) || (r = r === null ? b.errors : r.concat(b.errors), i = r.length)), e.icon !== void 0) {
          let n = e.icon;
          if (typeof n != "string" && n !== null) {
            let s = typeof n, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + n;
            else if (n === null) a = "";
            else if (n === "" || n === 0 || n === false) a = null;
            else {
              const h = { instancePath: p + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: u.properties.identity.properties.icon.type }, message: "must be string,null", schema: u.properties.identity.properties.icon.type, parentSchema: u.properties.identity.properties.icon, data: n };
              r === null ? r = [h] : r.push(h), i++;
            }
            a !== void 0 && (n = a, e !== void 0 && (e.icon = a));
          }
        }
      } else {
        const n = { instancePath: p + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.properties.identity.type, parentSchema: u.properties.identity, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    if (t.parameters !== void 0) {
      let e = t.parameters;
      if (!Array.isArray(e) && e !== null) {
        let n;
        if (n === void 0) if (e === "" || e === 0 || e === false) n = null;
        else {
          const s = { instancePath: p + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: u.properties.parameters.type }, message: "must be array,null", schema: u.properties.parameters.type, parentSchema: u.properties.parameters, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.parameters = n));
      }
      if (Array.isArray(e)) {
        const n = e.length;
        for (let s = 0; s < n; s++) T(e[s], { instancePath: p + "/parameters/" + s, parentData: e, parentDataProperty: s, rootData: m }) || (r = r === null ? T.errors : r.concat(T.errors), i = r.length);
      }
    }
    if (t.description !== void 0 && (b(t.description, { instancePath: p + "/description", parentData: t, parentDataProperty: "description", rootData: m }) || (r = r === null ? b.errors : r.concat(b.errors), i = r.length)), t.output_schema !== void 0) {
      let e = t.output_schema;
      if (!(e && typeof e == "object" && !Array.isArray(e))) {
        const n = { instancePath: p + "/output_schema", schemaPath: "#/properties/output_schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.properties.output_schema.type, parentSchema: u.properties.output_schema, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
    t.extra !== void 0 && (D(t.extra, { instancePath: p + "/extra", parentData: t, parentDataProperty: "extra", rootData: m }) || (r = r === null ? D.errors : r.concat(D.errors), i = r.length));
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.type, parentSchema: u, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return z.errors = r, i === 0;
}
var J = R;
export {
  J as default,
  R as v
};
