import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:tool.schema.json
var z = U;
var l = { $schema: "http://json-schema.org/draft-07/schema#", $id: "tool.schema.json", title: "Dify tool (a file listed under a tool provider's tools)", description: "daemon pkg/entities/plugin_entities/tool_declaration.go (ToolDeclaration, ToolParameter); SDK entities/tool.py.", type: "object", required: ["identity", "description", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label"], properties: { author: { type: "string", minLength: 1 }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: ["string", "null"] }, icon_dark: { type: ["string", "null"] } }, additionalProperties: false }, description: { type: "object", required: ["human", "llm"], properties: { human: { $ref: "common.schema.json#/definitions/i18n" }, llm: { type: "string", minLength: 1 } }, additionalProperties: false }, parameters: { type: ["array", "null"], items: { $ref: "#/definitions/parameter" } }, output_schema: { type: ["object", "null"] }, has_runtime_parameters: { type: ["boolean", "null"] }, extra: { $ref: "common.schema.json#/definitions/sdkExtra" } }, additionalProperties: false, definitions: { parameter: { type: "object", required: ["name", "label", "human_description", "type", "form"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, label: { $ref: "common.schema.json#/definitions/i18n" }, human_description: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files", "app-selector", "model-selector", "any", "dynamic-select", "array", "object", "checkbox", "date", "date-range"] }, scope: { type: ["string", "null"], maxLength: 1024 }, form: { type: "string", enum: ["schema", "form", "llm"] }, llm_description: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, default: {}, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, multiple: { type: ["boolean", "null"] }, options: { type: ["array", "null"], items: { $ref: "common.schema.json#/definitions/parameterOption" } }, placeholder: { $ref: "common.schema.json#/definitions/i18nOptional" }, input_schema: { type: ["object", "null"] }, show_on: { type: ["array", "null"] } }, additionalProperties: false } } };
var d = require_ucs2length().default;
var w = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var R = new RegExp("^[a-zA-Z0-9_-]+$", "u");
function k(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (typeof n != "string") {
    let e = typeof n, t;
    if (t === void 0) if (e == "number" || e == "boolean") t = "" + n;
    else if (n === null) t = "";
    else {
      const s = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: w.type, parentSchema: w, data: n };
      r === null ? r = [s] : r.push(s), i++;
    }
    t !== void 0 && (n = t, h !== void 0 && (h[g] = t));
  }
  if (typeof n == "string") {
    if (d(n) < 1) {
      const e = { instancePath: a, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: w, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (!R.test(n)) {
      const e = { instancePath: a, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: w, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
  }
  return k.errors = r, i === 0;
}
var m = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function _(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (n && typeof n == "object" && !Array.isArray(n)) {
    if (n.en_US === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: m.required, parentSchema: m, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = n[e];
      if (typeof t != "string" && t !== null) {
        let s = typeof t, p;
        if (p === void 0) if (s == "number" || s == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const u = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: m.additionalProperties.type }, message: "must be string,null", schema: m.additionalProperties.type, parentSchema: m.additionalProperties, data: t };
          r === null ? r = [u] : r.push(u), i++;
        }
        p !== void 0 && (t = p, n !== void 0 && (n[e] = p));
      }
    }
    if (n.en_US !== void 0) {
      let e = n.en_US;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.en_US.type, parentSchema: m.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.en_US = s));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (d(e) < 1) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (n.zh_Hans !== void 0) {
      let e = n.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.zh_Hans.type, parentSchema: m.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.zh_Hans = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.ja_JP !== void 0) {
      let e = n.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.ja_JP.type, parentSchema: m.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.ja_JP = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.pt_BR !== void 0) {
      let e = n.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.pt_BR.type, parentSchema: m.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.pt_BR = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: n };
    r === null ? r = [e] : r.push(e), i++;
  }
  return _.errors = r, i === 0;
}
var o = { type: "object", required: ["name", "label", "human_description", "type", "form"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, label: { $ref: "common.schema.json#/definitions/i18n" }, human_description: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files", "app-selector", "model-selector", "any", "dynamic-select", "array", "object", "checkbox", "date", "date-range"] }, scope: { type: ["string", "null"], maxLength: 1024 }, form: { type: "string", enum: ["schema", "form", "llm"] }, llm_description: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, default: {}, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, multiple: { type: ["boolean", "null"] }, options: { type: ["array", "null"], items: { $ref: "common.schema.json#/definitions/parameterOption" } }, placeholder: { $ref: "common.schema.json#/definitions/i18nOptional" }, input_schema: { type: ["object", "null"] }, show_on: { type: ["array", "null"] } }, additionalProperties: false };
var B = Object.prototype.hasOwnProperty;
var P = { type: ["object", "null"], properties: { type: { type: "string", enum: ["prompt_instruction"] } } };
function j(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
    let e;
    if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: P.type }, message: "must be object,null", schema: P.type, parentSchema: P, data: n };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (n = e, h !== void 0 && (h[g] = e));
  }
  if (n && typeof n == "object" && !Array.isArray(n) && n.type !== void 0) {
    let e = n.type;
    if (typeof e != "string") {
      let t = typeof e, s;
      if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
      else if (e === null) s = "";
      else {
        const p = { instancePath: a + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.properties.type.type, parentSchema: P.properties.type, data: e };
        r === null ? r = [p] : r.push(p), i++;
      }
      s !== void 0 && (e = s, n !== void 0 && (n.type = s));
    }
    if (e !== "prompt_instruction") {
      const t = { instancePath: a + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: P.properties.type.enum }, message: "must be equal to one of the allowed values", schema: P.properties.type.enum, parentSchema: P.properties.type, data: e };
      r === null ? r = [t] : r.push(t), i++;
    }
  }
  return j.errors = r, i === 0;
}
var S = { type: ["object", "null"], properties: { enabled: { type: "boolean" } } };
function q(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
    let e;
    if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: S.type }, message: "must be object,null", schema: S.type, parentSchema: S, data: n };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (n = e, h !== void 0 && (h[g] = e));
  }
  if (n && typeof n == "object" && !Array.isArray(n) && n.enabled !== void 0) {
    let e = n.enabled;
    if (typeof e != "boolean") {
      let t;
      if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
      else if (e === "true" || e === 1) t = true;
      else {
        const s = { instancePath: a + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: S.properties.enabled.type, parentSchema: S.properties.enabled, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
      t !== void 0 && (e = t, n !== void 0 && (n.enabled = t));
    }
  }
  return q.errors = r, i === 0;
}
var y = { type: "object", required: ["value", "label"], properties: { value: { type: "string", "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function x(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (n && typeof n == "object" && !Array.isArray(n)) {
    if (n.en_US === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: m.required, parentSchema: m, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = n[e];
      if (typeof t != "string" && t !== null) {
        let s = typeof t, p;
        if (p === void 0) if (s == "number" || s == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const u = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: m.additionalProperties.type }, message: "must be string,null", schema: m.additionalProperties.type, parentSchema: m.additionalProperties, data: t };
          r === null ? r = [u] : r.push(u), i++;
        }
        p !== void 0 && (t = p, n !== void 0 && (n[e] = p));
      }
    }
    if (n.en_US !== void 0) {
      let e = n.en_US;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.en_US.type, parentSchema: m.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.en_US = s));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (d(e) < 1) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (n.zh_Hans !== void 0) {
      let e = n.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.zh_Hans.type, parentSchema: m.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.zh_Hans = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.ja_JP !== void 0) {
      let e = n.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.ja_JP.type, parentSchema: m.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.ja_JP = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.pt_BR !== void 0) {
      let e = n.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.pt_BR.type, parentSchema: m.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.pt_BR = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: n };
    r === null ? r = [e] : r.push(e), i++;
  }
  return x.errors = r, i === 0;
}
function v(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (n && typeof n == "object" && !Array.isArray(n)) {
    if (n.value === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: y.required, parentSchema: y, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (n.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: y.required, parentSchema: y, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (n.value !== void 0) {
      let e = n.value;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.properties.value.type, parentSchema: y.properties.value, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.value = s));
      }
    }
    if (n.label !== void 0 && (x(n.label, { instancePath: a + "/label", parentData: n, parentDataProperty: "label", rootData: f }) || (r = r === null ? x.errors : r.concat(x.errors), i = r.length)), n.icon !== void 0) {
      let e = n.icon;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const p = { instancePath: a + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: y.properties.icon.type }, message: "must be string,null", schema: y.properties.icon.type, parentSchema: y.properties.icon, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.icon = s));
      }
    }
    if (n.show_on !== void 0) {
      let e = n.show_on;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: a + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: y.properties.show_on.type }, message: "must be array,null", schema: y.properties.show_on.type, parentSchema: y.properties.show_on, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        t !== void 0 && (e = t, n !== void 0 && (n.show_on = t));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: y.type, parentSchema: y, data: n };
    r === null ? r = [e] : r.push(e), i++;
  }
  return v.errors = r, i === 0;
}
var c = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
function L(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
    let e;
    if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: n };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (n = e, h !== void 0 && (h[g] = e));
  }
  if (n && typeof n == "object" && !Array.isArray(n)) {
    for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = n[e];
      if (typeof t != "string" && t !== null) {
        let s = typeof t, p;
        if (p === void 0) if (s == "number" || s == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const u = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: c.additionalProperties.type }, message: "must be string,null", schema: c.additionalProperties.type, parentSchema: c.additionalProperties, data: t };
          r === null ? r = [u] : r.push(u), i++;
        }
        p !== void 0 && (t = p, n !== void 0 && (n[e] = p));
      }
    }
    if (n.en_US !== void 0) {
      let e = n.en_US;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.en_US.type, parentSchema: c.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.en_US = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.en_US, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.zh_Hans !== void 0) {
      let e = n.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.zh_Hans.type, parentSchema: c.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.zh_Hans = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.ja_JP !== void 0) {
      let e = n.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.ja_JP.type, parentSchema: c.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.ja_JP = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.pt_BR !== void 0) {
      let e = n.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.pt_BR.type, parentSchema: c.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.pt_BR = s));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  }
  return L.errors = r, i === 0;
}
function T(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (n && typeof n == "object" && !Array.isArray(n)) {
    if (n.name === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: o.required, parentSchema: o, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (n.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: o.required, parentSchema: o, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (n.human_description === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "human_description" }, message: "must have required property 'human_description'", schema: o.required, parentSchema: o, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (n.type === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: o.required, parentSchema: o, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (n.form === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "form" }, message: "must have required property 'form'", schema: o.required, parentSchema: o, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in n) if (!B.call(o.properties, e)) {
      const t = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: o, data: n };
      r === null ? r = [t] : r.push(t), i++;
    }
    if (n.name !== void 0) {
      let e = n.name;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.name.type, parentSchema: o.properties.name, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.name = s));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.name, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (d(e) < 1) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.name, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (n.label !== void 0 && (_(n.label, { instancePath: a + "/label", parentData: n, parentDataProperty: "label", rootData: f }) || (r = r === null ? _.errors : r.concat(_.errors), i = r.length)), n.human_description !== void 0 && (_(n.human_description, { instancePath: a + "/human_description", parentData: n, parentDataProperty: "human_description", rootData: f }) || (r = r === null ? _.errors : r.concat(_.errors), i = r.length)), n.type !== void 0) {
      let e = n.type;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.type.type, parentSchema: o.properties.type, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.type = s));
      }
      if (!(e === "string" || e === "number" || e === "boolean" || e === "select" || e === "secret-input" || e === "file" || e === "files" || e === "app-selector" || e === "model-selector" || e === "any" || e === "dynamic-select" || e === "array" || e === "object" || e === "checkbox" || e === "date" || e === "date-range")) {
        const t = { instancePath: a + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: o.properties.type.enum }, message: "must be equal to one of the allowed values", schema: o.properties.type.enum, parentSchema: o.properties.type, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.scope !== void 0) {
      let e = n.scope;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const p = { instancePath: a + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: o.properties.scope.type }, message: "must be string,null", schema: o.properties.scope.type, parentSchema: o.properties.scope, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.scope = s));
      }
      if (typeof e == "string" && d(e) > 1024) {
        const t = { instancePath: a + "/scope", schemaPath: "#/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: o.properties.scope, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.form !== void 0) {
      let e = n.form;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const p = { instancePath: a + "/form", schemaPath: "#/properties/form/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.form.type, parentSchema: o.properties.form, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.form = s));
      }
      if (!(e === "schema" || e === "form" || e === "llm")) {
        const t = { instancePath: a + "/form", schemaPath: "#/properties/form/enum", keyword: "enum", params: { allowedValues: o.properties.form.enum }, message: "must be equal to one of the allowed values", schema: o.properties.form.enum, parentSchema: o.properties.form, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.llm_description !== void 0) {
      let e = n.llm_description;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const p = { instancePath: a + "/llm_description", schemaPath: "#/properties/llm_description/type", keyword: "type", params: { type: o.properties.llm_description.type }, message: "must be string,null", schema: o.properties.llm_description.type, parentSchema: o.properties.llm_description, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.llm_description = s));
      }
    }
    if (n.required !== void 0) {
      let e = n.required;
      if (typeof e != "boolean" && e !== null) {
        let t;
        if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
        else if (e === "true" || e === 1) t = true;
        else if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: a + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: o.properties.required.type }, message: "must be boolean,null", schema: o.properties.required.type, parentSchema: o.properties.required, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        t !== void 0 && (e = t, n !== void 0 && (n.required = t));
      }
    }
    if (n.auto_generate !== void 0 && (j(n.auto_generate, { instancePath: a + "/auto_generate", parentData: n, parentDataProperty: "auto_generate", rootData: f }) || (r = r === null ? j.errors : r.concat(j.errors), i = r.length)), n.template !== void 0 && (q(n.template, { instancePath: a + "/template", parentData: n, parentDataProperty: "template", rootData: f }) || (r = r === null ? q.errors : r.concat(q.errors), i = r.length)), n.min !== void 0) {
      let e = n.min;
      if (!(typeof e == "number" && isFinite(e)) && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "boolean" || e === null || t == "string" && e && e == +e) s = +e;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const p = { instancePath: a + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: o.properties.min.type }, message: "must be number,null", schema: o.properties.min.type, parentSchema: o.properties.min, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.min = s));
      }
    }
    if (n.max !== void 0) {
      let e = n.max;
      if (!(typeof e == "number" && isFinite(e)) && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "boolean" || e === null || t == "string" && e && e == +e) s = +e;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const p = { instancePath: a + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: o.properties.max.type }, message: "must be number,null", schema: o.properties.max.type, parentSchema: o.properties.max, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.max = s));
      }
    }
    if (n.precision !== void 0) {
      let e = n.precision;
      if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t === "boolean" || e === null || t === "string" && e && e == +e && !(e % 1)) s = +e;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const p = { instancePath: a + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: o.properties.precision.type }, message: "must be integer,null", schema: o.properties.precision.type, parentSchema: o.properties.precision, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        s !== void 0 && (e = s, n !== void 0 && (n.precision = s));
      }
    }
    if (n.multiple !== void 0) {
      let e = n.multiple;
      if (typeof e != "boolean" && e !== null) {
        let t;
        if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
        else if (e === "true" || e === 1) t = true;
        else if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: a + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: o.properties.multiple.type }, message: "must be boolean,null", schema: o.properties.multiple.type, parentSchema: o.properties.multiple, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        t !== void 0 && (e = t, n !== void 0 && (n.multiple = t));
      }
    }
    if (n.options !== void 0) {
      let e = n.options;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: a + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: o.properties.options.type }, message: "must be array,null", schema: o.properties.options.type, parentSchema: o.properties.options, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        t !== void 0 && (e = t, n !== void 0 && (n.options = t));
      }
      if (Array.isArray(e)) {
        const t = e.length;
        for (let s = 0; s < t; s++) v(e[s], { instancePath: a + "/options/" + s, parentData: e, parentDataProperty: s, rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), i = r.length);
      }
    }
    if (n.placeholder !== void 0 && (L(n.placeholder, { instancePath: a + "/placeholder", parentData: n, parentDataProperty: "placeholder", rootData: f }) || (r = r === null ? L.errors : r.concat(L.errors), i = r.length)), n.input_schema !== void 0) {
      let e = n.input_schema;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: a + "/input_schema", schemaPath: "#/properties/input_schema/type", keyword: "type", params: { type: o.properties.input_schema.type }, message: "must be object,null", schema: o.properties.input_schema.type, parentSchema: o.properties.input_schema, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        t !== void 0 && (e = t, n !== void 0 && (n.input_schema = t));
      }
    }
    if (n.show_on !== void 0) {
      let e = n.show_on;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: a + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: o.properties.show_on.type }, message: "must be array,null", schema: o.properties.show_on.type, parentSchema: o.properties.show_on, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        t !== void 0 && (e = t, n !== void 0 && (n.show_on = t));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: n };
    r === null ? r = [e] : r.push(e), i++;
  }
  return T.errors = r, i === 0;
}
var b = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
function A(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (n && typeof n == "object" && !Array.isArray(n)) {
    if (n.python === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: b.required, parentSchema: b, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (n.python !== void 0) {
      let e = n.python;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.source === void 0) {
          const t = { instancePath: a + "/python", schemaPath: "#/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: b.properties.python.required, parentSchema: b.properties.python, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (e.source !== void 0) {
          let t = e.source;
          if (typeof t != "string") {
            let s = typeof t, p;
            if (p === void 0) if (s == "number" || s == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const u = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.python.properties.source.type, parentSchema: b.properties.python.properties.source, data: t };
              r === null ? r = [u] : r.push(u), i++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.source = p));
          }
          if (typeof t == "string" && d(t) < 1) {
            const s = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: b.properties.python.properties.source, data: t };
            r === null ? r = [s] : r.push(s), i++;
          }
        }
      } else {
        const t = { instancePath: a + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.properties.python.type, parentSchema: b.properties.python, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.type, parentSchema: b, data: n };
    r === null ? r = [e] : r.push(e), i++;
  }
  return A.errors = r, i === 0;
}
function U(n, { instancePath: a = "", parentData: h, parentDataProperty: g, rootData: f = n } = {}) {
  let r = null, i = 0;
  if (n && typeof n == "object" && !Array.isArray(n)) {
    if (n.identity === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: l.required, parentSchema: l, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (n.description === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: l.required, parentSchema: l, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (n.extra === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: l.required, parentSchema: l, data: n };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in n) if (!(e === "identity" || e === "description" || e === "parameters" || e === "output_schema" || e === "has_runtime_parameters" || e === "extra")) {
      const t = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: l, data: n };
      r === null ? r = [t] : r.push(t), i++;
    }
    if (n.identity !== void 0) {
      let e = n.identity;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.author === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (e.name === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (e.label === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        for (const t in e) if (!(t === "author" || t === "name" || t === "label" || t === "icon" || t === "icon_dark")) {
          const s = { instancePath: a + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.identity, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (e.author !== void 0) {
          let t = e.author;
          if (typeof t != "string") {
            let s = typeof t, p;
            if (p === void 0) if (s == "number" || s == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const u = { instancePath: a + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.identity.properties.author.type, parentSchema: l.properties.identity.properties.author, data: t };
              r === null ? r = [u] : r.push(u), i++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.author = p));
          }
          if (typeof t == "string" && d(t) < 1) {
            const s = { instancePath: a + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.identity.properties.author, data: t };
            r === null ? r = [s] : r.push(s), i++;
          }
        }
        if (e.name !== void 0 && (k(e.name, { instancePath: a + "/identity/name", parentData: e, parentDataProperty: "name", rootData: f }) || (r = r === null ? k.errors : r.concat(k.errors), i = r.length)), e.label !== void 0 && (_(e.label, { instancePath: a + "/identity/label", parentData: e, parentDataProperty: "label", rootData: f }) || (r = r === null ? _.errors : r.concat(_.errors), i = r.length)), e.icon !== void 0) {
          let t = e.icon;
          if (typeof t != "string" && t !== null) {
            let s = typeof t, p;
            if (p === void 0) if (s == "number" || s == "boolean") p = "" + t;
            else if (t === null) p = "";
            else if (t === "" || t === 0 || t === false) p = null;
            else {
              const u = { instancePath: a + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: l.properties.identity.properties.icon.type }, message: "must be string,null", schema: l.properties.identity.properties.icon.type, parentSchema: l.properties.identity.properties.icon, data: t };
              r === null ? r = [u] : r.push(u), i++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.icon = p));
          }
        }
        if (e.icon_dark !== void 0) {
          let t = e.icon_dark;
          if (typeof t != "string" && t !== null) {
            let s = typeof t, p;
            if (p === void 0) if (s == "number" || s == "boolean") p = "" + t;
            else if (t === null) p = "";
            else if (t === "" || t === 0 || t === false) p = null;
            else {
              const u = { instancePath: a + "/identity/icon_dark", schemaPath: "#/properties/identity/properties/icon_dark/type", keyword: "type", params: { type: l.properties.identity.properties.icon_dark.type }, message: "must be string,null", schema: l.properties.identity.properties.icon_dark.type, parentSchema: l.properties.identity.properties.icon_dark, data: t };
              r === null ? r = [u] : r.push(u), i++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.icon_dark = p));
          }
        }
      } else {
        const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.properties.identity.type, parentSchema: l.properties.identity, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.description !== void 0) {
      let e = n.description;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.human === void 0) {
          const t = { instancePath: a + "/description", schemaPath: "#/properties/description/required", keyword: "required", params: { missingProperty: "human" }, message: "must have required property 'human'", schema: l.properties.description.required, parentSchema: l.properties.description, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (e.llm === void 0) {
          const t = { instancePath: a + "/description", schemaPath: "#/properties/description/required", keyword: "required", params: { missingProperty: "llm" }, message: "must have required property 'llm'", schema: l.properties.description.required, parentSchema: l.properties.description, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        for (const t in e) if (!(t === "human" || t === "llm")) {
          const s = { instancePath: a + "/description", schemaPath: "#/properties/description/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.description, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (e.human !== void 0 && (_(e.human, { instancePath: a + "/description/human", parentData: e, parentDataProperty: "human", rootData: f }) || (r = r === null ? _.errors : r.concat(_.errors), i = r.length)), e.llm !== void 0) {
          let t = e.llm;
          if (typeof t != "string") {
            let s = typeof t, p;
            if (p === void 0) if (s == "number" || s == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const u = { instancePath: a + "/description/llm", schemaPath: "#/properties/description/properties/llm/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.description.properties.llm.type, parentSchema: l.properties.description.properties.llm, data: t };
              r === null ? r = [u] : r.push(u), i++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.llm = p));
          }
          if (typeof t == "string" && d(t) < 1) {
            const s = { instancePath: a + "/description/llm", schemaPath: "#/properties/description/properties/llm/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.description.properties.llm, data: t };
            r === null ? r = [s] : r.push(s), i++;
          }
        }
      } else {
        const t = { instancePath: a + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.properties.description.type, parentSchema: l.properties.description, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (n.parameters !== void 0) {
      let e = n.parameters;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: a + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: l.properties.parameters.type }, message: "must be array,null", schema: l.properties.parameters.type, parentSchema: l.properties.parameters, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        t !== void 0 && (e = t, n !== void 0 && (n.parameters = t));
      }
      if (Array.isArray(e)) {
        const t = e.length;
        for (let s = 0; s < t; s++) T(e[s], { instancePath: a + "/parameters/" + s, parentData: e, parentDataProperty: s, rootData: f }) || (r = r === null ? T.errors : r.concat(T.errors), i = r.length);
      }
    }
    if (n.output_schema !== void 0) {
      let e = n.output_schema;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: a + "/output_schema", schemaPath: "#/properties/output_schema/type", keyword: "type", params: { type: l.properties.output_schema.type }, message: "must be object,null", schema: l.properties.output_schema.type, parentSchema: l.properties.output_schema, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        t !== void 0 && (e = t, n !== void 0 && (n.output_schema = t));
      }
    }
    if (n.has_runtime_parameters !== void 0) {
      let e = n.has_runtime_parameters;
      if (typeof e != "boolean" && e !== null) {
        let t;
        if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
        else if (e === "true" || e === 1) t = true;
        else if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: a + "/has_runtime_parameters", schemaPath: "#/properties/has_runtime_parameters/type", keyword: "type", params: { type: l.properties.has_runtime_parameters.type }, message: "must be boolean,null", schema: l.properties.has_runtime_parameters.type, parentSchema: l.properties.has_runtime_parameters, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        t !== void 0 && (e = t, n !== void 0 && (n.has_runtime_parameters = t));
      }
    }
    n.extra !== void 0 && (A(n.extra, { instancePath: a + "/extra", parentData: n, parentDataProperty: "extra", rootData: f }) || (r = r === null ? A.errors : r.concat(A.errors), i = r.length));
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: n };
    r === null ? r = [e] : r.push(e), i++;
  }
  return U.errors = r, i === 0;
}
var D = z;
export {
  D as default,
  z as v
};
