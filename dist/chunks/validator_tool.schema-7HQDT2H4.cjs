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
  default: () => v,
  v: () => U
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var U = q;
var f = { $schema: "http://json-schema.org/draft-07/schema#", $id: "tool.schema.json", title: "Dify tool (a file listed under a tool provider's tools)", description: "daemon pkg/entities/plugin_entities/tool_declaration.go (ToolDeclaration, ToolParameter); SDK entities/tool.py.", type: "object", required: ["identity", "description", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label"], properties: { author: { type: "string", minLength: 1 }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: ["string", "null"] }, icon_dark: { type: ["string", "null"] } }, additionalProperties: false }, description: { type: "object", required: ["human", "llm"], properties: { human: { $ref: "common.schema.json#/definitions/i18n" }, llm: { type: "string", minLength: 1 } }, additionalProperties: false }, parameters: { type: ["array", "null"], items: { $ref: "#/definitions/parameter" } }, output_schema: { type: ["object", "null"] }, has_runtime_parameters: { type: ["boolean", "null"] }, extra: { $ref: "common.schema.json#/definitions/sdkExtra" } }, additionalProperties: false, definitions: { parameter: { type: "object", required: ["name", "label", "human_description", "type", "form"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, label: { $ref: "common.schema.json#/definitions/i18n" }, human_description: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files", "app-selector", "model-selector", "any", "dynamic-select", "array", "object", "checkbox", "date", "date-range"] }, scope: { type: ["string", "null"], maxLength: 1024 }, form: { type: "string", enum: ["schema", "form", "llm"] }, llm_description: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, default: {}, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, multiple: { type: ["boolean", "null"] }, options: { type: ["array", "null"], items: { $ref: "common.schema.json#/definitions/parameterOption" } }, placeholder: { $ref: "common.schema.json#/definitions/i18nOptional" }, input_schema: { type: ["object", "null"] }, show_on: { type: ["array", "null"] } }, additionalProperties: false } } };
var S = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var l = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var y = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
var u = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var L = new RegExp("^[a-zA-Z0-9_-]+$", "u");
var m = { type: "object", required: ["name", "label", "human_description", "type", "form"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, label: { $ref: "common.schema.json#/definitions/i18n" }, human_description: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "secret-input", "file", "files", "app-selector", "model-selector", "any", "dynamic-select", "array", "object", "checkbox", "date", "date-range"] }, scope: { type: ["string", "null"], maxLength: 1024 }, form: { type: "string", enum: ["schema", "form", "llm"] }, llm_description: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, default: {}, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, multiple: { type: ["boolean", "null"] }, options: { type: ["array", "null"], items: { $ref: "common.schema.json#/definitions/parameterOption" } }, placeholder: { $ref: "common.schema.json#/definitions/i18nOptional" }, input_schema: { type: ["object", "null"] }, show_on: { type: ["array", "null"] } }, additionalProperties: false };
var g = { type: ["object", "null"], properties: { type: { type: "string", enum: ["prompt_instruction"] } } };
var b = { type: ["object", "null"], properties: { enabled: { type: "boolean" } } };
var c = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
var T = Object.prototype.hasOwnProperty;
var h = { type: "object", required: ["value", "label"], properties: { value: { type: "string", "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function j(o, { instancePath: p = "", parentData: k, parentDataProperty: x, rootData: P = o } = {}) {
  let i = null, a = 0;
  if (o && typeof o == "object" && !Array.isArray(o)) {
    if (o.value === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: h.required, parentSchema: h, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    if (o.label === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: h.required, parentSchema: h, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    if (o.value !== void 0) {
      let t = o.value;
      if (typeof t != "string") {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else {
          const s = { instancePath: p + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.value.type, parentSchema: h.properties.value, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.value = n));
      }
    }
    if (o.label !== void 0) {
      let t = o.label;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: p + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let s = typeof n, r;
            if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
            else if (n === null) r = "";
            else if (n === "" || n === 0 || n === false) r = null;
            else {
              const d = { instancePath: p + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), a++;
            }
            r !== void 0 && (n = r, t !== void 0 && (t[e] = r));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const n = { instancePath: p + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), a++;
            }
            if (u(e) < 1) {
              const n = { instancePath: p + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), a++;
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
              const r = { instancePath: p + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
      } else {
        const e = { instancePath: p + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        i === null ? i = [e] : i.push(e), a++;
      }
    }
    if (o.icon !== void 0) {
      let t = o.icon;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const s = { instancePath: p + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: h.properties.icon.type }, message: "must be string,null", schema: h.properties.icon.type, parentSchema: h.properties.icon, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.icon = n));
      }
    }
    if (o.show_on !== void 0) {
      let t = o.show_on;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: h.properties.show_on.type }, message: "must be array,null", schema: h.properties.show_on.type, parentSchema: h.properties.show_on, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.show_on = e));
      }
    }
  } else {
    const t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: o };
    i === null ? i = [t] : i.push(t), a++;
  }
  return j.errors = i, a === 0;
}
function w(o, { instancePath: p = "", parentData: k, parentDataProperty: x, rootData: P = o } = {}) {
  let i = null, a = 0;
  if (o && typeof o == "object" && !Array.isArray(o)) {
    if (o.name === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: m.required, parentSchema: m, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    if (o.label === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: m.required, parentSchema: m, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    if (o.human_description === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "human_description" }, message: "must have required property 'human_description'", schema: m.required, parentSchema: m, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    if (o.type === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: m.required, parentSchema: m, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    if (o.form === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "form" }, message: "must have required property 'form'", schema: m.required, parentSchema: m, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    for (const t in o) if (!T.call(m.properties, t)) {
      const e = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: m, data: o };
      i === null ? i = [e] : i.push(e), a++;
    }
    if (o.name !== void 0) {
      let t = o.name;
      if (typeof t != "string") {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else {
          const s = { instancePath: p + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.name.type, parentSchema: m.properties.name, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.name = n));
      }
      if (typeof t == "string") {
        if (u(t) > 1023) {
          const e = { instancePath: p + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.name, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        if (u(t) < 1) {
          const e = { instancePath: p + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.name, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
      }
    }
    if (o.label !== void 0) {
      let t = o.label;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: p + "/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let s = typeof n, r;
            if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
            else if (n === null) r = "";
            else if (n === "" || n === 0 || n === false) r = null;
            else {
              const d = { instancePath: p + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), a++;
            }
            r !== void 0 && (n = r, t !== void 0 && (t[e] = r));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const n = { instancePath: p + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), a++;
            }
            if (u(e) < 1) {
              const n = { instancePath: p + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), a++;
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
              const r = { instancePath: p + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
      } else {
        const e = { instancePath: p + "/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        i === null ? i = [e] : i.push(e), a++;
      }
    }
    if (o.human_description !== void 0) {
      let t = o.human_description;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: p + "/human_description", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let s = typeof n, r;
            if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
            else if (n === null) r = "";
            else if (n === "" || n === 0 || n === false) r = null;
            else {
              const d = { instancePath: p + "/human_description/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), a++;
            }
            r !== void 0 && (n = r, t !== void 0 && (t[e] = r));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/human_description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const n = { instancePath: p + "/human_description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), a++;
            }
            if (u(e) < 1) {
              const n = { instancePath: p + "/human_description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), a++;
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
              const r = { instancePath: p + "/human_description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/human_description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/human_description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/human_description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/human_description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/human_description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
      } else {
        const e = { instancePath: p + "/human_description", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        i === null ? i = [e] : i.push(e), a++;
      }
    }
    if (o.type !== void 0) {
      let t = o.type;
      if (typeof t != "string") {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else {
          const s = { instancePath: p + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.type.type, parentSchema: m.properties.type, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.type = n));
      }
      if (!(t === "string" || t === "number" || t === "boolean" || t === "select" || t === "secret-input" || t === "file" || t === "files" || t === "app-selector" || t === "model-selector" || t === "any" || t === "dynamic-select" || t === "array" || t === "object" || t === "checkbox" || t === "date" || t === "date-range")) {
        const e = { instancePath: p + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: m.properties.type.enum }, message: "must be equal to one of the allowed values", schema: m.properties.type.enum, parentSchema: m.properties.type, data: t };
        i === null ? i = [e] : i.push(e), a++;
      }
    }
    if (o.scope !== void 0) {
      let t = o.scope;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const s = { instancePath: p + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: m.properties.scope.type }, message: "must be string,null", schema: m.properties.scope.type, parentSchema: m.properties.scope, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.scope = n));
      }
      if (typeof t == "string" && u(t) > 1024) {
        const e = { instancePath: p + "/scope", schemaPath: "#/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: m.properties.scope, data: t };
        i === null ? i = [e] : i.push(e), a++;
      }
    }
    if (o.form !== void 0) {
      let t = o.form;
      if (typeof t != "string") {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else {
          const s = { instancePath: p + "/form", schemaPath: "#/properties/form/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.form.type, parentSchema: m.properties.form, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.form = n));
      }
      if (!(t === "schema" || t === "form" || t === "llm")) {
        const e = { instancePath: p + "/form", schemaPath: "#/properties/form/enum", keyword: "enum", params: { allowedValues: m.properties.form.enum }, message: "must be equal to one of the allowed values", schema: m.properties.form.enum, parentSchema: m.properties.form, data: t };
        i === null ? i = [e] : i.push(e), a++;
      }
    }
    if (o.llm_description !== void 0) {
      let t = o.llm_description;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const s = { instancePath: p + "/llm_description", schemaPath: "#/properties/llm_description/type", keyword: "type", params: { type: m.properties.llm_description.type }, message: "must be string,null", schema: m.properties.llm_description.type, parentSchema: m.properties.llm_description, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.llm_description = n));
      }
    }
    if (o.required !== void 0) {
      let t = o.required;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: m.properties.required.type }, message: "must be boolean,null", schema: m.properties.required.type, parentSchema: m.properties.required, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.required = e));
      }
    }
    if (o.auto_generate !== void 0) {
      let t = o.auto_generate;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/auto_generate", schemaPath: "common.schema.json#/definitions/autoGenerate/type", keyword: "type", params: { type: g.type }, message: "must be object,null", schema: g.type, parentSchema: g, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.auto_generate = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t) && t.type !== void 0) {
        let e = t.type;
        if (typeof e != "string") {
          let n = typeof e, s;
          if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
          else if (e === null) s = "";
          else {
            const r = { instancePath: p + "/auto_generate/type", schemaPath: "common.schema.json#/definitions/autoGenerate/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.type.type, parentSchema: g.properties.type, data: e };
            i === null ? i = [r] : i.push(r), a++;
          }
          s !== void 0 && (e = s, t !== void 0 && (t.type = s));
        }
        if (e !== "prompt_instruction") {
          const n = { instancePath: p + "/auto_generate/type", schemaPath: "common.schema.json#/definitions/autoGenerate/properties/type/enum", keyword: "enum", params: { allowedValues: g.properties.type.enum }, message: "must be equal to one of the allowed values", schema: g.properties.type.enum, parentSchema: g.properties.type, data: e };
          i === null ? i = [n] : i.push(n), a++;
        }
      }
    }
    if (o.template !== void 0) {
      let t = o.template;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/template", schemaPath: "common.schema.json#/definitions/template/type", keyword: "type", params: { type: b.type }, message: "must be object,null", schema: b.type, parentSchema: b, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.template = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t) && t.enabled !== void 0) {
        let e = t.enabled;
        if (typeof e != "boolean") {
          let n;
          if (n === void 0) if (e === "false" || e === 0 || e === null) n = false;
          else if (e === "true" || e === 1) n = true;
          else {
            const s = { instancePath: p + "/template/enabled", schemaPath: "common.schema.json#/definitions/template/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: b.properties.enabled.type, parentSchema: b.properties.enabled, data: e };
            i === null ? i = [s] : i.push(s), a++;
          }
          n !== void 0 && (e = n, t !== void 0 && (t.enabled = n));
        }
      }
    }
    if (o.min !== void 0) {
      let t = o.min;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "boolean" || t === null || e == "string" && t && t == +t) n = +t;
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const s = { instancePath: p + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: m.properties.min.type }, message: "must be number,null", schema: m.properties.min.type, parentSchema: m.properties.min, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.min = n));
      }
    }
    if (o.max !== void 0) {
      let t = o.max;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "boolean" || t === null || e == "string" && t && t == +t) n = +t;
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const s = { instancePath: p + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: m.properties.max.type }, message: "must be number,null", schema: m.properties.max.type, parentSchema: m.properties.max, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.max = n));
      }
    }
    if (o.precision !== void 0) {
      let t = o.precision;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t)) && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e === "boolean" || t === null || e === "string" && t && t == +t && !(t % 1)) n = +t;
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const s = { instancePath: p + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: m.properties.precision.type }, message: "must be integer,null", schema: m.properties.precision.type, parentSchema: m.properties.precision, data: t };
          i === null ? i = [s] : i.push(s), a++;
        }
        n !== void 0 && (t = n, o !== void 0 && (o.precision = n));
      }
    }
    if (o.multiple !== void 0) {
      let t = o.multiple;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: m.properties.multiple.type }, message: "must be boolean,null", schema: m.properties.multiple.type, parentSchema: m.properties.multiple, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.multiple = e));
      }
    }
    if (o.options !== void 0) {
      let t = o.options;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: m.properties.options.type }, message: "must be array,null", schema: m.properties.options.type, parentSchema: m.properties.options, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.options = e));
      }
      if (Array.isArray(t)) {
        const e = t.length;
        for (let n = 0; n < e; n++) j(t[n], { instancePath: p + "/options/" + n, parentData: t, parentDataProperty: n, rootData: P }) || (i = i === null ? j.errors : i.concat(j.errors), a = i.length);
      }
    }
    if (o.placeholder !== void 0) {
      let t = o.placeholder;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/placeholder", schemaPath: "common.schema.json#/definitions/i18nOptional/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.placeholder = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let s = typeof n, r;
            if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
            else if (n === null) r = "";
            else if (n === "" || n === 0 || n === false) r = null;
            else {
              const d = { instancePath: p + "/placeholder/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: c.additionalProperties.type }, message: "must be string,null", schema: c.additionalProperties.type, parentSchema: c.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), a++;
            }
            r !== void 0 && (n = r, t !== void 0 && (t[e] = r));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/placeholder/en_US", schemaPath: "common.schema.json#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.en_US.type, parentSchema: c.properties.en_US, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.en_US = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/placeholder/en_US", schemaPath: "common.schema.json#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.en_US, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/placeholder/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.zh_Hans.type, parentSchema: c.properties.zh_Hans, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.zh_Hans = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/placeholder/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/placeholder/ja_JP", schemaPath: "common.schema.json#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.ja_JP.type, parentSchema: c.properties.ja_JP, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.ja_JP = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/placeholder/ja_JP", schemaPath: "common.schema.json#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/placeholder/pt_BR", schemaPath: "common.schema.json#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.pt_BR.type, parentSchema: c.properties.pt_BR, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.pt_BR = s));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: p + "/placeholder/pt_BR", schemaPath: "common.schema.json#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
      }
    }
    if (o.input_schema !== void 0) {
      let t = o.input_schema;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/input_schema", schemaPath: "#/properties/input_schema/type", keyword: "type", params: { type: m.properties.input_schema.type }, message: "must be object,null", schema: m.properties.input_schema.type, parentSchema: m.properties.input_schema, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.input_schema = e));
      }
    }
    if (o.show_on !== void 0) {
      let t = o.show_on;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: m.properties.show_on.type }, message: "must be array,null", schema: m.properties.show_on.type, parentSchema: m.properties.show_on, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.show_on = e));
      }
    }
  } else {
    const t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: o };
    i === null ? i = [t] : i.push(t), a++;
  }
  return w.errors = i, a === 0;
}
function q(o, { instancePath: p = "", parentData: k, parentDataProperty: x, rootData: P = o } = {}) {
  let i = null, a = 0;
  if (o && typeof o == "object" && !Array.isArray(o)) {
    if (o.identity === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: f.required, parentSchema: f, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    if (o.description === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: f.required, parentSchema: f, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    if (o.extra === void 0) {
      const t = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: f.required, parentSchema: f, data: o };
      i === null ? i = [t] : i.push(t), a++;
    }
    for (const t in o) if (!(t === "identity" || t === "description" || t === "parameters" || t === "output_schema" || t === "has_runtime_parameters" || t === "extra")) {
      const e = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: f, data: o };
      i === null ? i = [e] : i.push(e), a++;
    }
    if (o.identity !== void 0) {
      let t = o.identity;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.author === void 0) {
          const e = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        if (t.name === void 0) {
          const e = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        if (t.label === void 0) {
          const e = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        for (const e in t) if (!(e === "author" || e === "name" || e === "label" || e === "icon" || e === "icon_dark")) {
          const n = { instancePath: p + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: f.properties.identity, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        if (t.author !== void 0) {
          let e = t.author;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.identity.properties.author.type, parentSchema: f.properties.identity.properties.author, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.author = s));
          }
          if (typeof e == "string" && u(e) < 1) {
            const n = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.identity.properties.author, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.name !== void 0) {
          let e = t.name;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.type, parentSchema: S, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.name = s));
          }
          if (typeof e == "string") {
            if (u(e) < 1) {
              const n = { instancePath: p + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: S, data: e };
              i === null ? i = [n] : i.push(n), a++;
            }
            if (!L.test(e)) {
              const n = { instancePath: p + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: S, data: e };
              i === null ? i = [n] : i.push(n), a++;
            }
          }
        }
        if (t.label !== void 0) {
          let e = t.label;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const n = { instancePath: p + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
              i === null ? i = [n] : i.push(n), a++;
            }
            for (const n in e) if (!(n === "en_US" || n === "zh_Hans" || n === "ja_JP" || n === "pt_BR")) {
              let s = e[n];
              if (typeof s != "string" && s !== null) {
                let r = typeof s, d;
                if (d === void 0) if (r == "number" || r == "boolean") d = "" + s;
                else if (s === null) d = "";
                else if (s === "" || s === 0 || s === false) d = null;
                else {
                  const _ = { instancePath: p + "/identity/label/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: s };
                  i === null ? i = [_] : i.push(_), a++;
                }
                d !== void 0 && (s = d, e !== void 0 && (e[n] = d));
              }
            }
            if (e.en_US !== void 0) {
              let n = e.en_US;
              if (typeof n != "string") {
                let s = typeof n, r;
                if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
                else if (n === null) r = "";
                else {
                  const d = { instancePath: p + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [d] : i.push(d), a++;
                }
                r !== void 0 && (n = r, e !== void 0 && (e.en_US = r));
              }
              if (typeof n == "string") {
                if (u(n) > 1023) {
                  const s = { instancePath: p + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [s] : i.push(s), a++;
                }
                if (u(n) < 1) {
                  const s = { instancePath: p + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [s] : i.push(s), a++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let n = e.zh_Hans;
              if (typeof n != "string") {
                let s = typeof n, r;
                if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
                else if (n === null) r = "";
                else {
                  const d = { instancePath: p + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: n };
                  i === null ? i = [d] : i.push(d), a++;
                }
                r !== void 0 && (n = r, e !== void 0 && (e.zh_Hans = r));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const s = { instancePath: p + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: n };
                i === null ? i = [s] : i.push(s), a++;
              }
            }
            if (e.ja_JP !== void 0) {
              let n = e.ja_JP;
              if (typeof n != "string") {
                let s = typeof n, r;
                if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
                else if (n === null) r = "";
                else {
                  const d = { instancePath: p + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: n };
                  i === null ? i = [d] : i.push(d), a++;
                }
                r !== void 0 && (n = r, e !== void 0 && (e.ja_JP = r));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const s = { instancePath: p + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: n };
                i === null ? i = [s] : i.push(s), a++;
              }
            }
            if (e.pt_BR !== void 0) {
              let n = e.pt_BR;
              if (typeof n != "string") {
                let s = typeof n, r;
                if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
                else if (n === null) r = "";
                else {
                  const d = { instancePath: p + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: n };
                  i === null ? i = [d] : i.push(d), a++;
                }
                r !== void 0 && (n = r, e !== void 0 && (e.pt_BR = r));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const s = { instancePath: p + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: n };
                i === null ? i = [s] : i.push(s), a++;
              }
            }
          } else {
            const n = { instancePath: p + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.icon !== void 0) {
          let e = t.icon;
          if (typeof e != "string" && e !== null) {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else if (e === "" || e === 0 || e === false) s = null;
            else {
              const r = { instancePath: p + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: f.properties.identity.properties.icon.type }, message: "must be string,null", schema: f.properties.identity.properties.icon.type, parentSchema: f.properties.identity.properties.icon, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.icon = s));
          }
        }
        if (t.icon_dark !== void 0) {
          let e = t.icon_dark;
          if (typeof e != "string" && e !== null) {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else if (e === "" || e === 0 || e === false) s = null;
            else {
              const r = { instancePath: p + "/identity/icon_dark", schemaPath: "#/properties/identity/properties/icon_dark/type", keyword: "type", params: { type: f.properties.identity.properties.icon_dark.type }, message: "must be string,null", schema: f.properties.identity.properties.icon_dark.type, parentSchema: f.properties.identity.properties.icon_dark, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.icon_dark = s));
          }
        }
      } else {
        const e = { instancePath: p + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.properties.identity.type, parentSchema: f.properties.identity, data: t };
        i === null ? i = [e] : i.push(e), a++;
      }
    }
    if (o.description !== void 0) {
      let t = o.description;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.human === void 0) {
          const e = { instancePath: p + "/description", schemaPath: "#/properties/description/required", keyword: "required", params: { missingProperty: "human" }, message: "must have required property 'human'", schema: f.properties.description.required, parentSchema: f.properties.description, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        if (t.llm === void 0) {
          const e = { instancePath: p + "/description", schemaPath: "#/properties/description/required", keyword: "required", params: { missingProperty: "llm" }, message: "must have required property 'llm'", schema: f.properties.description.required, parentSchema: f.properties.description, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        for (const e in t) if (!(e === "human" || e === "llm")) {
          const n = { instancePath: p + "/description", schemaPath: "#/properties/description/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: f.properties.description, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        if (t.human !== void 0) {
          let e = t.human;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const n = { instancePath: p + "/description/human", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
              i === null ? i = [n] : i.push(n), a++;
            }
            for (const n in e) if (!(n === "en_US" || n === "zh_Hans" || n === "ja_JP" || n === "pt_BR")) {
              let s = e[n];
              if (typeof s != "string" && s !== null) {
                let r = typeof s, d;
                if (d === void 0) if (r == "number" || r == "boolean") d = "" + s;
                else if (s === null) d = "";
                else if (s === "" || s === 0 || s === false) d = null;
                else {
                  const _ = { instancePath: p + "/description/human/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: s };
                  i === null ? i = [_] : i.push(_), a++;
                }
                d !== void 0 && (s = d, e !== void 0 && (e[n] = d));
              }
            }
            if (e.en_US !== void 0) {
              let n = e.en_US;
              if (typeof n != "string") {
                let s = typeof n, r;
                if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
                else if (n === null) r = "";
                else {
                  const d = { instancePath: p + "/description/human/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [d] : i.push(d), a++;
                }
                r !== void 0 && (n = r, e !== void 0 && (e.en_US = r));
              }
              if (typeof n == "string") {
                if (u(n) > 1023) {
                  const s = { instancePath: p + "/description/human/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [s] : i.push(s), a++;
                }
                if (u(n) < 1) {
                  const s = { instancePath: p + "/description/human/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [s] : i.push(s), a++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let n = e.zh_Hans;
              if (typeof n != "string") {
                let s = typeof n, r;
                if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
                else if (n === null) r = "";
                else {
                  const d = { instancePath: p + "/description/human/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: n };
                  i === null ? i = [d] : i.push(d), a++;
                }
                r !== void 0 && (n = r, e !== void 0 && (e.zh_Hans = r));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const s = { instancePath: p + "/description/human/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: n };
                i === null ? i = [s] : i.push(s), a++;
              }
            }
            if (e.ja_JP !== void 0) {
              let n = e.ja_JP;
              if (typeof n != "string") {
                let s = typeof n, r;
                if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
                else if (n === null) r = "";
                else {
                  const d = { instancePath: p + "/description/human/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: n };
                  i === null ? i = [d] : i.push(d), a++;
                }
                r !== void 0 && (n = r, e !== void 0 && (e.ja_JP = r));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const s = { instancePath: p + "/description/human/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: n };
                i === null ? i = [s] : i.push(s), a++;
              }
            }
            if (e.pt_BR !== void 0) {
              let n = e.pt_BR;
              if (typeof n != "string") {
                let s = typeof n, r;
                if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
                else if (n === null) r = "";
                else {
                  const d = { instancePath: p + "/description/human/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: n };
                  i === null ? i = [d] : i.push(d), a++;
                }
                r !== void 0 && (n = r, e !== void 0 && (e.pt_BR = r));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const s = { instancePath: p + "/description/human/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: n };
                i === null ? i = [s] : i.push(s), a++;
              }
            }
          } else {
            const n = { instancePath: p + "/description/human", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
        if (t.llm !== void 0) {
          let e = t.llm;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const r = { instancePath: p + "/description/llm", schemaPath: "#/properties/description/properties/llm/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.description.properties.llm.type, parentSchema: f.properties.description.properties.llm, data: e };
              i === null ? i = [r] : i.push(r), a++;
            }
            s !== void 0 && (e = s, t !== void 0 && (t.llm = s));
          }
          if (typeof e == "string" && u(e) < 1) {
            const n = { instancePath: p + "/description/llm", schemaPath: "#/properties/description/properties/llm/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.description.properties.llm, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
      } else {
        const e = { instancePath: p + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.properties.description.type, parentSchema: f.properties.description, data: t };
        i === null ? i = [e] : i.push(e), a++;
      }
    }
    if (o.parameters !== void 0) {
      let t = o.parameters;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: f.properties.parameters.type }, message: "must be array,null", schema: f.properties.parameters.type, parentSchema: f.properties.parameters, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.parameters = e));
      }
      if (Array.isArray(t)) {
        const e = t.length;
        for (let n = 0; n < e; n++) w(t[n], { instancePath: p + "/parameters/" + n, parentData: t, parentDataProperty: n, rootData: P }) || (i = i === null ? w.errors : i.concat(w.errors), a = i.length);
      }
    }
    if (o.output_schema !== void 0) {
      let t = o.output_schema;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/output_schema", schemaPath: "#/properties/output_schema/type", keyword: "type", params: { type: f.properties.output_schema.type }, message: "must be object,null", schema: f.properties.output_schema.type, parentSchema: f.properties.output_schema, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.output_schema = e));
      }
    }
    if (o.has_runtime_parameters !== void 0) {
      let t = o.has_runtime_parameters;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: p + "/has_runtime_parameters", schemaPath: "#/properties/has_runtime_parameters/type", keyword: "type", params: { type: f.properties.has_runtime_parameters.type }, message: "must be boolean,null", schema: f.properties.has_runtime_parameters.type, parentSchema: f.properties.has_runtime_parameters, data: t };
          i === null ? i = [n] : i.push(n), a++;
        }
        e !== void 0 && (t = e, o !== void 0 && (o.has_runtime_parameters = e));
      }
    }
    if (o.extra !== void 0) {
      let t = o.extra;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.python === void 0) {
          const e = { instancePath: p + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: y.required, parentSchema: y, data: t };
          i === null ? i = [e] : i.push(e), a++;
        }
        if (t.python !== void 0) {
          let e = t.python;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.source === void 0) {
              const n = { instancePath: p + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: y.properties.python.required, parentSchema: y.properties.python, data: e };
              i === null ? i = [n] : i.push(n), a++;
            }
            if (e.source !== void 0) {
              let n = e.source;
              if (typeof n != "string") {
                let s = typeof n, r;
                if (r === void 0) if (s == "number" || s == "boolean") r = "" + n;
                else if (n === null) r = "";
                else {
                  const d = { instancePath: p + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.properties.python.properties.source.type, parentSchema: y.properties.python.properties.source, data: n };
                  i === null ? i = [d] : i.push(d), a++;
                }
                r !== void 0 && (n = r, e !== void 0 && (e.source = r));
              }
              if (typeof n == "string" && u(n) < 1) {
                const s = { instancePath: p + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: y.properties.python.properties.source, data: n };
                i === null ? i = [s] : i.push(s), a++;
              }
            }
          } else {
            const n = { instancePath: p + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: y.properties.python.type, parentSchema: y.properties.python, data: e };
            i === null ? i = [n] : i.push(n), a++;
          }
        }
      } else {
        const e = { instancePath: p + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: y.type, parentSchema: y, data: t };
        i === null ? i = [e] : i.push(e), a++;
      }
    }
  } else {
    const t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.type, parentSchema: f, data: o };
    i === null ? i = [t] : i.push(t), a++;
  }
  return q.errors = i, a === 0;
}
var v = U;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
