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
  default: () => A,
  v: () => v
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var v = L;
var f = { $schema: "http://json-schema.org/draft-07/schema#", $id: "agent-strategy.schema.json", title: "Dify agent strategy (a file listed under an agent strategy provider's strategies)", description: "daemon pkg/entities/plugin_entities/agent_declaration.go (AgentStrategyDeclaration, AgentStrategyParameter); SDK entities/agent.py (AgentStrategyConfiguration, AgentStrategyParameter).", type: "object", required: ["identity", "description", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" } }, additionalProperties: false }, description: { description: "A plain localized text (not a tool's {human, llm}).", $ref: "common.schema.json#/definitions/i18n" }, parameters: { type: ["array", "null"], items: { $ref: "#/definitions/parameter" } }, output_schema: { type: ["object", "null"] }, features: { type: ["array", "null"], items: { type: "string", enum: ["history-messages"], "x-dpr-severity": "warning", "x-dpr-fix": "Dify's SDK and API know only the feature history-messages; others are refused by their feature enum or ignored." } }, has_runtime_parameters: { type: ["boolean", "null"] }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: strategies/my_strategy.py}}`: the SDK needs it to load the strategy." } }, additionalProperties: false, definitions: { parameter: { type: "object", required: ["name", "label", "type"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, help: { $ref: "common.schema.json#/definitions/i18nNullable" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files", "app-selector", "model-selector", "array[tools]", "any", "object", "array"], "x-dpr-fix": "Agent strategy parameters are string, number, boolean, select, secret-input, file, files, app-selector, model-selector, array[tools], any, object or array." }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, default: { description: "SDK: int, float or str.", type: ["string", "number", "boolean", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" } }, additionalProperties: false } } };
var w = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var l = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var y = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
var u = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var T = new RegExp("^[a-zA-Z0-9_-]+$", "u");
var d = { type: "object", required: ["name", "label", "type"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, help: { $ref: "common.schema.json#/definitions/i18nNullable" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files", "app-selector", "model-selector", "array[tools]", "any", "object", "array"], "x-dpr-fix": "Agent strategy parameters are string, number, boolean, select, secret-input, file, files, app-selector, model-selector, array[tools], any, object or array." }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, default: { description: "SDK: int, float or str.", type: ["string", "number", "boolean", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" } }, additionalProperties: false };
var h = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var g = { type: ["object", "null"], properties: { type: { type: "string", enum: ["prompt_instruction"] } } };
var S = { type: ["object", "null"], properties: { enabled: { type: "boolean" } } };
var z = Object.prototype.hasOwnProperty;
var U = { description: "Options of a select parameter (SDK ParameterOption, with show_on where the SDK allows it).", type: ["array", "null"], items: { $ref: "#/definitions/parameterOption" } };
var c = { type: "object", required: ["value", "label"], properties: { value: { type: "string", "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function k(i, { instancePath: o = "", parentData: b, parentDataProperty: j, rootData: _ = i } = {}) {
  let n = null, p = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.value === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: c.required, parentSchema: c, data: i };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (i.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: c.required, parentSchema: c, data: i };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (i.value !== void 0) {
      let t = i.value;
      if (typeof t != "string") {
        let e = typeof t, r;
        if (r === void 0) if (e == "number" || e == "boolean") r = "" + t;
        else if (t === null) r = "";
        else {
          const s = { instancePath: o + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.value.type, parentSchema: c.properties.value, data: t };
          n === null ? n = [s] : n.push(s), p++;
        }
        r !== void 0 && (t = r, i !== void 0 && (i.value = r));
      }
    }
    if (i.label !== void 0) {
      let t = i.label;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let r = t[e];
          if (typeof r != "string" && r !== null) {
            let s = typeof r, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
            else if (r === null) a = "";
            else if (r === "" || r === 0 || r === false) a = null;
            else {
              const m = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
              n === null ? n = [m] : n.push(m), p++;
            }
            a !== void 0 && (r = a, t !== void 0 && (t[e] = a));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const r = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            if (u(e) < 1) {
              const r = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (i.icon !== void 0) {
      let t = i.icon;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, r;
        if (r === void 0) if (e == "number" || e == "boolean") r = "" + t;
        else if (t === null) r = "";
        else if (t === "" || t === 0 || t === false) r = null;
        else {
          const s = { instancePath: o + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: c.properties.icon.type }, message: "must be string,null", schema: c.properties.icon.type, parentSchema: c.properties.icon, data: t };
          n === null ? n = [s] : n.push(s), p++;
        }
        r !== void 0 && (t = r, i !== void 0 && (i.icon = r));
      }
    }
    if (i.show_on !== void 0) {
      let t = i.show_on;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const r = { instancePath: o + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: c.properties.show_on.type }, message: "must be array,null", schema: c.properties.show_on.type, parentSchema: c.properties.show_on, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        e !== void 0 && (t = e, i !== void 0 && (i.show_on = e));
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.type, parentSchema: c, data: i };
    n === null ? n = [t] : n.push(t), p++;
  }
  return k.errors = n, p === 0;
}
function x(i, { instancePath: o = "", parentData: b, parentDataProperty: j, rootData: _ = i } = {}) {
  let n = null, p = 0;
  if (!Array.isArray(i) && i !== null) {
    let t;
    if (t === void 0) if (i === "" || i === 0 || i === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: U.type }, message: "must be array,null", schema: U.type, parentSchema: U, data: i };
      n === null ? n = [e] : n.push(e), p++;
    }
    t !== void 0 && (i = t, b !== void 0 && (b[j] = t));
  }
  if (Array.isArray(i)) {
    const t = i.length;
    for (let e = 0; e < t; e++) k(i[e], { instancePath: o + "/" + e, parentData: i, parentDataProperty: e, rootData: _ }) || (n = n === null ? k.errors : n.concat(k.errors), p = n.length);
  }
  return x.errors = n, p === 0;
}
function q(i, { instancePath: o = "", parentData: b, parentDataProperty: j, rootData: _ = i } = {}) {
  let n = null, p = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.name === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: d.required, parentSchema: d, data: i };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (i.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: d.required, parentSchema: d, data: i };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (i.type === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: d.required, parentSchema: d, data: i };
      n === null ? n = [t] : n.push(t), p++;
    }
    for (const t in i) if (!z.call(d.properties, t)) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: d, data: i };
      n === null ? n = [e] : n.push(e), p++;
    }
    if (i.name !== void 0) {
      let t = i.name;
      if (typeof t != "string") {
        let e = typeof t, r;
        if (r === void 0) if (e == "number" || e == "boolean") r = "" + t;
        else if (t === null) r = "";
        else {
          const s = { instancePath: o + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.name.type, parentSchema: d.properties.name, data: t };
          n === null ? n = [s] : n.push(s), p++;
        }
        r !== void 0 && (t = r, i !== void 0 && (i.name = r));
      }
      if (typeof t == "string") {
        if (u(t) > 1023) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.name, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (u(t) < 1) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.name, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
      }
    }
    if (i.label !== void 0) {
      let t = i.label;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let r = t[e];
          if (typeof r != "string" && r !== null) {
            let s = typeof r, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
            else if (r === null) a = "";
            else if (r === "" || r === 0 || r === false) a = null;
            else {
              const m = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
              n === null ? n = [m] : n.push(m), p++;
            }
            a !== void 0 && (r = a, t !== void 0 && (t[e] = a));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const r = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            if (u(e) < 1) {
              const r = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (i.help !== void 0) {
      let t = i.help;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const r = { instancePath: o + "/help", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: h.type }, message: "must be object,null", schema: h.type, parentSchema: h, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        e !== void 0 && (t = e, i !== void 0 && (i.help = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/help", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let r = t[e];
          if (typeof r != "string" && r !== null) {
            let s = typeof r, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
            else if (r === null) a = "";
            else if (r === "" || r === 0 || r === false) a = null;
            else {
              const m = { instancePath: o + "/help/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: r };
              n === null ? n = [m] : n.push(m), p++;
            }
            a !== void 0 && (r = a, t !== void 0 && (t[e] = a));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/help/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const r = { instancePath: o + "/help/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            if (u(e) < 1) {
              const r = { instancePath: o + "/help/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string" && e !== null) {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else if (e === "" || e === 0 || e === false) s = null;
            else {
              const a = { instancePath: o + "/help/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: h.properties.zh_Hans.type }, message: "must be string,null", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/help/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string" && e !== null) {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else if (e === "" || e === 0 || e === false) s = null;
            else {
              const a = { instancePath: o + "/help/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: h.properties.ja_JP.type }, message: "must be string,null", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/help/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string" && e !== null) {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else if (e === "" || e === 0 || e === false) s = null;
            else {
              const a = { instancePath: o + "/help/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: h.properties.pt_BR.type }, message: "must be string,null", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/help/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
      }
    }
    if (i.type !== void 0) {
      let t = i.type;
      if (typeof t != "string") {
        let e = typeof t, r;
        if (r === void 0) if (e == "number" || e == "boolean") r = "" + t;
        else if (t === null) r = "";
        else {
          const s = { instancePath: o + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.type.type, parentSchema: d.properties.type, data: t };
          n === null ? n = [s] : n.push(s), p++;
        }
        r !== void 0 && (t = r, i !== void 0 && (i.type = r));
      }
      if (!(t === "string" || t === "number" || t === "boolean" || t === "select" || t === "secret-input" || t === "file" || t === "files" || t === "app-selector" || t === "model-selector" || t === "array[tools]" || t === "any" || t === "object" || t === "array")) {
        const e = { instancePath: o + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: d.properties.type.enum }, message: "must be equal to one of the allowed values", schema: d.properties.type.enum, parentSchema: d.properties.type, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (i.auto_generate !== void 0) {
      let t = i.auto_generate;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const r = { instancePath: o + "/auto_generate", schemaPath: "common.schema.json#/definitions/autoGenerate/type", keyword: "type", params: { type: g.type }, message: "must be object,null", schema: g.type, parentSchema: g, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        e !== void 0 && (t = e, i !== void 0 && (i.auto_generate = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t) && t.type !== void 0) {
        let e = t.type;
        if (typeof e != "string") {
          let r = typeof e, s;
          if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
          else if (e === null) s = "";
          else {
            const a = { instancePath: o + "/auto_generate/type", schemaPath: "common.schema.json#/definitions/autoGenerate/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.type.type, parentSchema: g.properties.type, data: e };
            n === null ? n = [a] : n.push(a), p++;
          }
          s !== void 0 && (e = s, t !== void 0 && (t.type = s));
        }
        if (e !== "prompt_instruction") {
          const r = { instancePath: o + "/auto_generate/type", schemaPath: "common.schema.json#/definitions/autoGenerate/properties/type/enum", keyword: "enum", params: { allowedValues: g.properties.type.enum }, message: "must be equal to one of the allowed values", schema: g.properties.type.enum, parentSchema: g.properties.type, data: e };
          n === null ? n = [r] : n.push(r), p++;
        }
      }
    }
    if (i.template !== void 0) {
      let t = i.template;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const r = { instancePath: o + "/template", schemaPath: "common.schema.json#/definitions/template/type", keyword: "type", params: { type: S.type }, message: "must be object,null", schema: S.type, parentSchema: S, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        e !== void 0 && (t = e, i !== void 0 && (i.template = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t) && t.enabled !== void 0) {
        let e = t.enabled;
        if (typeof e != "boolean") {
          let r;
          if (r === void 0) if (e === "false" || e === 0 || e === null) r = false;
          else if (e === "true" || e === 1) r = true;
          else {
            const s = { instancePath: o + "/template/enabled", schemaPath: "common.schema.json#/definitions/template/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: S.properties.enabled.type, parentSchema: S.properties.enabled, data: e };
            n === null ? n = [s] : n.push(s), p++;
          }
          r !== void 0 && (e = r, t !== void 0 && (t.enabled = r));
        }
      }
    }
    if (i.scope !== void 0) {
      let t = i.scope;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, r;
        if (r === void 0) if (e == "number" || e == "boolean") r = "" + t;
        else if (t === null) r = "";
        else if (t === "" || t === 0 || t === false) r = null;
        else {
          const s = { instancePath: o + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: d.properties.scope.type }, message: "must be string,null", schema: d.properties.scope.type, parentSchema: d.properties.scope, data: t };
          n === null ? n = [s] : n.push(s), p++;
        }
        r !== void 0 && (t = r, i !== void 0 && (i.scope = r));
      }
      if (typeof t == "string" && u(t) > 1024) {
        const e = { instancePath: o + "/scope", schemaPath: "#/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: d.properties.scope, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (i.required !== void 0) {
      let t = i.required;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const r = { instancePath: o + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: d.properties.required.type }, message: "must be boolean,null", schema: d.properties.required.type, parentSchema: d.properties.required, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        e !== void 0 && (t = e, i !== void 0 && (i.required = e));
      }
    }
    if (i.default !== void 0) {
      let t = i.default;
      if (typeof t != "string" && !(typeof t == "number" && isFinite(t)) && typeof t != "boolean" && t !== null) {
        let e = typeof t, r;
        if (r === void 0) if (e == "number" || e == "boolean") r = "" + t;
        else if (t === null) r = "";
        else if (e == "boolean" || t === null || e == "string" && t && t == +t) r = +t;
        else if (t === "false" || t === 0 || t === null) r = false;
        else if (t === "true" || t === 1) r = true;
        else if (t === "" || t === 0 || t === false) r = null;
        else {
          const s = { instancePath: o + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: d.properties.default.type }, message: "must be string,number,boolean,null", schema: d.properties.default.type, parentSchema: d.properties.default, data: t };
          n === null ? n = [s] : n.push(s), p++;
        }
        r !== void 0 && (t = r, i !== void 0 && (i.default = r));
      }
    }
    if (i.min !== void 0) {
      let t = i.min;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let e = typeof t, r;
        if (r === void 0) if (e == "boolean" || t === null || e == "string" && t && t == +t) r = +t;
        else if (t === "" || t === 0 || t === false) r = null;
        else {
          const s = { instancePath: o + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: d.properties.min.type }, message: "must be number,null", schema: d.properties.min.type, parentSchema: d.properties.min, data: t };
          n === null ? n = [s] : n.push(s), p++;
        }
        r !== void 0 && (t = r, i !== void 0 && (i.min = r));
      }
    }
    if (i.max !== void 0) {
      let t = i.max;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let e = typeof t, r;
        if (r === void 0) if (e == "boolean" || t === null || e == "string" && t && t == +t) r = +t;
        else if (t === "" || t === 0 || t === false) r = null;
        else {
          const s = { instancePath: o + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: d.properties.max.type }, message: "must be number,null", schema: d.properties.max.type, parentSchema: d.properties.max, data: t };
          n === null ? n = [s] : n.push(s), p++;
        }
        r !== void 0 && (t = r, i !== void 0 && (i.max = r));
      }
    }
    if (i.precision !== void 0) {
      let t = i.precision;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t)) && t !== null) {
        let e = typeof t, r;
        if (r === void 0) if (e === "boolean" || t === null || e === "string" && t && t == +t && !(t % 1)) r = +t;
        else if (t === "" || t === 0 || t === false) r = null;
        else {
          const s = { instancePath: o + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: d.properties.precision.type }, message: "must be integer,null", schema: d.properties.precision.type, parentSchema: d.properties.precision, data: t };
          n === null ? n = [s] : n.push(s), p++;
        }
        r !== void 0 && (t = r, i !== void 0 && (i.precision = r));
      }
    }
    i.options !== void 0 && (x(i.options, { instancePath: o + "/options", parentData: i, parentDataProperty: "options", rootData: _ }) || (n = n === null ? x.errors : n.concat(x.errors), p = n.length));
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.type, parentSchema: d, data: i };
    n === null ? n = [t] : n.push(t), p++;
  }
  return q.errors = n, p === 0;
}
function L(i, { instancePath: o = "", parentData: b, parentDataProperty: j, rootData: _ = i } = {}) {
  let n = null, p = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.identity === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: f.required, parentSchema: f, data: i };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (i.description === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: f.required, parentSchema: f, data: i };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (i.extra === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: f.required, parentSchema: f, data: i };
      n === null ? n = [t] : n.push(t), p++;
    }
    for (const t in i) if (!(t === "identity" || t === "description" || t === "parameters" || t === "output_schema" || t === "features" || t === "has_runtime_parameters" || t === "extra")) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: f, data: i };
      n === null ? n = [e] : n.push(e), p++;
    }
    if (i.identity !== void 0) {
      let t = i.identity;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.author === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.name === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.label === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "author" || e === "name" || e === "label")) {
          const r = { instancePath: o + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: f.properties.identity, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        if (t.author !== void 0) {
          let e = t.author;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.identity.properties.author.type, parentSchema: f.properties.identity.properties.author, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.author = s));
          }
          if (typeof e == "string" && u(e) < 1) {
            const r = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.identity.properties.author, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
        if (t.name !== void 0) {
          let e = t.name;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: w.type, parentSchema: w, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.name = s));
          }
          if (typeof e == "string") {
            if (u(e) < 1) {
              const r = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: w, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            if (!T.test(e)) {
              const r = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: w, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
          }
        }
        if (t.label !== void 0) {
          let e = t.label;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const r = { instancePath: o + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            for (const r in e) if (!(r === "en_US" || r === "zh_Hans" || r === "ja_JP" || r === "pt_BR")) {
              let s = e[r];
              if (typeof s != "string" && s !== null) {
                let a = typeof s, m;
                if (m === void 0) if (a == "number" || a == "boolean") m = "" + s;
                else if (s === null) m = "";
                else if (s === "" || s === 0 || s === false) m = null;
                else {
                  const P = { instancePath: o + "/identity/label/" + r.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: s };
                  n === null ? n = [P] : n.push(P), p++;
                }
                m !== void 0 && (s = m, e !== void 0 && (e[r] = m));
              }
            }
            if (e.en_US !== void 0) {
              let r = e.en_US;
              if (typeof r != "string") {
                let s = typeof r, a;
                if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
                else if (r === null) a = "";
                else {
                  const m = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: r };
                  n === null ? n = [m] : n.push(m), p++;
                }
                a !== void 0 && (r = a, e !== void 0 && (e.en_US = a));
              }
              if (typeof r == "string") {
                if (u(r) > 1023) {
                  const s = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: r };
                  n === null ? n = [s] : n.push(s), p++;
                }
                if (u(r) < 1) {
                  const s = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: r };
                  n === null ? n = [s] : n.push(s), p++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let r = e.zh_Hans;
              if (typeof r != "string") {
                let s = typeof r, a;
                if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
                else if (r === null) a = "";
                else {
                  const m = { instancePath: o + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: r };
                  n === null ? n = [m] : n.push(m), p++;
                }
                a !== void 0 && (r = a, e !== void 0 && (e.zh_Hans = a));
              }
              if (typeof r == "string" && u(r) > 1023) {
                const s = { instancePath: o + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: r };
                n === null ? n = [s] : n.push(s), p++;
              }
            }
            if (e.ja_JP !== void 0) {
              let r = e.ja_JP;
              if (typeof r != "string") {
                let s = typeof r, a;
                if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
                else if (r === null) a = "";
                else {
                  const m = { instancePath: o + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: r };
                  n === null ? n = [m] : n.push(m), p++;
                }
                a !== void 0 && (r = a, e !== void 0 && (e.ja_JP = a));
              }
              if (typeof r == "string" && u(r) > 1023) {
                const s = { instancePath: o + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: r };
                n === null ? n = [s] : n.push(s), p++;
              }
            }
            if (e.pt_BR !== void 0) {
              let r = e.pt_BR;
              if (typeof r != "string") {
                let s = typeof r, a;
                if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
                else if (r === null) a = "";
                else {
                  const m = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: r };
                  n === null ? n = [m] : n.push(m), p++;
                }
                a !== void 0 && (r = a, e !== void 0 && (e.pt_BR = a));
              }
              if (typeof r == "string" && u(r) > 1023) {
                const s = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: r };
                n === null ? n = [s] : n.push(s), p++;
              }
            }
          } else {
            const r = { instancePath: o + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.properties.identity.type, parentSchema: f.properties.identity, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (i.description !== void 0) {
      let t = i.description;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let r = t[e];
          if (typeof r != "string" && r !== null) {
            let s = typeof r, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
            else if (r === null) a = "";
            else if (r === "" || r === 0 || r === false) a = null;
            else {
              const m = { instancePath: o + "/description/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
              n === null ? n = [m] : n.push(m), p++;
            }
            a !== void 0 && (r = a, t !== void 0 && (t[e] = a));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const r = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            if (u(e) < 1) {
              const r = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let r = typeof e, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const a = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const r = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (i.parameters !== void 0) {
      let t = i.parameters;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const r = { instancePath: o + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: f.properties.parameters.type }, message: "must be array,null", schema: f.properties.parameters.type, parentSchema: f.properties.parameters, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        e !== void 0 && (t = e, i !== void 0 && (i.parameters = e));
      }
      if (Array.isArray(t)) {
        const e = t.length;
        for (let r = 0; r < e; r++) q(t[r], { instancePath: o + "/parameters/" + r, parentData: t, parentDataProperty: r, rootData: _ }) || (n = n === null ? q.errors : n.concat(q.errors), p = n.length);
      }
    }
    if (i.output_schema !== void 0) {
      let t = i.output_schema;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const r = { instancePath: o + "/output_schema", schemaPath: "#/properties/output_schema/type", keyword: "type", params: { type: f.properties.output_schema.type }, message: "must be object,null", schema: f.properties.output_schema.type, parentSchema: f.properties.output_schema, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        e !== void 0 && (t = e, i !== void 0 && (i.output_schema = e));
      }
    }
    if (i.features !== void 0) {
      let t = i.features;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const r = { instancePath: o + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: f.properties.features.type }, message: "must be array,null", schema: f.properties.features.type, parentSchema: f.properties.features, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        e !== void 0 && (t = e, i !== void 0 && (i.features = e));
      }
      if (Array.isArray(t)) {
        const e = t.length;
        for (let r = 0; r < e; r++) {
          let s = t[r];
          if (typeof s != "string") {
            let a = typeof s, m;
            if (m === void 0) if (a == "number" || a == "boolean") m = "" + s;
            else if (s === null) m = "";
            else {
              const P = { instancePath: o + "/features/" + r, schemaPath: "#/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.features.items.type, parentSchema: f.properties.features.items, data: s };
              n === null ? n = [P] : n.push(P), p++;
            }
            m !== void 0 && (s = m, t !== void 0 && (t[r] = m));
          }
          if (s !== "history-messages") {
            const a = { instancePath: o + "/features/" + r, schemaPath: "#/properties/features/items/enum", keyword: "enum", params: { allowedValues: f.properties.features.items.enum }, message: "must be equal to one of the allowed values", schema: f.properties.features.items.enum, parentSchema: f.properties.features.items, data: s };
            n === null ? n = [a] : n.push(a), p++;
          }
        }
      }
    }
    if (i.has_runtime_parameters !== void 0) {
      let t = i.has_runtime_parameters;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const r = { instancePath: o + "/has_runtime_parameters", schemaPath: "#/properties/has_runtime_parameters/type", keyword: "type", params: { type: f.properties.has_runtime_parameters.type }, message: "must be boolean,null", schema: f.properties.has_runtime_parameters.type, parentSchema: f.properties.has_runtime_parameters, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        e !== void 0 && (t = e, i !== void 0 && (i.has_runtime_parameters = e));
      }
    }
    if (i.extra !== void 0) {
      let t = i.extra;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.python === void 0) {
          const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: y.required, parentSchema: y, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.python !== void 0) {
          let e = t.python;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.source === void 0) {
              const r = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: y.properties.python.required, parentSchema: y.properties.python, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            if (e.source !== void 0) {
              let r = e.source;
              if (typeof r != "string") {
                let s = typeof r, a;
                if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
                else if (r === null) a = "";
                else {
                  const m = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.properties.python.properties.source.type, parentSchema: y.properties.python.properties.source, data: r };
                  n === null ? n = [m] : n.push(m), p++;
                }
                a !== void 0 && (r = a, e !== void 0 && (e.source = a));
              }
              if (typeof r == "string" && u(r) < 1) {
                const s = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: y.properties.python.properties.source, data: r };
                n === null ? n = [s] : n.push(s), p++;
              }
            }
          } else {
            const r = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: y.properties.python.type, parentSchema: y.properties.python, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: y.type, parentSchema: y, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.type, parentSchema: f, data: i };
    n === null ? n = [t] : n.push(t), p++;
  }
  return L.errors = n, p === 0;
}
var A = v;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
