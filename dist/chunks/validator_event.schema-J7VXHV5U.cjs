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
  default: () => R,
  v: () => L
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var L = U;
var u = { $schema: "http://json-schema.org/draft-07/schema#", $id: "event.schema.json", title: "Dify trigger event (a file listed under a trigger provider's events)", description: "daemon pkg/entities/plugin_entities/trigger_declaration.go (EventDeclaration, EventParameter); SDK entities/trigger.py (EventConfiguration, EventParameter).", type: "object", required: ["identity", "description", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" } }, additionalProperties: false }, parameters: { type: ["array", "null"], items: { $ref: "#/definitions/parameter" } }, description: { description: "A plain localized text (not a tool's {human, llm}).", $ref: "common.schema.json#/definitions/i18n" }, output_schema: { type: ["object", "null"] }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: events/my_event.py}}`: the SDK needs it to load the event." } }, additionalProperties: false, definitions: { parameter: { description: "An event parameter, also used by a trigger provider's subscription_constructor.", type: "object", required: ["name", "label", "type"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "file", "files", "model-selector", "app-selector", "object", "array", "dynamic-select", "checkbox", "secret-input"], "x-dpr-fix": "Event parameters are string, number, boolean, select, file, files, model-selector, app-selector, object, array, dynamic-select or checkbox (no secret-input)." }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, multiple: { type: ["boolean", "null"] }, default: { description: "SDK: int, float, str or a list.", type: ["string", "number", "boolean", "array", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" }, description: { $ref: "common.schema.json#/definitions/i18nNullable" } }, additionalProperties: false } } };
var j = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var l = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var y = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
var f = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var T = new RegExp("^[a-zA-Z0-9_-]+$", "u");
var m = { description: "An event parameter, also used by a trigger provider's subscription_constructor.", type: "object", required: ["name", "label", "type"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "file", "files", "model-selector", "app-selector", "object", "array", "dynamic-select", "checkbox", "secret-input"], "x-dpr-fix": "Event parameters are string, number, boolean, select, file, files, model-selector, app-selector, object, array, dynamic-select or checkbox (no secret-input)." }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, multiple: { type: ["boolean", "null"] }, default: { description: "SDK: int, float, str or a list.", type: ["string", "number", "boolean", "array", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" }, description: { $ref: "common.schema.json#/definitions/i18nNullable" } }, additionalProperties: false };
var g = { type: ["object", "null"], properties: { type: { type: "string", enum: ["prompt_instruction"] } } };
var P = { type: ["object", "null"], properties: { enabled: { type: "boolean" } } };
var c = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var z = Object.prototype.hasOwnProperty;
var q = { description: "Options of a select parameter (SDK ParameterOption, with show_on where the SDK allows it).", type: ["array", "null"], items: { $ref: "#/definitions/parameterOption" } };
var h = { type: "object", required: ["value", "label"], properties: { value: { type: "string", "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function w(s, { instancePath: o = "", parentData: _, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.value === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: h.required, parentSchema: h, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: h.required, parentSchema: h, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.value !== void 0) {
      let t = s.value;
      if (typeof t != "string") {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const r = { instancePath: o + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.value.type, parentSchema: h.properties.value, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.value = i));
      }
    }
    if (s.label !== void 0) {
      let t = s.label;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = t[e];
          if (typeof i != "string" && i !== null) {
            let r = typeof i, a;
            if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
            else if (i === null) a = "";
            else if (i === "" || i === 0 || i === false) a = null;
            else {
              const d = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: i };
              n === null ? n = [d] : n.push(d), p++;
            }
            a !== void 0 && (i = a, t !== void 0 && (t[e] = a));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string") {
            if (f(e) > 1023) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (f(e) < 1) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.icon !== void 0) {
      let t = s.icon;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const r = { instancePath: o + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: h.properties.icon.type }, message: "must be string,null", schema: h.properties.icon.type, parentSchema: h.properties.icon, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.icon = i));
      }
    }
    if (s.show_on !== void 0) {
      let t = s.show_on;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: h.properties.show_on.type }, message: "must be array,null", schema: h.properties.show_on.type, parentSchema: h.properties.show_on, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.show_on = e));
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: s };
    n === null ? n = [t] : n.push(t), p++;
  }
  return w.errors = n, p === 0;
}
function k(s, { instancePath: o = "", parentData: _, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, p = 0;
  if (!Array.isArray(s) && s !== null) {
    let t;
    if (t === void 0) if (s === "" || s === 0 || s === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: q.type }, message: "must be array,null", schema: q.type, parentSchema: q, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    t !== void 0 && (s = t, _ !== void 0 && (_[S] = t));
  }
  if (Array.isArray(s)) {
    const t = s.length;
    for (let e = 0; e < t; e++) w(s[e], { instancePath: o + "/" + e, parentData: s, parentDataProperty: e, rootData: b }) || (n = n === null ? w.errors : n.concat(w.errors), p = n.length);
  }
  return k.errors = n, p === 0;
}
function x(s, { instancePath: o = "", parentData: _, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.name === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: m.required, parentSchema: m, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: m.required, parentSchema: m, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.type === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: m.required, parentSchema: m, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    for (const t in s) if (!z.call(m.properties, t)) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: m, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    if (s.name !== void 0) {
      let t = s.name;
      if (typeof t != "string") {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const r = { instancePath: o + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.name.type, parentSchema: m.properties.name, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.name = i));
      }
      if (typeof t == "string") {
        if (f(t) > 1023) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.name, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (f(t) < 1) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.name, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
      }
    }
    if (s.label !== void 0) {
      let t = s.label;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = t[e];
          if (typeof i != "string" && i !== null) {
            let r = typeof i, a;
            if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
            else if (i === null) a = "";
            else if (i === "" || i === 0 || i === false) a = null;
            else {
              const d = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: i };
              n === null ? n = [d] : n.push(d), p++;
            }
            a !== void 0 && (i = a, t !== void 0 && (t[e] = a));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string") {
            if (f(e) > 1023) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (f(e) < 1) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.type !== void 0) {
      let t = s.type;
      if (typeof t != "string") {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const r = { instancePath: o + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.type.type, parentSchema: m.properties.type, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.type = i));
      }
      if (!(t === "string" || t === "number" || t === "boolean" || t === "select" || t === "file" || t === "files" || t === "model-selector" || t === "app-selector" || t === "object" || t === "array" || t === "dynamic-select" || t === "checkbox" || t === "secret-input")) {
        const e = { instancePath: o + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: m.properties.type.enum }, message: "must be equal to one of the allowed values", schema: m.properties.type.enum, parentSchema: m.properties.type, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.auto_generate !== void 0) {
      let t = s.auto_generate;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/auto_generate", schemaPath: "common.schema.json#/definitions/autoGenerate/type", keyword: "type", params: { type: g.type }, message: "must be object,null", schema: g.type, parentSchema: g, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.auto_generate = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t) && t.type !== void 0) {
        let e = t.type;
        if (typeof e != "string") {
          let i = typeof e, r;
          if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
          else if (e === null) r = "";
          else {
            const a = { instancePath: o + "/auto_generate/type", schemaPath: "common.schema.json#/definitions/autoGenerate/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.type.type, parentSchema: g.properties.type, data: e };
            n === null ? n = [a] : n.push(a), p++;
          }
          r !== void 0 && (e = r, t !== void 0 && (t.type = r));
        }
        if (e !== "prompt_instruction") {
          const i = { instancePath: o + "/auto_generate/type", schemaPath: "common.schema.json#/definitions/autoGenerate/properties/type/enum", keyword: "enum", params: { allowedValues: g.properties.type.enum }, message: "must be equal to one of the allowed values", schema: g.properties.type.enum, parentSchema: g.properties.type, data: e };
          n === null ? n = [i] : n.push(i), p++;
        }
      }
    }
    if (s.template !== void 0) {
      let t = s.template;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/template", schemaPath: "common.schema.json#/definitions/template/type", keyword: "type", params: { type: P.type }, message: "must be object,null", schema: P.type, parentSchema: P, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.template = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t) && t.enabled !== void 0) {
        let e = t.enabled;
        if (typeof e != "boolean") {
          let i;
          if (i === void 0) if (e === "false" || e === 0 || e === null) i = false;
          else if (e === "true" || e === 1) i = true;
          else {
            const r = { instancePath: o + "/template/enabled", schemaPath: "common.schema.json#/definitions/template/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: P.properties.enabled.type, parentSchema: P.properties.enabled, data: e };
            n === null ? n = [r] : n.push(r), p++;
          }
          i !== void 0 && (e = i, t !== void 0 && (t.enabled = i));
        }
      }
    }
    if (s.scope !== void 0) {
      let t = s.scope;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const r = { instancePath: o + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: m.properties.scope.type }, message: "must be string,null", schema: m.properties.scope.type, parentSchema: m.properties.scope, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.scope = i));
      }
      if (typeof t == "string" && f(t) > 1024) {
        const e = { instancePath: o + "/scope", schemaPath: "#/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: m.properties.scope, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.required !== void 0) {
      let t = s.required;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: m.properties.required.type }, message: "must be boolean,null", schema: m.properties.required.type, parentSchema: m.properties.required, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.required = e));
      }
    }
    if (s.multiple !== void 0) {
      let t = s.multiple;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: m.properties.multiple.type }, message: "must be boolean,null", schema: m.properties.multiple.type, parentSchema: m.properties.multiple, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.multiple = e));
      }
    }
    if (s.default !== void 0) {
      let t = s.default;
      if (typeof t != "string" && !(typeof t == "number" && isFinite(t)) && typeof t != "boolean" && !Array.isArray(t) && t !== null) {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else if (e == "boolean" || t === null || e == "string" && t && t == +t) i = +t;
        else if (t === "false" || t === 0 || t === null) i = false;
        else if (t === "true" || t === 1) i = true;
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const r = { instancePath: o + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: m.properties.default.type }, message: "must be string,number,boolean,array,null", schema: m.properties.default.type, parentSchema: m.properties.default, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.default = i));
      }
    }
    if (s.min !== void 0) {
      let t = s.min;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let e = typeof t, i;
        if (i === void 0) if (e == "boolean" || t === null || e == "string" && t && t == +t) i = +t;
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const r = { instancePath: o + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: m.properties.min.type }, message: "must be number,null", schema: m.properties.min.type, parentSchema: m.properties.min, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.min = i));
      }
    }
    if (s.max !== void 0) {
      let t = s.max;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let e = typeof t, i;
        if (i === void 0) if (e == "boolean" || t === null || e == "string" && t && t == +t) i = +t;
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const r = { instancePath: o + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: m.properties.max.type }, message: "must be number,null", schema: m.properties.max.type, parentSchema: m.properties.max, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.max = i));
      }
    }
    if (s.precision !== void 0) {
      let t = s.precision;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t)) && t !== null) {
        let e = typeof t, i;
        if (i === void 0) if (e === "boolean" || t === null || e === "string" && t && t == +t && !(t % 1)) i = +t;
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const r = { instancePath: o + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: m.properties.precision.type }, message: "must be integer,null", schema: m.properties.precision.type, parentSchema: m.properties.precision, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.precision = i));
      }
    }
    if (s.options !== void 0 && (k(s.options, { instancePath: o + "/options", parentData: s, parentDataProperty: "options", rootData: b }) || (n = n === null ? k.errors : n.concat(k.errors), p = n.length)), s.description !== void 0) {
      let t = s.description;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.description = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: c.required, parentSchema: c, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = t[e];
          if (typeof i != "string" && i !== null) {
            let r = typeof i, a;
            if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
            else if (i === null) a = "";
            else if (i === "" || i === 0 || i === false) a = null;
            else {
              const d = { instancePath: o + "/description/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: c.additionalProperties.type }, message: "must be string,null", schema: c.additionalProperties.type, parentSchema: c.additionalProperties, data: i };
              n === null ? n = [d] : n.push(d), p++;
            }
            a !== void 0 && (i = a, t !== void 0 && (t[e] = a));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.en_US.type, parentSchema: c.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string") {
            if (f(e) > 1023) {
              const i = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (f(e) < 1) {
              const i = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string" && e !== null) {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else if (e === "" || e === 0 || e === false) r = null;
            else {
              const a = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: c.properties.zh_Hans.type }, message: "must be string,null", schema: c.properties.zh_Hans.type, parentSchema: c.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.zh_Hans, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string" && e !== null) {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else if (e === "" || e === 0 || e === false) r = null;
            else {
              const a = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: c.properties.ja_JP.type }, message: "must be string,null", schema: c.properties.ja_JP.type, parentSchema: c.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.ja_JP, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string" && e !== null) {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else if (e === "" || e === 0 || e === false) r = null;
            else {
              const a = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: c.properties.pt_BR.type }, message: "must be string,null", schema: c.properties.pt_BR.type, parentSchema: c.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.pt_BR, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: s };
    n === null ? n = [t] : n.push(t), p++;
  }
  return x.errors = n, p === 0;
}
function U(s, { instancePath: o = "", parentData: _, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.identity === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: u.required, parentSchema: u, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.description === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: u.required, parentSchema: u, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.extra === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: u.required, parentSchema: u, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    for (const t in s) if (!(t === "identity" || t === "parameters" || t === "description" || t === "output_schema" || t === "extra")) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: u, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    if (s.identity !== void 0) {
      let t = s.identity;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.author === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: u.properties.identity.required, parentSchema: u.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.name === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: u.properties.identity.required, parentSchema: u.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.label === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: u.properties.identity.required, parentSchema: u.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "author" || e === "name" || e === "label")) {
          const i = { instancePath: o + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.identity, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        if (t.author !== void 0) {
          let e = t.author;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.identity.properties.author.type, parentSchema: u.properties.identity.properties.author, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.author = r));
          }
          if (typeof e == "string" && f(e) < 1) {
            const i = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.identity.properties.author, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.name !== void 0) {
          let e = t.name;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: j.type, parentSchema: j, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.name = r));
          }
          if (typeof e == "string") {
            if (f(e) < 1) {
              const i = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: j, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (!T.test(e)) {
              const i = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: j, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
          }
        }
        if (t.label !== void 0) {
          let e = t.label;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const i = { instancePath: o + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            for (const i in e) if (!(i === "en_US" || i === "zh_Hans" || i === "ja_JP" || i === "pt_BR")) {
              let r = e[i];
              if (typeof r != "string" && r !== null) {
                let a = typeof r, d;
                if (d === void 0) if (a == "number" || a == "boolean") d = "" + r;
                else if (r === null) d = "";
                else if (r === "" || r === 0 || r === false) d = null;
                else {
                  const v = { instancePath: o + "/identity/label/" + i.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
                  n === null ? n = [v] : n.push(v), p++;
                }
                d !== void 0 && (r = d, e !== void 0 && (e[i] = d));
              }
            }
            if (e.en_US !== void 0) {
              let i = e.en_US;
              if (typeof i != "string") {
                let r = typeof i, a;
                if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
                else if (i === null) a = "";
                else {
                  const d = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: i };
                  n === null ? n = [d] : n.push(d), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.en_US = a));
              }
              if (typeof i == "string") {
                if (f(i) > 1023) {
                  const r = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: i };
                  n === null ? n = [r] : n.push(r), p++;
                }
                if (f(i) < 1) {
                  const r = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: i };
                  n === null ? n = [r] : n.push(r), p++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let i = e.zh_Hans;
              if (typeof i != "string") {
                let r = typeof i, a;
                if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
                else if (i === null) a = "";
                else {
                  const d = { instancePath: o + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: i };
                  n === null ? n = [d] : n.push(d), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.zh_Hans = a));
              }
              if (typeof i == "string" && f(i) > 1023) {
                const r = { instancePath: o + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: i };
                n === null ? n = [r] : n.push(r), p++;
              }
            }
            if (e.ja_JP !== void 0) {
              let i = e.ja_JP;
              if (typeof i != "string") {
                let r = typeof i, a;
                if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
                else if (i === null) a = "";
                else {
                  const d = { instancePath: o + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: i };
                  n === null ? n = [d] : n.push(d), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.ja_JP = a));
              }
              if (typeof i == "string" && f(i) > 1023) {
                const r = { instancePath: o + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: i };
                n === null ? n = [r] : n.push(r), p++;
              }
            }
            if (e.pt_BR !== void 0) {
              let i = e.pt_BR;
              if (typeof i != "string") {
                let r = typeof i, a;
                if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
                else if (i === null) a = "";
                else {
                  const d = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: i };
                  n === null ? n = [d] : n.push(d), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.pt_BR = a));
              }
              if (typeof i == "string" && f(i) > 1023) {
                const r = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: i };
                n === null ? n = [r] : n.push(r), p++;
              }
            }
          } else {
            const i = { instancePath: o + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.properties.identity.type, parentSchema: u.properties.identity, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.parameters !== void 0) {
      let t = s.parameters;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: u.properties.parameters.type }, message: "must be array,null", schema: u.properties.parameters.type, parentSchema: u.properties.parameters, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.parameters = e));
      }
      if (Array.isArray(t)) {
        const e = t.length;
        for (let i = 0; i < e; i++) x(t[i], { instancePath: o + "/parameters/" + i, parentData: t, parentDataProperty: i, rootData: b }) || (n = n === null ? x.errors : n.concat(x.errors), p = n.length);
      }
    }
    if (s.description !== void 0) {
      let t = s.description;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = t[e];
          if (typeof i != "string" && i !== null) {
            let r = typeof i, a;
            if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
            else if (i === null) a = "";
            else if (i === "" || i === 0 || i === false) a = null;
            else {
              const d = { instancePath: o + "/description/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: i };
              n === null ? n = [d] : n.push(d), p++;
            }
            a !== void 0 && (i = a, t !== void 0 && (t[e] = a));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string") {
            if (f(e) > 1023) {
              const i = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (f(e) < 1) {
              const i = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && f(e) > 1023) {
            const i = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.output_schema !== void 0) {
      let t = s.output_schema;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/output_schema", schemaPath: "#/properties/output_schema/type", keyword: "type", params: { type: u.properties.output_schema.type }, message: "must be object,null", schema: u.properties.output_schema.type, parentSchema: u.properties.output_schema, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.output_schema = e));
      }
    }
    if (s.extra !== void 0) {
      let t = s.extra;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.python === void 0) {
          const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: y.required, parentSchema: y, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.python !== void 0) {
          let e = t.python;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.source === void 0) {
              const i = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: y.properties.python.required, parentSchema: y.properties.python, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (e.source !== void 0) {
              let i = e.source;
              if (typeof i != "string") {
                let r = typeof i, a;
                if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
                else if (i === null) a = "";
                else {
                  const d = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.properties.python.properties.source.type, parentSchema: y.properties.python.properties.source, data: i };
                  n === null ? n = [d] : n.push(d), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.source = a));
              }
              if (typeof i == "string" && f(i) < 1) {
                const r = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: y.properties.python.properties.source, data: i };
                n === null ? n = [r] : n.push(r), p++;
              }
            }
          } else {
            const i = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: y.properties.python.type, parentSchema: y.properties.python, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: y.type, parentSchema: y, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.type, parentSchema: u, data: s };
    n === null ? n = [t] : n.push(t), p++;
  }
  return U.errors = n, p === 0;
}
var R = L;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
