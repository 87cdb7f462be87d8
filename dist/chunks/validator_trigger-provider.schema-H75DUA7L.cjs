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
  default: () => V,
  v: () => G
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var G = F;
var m = { $schema: "http://json-schema.org/draft-07/schema#", $id: "trigger-provider.schema.json", title: "Dify trigger provider (the file listed under plugins.triggers)", description: "daemon pkg/entities/plugin_entities/trigger_declaration.go (TriggerProviderDeclaration); SDK entities/trigger.py (TriggerProviderConfiguration).", type: "object", required: ["identity", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label", "description", "icon"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: "string", minLength: 1 }, icon_dark: { type: ["string", "null"] }, tags: { type: ["array", "null"], items: { type: "string", enum: ["webhooks"], "x-dpr-code": "DPR113", "x-dpr-fix": "The SDK accepts only the trigger tag `webhooks` here; put plugin tags in manifest.yaml's tags (the daemon copies them when this list is empty)." } } }, additionalProperties: false }, subscription_schema: { description: "The fields of a subscription: a list of named fields (the SDK refuses the mapping form here).", $ref: "common.schema.json#/definitions/providerConfigList" }, subscription_constructor: { type: ["object", "null"], properties: { parameters: { type: ["array", "null"], items: { $ref: "event.schema.json#/definitions/parameter" } }, credentials_schema: { $ref: "common.schema.json#/definitions/providerConfigListOrMap" }, oauth_schema: { $ref: "common.schema.json#/definitions/oauthSchemaList" }, extra: { $ref: "common.schema.json#/definitions/pythonExtra" } }, additionalProperties: false }, events: { description: "Paths of the event YAML files (the SDK refuses events written inline).", type: "array", items: { type: "string", minLength: 1, "x-dpr-fix": "Put the event in its own YAML file and list its path: the SDK accepts only paths here." }, "x-dpr-fix": "List the event files, e.g. `events: [events/my_event.yaml]`." }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: provider/my_trigger.py}}`: the SDK needs it to start." } }, additionalProperties: false };
var A = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var l = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var x = { description: "SDK-only: where the Python implementation lives.", "x-dpr-daemon": false, type: ["object", "null"], properties: { python: { type: ["object", "null"], properties: { source: { type: "string", minLength: 1 } } } } };
var w = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
var d = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var Z = new RegExp("^[a-zA-Z0-9_-]+$", "u");
var q = { description: "A list of fields, each with its name (the SDK accepts only the list form here).", type: ["array", "null"], items: { $ref: "#/definitions/namedProviderConfig" }, "x-dpr-fix": "Write the fields as a list: `- name: api_key` with type and label under it." };
var z = { description: "A field written in list form: the SDK requires its name.", allOf: [{ $ref: "#/definitions/providerConfig" }, { type: "object", required: ["name"], properties: { name: { "x-dpr-fix": "Give the field a `name:` (the key your code reads the value by); the SDK refuses a field without one." } } }] };
var h = { description: "A credential, setting or OAuth field (daemon pkg/entities/plugin_entities/config.go).", type: "object", required: ["type", "label"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, type: { type: "string", enum: ["secret-input", "text-input", "select", "boolean", "app-selector", "model-selector", "array[tools]"] }, scope: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, default: { type: ["string", "number", "boolean", "null"] }, options: { type: ["array", "null"], maxItems: 127, items: { $ref: "#/definitions/configOption" } }, multiple: { type: ["boolean", "null"] }, label: { $ref: "#/definitions/i18n" }, help: { $ref: "#/definitions/i18nOptional" }, placeholder: { $ref: "#/definitions/i18nOptional" }, url: { type: ["string", "null"] } } };
var c = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
var S = { type: "object", required: ["value", "label"], properties: { value: { type: "string", minLength: 1, maxLength: 127, "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function R(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.value === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: S.required, parentSchema: S, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: S.required, parentSchema: S, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.value !== void 0) {
      let t = s.value;
      if (typeof t != "string") {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const r = { instancePath: o + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.properties.value.type, parentSchema: S.properties.value, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.value = i));
      }
      if (typeof t == "string") {
        if (d(t) > 127) {
          const e = { instancePath: o + "/value", schemaPath: "#/properties/value/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: S.properties.value, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (d(t) < 1) {
          const e = { instancePath: o + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: S.properties.value, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
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
              const f = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: i };
              n === null ? n = [f] : n.push(f), p++;
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
            if (d(e) > 1023) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (d(e) < 1) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          const r = { instancePath: o + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: S.properties.icon.type }, message: "must be string,null", schema: S.properties.icon.type, parentSchema: S.properties.icon, data: t };
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
          const i = { instancePath: o + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: S.properties.show_on.type }, message: "must be array,null", schema: S.properties.show_on.type, parentSchema: S.properties.show_on, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.show_on = e));
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: S.type, parentSchema: S, data: s };
    n === null ? n = [t] : n.push(t), p++;
  }
  return R.errors = n, p === 0;
}
function U(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.type === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: h.required, parentSchema: h, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: h.required, parentSchema: h, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.name !== void 0) {
      let t = s.name;
      if (typeof t != "string") {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const r = { instancePath: o + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.name.type, parentSchema: h.properties.name, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.name = i));
      }
      if (typeof t == "string") {
        if (d(t) > 1023) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.name, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (d(t) < 1) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.name, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
      }
    }
    if (s.type !== void 0) {
      let t = s.type;
      if (typeof t != "string") {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const r = { instancePath: o + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.type.type, parentSchema: h.properties.type, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.type = i));
      }
      if (!(t === "secret-input" || t === "text-input" || t === "select" || t === "boolean" || t === "app-selector" || t === "model-selector" || t === "array[tools]")) {
        const e = { instancePath: o + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: h.properties.type.enum }, message: "must be equal to one of the allowed values", schema: h.properties.type.enum, parentSchema: h.properties.type, data: t };
        n === null ? n = [e] : n.push(e), p++;
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
          const r = { instancePath: o + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: h.properties.scope.type }, message: "must be string,null", schema: h.properties.scope.type, parentSchema: h.properties.scope, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.scope = i));
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
          const i = { instancePath: o + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: h.properties.required.type }, message: "must be boolean,null", schema: h.properties.required.type, parentSchema: h.properties.required, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.required = e));
      }
    }
    if (s.default !== void 0) {
      let t = s.default;
      if (typeof t != "string" && !(typeof t == "number" && isFinite(t)) && typeof t != "boolean" && t !== null) {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else if (e == "boolean" || t === null || e == "string" && t && t == +t) i = +t;
        else if (t === "false" || t === 0 || t === null) i = false;
        else if (t === "true" || t === 1) i = true;
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const r = { instancePath: o + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: h.properties.default.type }, message: "must be string,number,boolean,null", schema: h.properties.default.type, parentSchema: h.properties.default, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.default = i));
      }
    }
    if (s.options !== void 0) {
      let t = s.options;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: h.properties.options.type }, message: "must be array,null", schema: h.properties.options.type, parentSchema: h.properties.options, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.options = e));
      }
      if (Array.isArray(t)) {
        if (t.length > 127) {
          const i = { instancePath: o + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: h.properties.options, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        const e = t.length;
        for (let i = 0; i < e; i++) R(t[i], { instancePath: o + "/options/" + i, parentData: t, parentDataProperty: i, rootData: y }) || (n = n === null ? R.errors : n.concat(R.errors), p = n.length);
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
          const i = { instancePath: o + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: h.properties.multiple.type }, message: "must be boolean,null", schema: h.properties.multiple.type, parentSchema: h.properties.multiple, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.multiple = e));
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
              const f = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: i };
              n === null ? n = [f] : n.push(f), p++;
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
            if (d(e) > 1023) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (d(e) < 1) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.help !== void 0) {
      let t = s.help;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/help", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.help = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = t[e];
          if (typeof i != "string" && i !== null) {
            let r = typeof i, a;
            if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
            else if (i === null) a = "";
            else if (i === "" || i === 0 || i === false) a = null;
            else {
              const f = { instancePath: o + "/help/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: c.additionalProperties.type }, message: "must be string,null", schema: c.additionalProperties.type, parentSchema: c.additionalProperties, data: i };
              n === null ? n = [f] : n.push(f), p++;
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
              const a = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.en_US.type, parentSchema: c.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.en_US, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.zh_Hans.type, parentSchema: c.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.zh_Hans, data: e };
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
              const a = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.ja_JP.type, parentSchema: c.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.ja_JP, data: e };
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
              const a = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.pt_BR.type, parentSchema: c.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.pt_BR, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      }
    }
    if (s.placeholder !== void 0) {
      let t = s.placeholder;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/placeholder", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.placeholder = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = t[e];
          if (typeof i != "string" && i !== null) {
            let r = typeof i, a;
            if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
            else if (i === null) a = "";
            else if (i === "" || i === 0 || i === false) a = null;
            else {
              const f = { instancePath: o + "/placeholder/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: c.additionalProperties.type }, message: "must be string,null", schema: c.additionalProperties.type, parentSchema: c.additionalProperties, data: i };
              n === null ? n = [f] : n.push(f), p++;
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
              const a = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.en_US.type, parentSchema: c.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.en_US, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.zh_Hans.type, parentSchema: c.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.zh_Hans, data: e };
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
              const a = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.ja_JP.type, parentSchema: c.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.ja_JP, data: e };
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
              const a = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.pt_BR.type, parentSchema: c.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.pt_BR, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      }
    }
    if (s.url !== void 0) {
      let t = s.url;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const r = { instancePath: o + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: h.properties.url.type }, message: "must be string,null", schema: h.properties.url.type, parentSchema: h.properties.url, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.url = i));
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: s };
    n === null ? n = [t] : n.push(t), p++;
  }
  return U.errors = n, p === 0;
}
function k(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (U(s, { instancePath: o, parentData: _, parentDataProperty: P, rootData: y }) || (n = n === null ? U.errors : n.concat(U.errors), p = n.length), s && typeof s == "object" && !Array.isArray(s)) {
    if (s.name === void 0) {
      const t = { instancePath: o, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: z.allOf[1].required, parentSchema: z.allOf[1], data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: z.allOf[1].type, parentSchema: z.allOf[1], data: s };
    n === null ? n = [t] : n.push(t), p++;
  }
  return k.errors = n, p === 0;
}
function B(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (!Array.isArray(s) && s !== null) {
    let t;
    if (t === void 0) if (s === "" || s === 0 || s === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: q.type }, message: "must be array,null", schema: q.type, parentSchema: q, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    t !== void 0 && (s = t, _ !== void 0 && (_[P] = t));
  }
  if (Array.isArray(s)) {
    const t = s.length;
    for (let e = 0; e < t; e++) k(s[e], { instancePath: o + "/" + e, parentData: s, parentDataProperty: e, rootData: y }) || (n = n === null ? k.errors : n.concat(k.errors), p = n.length);
  }
  return B.errors = n, p === 0;
}
var u = { description: "An event parameter, also used by a trigger provider's subscription_constructor.", type: "object", required: ["name", "label", "type"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "file", "files", "model-selector", "app-selector", "object", "array", "dynamic-select", "checkbox", "secret-input"], "x-dpr-fix": "Event parameters are string, number, boolean, select, file, files, model-selector, app-selector, object, array, dynamic-select or checkbox (no secret-input)." }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, multiple: { type: ["boolean", "null"] }, default: { description: "SDK: int, float, str or a list.", type: ["string", "number", "boolean", "array", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" }, description: { $ref: "common.schema.json#/definitions/i18nNullable" } }, additionalProperties: false };
var v = { type: ["object", "null"], properties: { type: { type: "string", enum: ["prompt_instruction"] } } };
var T = { type: ["object", "null"], properties: { enabled: { type: "boolean" } } };
var g = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var I = Object.prototype.hasOwnProperty;
var E = { description: "Options of a select parameter (SDK ParameterOption, with show_on where the SDK allows it).", type: ["array", "null"], items: { $ref: "#/definitions/parameterOption" } };
var j = { type: "object", required: ["value", "label"], properties: { value: { type: "string", "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function H(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.value === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: j.required, parentSchema: j, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: j.required, parentSchema: j, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.value !== void 0) {
      let t = s.value;
      if (typeof t != "string") {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const r = { instancePath: o + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: j.properties.value.type, parentSchema: j.properties.value, data: t };
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
              const f = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: i };
              n === null ? n = [f] : n.push(f), p++;
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
            if (d(e) > 1023) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (d(e) < 1) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          const r = { instancePath: o + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: j.properties.icon.type }, message: "must be string,null", schema: j.properties.icon.type, parentSchema: j.properties.icon, data: t };
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
          const i = { instancePath: o + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: j.properties.show_on.type }, message: "must be array,null", schema: j.properties.show_on.type, parentSchema: j.properties.show_on, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.show_on = e));
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: j.type, parentSchema: j, data: s };
    n === null ? n = [t] : n.push(t), p++;
  }
  return H.errors = n, p === 0;
}
function J(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (!Array.isArray(s) && s !== null) {
    let t;
    if (t === void 0) if (s === "" || s === 0 || s === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: E.type }, message: "must be array,null", schema: E.type, parentSchema: E, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    t !== void 0 && (s = t, _ !== void 0 && (_[P] = t));
  }
  if (Array.isArray(s)) {
    const t = s.length;
    for (let e = 0; e < t; e++) H(s[e], { instancePath: o + "/" + e, parentData: s, parentDataProperty: e, rootData: y }) || (n = n === null ? H.errors : n.concat(H.errors), p = n.length);
  }
  return J.errors = n, p === 0;
}
function O(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.name === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: u.required, parentSchema: u, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: u.required, parentSchema: u, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.type === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: u.required, parentSchema: u, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    for (const t in s) if (!I.call(u.properties, t)) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: u, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    if (s.name !== void 0) {
      let t = s.name;
      if (typeof t != "string") {
        let e = typeof t, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const r = { instancePath: o + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.name.type, parentSchema: u.properties.name, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.name = i));
      }
      if (typeof t == "string") {
        if (d(t) > 1023) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.name, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (d(t) < 1) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.name, data: t };
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
              const f = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: i };
              n === null ? n = [f] : n.push(f), p++;
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
            if (d(e) > 1023) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (d(e) < 1) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          if (typeof e == "string" && d(e) > 1023) {
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
          const r = { instancePath: o + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.type.type, parentSchema: u.properties.type, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.type = i));
      }
      if (!(t === "string" || t === "number" || t === "boolean" || t === "select" || t === "file" || t === "files" || t === "model-selector" || t === "app-selector" || t === "object" || t === "array" || t === "dynamic-select" || t === "checkbox" || t === "secret-input")) {
        const e = { instancePath: o + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: u.properties.type.enum }, message: "must be equal to one of the allowed values", schema: u.properties.type.enum, parentSchema: u.properties.type, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.auto_generate !== void 0) {
      let t = s.auto_generate;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/auto_generate", schemaPath: "common.schema.json#/definitions/autoGenerate/type", keyword: "type", params: { type: v.type }, message: "must be object,null", schema: v.type, parentSchema: v, data: t };
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
            const a = { instancePath: o + "/auto_generate/type", schemaPath: "common.schema.json#/definitions/autoGenerate/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: v.properties.type.type, parentSchema: v.properties.type, data: e };
            n === null ? n = [a] : n.push(a), p++;
          }
          r !== void 0 && (e = r, t !== void 0 && (t.type = r));
        }
        if (e !== "prompt_instruction") {
          const i = { instancePath: o + "/auto_generate/type", schemaPath: "common.schema.json#/definitions/autoGenerate/properties/type/enum", keyword: "enum", params: { allowedValues: v.properties.type.enum }, message: "must be equal to one of the allowed values", schema: v.properties.type.enum, parentSchema: v.properties.type, data: e };
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
          const i = { instancePath: o + "/template", schemaPath: "common.schema.json#/definitions/template/type", keyword: "type", params: { type: T.type }, message: "must be object,null", schema: T.type, parentSchema: T, data: t };
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
            const r = { instancePath: o + "/template/enabled", schemaPath: "common.schema.json#/definitions/template/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: T.properties.enabled.type, parentSchema: T.properties.enabled, data: e };
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
          const r = { instancePath: o + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: u.properties.scope.type }, message: "must be string,null", schema: u.properties.scope.type, parentSchema: u.properties.scope, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.scope = i));
      }
      if (typeof t == "string" && d(t) > 1024) {
        const e = { instancePath: o + "/scope", schemaPath: "#/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: u.properties.scope, data: t };
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
          const i = { instancePath: o + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: u.properties.required.type }, message: "must be boolean,null", schema: u.properties.required.type, parentSchema: u.properties.required, data: t };
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
          const i = { instancePath: o + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: u.properties.multiple.type }, message: "must be boolean,null", schema: u.properties.multiple.type, parentSchema: u.properties.multiple, data: t };
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
          const r = { instancePath: o + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: u.properties.default.type }, message: "must be string,number,boolean,array,null", schema: u.properties.default.type, parentSchema: u.properties.default, data: t };
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
          const r = { instancePath: o + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: u.properties.min.type }, message: "must be number,null", schema: u.properties.min.type, parentSchema: u.properties.min, data: t };
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
          const r = { instancePath: o + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: u.properties.max.type }, message: "must be number,null", schema: u.properties.max.type, parentSchema: u.properties.max, data: t };
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
          const r = { instancePath: o + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: u.properties.precision.type }, message: "must be integer,null", schema: u.properties.precision.type, parentSchema: u.properties.precision, data: t };
          n === null ? n = [r] : n.push(r), p++;
        }
        i !== void 0 && (t = i, s !== void 0 && (s.precision = i));
      }
    }
    if (s.options !== void 0 && (J(s.options, { instancePath: o + "/options", parentData: s, parentDataProperty: "options", rootData: y }) || (n = n === null ? J.errors : n.concat(J.errors), p = n.length)), s.description !== void 0) {
      let t = s.description;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: g.type }, message: "must be object,null", schema: g.type, parentSchema: g, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.description = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: g.required, parentSchema: g, data: t };
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
              const f = { instancePath: o + "/description/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: g.additionalProperties.type }, message: "must be string,null", schema: g.additionalProperties.type, parentSchema: g.additionalProperties, data: i };
              n === null ? n = [f] : n.push(f), p++;
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
              const a = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.en_US.type, parentSchema: g.properties.en_US, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string") {
            if (d(e) > 1023) {
              const i = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: g.properties.en_US, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (d(e) < 1) {
              const i = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.en_US, data: e };
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
              const a = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: g.properties.zh_Hans.type }, message: "must be string,null", schema: g.properties.zh_Hans.type, parentSchema: g.properties.zh_Hans, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: g.properties.zh_Hans, data: e };
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
              const a = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: g.properties.ja_JP.type }, message: "must be string,null", schema: g.properties.ja_JP.type, parentSchema: g.properties.ja_JP, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: g.properties.ja_JP, data: e };
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
              const a = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: g.properties.pt_BR.type }, message: "must be string,null", schema: g.properties.pt_BR.type, parentSchema: g.properties.pt_BR, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && d(e) > 1023) {
            const i = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: g.properties.pt_BR, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.type, parentSchema: u, data: s };
    n === null ? n = [t] : n.push(t), p++;
  }
  return O.errors = n, p === 0;
}
var K = { description: "A list of named fields, or a mapping from field name to field.", type: ["array", "object", "null"], items: { $ref: "#/definitions/namedProviderConfig" }, additionalProperties: { $ref: "#/definitions/providerConfig" } };
function N(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (typeof s != "object") {
    let t;
    if (t === void 0) if (s === "" || s === 0 || s === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: K.type }, message: "must be array,object,null", schema: K.type, parentSchema: K, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    t !== void 0 && (s = t, _ !== void 0 && (_[P] = t));
  }
  if (Array.isArray(s)) {
    const t = s.length;
    for (let e = 0; e < t; e++) k(s[e], { instancePath: o + "/" + e, parentData: s, parentDataProperty: e, rootData: y }) || (n = n === null ? k.errors : n.concat(k.errors), p = n.length);
  }
  if (s && typeof s == "object" && !Array.isArray(s)) for (const t in s) U(s[t], { instancePath: o + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: s, parentDataProperty: t, rootData: y }) || (n = n === null ? U.errors : n.concat(U.errors), p = n.length);
  return N.errors = n, p === 0;
}
var D = { description: "OAuth client and credential fields: lists only (the daemon decodes plain lists, the SDK too).", type: ["object", "null"], properties: { client_schema: { $ref: "#/definitions/providerConfigList" }, credentials_schema: { $ref: "#/definitions/providerConfigList" } }, additionalProperties: false };
function L(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (!Array.isArray(s) && s !== null) {
    let t;
    if (t === void 0) if (s === "" || s === 0 || s === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: q.type }, message: "must be array,null", schema: q.type, parentSchema: q, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    t !== void 0 && (s = t, _ !== void 0 && (_[P] = t));
  }
  if (Array.isArray(s)) {
    const t = s.length;
    for (let e = 0; e < t; e++) k(s[e], { instancePath: o + "/" + e, parentData: s, parentDataProperty: e, rootData: y }) || (n = n === null ? k.errors : n.concat(k.errors), p = n.length);
  }
  return L.errors = n, p === 0;
}
function $(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let t;
    if (t === void 0) if (s === "" || s === 0 || s === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: D.type }, message: "must be object,null", schema: D.type, parentSchema: D, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    t !== void 0 && (s = t, _ !== void 0 && (_[P] = t));
  }
  if (s && typeof s == "object" && !Array.isArray(s)) {
    for (const t in s) if (!(t === "client_schema" || t === "credentials_schema")) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: D, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    s.client_schema !== void 0 && (L(s.client_schema, { instancePath: o + "/client_schema", parentData: s, parentDataProperty: "client_schema", rootData: y }) || (n = n === null ? L.errors : n.concat(L.errors), p = n.length)), s.credentials_schema !== void 0 && (L(s.credentials_schema, { instancePath: o + "/credentials_schema", parentData: s, parentDataProperty: "credentials_schema", rootData: y }) || (n = n === null ? L.errors : n.concat(L.errors), p = n.length));
  }
  return $.errors = n, p === 0;
}
function F(s, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: y = s } = {}) {
  let n = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.identity === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: m.required, parentSchema: m, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    if (s.extra === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: m.required, parentSchema: m, data: s };
      n === null ? n = [t] : n.push(t), p++;
    }
    for (const t in s) if (!(t === "identity" || t === "subscription_schema" || t === "subscription_constructor" || t === "events" || t === "extra")) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: m, data: s };
      n === null ? n = [e] : n.push(e), p++;
    }
    if (s.identity !== void 0) {
      let t = s.identity;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.author === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.name === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.label === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.description === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.icon === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        for (const e in t) if (!(e === "author" || e === "name" || e === "label" || e === "description" || e === "icon" || e === "icon_dark" || e === "tags")) {
          const i = { instancePath: o + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: m.properties.identity, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        if (t.author !== void 0) {
          let e = t.author;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.identity.properties.author.type, parentSchema: m.properties.identity.properties.author, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.author = r));
          }
          if (typeof e == "string" && d(e) < 1) {
            const i = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.identity.properties.author, data: e };
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
              const a = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: A.type, parentSchema: A, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.name = r));
          }
          if (typeof e == "string") {
            if (d(e) < 1) {
              const i = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: A, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (!Z.test(e)) {
              const i = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: A, data: e };
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
                let a = typeof r, f;
                if (f === void 0) if (a == "number" || a == "boolean") f = "" + r;
                else if (r === null) f = "";
                else if (r === "" || r === 0 || r === false) f = null;
                else {
                  const b = { instancePath: o + "/identity/label/" + i.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
                  n === null ? n = [b] : n.push(b), p++;
                }
                f !== void 0 && (r = f, e !== void 0 && (e[i] = f));
              }
            }
            if (e.en_US !== void 0) {
              let i = e.en_US;
              if (typeof i != "string") {
                let r = typeof i, a;
                if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
                else if (i === null) a = "";
                else {
                  const f = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: i };
                  n === null ? n = [f] : n.push(f), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.en_US = a));
              }
              if (typeof i == "string") {
                if (d(i) > 1023) {
                  const r = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: i };
                  n === null ? n = [r] : n.push(r), p++;
                }
                if (d(i) < 1) {
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
                  const f = { instancePath: o + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: i };
                  n === null ? n = [f] : n.push(f), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.zh_Hans = a));
              }
              if (typeof i == "string" && d(i) > 1023) {
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
                  const f = { instancePath: o + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: i };
                  n === null ? n = [f] : n.push(f), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.ja_JP = a));
              }
              if (typeof i == "string" && d(i) > 1023) {
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
                  const f = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: i };
                  n === null ? n = [f] : n.push(f), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.pt_BR = a));
              }
              if (typeof i == "string" && d(i) > 1023) {
                const r = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: i };
                n === null ? n = [r] : n.push(r), p++;
              }
            }
          } else {
            const i = { instancePath: o + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.description !== void 0) {
          let e = t.description;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const i = { instancePath: o + "/identity/description", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            for (const i in e) if (!(i === "en_US" || i === "zh_Hans" || i === "ja_JP" || i === "pt_BR")) {
              let r = e[i];
              if (typeof r != "string" && r !== null) {
                let a = typeof r, f;
                if (f === void 0) if (a == "number" || a == "boolean") f = "" + r;
                else if (r === null) f = "";
                else if (r === "" || r === 0 || r === false) f = null;
                else {
                  const b = { instancePath: o + "/identity/description/" + i.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
                  n === null ? n = [b] : n.push(b), p++;
                }
                f !== void 0 && (r = f, e !== void 0 && (e[i] = f));
              }
            }
            if (e.en_US !== void 0) {
              let i = e.en_US;
              if (typeof i != "string") {
                let r = typeof i, a;
                if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
                else if (i === null) a = "";
                else {
                  const f = { instancePath: o + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: i };
                  n === null ? n = [f] : n.push(f), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.en_US = a));
              }
              if (typeof i == "string") {
                if (d(i) > 1023) {
                  const r = { instancePath: o + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: i };
                  n === null ? n = [r] : n.push(r), p++;
                }
                if (d(i) < 1) {
                  const r = { instancePath: o + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: i };
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
                  const f = { instancePath: o + "/identity/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: i };
                  n === null ? n = [f] : n.push(f), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.zh_Hans = a));
              }
              if (typeof i == "string" && d(i) > 1023) {
                const r = { instancePath: o + "/identity/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: i };
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
                  const f = { instancePath: o + "/identity/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: i };
                  n === null ? n = [f] : n.push(f), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.ja_JP = a));
              }
              if (typeof i == "string" && d(i) > 1023) {
                const r = { instancePath: o + "/identity/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: i };
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
                  const f = { instancePath: o + "/identity/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: i };
                  n === null ? n = [f] : n.push(f), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.pt_BR = a));
              }
              if (typeof i == "string" && d(i) > 1023) {
                const r = { instancePath: o + "/identity/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: i };
                n === null ? n = [r] : n.push(r), p++;
              }
            }
          } else {
            const i = { instancePath: o + "/identity/description", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.icon !== void 0) {
          let e = t.icon;
          if (typeof e != "string") {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const a = { instancePath: o + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.identity.properties.icon.type, parentSchema: m.properties.identity.properties.icon, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.icon = r));
          }
          if (typeof e == "string" && d(e) < 1) {
            const i = { instancePath: o + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.identity.properties.icon, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
        if (t.icon_dark !== void 0) {
          let e = t.icon_dark;
          if (typeof e != "string" && e !== null) {
            let i = typeof e, r;
            if (r === void 0) if (i == "number" || i == "boolean") r = "" + e;
            else if (e === null) r = "";
            else if (e === "" || e === 0 || e === false) r = null;
            else {
              const a = { instancePath: o + "/identity/icon_dark", schemaPath: "#/properties/identity/properties/icon_dark/type", keyword: "type", params: { type: m.properties.identity.properties.icon_dark.type }, message: "must be string,null", schema: m.properties.identity.properties.icon_dark.type, parentSchema: m.properties.identity.properties.icon_dark, data: e };
              n === null ? n = [a] : n.push(a), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.icon_dark = r));
          }
        }
        if (t.tags !== void 0) {
          let e = t.tags;
          if (!Array.isArray(e) && e !== null) {
            let i;
            if (i === void 0) if (e === "" || e === 0 || e === false) i = null;
            else {
              const r = { instancePath: o + "/identity/tags", schemaPath: "#/properties/identity/properties/tags/type", keyword: "type", params: { type: m.properties.identity.properties.tags.type }, message: "must be array,null", schema: m.properties.identity.properties.tags.type, parentSchema: m.properties.identity.properties.tags, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            i !== void 0 && (e = i, t !== void 0 && (t.tags = i));
          }
          if (Array.isArray(e)) {
            const i = e.length;
            for (let r = 0; r < i; r++) {
              let a = e[r];
              if (typeof a != "string") {
                let f = typeof a, b;
                if (b === void 0) if (f == "number" || f == "boolean") b = "" + a;
                else if (a === null) b = "";
                else {
                  const C = { instancePath: o + "/identity/tags/" + r, schemaPath: "#/properties/identity/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.identity.properties.tags.items.type, parentSchema: m.properties.identity.properties.tags.items, data: a };
                  n === null ? n = [C] : n.push(C), p++;
                }
                b !== void 0 && (a = b, e !== void 0 && (e[r] = b));
              }
              if (a !== "webhooks") {
                const f = { instancePath: o + "/identity/tags/" + r, schemaPath: "#/properties/identity/properties/tags/items/enum", keyword: "enum", params: { allowedValues: m.properties.identity.properties.tags.items.enum }, message: "must be equal to one of the allowed values", schema: m.properties.identity.properties.tags.items.enum, parentSchema: m.properties.identity.properties.tags.items, data: a };
                n === null ? n = [f] : n.push(f), p++;
              }
            }
          }
        }
      } else {
        const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.properties.identity.type, parentSchema: m.properties.identity, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.subscription_schema !== void 0 && (B(s.subscription_schema, { instancePath: o + "/subscription_schema", parentData: s, parentDataProperty: "subscription_schema", rootData: y }) || (n = n === null ? B.errors : n.concat(B.errors), p = n.length)), s.subscription_constructor !== void 0) {
      let t = s.subscription_constructor;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const i = { instancePath: o + "/subscription_constructor", schemaPath: "#/properties/subscription_constructor/type", keyword: "type", params: { type: m.properties.subscription_constructor.type }, message: "must be object,null", schema: m.properties.subscription_constructor.type, parentSchema: m.properties.subscription_constructor, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        e !== void 0 && (t = e, s !== void 0 && (s.subscription_constructor = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        for (const e in t) if (!(e === "parameters" || e === "credentials_schema" || e === "oauth_schema" || e === "extra")) {
          const i = { instancePath: o + "/subscription_constructor", schemaPath: "#/properties/subscription_constructor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: m.properties.subscription_constructor, data: t };
          n === null ? n = [i] : n.push(i), p++;
        }
        if (t.parameters !== void 0) {
          let e = t.parameters;
          if (!Array.isArray(e) && e !== null) {
            let i;
            if (i === void 0) if (e === "" || e === 0 || e === false) i = null;
            else {
              const r = { instancePath: o + "/subscription_constructor/parameters", schemaPath: "#/properties/subscription_constructor/properties/parameters/type", keyword: "type", params: { type: m.properties.subscription_constructor.properties.parameters.type }, message: "must be array,null", schema: m.properties.subscription_constructor.properties.parameters.type, parentSchema: m.properties.subscription_constructor.properties.parameters, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            i !== void 0 && (e = i, t !== void 0 && (t.parameters = i));
          }
          if (Array.isArray(e)) {
            const i = e.length;
            for (let r = 0; r < i; r++) O(e[r], { instancePath: o + "/subscription_constructor/parameters/" + r, parentData: e, parentDataProperty: r, rootData: y }) || (n = n === null ? O.errors : n.concat(O.errors), p = n.length);
          }
        }
        if (t.credentials_schema !== void 0 && (N(t.credentials_schema, { instancePath: o + "/subscription_constructor/credentials_schema", parentData: t, parentDataProperty: "credentials_schema", rootData: y }) || (n = n === null ? N.errors : n.concat(N.errors), p = n.length)), t.oauth_schema !== void 0 && ($(t.oauth_schema, { instancePath: o + "/subscription_constructor/oauth_schema", parentData: t, parentDataProperty: "oauth_schema", rootData: y }) || (n = n === null ? $.errors : n.concat($.errors), p = n.length)), t.extra !== void 0) {
          let e = t.extra;
          if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
            let i;
            if (i === void 0) if (e === "" || e === 0 || e === false) i = null;
            else {
              const r = { instancePath: o + "/subscription_constructor/extra", schemaPath: "common.schema.json#/definitions/pythonExtra/type", keyword: "type", params: { type: x.type }, message: "must be object,null", schema: x.type, parentSchema: x, data: e };
              n === null ? n = [r] : n.push(r), p++;
            }
            i !== void 0 && (e = i, t !== void 0 && (t.extra = i));
          }
          if (e && typeof e == "object" && !Array.isArray(e) && e.python !== void 0) {
            let i = e.python;
            if (!(i && typeof i == "object" && !Array.isArray(i)) && i !== null) {
              let r;
              if (r === void 0) if (i === "" || i === 0 || i === false) r = null;
              else {
                const a = { instancePath: o + "/subscription_constructor/extra/python", schemaPath: "common.schema.json#/definitions/pythonExtra/properties/python/type", keyword: "type", params: { type: x.properties.python.type }, message: "must be object,null", schema: x.properties.python.type, parentSchema: x.properties.python, data: i };
                n === null ? n = [a] : n.push(a), p++;
              }
              r !== void 0 && (i = r, e !== void 0 && (e.python = r));
            }
            if (i && typeof i == "object" && !Array.isArray(i) && i.source !== void 0) {
              let r = i.source;
              if (typeof r != "string") {
                let a = typeof r, f;
                if (f === void 0) if (a == "number" || a == "boolean") f = "" + r;
                else if (r === null) f = "";
                else {
                  const b = { instancePath: o + "/subscription_constructor/extra/python/source", schemaPath: "common.schema.json#/definitions/pythonExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: x.properties.python.properties.source.type, parentSchema: x.properties.python.properties.source, data: r };
                  n === null ? n = [b] : n.push(b), p++;
                }
                f !== void 0 && (r = f, i !== void 0 && (i.source = f));
              }
              if (typeof r == "string" && d(r) < 1) {
                const a = { instancePath: o + "/subscription_constructor/extra/python/source", schemaPath: "common.schema.json#/definitions/pythonExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: x.properties.python.properties.source, data: r };
                n === null ? n = [a] : n.push(a), p++;
              }
            }
          }
        }
      }
    }
    if (s.events !== void 0) {
      let t = s.events;
      if (Array.isArray(t)) {
        const e = t.length;
        for (let i = 0; i < e; i++) {
          let r = t[i];
          if (typeof r != "string") {
            let a = typeof r, f;
            if (f === void 0) if (a == "number" || a == "boolean") f = "" + r;
            else if (r === null) f = "";
            else {
              const b = { instancePath: o + "/events/" + i, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.events.items.type, parentSchema: m.properties.events.items, data: r };
              n === null ? n = [b] : n.push(b), p++;
            }
            f !== void 0 && (r = f, t !== void 0 && (t[i] = f));
          }
          if (typeof r == "string" && d(r) < 1) {
            const a = { instancePath: o + "/events/" + i, schemaPath: "#/properties/events/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.events.items, data: r };
            n === null ? n = [a] : n.push(a), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: m.properties.events.type, parentSchema: m.properties.events, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
    if (s.extra !== void 0) {
      let t = s.extra;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.python === void 0) {
          const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: w.required, parentSchema: w, data: t };
          n === null ? n = [e] : n.push(e), p++;
        }
        if (t.python !== void 0) {
          let e = t.python;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.source === void 0) {
              const i = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: w.properties.python.required, parentSchema: w.properties.python, data: e };
              n === null ? n = [i] : n.push(i), p++;
            }
            if (e.source !== void 0) {
              let i = e.source;
              if (typeof i != "string") {
                let r = typeof i, a;
                if (a === void 0) if (r == "number" || r == "boolean") a = "" + i;
                else if (i === null) a = "";
                else {
                  const f = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: w.properties.python.properties.source.type, parentSchema: w.properties.python.properties.source, data: i };
                  n === null ? n = [f] : n.push(f), p++;
                }
                a !== void 0 && (i = a, e !== void 0 && (e.source = a));
              }
              if (typeof i == "string" && d(i) < 1) {
                const r = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: w.properties.python.properties.source, data: i };
                n === null ? n = [r] : n.push(r), p++;
              }
            }
          } else {
            const i = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: w.properties.python.type, parentSchema: w.properties.python, data: e };
            n === null ? n = [i] : n.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: w.type, parentSchema: w, data: t };
        n === null ? n = [e] : n.push(e), p++;
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: s };
    n === null ? n = [t] : n.push(t), p++;
  }
  return F.errors = n, p === 0;
}
var V = G;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
