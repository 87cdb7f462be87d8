import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:agent-strategy.schema.json
var H = B;
var l = { $schema: "http://json-schema.org/draft-07/schema#", $id: "agent-strategy.schema.json", title: "Dify agent strategy (a file listed under an agent strategy provider's strategies)", description: "daemon pkg/entities/plugin_entities/agent_declaration.go (AgentStrategyDeclaration, AgentStrategyParameter); SDK entities/agent.py (AgentStrategyConfiguration, AgentStrategyParameter).", type: "object", required: ["identity", "description", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" } }, additionalProperties: false }, description: { description: "A plain localized text (not a tool's {human, llm}).", $ref: "common.schema.json#/definitions/i18n" }, parameters: { type: ["array", "null"], items: { $ref: "#/definitions/parameter" } }, output_schema: { type: ["object", "null"] }, features: { type: ["array", "null"], items: { type: "string", enum: ["history-messages"], "x-dpr-severity": "warning", "x-dpr-fix": "Dify's SDK and API know only the feature history-messages; others are refused by their feature enum or ignored." } }, has_runtime_parameters: { type: ["boolean", "null"] }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: strategies/my_strategy.py}}`: the SDK needs it to load the strategy." } }, additionalProperties: false, definitions: { parameter: { type: "object", required: ["name", "label", "type"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, help: { $ref: "common.schema.json#/definitions/i18nNullable" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files", "app-selector", "model-selector", "array[tools]", "any", "object", "array"], "x-dpr-fix": "Agent strategy parameters are string, number, boolean, select, secret-input, file, files, app-selector, model-selector, array[tools], any, object or array." }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, default: { description: "SDK: int, float or str.", type: ["string", "number", "boolean", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" } }, additionalProperties: false } } };
var h = require_ucs2length().default;
var j = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var J = new RegExp("^[a-zA-Z0-9_-]+$", "u");
function k(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (typeof t != "string") {
    let e = typeof t, s;
    if (s === void 0) if (e == "number" || e == "boolean") s = "" + t;
    else if (t === null) s = "";
    else {
      const n = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: j.type, parentSchema: j, data: t };
      r === null ? r = [n] : r.push(n), i++;
    }
    s !== void 0 && (t = s, d !== void 0 && (d[y] = s));
  }
  if (typeof t == "string") {
    if (h(t) < 1) {
      const e = { instancePath: p, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: j, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (!J.test(t)) {
      const e = { instancePath: p, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: j, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
  }
  return k.errors = r, i === 0;
}
var o = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function _(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: o.required, parentSchema: o, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let s = t[e];
      if (typeof s != "string" && s !== null) {
        let n = typeof s, a;
        if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
        else if (s === null) a = "";
        else if (s === "" || s === 0 || s === false) a = null;
        else {
          const c = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: o.additionalProperties.type }, message: "must be string,null", schema: o.additionalProperties.type, parentSchema: o.additionalProperties, data: s };
          r === null ? r = [c] : r.push(c), i++;
        }
        a !== void 0 && (s = a, t !== void 0 && (t[e] = a));
      }
    }
    if (t.en_US !== void 0) {
      let e = t.en_US;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.en_US.type, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.en_US = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const s = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (h(e) < 1) {
          const s = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
      }
    }
    if (t.zh_Hans !== void 0) {
      let e = t.zh_Hans;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.zh_Hans.type, parentSchema: o.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.zh_Hans = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const s = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.zh_Hans, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.ja_JP !== void 0) {
      let e = t.ja_JP;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.ja_JP.type, parentSchema: o.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.ja_JP = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const s = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.ja_JP, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.pt_BR !== void 0) {
      let e = t.pt_BR;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.pt_BR.type, parentSchema: o.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.pt_BR = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const s = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.pt_BR, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return _.errors = r, i === 0;
}
var u = { type: "object", required: ["name", "label", "type"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, help: { $ref: "common.schema.json#/definitions/i18nNullable" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files", "app-selector", "model-selector", "array[tools]", "any", "object", "array"], "x-dpr-fix": "Agent strategy parameters are string, number, boolean, select, secret-input, file, files, app-selector, model-selector, array[tools], any, object or array." }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, default: { description: "SDK: int, float or str.", type: ["string", "number", "boolean", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" } }, additionalProperties: false };
var O = Object.prototype.hasOwnProperty;
var f = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function x(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: f.type }, message: "must be object,null", schema: f.type, parentSchema: f, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    e !== void 0 && (t = e, d !== void 0 && (d[y] = e));
  }
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: f.required, parentSchema: f, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let s = t[e];
      if (typeof s != "string" && s !== null) {
        let n = typeof s, a;
        if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
        else if (s === null) a = "";
        else if (s === "" || s === 0 || s === false) a = null;
        else {
          const c = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: f.additionalProperties.type }, message: "must be string,null", schema: f.additionalProperties.type, parentSchema: f.additionalProperties, data: s };
          r === null ? r = [c] : r.push(c), i++;
        }
        a !== void 0 && (s = a, t !== void 0 && (t[e] = a));
      }
    }
    if (t.en_US !== void 0) {
      let e = t.en_US;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.en_US.type, parentSchema: f.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.en_US = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const s = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.en_US, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (h(e) < 1) {
          const s = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.en_US, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
      }
    }
    if (t.zh_Hans !== void 0) {
      let e = t.zh_Hans;
      if (typeof e != "string" && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: f.properties.zh_Hans.type }, message: "must be string,null", schema: f.properties.zh_Hans.type, parentSchema: f.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.zh_Hans = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const s = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.zh_Hans, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.ja_JP !== void 0) {
      let e = t.ja_JP;
      if (typeof e != "string" && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: f.properties.ja_JP.type }, message: "must be string,null", schema: f.properties.ja_JP.type, parentSchema: f.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.ja_JP = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const s = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.ja_JP, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.pt_BR !== void 0) {
      let e = t.pt_BR;
      if (typeof e != "string" && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: f.properties.pt_BR.type }, message: "must be string,null", schema: f.properties.pt_BR.type, parentSchema: f.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.pt_BR = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const s = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.pt_BR, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
  }
  return x.errors = r, i === 0;
}
var P = { type: ["object", "null"], properties: { type: { type: "string", enum: ["prompt_instruction"] } } };
function q(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: P.type }, message: "must be object,null", schema: P.type, parentSchema: P, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    e !== void 0 && (t = e, d !== void 0 && (d[y] = e));
  }
  if (t && typeof t == "object" && !Array.isArray(t) && t.type !== void 0) {
    let e = t.type;
    if (typeof e != "string") {
      let s = typeof e, n;
      if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
      else if (e === null) n = "";
      else {
        const a = { instancePath: p + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.properties.type.type, parentSchema: P.properties.type, data: e };
        r === null ? r = [a] : r.push(a), i++;
      }
      n !== void 0 && (e = n, t !== void 0 && (t.type = n));
    }
    if (e !== "prompt_instruction") {
      const s = { instancePath: p + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: P.properties.type.enum }, message: "must be equal to one of the allowed values", schema: P.properties.type.enum, parentSchema: P.properties.type, data: e };
      r === null ? r = [s] : r.push(s), i++;
    }
  }
  return q.errors = r, i === 0;
}
var w = { type: ["object", "null"], properties: { enabled: { type: "boolean" } } };
function v(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: w.type }, message: "must be object,null", schema: w.type, parentSchema: w, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    e !== void 0 && (t = e, d !== void 0 && (d[y] = e));
  }
  if (t && typeof t == "object" && !Array.isArray(t) && t.enabled !== void 0) {
    let e = t.enabled;
    if (typeof e != "boolean") {
      let s;
      if (s === void 0) if (e === "false" || e === 0 || e === null) s = false;
      else if (e === "true" || e === 1) s = true;
      else {
        const n = { instancePath: p + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: w.properties.enabled.type, parentSchema: w.properties.enabled, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
      s !== void 0 && (e = s, t !== void 0 && (t.enabled = s));
    }
  }
  return v.errors = r, i === 0;
}
var D = { description: "Options of a select parameter (SDK ParameterOption, with show_on where the SDK allows it).", type: ["array", "null"], items: { $ref: "#/definitions/parameterOption" } };
var g = { type: "object", required: ["value", "label"], properties: { value: { type: "string", "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function L(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: o.required, parentSchema: o, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let s = t[e];
      if (typeof s != "string" && s !== null) {
        let n = typeof s, a;
        if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
        else if (s === null) a = "";
        else if (s === "" || s === 0 || s === false) a = null;
        else {
          const c = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: o.additionalProperties.type }, message: "must be string,null", schema: o.additionalProperties.type, parentSchema: o.additionalProperties, data: s };
          r === null ? r = [c] : r.push(c), i++;
        }
        a !== void 0 && (s = a, t !== void 0 && (t[e] = a));
      }
    }
    if (t.en_US !== void 0) {
      let e = t.en_US;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.en_US.type, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.en_US = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const s = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (h(e) < 1) {
          const s = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
      }
    }
    if (t.zh_Hans !== void 0) {
      let e = t.zh_Hans;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.zh_Hans.type, parentSchema: o.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.zh_Hans = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const s = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.zh_Hans, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.ja_JP !== void 0) {
      let e = t.ja_JP;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.ja_JP.type, parentSchema: o.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.ja_JP = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const s = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.ja_JP, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.pt_BR !== void 0) {
      let e = t.pt_BR;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.pt_BR.type, parentSchema: o.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.pt_BR = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const s = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.pt_BR, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return L.errors = r, i === 0;
}
function A(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
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
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.value.type, parentSchema: g.properties.value, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.value = n));
      }
    }
    if (t.label !== void 0 && (L(t.label, { instancePath: p + "/label", parentData: t, parentDataProperty: "label", rootData: m }) || (r = r === null ? L.errors : r.concat(L.errors), i = r.length)), t.icon !== void 0) {
      let e = t.icon;
      if (typeof e != "string" && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: g.properties.icon.type }, message: "must be string,null", schema: g.properties.icon.type, parentSchema: g.properties.icon, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.icon = n));
      }
    }
    if (t.show_on !== void 0) {
      let e = t.show_on;
      if (!Array.isArray(e) && e !== null) {
        let s;
        if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
        else {
          const n = { instancePath: p + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: g.properties.show_on.type }, message: "must be array,null", schema: g.properties.show_on.type, parentSchema: g.properties.show_on, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.show_on = s));
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return A.errors = r, i === 0;
}
function U(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (!Array.isArray(t) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: D.type }, message: "must be array,null", schema: D.type, parentSchema: D, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    e !== void 0 && (t = e, d !== void 0 && (d[y] = e));
  }
  if (Array.isArray(t)) {
    const e = t.length;
    for (let s = 0; s < e; s++) A(t[s], { instancePath: p + "/" + s, parentData: t, parentDataProperty: s, rootData: m }) || (r = r === null ? A.errors : r.concat(A.errors), i = r.length);
  }
  return U.errors = r, i === 0;
}
function T(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.name === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: u.required, parentSchema: u, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.label === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: u.required, parentSchema: u, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.type === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: u.required, parentSchema: u, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!O.call(u.properties, e)) {
      const s = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    if (t.name !== void 0) {
      let e = t.name;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.name.type, parentSchema: u.properties.name, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.name = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const s = { instancePath: p + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.name, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (h(e) < 1) {
          const s = { instancePath: p + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.name, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
      }
    }
    if (t.label !== void 0 && (_(t.label, { instancePath: p + "/label", parentData: t, parentDataProperty: "label", rootData: m }) || (r = r === null ? _.errors : r.concat(_.errors), i = r.length)), t.help !== void 0 && (x(t.help, { instancePath: p + "/help", parentData: t, parentDataProperty: "help", rootData: m }) || (r = r === null ? x.errors : r.concat(x.errors), i = r.length)), t.type !== void 0) {
      let e = t.type;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.type.type, parentSchema: u.properties.type, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.type = n));
      }
      if (!(e === "string" || e === "number" || e === "boolean" || e === "select" || e === "secret-input" || e === "file" || e === "files" || e === "app-selector" || e === "model-selector" || e === "array[tools]" || e === "any" || e === "object" || e === "array")) {
        const s = { instancePath: p + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: u.properties.type.enum }, message: "must be equal to one of the allowed values", schema: u.properties.type.enum, parentSchema: u.properties.type, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.auto_generate !== void 0 && (q(t.auto_generate, { instancePath: p + "/auto_generate", parentData: t, parentDataProperty: "auto_generate", rootData: m }) || (r = r === null ? q.errors : r.concat(q.errors), i = r.length)), t.template !== void 0 && (v(t.template, { instancePath: p + "/template", parentData: t, parentDataProperty: "template", rootData: m }) || (r = r === null ? v.errors : r.concat(v.errors), i = r.length)), t.scope !== void 0) {
      let e = t.scope;
      if (typeof e != "string" && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: u.properties.scope.type }, message: "must be string,null", schema: u.properties.scope.type, parentSchema: u.properties.scope, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.scope = n));
      }
      if (typeof e == "string" && h(e) > 1024) {
        const s = { instancePath: p + "/scope", schemaPath: "#/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: u.properties.scope, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.required !== void 0) {
      let e = t.required;
      if (typeof e != "boolean" && e !== null) {
        let s;
        if (s === void 0) if (e === "false" || e === 0 || e === null) s = false;
        else if (e === "true" || e === 1) s = true;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const n = { instancePath: p + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: u.properties.required.type }, message: "must be boolean,null", schema: u.properties.required.type, parentSchema: u.properties.required, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.required = s));
      }
    }
    if (t.default !== void 0) {
      let e = t.default;
      if (typeof e != "string" && !(typeof e == "number" && isFinite(e)) && typeof e != "boolean" && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (s == "boolean" || e === null || s == "string" && e && e == +e) n = +e;
        else if (e === "false" || e === 0 || e === null) n = false;
        else if (e === "true" || e === 1) n = true;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: u.properties.default.type }, message: "must be string,number,boolean,null", schema: u.properties.default.type, parentSchema: u.properties.default, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.default = n));
      }
    }
    if (t.min !== void 0) {
      let e = t.min;
      if (!(typeof e == "number" && isFinite(e)) && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "boolean" || e === null || s == "string" && e && e == +e) n = +e;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: u.properties.min.type }, message: "must be number,null", schema: u.properties.min.type, parentSchema: u.properties.min, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.min = n));
      }
    }
    if (t.max !== void 0) {
      let e = t.max;
      if (!(typeof e == "number" && isFinite(e)) && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "boolean" || e === null || s == "string" && e && e == +e) n = +e;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: u.properties.max.type }, message: "must be number,null", schema: u.properties.max.type, parentSchema: u.properties.max, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.max = n));
      }
    }
    if (t.precision !== void 0) {
      let e = t.precision;
      if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s === "boolean" || e === null || s === "string" && e && e == +e && !(e % 1)) n = +e;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: u.properties.precision.type }, message: "must be integer,null", schema: u.properties.precision.type, parentSchema: u.properties.precision, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.precision = n));
      }
    }
    t.options !== void 0 && (U(t.options, { instancePath: p + "/options", parentData: t, parentDataProperty: "options", rootData: m }) || (r = r === null ? U.errors : r.concat(U.errors), i = r.length));
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.type, parentSchema: u, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return T.errors = r, i === 0;
}
var b = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
function z(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.python === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: b.required, parentSchema: b, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.python !== void 0) {
      let e = t.python;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.source === void 0) {
          const s = { instancePath: p + "/python", schemaPath: "#/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: b.properties.python.required, parentSchema: b.properties.python, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (e.source !== void 0) {
          let s = e.source;
          if (typeof s != "string") {
            let n = typeof s, a;
            if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
            else if (s === null) a = "";
            else {
              const c = { instancePath: p + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.python.properties.source.type, parentSchema: b.properties.python.properties.source, data: s };
              r === null ? r = [c] : r.push(c), i++;
            }
            a !== void 0 && (s = a, e !== void 0 && (e.source = a));
          }
          if (typeof s == "string" && h(s) < 1) {
            const n = { instancePath: p + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: b.properties.python.properties.source, data: s };
            r === null ? r = [n] : r.push(n), i++;
          }
        }
      } else {
        const s = { instancePath: p + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.properties.python.type, parentSchema: b.properties.python, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.type, parentSchema: b, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return z.errors = r, i === 0;
}
function B(t, { instancePath: p = "", parentData: d, parentDataProperty: y, rootData: m = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.identity === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: l.required, parentSchema: l, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.description === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: l.required, parentSchema: l, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.extra === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: l.required, parentSchema: l, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!(e === "identity" || e === "description" || e === "parameters" || e === "output_schema" || e === "features" || e === "has_runtime_parameters" || e === "extra")) {
      const s = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: l, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    if (t.identity !== void 0) {
      let e = t.identity;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.author === void 0) {
          const s = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (e.name === void 0) {
          const s = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (e.label === void 0) {
          const s = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        for (const s in e) if (!(s === "author" || s === "name" || s === "label")) {
          const n = { instancePath: p + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.identity, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (e.author !== void 0) {
          let s = e.author;
          if (typeof s != "string") {
            let n = typeof s, a;
            if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
            else if (s === null) a = "";
            else {
              const c = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.identity.properties.author.type, parentSchema: l.properties.identity.properties.author, data: s };
              r === null ? r = [c] : r.push(c), i++;
            }
            a !== void 0 && (s = a, e !== void 0 && (e.author = a));
          }
          if (typeof s == "string" && h(s) < 1) {
            const n = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.identity.properties.author, data: s };
            r === null ? r = [n] : r.push(n), i++;
          }
        }
        e.name !== void 0 && (k(e.name, { instancePath: p + "/identity/name", parentData: e, parentDataProperty: "name", rootData: m }) || (r = r === null ? k.errors : r.concat(k.errors), i = r.length)), e.label !== void 0 && (_(e.label, { instancePath: p + "/identity/label", parentData: e, parentDataProperty: "label", rootData: m }) || (r = r === null ? _.errors : r.concat(_.errors), i = r.length));
      } else {
        const s = { instancePath: p + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.properties.identity.type, parentSchema: l.properties.identity, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.description !== void 0 && (_(t.description, { instancePath: p + "/description", parentData: t, parentDataProperty: "description", rootData: m }) || (r = r === null ? _.errors : r.concat(_.errors), i = r.length)), t.parameters !== void 0) {
      let e = t.parameters;
      if (!Array.isArray(e) && e !== null) {
        let s;
        if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
        else {
          const n = { instancePath: p + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: l.properties.parameters.type }, message: "must be array,null", schema: l.properties.parameters.type, parentSchema: l.properties.parameters, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.parameters = s));
      }
      if (Array.isArray(e)) {
        const s = e.length;
        for (let n = 0; n < s; n++) T(e[n], { instancePath: p + "/parameters/" + n, parentData: e, parentDataProperty: n, rootData: m }) || (r = r === null ? T.errors : r.concat(T.errors), i = r.length);
      }
    }
    if (t.output_schema !== void 0) {
      let e = t.output_schema;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let s;
        if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
        else {
          const n = { instancePath: p + "/output_schema", schemaPath: "#/properties/output_schema/type", keyword: "type", params: { type: l.properties.output_schema.type }, message: "must be object,null", schema: l.properties.output_schema.type, parentSchema: l.properties.output_schema, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.output_schema = s));
      }
    }
    if (t.features !== void 0) {
      let e = t.features;
      if (!Array.isArray(e) && e !== null) {
        let s;
        if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
        else {
          const n = { instancePath: p + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: l.properties.features.type }, message: "must be array,null", schema: l.properties.features.type, parentSchema: l.properties.features, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.features = s));
      }
      if (Array.isArray(e)) {
        const s = e.length;
        for (let n = 0; n < s; n++) {
          let a = e[n];
          if (typeof a != "string") {
            let c = typeof a, S;
            if (S === void 0) if (c == "number" || c == "boolean") S = "" + a;
            else if (a === null) S = "";
            else {
              const R = { instancePath: p + "/features/" + n, schemaPath: "#/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.features.items.type, parentSchema: l.properties.features.items, data: a };
              r === null ? r = [R] : r.push(R), i++;
            }
            S !== void 0 && (a = S, e !== void 0 && (e[n] = S));
          }
          if (a !== "history-messages") {
            const c = { instancePath: p + "/features/" + n, schemaPath: "#/properties/features/items/enum", keyword: "enum", params: { allowedValues: l.properties.features.items.enum }, message: "must be equal to one of the allowed values", schema: l.properties.features.items.enum, parentSchema: l.properties.features.items, data: a };
            r === null ? r = [c] : r.push(c), i++;
          }
        }
      }
    }
    if (t.has_runtime_parameters !== void 0) {
      let e = t.has_runtime_parameters;
      if (typeof e != "boolean" && e !== null) {
        let s;
        if (s === void 0) if (e === "false" || e === 0 || e === null) s = false;
        else if (e === "true" || e === 1) s = true;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const n = { instancePath: p + "/has_runtime_parameters", schemaPath: "#/properties/has_runtime_parameters/type", keyword: "type", params: { type: l.properties.has_runtime_parameters.type }, message: "must be boolean,null", schema: l.properties.has_runtime_parameters.type, parentSchema: l.properties.has_runtime_parameters, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.has_runtime_parameters = s));
      }
    }
    t.extra !== void 0 && (z(t.extra, { instancePath: p + "/extra", parentData: t, parentDataProperty: "extra", rootData: m }) || (r = r === null ? z.errors : r.concat(z.errors), i = r.length));
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return B.errors = r, i === 0;
}
var N = H;
export {
  N as default,
  H as v
};
