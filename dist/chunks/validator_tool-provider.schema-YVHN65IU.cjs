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
  default: () => H,
  v: () => R
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var R = z;
var h = { $schema: "http://json-schema.org/draft-07/schema#", $id: "tool-provider.schema.json", title: "Dify tool provider (the file listed under plugins.tools)", description: "daemon pkg/entities/plugin_entities/tool_declaration.go (ToolProviderDeclaration); SDK entities/tool.py.", type: "object", required: ["identity", "tools", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label", "description", "icon"], properties: { author: { type: "string", minLength: 1 }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: "string", minLength: 1 }, icon_dark: { type: ["string", "null"] }, tags: { description: "The SDK's ToolLabelEnum: the plugin tags without agent and trigger.", type: ["array", "null"], items: { type: "string", enum: ["search", "image", "videos", "weather", "finance", "design", "travel", "social", "news", "medical", "productivity", "education", "business", "entertainment", "utilities", "rag", "other"], "x-dpr-code": "DPR113", "x-dpr-fix": "Tool providers take the SDK's tool labels: the plugin tags without agent and trigger." } } }, additionalProperties: false }, credentials_schema: { $ref: "common.schema.json#/definitions/providerConfigs" }, credentials_for_provider: { description: "The SDK's name for the credentials: a mapping from field name to field (the SDK calls .items() on it).", type: ["object", "null"], additionalProperties: { $ref: "common.schema.json#/definitions/providerConfig" }, "x-dpr-fix": "Write credentials_for_provider as a mapping: `api_key: {type: secret-input, ...}`." }, oauth_schema: { $ref: "common.schema.json#/definitions/oauthSchema" }, tools: { description: "Tool declarations: paths of tool YAML files, or tools written inline.", type: "array", items: { type: "string", minLength: 1, "x-dpr-fix": 'List tool YAML file paths: the SDK refuses tools written inline ("tool path should be a string").' } }, extra: { $ref: "common.schema.json#/definitions/sdkExtra" } }, additionalProperties: false };
var x = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var l = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var P = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
var u = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var B = new RegExp("^[a-zA-Z0-9_-]+$", "u");
var k = { description: "A list of fields, or a mapping from field name to field.", type: ["array", "object", "null"], items: { $ref: "#/definitions/providerConfig" }, additionalProperties: { $ref: "#/definitions/providerConfig" } };
var m = { description: "A credential, setting or OAuth field (daemon pkg/entities/plugin_entities/config.go).", type: "object", required: ["type", "label"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, type: { type: "string", enum: ["secret-input", "text-input", "select", "boolean", "app-selector", "model-selector", "array[tools]"] }, scope: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, default: { type: ["string", "number", "boolean", "null"] }, options: { type: ["array", "null"], maxItems: 127, items: { $ref: "#/definitions/configOption" } }, multiple: { type: ["boolean", "null"] }, label: { $ref: "#/definitions/i18n" }, help: { $ref: "#/definitions/i18nOptional" }, placeholder: { $ref: "#/definitions/i18nOptional" }, url: { type: ["string", "null"] } } };
var f = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
var y = { type: "object", required: ["value", "label"], properties: { value: { type: "string", minLength: 1, maxLength: 127, "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function j(a, { instancePath: o = "", parentData: b, parentDataProperty: S, rootData: c = a } = {}) {
  let i = null, p = 0;
  if (a && typeof a == "object" && !Array.isArray(a)) {
    if (a.value === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: y.required, parentSchema: y, data: a };
      i === null ? i = [t] : i.push(t), p++;
    }
    if (a.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: y.required, parentSchema: y, data: a };
      i === null ? i = [t] : i.push(t), p++;
    }
    if (a.value !== void 0) {
      let t = a.value;
      if (typeof t != "string") {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else {
          const r = { instancePath: o + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.properties.value.type, parentSchema: y.properties.value, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.value = n));
      }
      if (typeof t == "string") {
        if (u(t) > 127) {
          const e = { instancePath: o + "/value", schemaPath: "#/properties/value/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: y.properties.value, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        if (u(t) < 1) {
          const e = { instancePath: o + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: y.properties.value, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
      }
    }
    if (a.label !== void 0) {
      let t = a.label;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let r = typeof n, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
            else if (n === null) s = "";
            else if (n === "" || n === 0 || n === false) s = null;
            else {
              const d = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), p++;
            }
            s !== void 0 && (n = s, t !== void 0 && (t[e] = s));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const n = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
            if (u(e) < 1) {
              const n = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        i === null ? i = [e] : i.push(e), p++;
      }
    }
    if (a.icon !== void 0) {
      let t = a.icon;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const r = { instancePath: o + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: y.properties.icon.type }, message: "must be string,null", schema: y.properties.icon.type, parentSchema: y.properties.icon, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.icon = n));
      }
    }
    if (a.show_on !== void 0) {
      let t = a.show_on;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: y.properties.show_on.type }, message: "must be array,null", schema: y.properties.show_on.type, parentSchema: y.properties.show_on, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.show_on = e));
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: y.type, parentSchema: y, data: a };
    i === null ? i = [t] : i.push(t), p++;
  }
  return j.errors = i, p === 0;
}
function _(a, { instancePath: o = "", parentData: b, parentDataProperty: S, rootData: c = a } = {}) {
  let i = null, p = 0;
  if (a && typeof a == "object" && !Array.isArray(a)) {
    if (a.type === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: m.required, parentSchema: m, data: a };
      i === null ? i = [t] : i.push(t), p++;
    }
    if (a.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: m.required, parentSchema: m, data: a };
      i === null ? i = [t] : i.push(t), p++;
    }
    if (a.name !== void 0) {
      let t = a.name;
      if (typeof t != "string") {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else {
          const r = { instancePath: o + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.name.type, parentSchema: m.properties.name, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.name = n));
      }
      if (typeof t == "string") {
        if (u(t) > 1023) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.name, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        if (u(t) < 1) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.name, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
      }
    }
    if (a.type !== void 0) {
      let t = a.type;
      if (typeof t != "string") {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else {
          const r = { instancePath: o + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.type.type, parentSchema: m.properties.type, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.type = n));
      }
      if (!(t === "secret-input" || t === "text-input" || t === "select" || t === "boolean" || t === "app-selector" || t === "model-selector" || t === "array[tools]")) {
        const e = { instancePath: o + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: m.properties.type.enum }, message: "must be equal to one of the allowed values", schema: m.properties.type.enum, parentSchema: m.properties.type, data: t };
        i === null ? i = [e] : i.push(e), p++;
      }
    }
    if (a.scope !== void 0) {
      let t = a.scope;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const r = { instancePath: o + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: m.properties.scope.type }, message: "must be string,null", schema: m.properties.scope.type, parentSchema: m.properties.scope, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.scope = n));
      }
    }
    if (a.required !== void 0) {
      let t = a.required;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: m.properties.required.type }, message: "must be boolean,null", schema: m.properties.required.type, parentSchema: m.properties.required, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.required = e));
      }
    }
    if (a.default !== void 0) {
      let t = a.default;
      if (typeof t != "string" && !(typeof t == "number" && isFinite(t)) && typeof t != "boolean" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (e == "boolean" || t === null || e == "string" && t && t == +t) n = +t;
        else if (t === "false" || t === 0 || t === null) n = false;
        else if (t === "true" || t === 1) n = true;
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const r = { instancePath: o + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: m.properties.default.type }, message: "must be string,number,boolean,null", schema: m.properties.default.type, parentSchema: m.properties.default, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.default = n));
      }
    }
    if (a.options !== void 0) {
      let t = a.options;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: m.properties.options.type }, message: "must be array,null", schema: m.properties.options.type, parentSchema: m.properties.options, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.options = e));
      }
      if (Array.isArray(t)) {
        if (t.length > 127) {
          const n = { instancePath: o + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: m.properties.options, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        const e = t.length;
        for (let n = 0; n < e; n++) j(t[n], { instancePath: o + "/options/" + n, parentData: t, parentDataProperty: n, rootData: c }) || (i = i === null ? j.errors : i.concat(j.errors), p = i.length);
      }
    }
    if (a.multiple !== void 0) {
      let t = a.multiple;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: m.properties.multiple.type }, message: "must be boolean,null", schema: m.properties.multiple.type, parentSchema: m.properties.multiple, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.multiple = e));
      }
    }
    if (a.label !== void 0) {
      let t = a.label;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let r = typeof n, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
            else if (n === null) s = "";
            else if (n === "" || n === 0 || n === false) s = null;
            else {
              const d = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), p++;
            }
            s !== void 0 && (n = s, t !== void 0 && (t[e] = s));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const n = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
            if (u(e) < 1) {
              const n = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        i === null ? i = [e] : i.push(e), p++;
      }
    }
    if (a.help !== void 0) {
      let t = a.help;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/help", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: f.type }, message: "must be object,null", schema: f.type, parentSchema: f, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.help = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let r = typeof n, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
            else if (n === null) s = "";
            else if (n === "" || n === 0 || n === false) s = null;
            else {
              const d = { instancePath: o + "/help/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: f.additionalProperties.type }, message: "must be string,null", schema: f.additionalProperties.type, parentSchema: f.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), p++;
            }
            s !== void 0 && (n = s, t !== void 0 && (t[e] = s));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.en_US.type, parentSchema: f.properties.en_US, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.en_US, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.zh_Hans.type, parentSchema: f.properties.zh_Hans, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.ja_JP.type, parentSchema: f.properties.ja_JP, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.pt_BR.type, parentSchema: f.properties.pt_BR, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
      }
    }
    if (a.placeholder !== void 0) {
      let t = a.placeholder;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/placeholder", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: f.type }, message: "must be object,null", schema: f.type, parentSchema: f, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.placeholder = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let r = typeof n, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
            else if (n === null) s = "";
            else if (n === "" || n === 0 || n === false) s = null;
            else {
              const d = { instancePath: o + "/placeholder/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: f.additionalProperties.type }, message: "must be string,null", schema: f.additionalProperties.type, parentSchema: f.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), p++;
            }
            s !== void 0 && (n = s, t !== void 0 && (t[e] = s));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.en_US.type, parentSchema: f.properties.en_US, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.en_US, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.zh_Hans.type, parentSchema: f.properties.zh_Hans, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.ja_JP.type, parentSchema: f.properties.ja_JP, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.pt_BR.type, parentSchema: f.properties.pt_BR, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
      }
    }
    if (a.url !== void 0) {
      let t = a.url;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const r = { instancePath: o + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: m.properties.url.type }, message: "must be string,null", schema: m.properties.url.type, parentSchema: m.properties.url, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.url = n));
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: a };
    i === null ? i = [t] : i.push(t), p++;
  }
  return _.errors = i, p === 0;
}
function v(a, { instancePath: o = "", parentData: b, parentDataProperty: S, rootData: c = a } = {}) {
  let i = null, p = 0;
  if (typeof a != "object") {
    let t;
    if (t === void 0) if (a === "" || a === 0 || a === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: k.type }, message: "must be array,object,null", schema: k.type, parentSchema: k, data: a };
      i === null ? i = [e] : i.push(e), p++;
    }
    t !== void 0 && (a = t, b !== void 0 && (b[S] = t));
  }
  if (Array.isArray(a)) {
    const t = a.length;
    for (let e = 0; e < t; e++) _(a[e], { instancePath: o + "/" + e, parentData: a, parentDataProperty: e, rootData: c }) || (i = i === null ? _.errors : i.concat(_.errors), p = i.length);
  }
  if (a && typeof a == "object" && !Array.isArray(a)) for (const t in a) _(a[t], { instancePath: o + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: a, parentDataProperty: t, rootData: c }) || (i = i === null ? _.errors : i.concat(_.errors), p = i.length);
  return v.errors = i, p === 0;
}
function U(a, { instancePath: o = "", parentData: b, parentDataProperty: S, rootData: c = a } = {}) {
  let i = null, p = 0;
  if (a && typeof a == "object" && !Array.isArray(a)) {
    if (a.type === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: m.required, parentSchema: m, data: a };
      i === null ? i = [t] : i.push(t), p++;
    }
    if (a.label === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: m.required, parentSchema: m, data: a };
      i === null ? i = [t] : i.push(t), p++;
    }
    if (a.name !== void 0) {
      let t = a.name;
      if (typeof t != "string") {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else {
          const r = { instancePath: o + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.name.type, parentSchema: m.properties.name, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.name = n));
      }
      if (typeof t == "string") {
        if (u(t) > 1023) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.name, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        if (u(t) < 1) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.name, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
      }
    }
    if (a.type !== void 0) {
      let t = a.type;
      if (typeof t != "string") {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else {
          const r = { instancePath: o + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.type.type, parentSchema: m.properties.type, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.type = n));
      }
      if (!(t === "secret-input" || t === "text-input" || t === "select" || t === "boolean" || t === "app-selector" || t === "model-selector" || t === "array[tools]")) {
        const e = { instancePath: o + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: m.properties.type.enum }, message: "must be equal to one of the allowed values", schema: m.properties.type.enum, parentSchema: m.properties.type, data: t };
        i === null ? i = [e] : i.push(e), p++;
      }
    }
    if (a.scope !== void 0) {
      let t = a.scope;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const r = { instancePath: o + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: m.properties.scope.type }, message: "must be string,null", schema: m.properties.scope.type, parentSchema: m.properties.scope, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.scope = n));
      }
    }
    if (a.required !== void 0) {
      let t = a.required;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: m.properties.required.type }, message: "must be boolean,null", schema: m.properties.required.type, parentSchema: m.properties.required, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.required = e));
      }
    }
    if (a.default !== void 0) {
      let t = a.default;
      if (typeof t != "string" && !(typeof t == "number" && isFinite(t)) && typeof t != "boolean" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (e == "boolean" || t === null || e == "string" && t && t == +t) n = +t;
        else if (t === "false" || t === 0 || t === null) n = false;
        else if (t === "true" || t === 1) n = true;
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const r = { instancePath: o + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: m.properties.default.type }, message: "must be string,number,boolean,null", schema: m.properties.default.type, parentSchema: m.properties.default, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.default = n));
      }
    }
    if (a.options !== void 0) {
      let t = a.options;
      if (!Array.isArray(t) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: m.properties.options.type }, message: "must be array,null", schema: m.properties.options.type, parentSchema: m.properties.options, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.options = e));
      }
      if (Array.isArray(t)) {
        if (t.length > 127) {
          const n = { instancePath: o + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: m.properties.options, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        const e = t.length;
        for (let n = 0; n < e; n++) j(t[n], { instancePath: o + "/options/" + n, parentData: t, parentDataProperty: n, rootData: c }) || (i = i === null ? j.errors : i.concat(j.errors), p = i.length);
      }
    }
    if (a.multiple !== void 0) {
      let t = a.multiple;
      if (typeof t != "boolean" && t !== null) {
        let e;
        if (e === void 0) if (t === "false" || t === 0 || t === null) e = false;
        else if (t === "true" || t === 1) e = true;
        else if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: m.properties.multiple.type }, message: "must be boolean,null", schema: m.properties.multiple.type, parentSchema: m.properties.multiple, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.multiple = e));
      }
    }
    if (a.label !== void 0) {
      let t = a.label;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let r = typeof n, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
            else if (n === null) s = "";
            else if (n === "" || n === 0 || n === false) s = null;
            else {
              const d = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), p++;
            }
            s !== void 0 && (n = s, t !== void 0 && (t[e] = s));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string") {
            if (u(e) > 1023) {
              const n = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
            if (u(e) < 1) {
              const n = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: t };
        i === null ? i = [e] : i.push(e), p++;
      }
    }
    if (a.help !== void 0) {
      let t = a.help;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/help", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: f.type }, message: "must be object,null", schema: f.type, parentSchema: f, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.help = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let r = typeof n, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
            else if (n === null) s = "";
            else if (n === "" || n === 0 || n === false) s = null;
            else {
              const d = { instancePath: o + "/help/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: f.additionalProperties.type }, message: "must be string,null", schema: f.additionalProperties.type, parentSchema: f.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), p++;
            }
            s !== void 0 && (n = s, t !== void 0 && (t[e] = s));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.en_US.type, parentSchema: f.properties.en_US, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.en_US, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.zh_Hans.type, parentSchema: f.properties.zh_Hans, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.ja_JP.type, parentSchema: f.properties.ja_JP, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.pt_BR.type, parentSchema: f.properties.pt_BR, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
      }
    }
    if (a.placeholder !== void 0) {
      let t = a.placeholder;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/placeholder", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: f.type }, message: "must be object,null", schema: f.type, parentSchema: f, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.placeholder = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let n = t[e];
          if (typeof n != "string" && n !== null) {
            let r = typeof n, s;
            if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
            else if (n === null) s = "";
            else if (n === "" || n === 0 || n === false) s = null;
            else {
              const d = { instancePath: o + "/placeholder/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: f.additionalProperties.type }, message: "must be string,null", schema: f.additionalProperties.type, parentSchema: f.additionalProperties, data: n };
              i === null ? i = [d] : i.push(d), p++;
            }
            s !== void 0 && (n = s, t !== void 0 && (t[e] = s));
          }
        }
        if (t.en_US !== void 0) {
          let e = t.en_US;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.en_US.type, parentSchema: f.properties.en_US, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.en_US = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.en_US, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.zh_Hans !== void 0) {
          let e = t.zh_Hans;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.zh_Hans.type, parentSchema: f.properties.zh_Hans, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.zh_Hans = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.zh_Hans, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.ja_JP !== void 0) {
          let e = t.ja_JP;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.ja_JP.type, parentSchema: f.properties.ja_JP, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.ja_JP = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.ja_JP, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.pt_BR !== void 0) {
          let e = t.pt_BR;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.pt_BR.type, parentSchema: f.properties.pt_BR, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.pt_BR = r));
          }
          if (typeof e == "string" && u(e) > 1023) {
            const n = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.pt_BR, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
      }
    }
    if (a.url !== void 0) {
      let t = a.url;
      if (typeof t != "string" && t !== null) {
        let e = typeof t, n;
        if (n === void 0) if (e == "number" || e == "boolean") n = "" + t;
        else if (t === null) n = "";
        else if (t === "" || t === 0 || t === false) n = null;
        else {
          const r = { instancePath: o + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: m.properties.url.type }, message: "must be string,null", schema: m.properties.url.type, parentSchema: m.properties.url, data: t };
          i === null ? i = [r] : i.push(r), p++;
        }
        n !== void 0 && (t = n, a !== void 0 && (a.url = n));
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: a };
    i === null ? i = [t] : i.push(t), p++;
  }
  return U.errors = i, p === 0;
}
var T = { type: ["object", "null"], properties: { client_schema: { $ref: "#/definitions/providerConfigs" }, credentials_schema: { $ref: "#/definitions/providerConfigs" } } };
function w(a, { instancePath: o = "", parentData: b, parentDataProperty: S, rootData: c = a } = {}) {
  let i = null, p = 0;
  if (typeof a != "object") {
    let t;
    if (t === void 0) if (a === "" || a === 0 || a === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: k.type }, message: "must be array,object,null", schema: k.type, parentSchema: k, data: a };
      i === null ? i = [e] : i.push(e), p++;
    }
    t !== void 0 && (a = t, b !== void 0 && (b[S] = t));
  }
  if (Array.isArray(a)) {
    const t = a.length;
    for (let e = 0; e < t; e++) _(a[e], { instancePath: o + "/" + e, parentData: a, parentDataProperty: e, rootData: c }) || (i = i === null ? _.errors : i.concat(_.errors), p = i.length);
  }
  if (a && typeof a == "object" && !Array.isArray(a)) for (const t in a) _(a[t], { instancePath: o + "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: a, parentDataProperty: t, rootData: c }) || (i = i === null ? _.errors : i.concat(_.errors), p = i.length);
  return w.errors = i, p === 0;
}
function L(a, { instancePath: o = "", parentData: b, parentDataProperty: S, rootData: c = a } = {}) {
  let i = null, p = 0;
  if (!(a && typeof a == "object" && !Array.isArray(a)) && a !== null) {
    let t;
    if (t === void 0) if (a === "" || a === 0 || a === false) t = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: T.type }, message: "must be object,null", schema: T.type, parentSchema: T, data: a };
      i === null ? i = [e] : i.push(e), p++;
    }
    t !== void 0 && (a = t, b !== void 0 && (b[S] = t));
  }
  return a && typeof a == "object" && !Array.isArray(a) && (a.client_schema !== void 0 && (w(a.client_schema, { instancePath: o + "/client_schema", parentData: a, parentDataProperty: "client_schema", rootData: c }) || (i = i === null ? w.errors : i.concat(w.errors), p = i.length)), a.credentials_schema !== void 0 && (w(a.credentials_schema, { instancePath: o + "/credentials_schema", parentData: a, parentDataProperty: "credentials_schema", rootData: c }) || (i = i === null ? w.errors : i.concat(w.errors), p = i.length))), L.errors = i, p === 0;
}
function z(a, { instancePath: o = "", parentData: b, parentDataProperty: S, rootData: c = a } = {}) {
  let i = null, p = 0;
  if (a && typeof a == "object" && !Array.isArray(a)) {
    if (a.identity === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: h.required, parentSchema: h, data: a };
      i === null ? i = [t] : i.push(t), p++;
    }
    if (a.tools === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'", schema: h.required, parentSchema: h, data: a };
      i === null ? i = [t] : i.push(t), p++;
    }
    if (a.extra === void 0) {
      const t = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: h.required, parentSchema: h, data: a };
      i === null ? i = [t] : i.push(t), p++;
    }
    for (const t in a) if (!(t === "identity" || t === "credentials_schema" || t === "credentials_for_provider" || t === "oauth_schema" || t === "tools" || t === "extra")) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: h, data: a };
      i === null ? i = [e] : i.push(e), p++;
    }
    if (a.identity !== void 0) {
      let t = a.identity;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.author === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: h.properties.identity.required, parentSchema: h.properties.identity, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        if (t.name === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: h.properties.identity.required, parentSchema: h.properties.identity, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        if (t.label === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: h.properties.identity.required, parentSchema: h.properties.identity, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        if (t.description === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: h.properties.identity.required, parentSchema: h.properties.identity, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        if (t.icon === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: h.properties.identity.required, parentSchema: h.properties.identity, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        for (const e in t) if (!(e === "author" || e === "name" || e === "label" || e === "description" || e === "icon" || e === "icon_dark" || e === "tags")) {
          const n = { instancePath: o + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: h.properties.identity, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        if (t.author !== void 0) {
          let e = t.author;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.identity.properties.author.type, parentSchema: h.properties.identity.properties.author, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.author = r));
          }
          if (typeof e == "string" && u(e) < 1) {
            const n = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.identity.properties.author, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.name !== void 0) {
          let e = t.name;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: x.type, parentSchema: x, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.name = r));
          }
          if (typeof e == "string") {
            if (u(e) < 1) {
              const n = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: x, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
            if (!B.test(e)) {
              const n = { instancePath: o + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: x, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
          }
        }
        if (t.label !== void 0) {
          let e = t.label;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const n = { instancePath: o + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
            for (const n in e) if (!(n === "en_US" || n === "zh_Hans" || n === "ja_JP" || n === "pt_BR")) {
              let r = e[n];
              if (typeof r != "string" && r !== null) {
                let s = typeof r, d;
                if (d === void 0) if (s == "number" || s == "boolean") d = "" + r;
                else if (r === null) d = "";
                else if (r === "" || r === 0 || r === false) d = null;
                else {
                  const g = { instancePath: o + "/identity/label/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
                  i === null ? i = [g] : i.push(g), p++;
                }
                d !== void 0 && (r = d, e !== void 0 && (e[n] = d));
              }
            }
            if (e.en_US !== void 0) {
              let n = e.en_US;
              if (typeof n != "string") {
                let r = typeof n, s;
                if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
                else if (n === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [d] : i.push(d), p++;
                }
                s !== void 0 && (n = s, e !== void 0 && (e.en_US = s));
              }
              if (typeof n == "string") {
                if (u(n) > 1023) {
                  const r = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [r] : i.push(r), p++;
                }
                if (u(n) < 1) {
                  const r = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [r] : i.push(r), p++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let n = e.zh_Hans;
              if (typeof n != "string") {
                let r = typeof n, s;
                if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
                else if (n === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: n };
                  i === null ? i = [d] : i.push(d), p++;
                }
                s !== void 0 && (n = s, e !== void 0 && (e.zh_Hans = s));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const r = { instancePath: o + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: n };
                i === null ? i = [r] : i.push(r), p++;
              }
            }
            if (e.ja_JP !== void 0) {
              let n = e.ja_JP;
              if (typeof n != "string") {
                let r = typeof n, s;
                if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
                else if (n === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: n };
                  i === null ? i = [d] : i.push(d), p++;
                }
                s !== void 0 && (n = s, e !== void 0 && (e.ja_JP = s));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const r = { instancePath: o + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: n };
                i === null ? i = [r] : i.push(r), p++;
              }
            }
            if (e.pt_BR !== void 0) {
              let n = e.pt_BR;
              if (typeof n != "string") {
                let r = typeof n, s;
                if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
                else if (n === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: n };
                  i === null ? i = [d] : i.push(d), p++;
                }
                s !== void 0 && (n = s, e !== void 0 && (e.pt_BR = s));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const r = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: n };
                i === null ? i = [r] : i.push(r), p++;
              }
            }
          } else {
            const n = { instancePath: o + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.description !== void 0) {
          let e = t.description;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const n = { instancePath: o + "/identity/description", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
            for (const n in e) if (!(n === "en_US" || n === "zh_Hans" || n === "ja_JP" || n === "pt_BR")) {
              let r = e[n];
              if (typeof r != "string" && r !== null) {
                let s = typeof r, d;
                if (d === void 0) if (s == "number" || s == "boolean") d = "" + r;
                else if (r === null) d = "";
                else if (r === "" || r === 0 || r === false) d = null;
                else {
                  const g = { instancePath: o + "/identity/description/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
                  i === null ? i = [g] : i.push(g), p++;
                }
                d !== void 0 && (r = d, e !== void 0 && (e[n] = d));
              }
            }
            if (e.en_US !== void 0) {
              let n = e.en_US;
              if (typeof n != "string") {
                let r = typeof n, s;
                if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
                else if (n === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [d] : i.push(d), p++;
                }
                s !== void 0 && (n = s, e !== void 0 && (e.en_US = s));
              }
              if (typeof n == "string") {
                if (u(n) > 1023) {
                  const r = { instancePath: o + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [r] : i.push(r), p++;
                }
                if (u(n) < 1) {
                  const r = { instancePath: o + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: n };
                  i === null ? i = [r] : i.push(r), p++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let n = e.zh_Hans;
              if (typeof n != "string") {
                let r = typeof n, s;
                if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
                else if (n === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: n };
                  i === null ? i = [d] : i.push(d), p++;
                }
                s !== void 0 && (n = s, e !== void 0 && (e.zh_Hans = s));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const r = { instancePath: o + "/identity/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: n };
                i === null ? i = [r] : i.push(r), p++;
              }
            }
            if (e.ja_JP !== void 0) {
              let n = e.ja_JP;
              if (typeof n != "string") {
                let r = typeof n, s;
                if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
                else if (n === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: n };
                  i === null ? i = [d] : i.push(d), p++;
                }
                s !== void 0 && (n = s, e !== void 0 && (e.ja_JP = s));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const r = { instancePath: o + "/identity/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: n };
                i === null ? i = [r] : i.push(r), p++;
              }
            }
            if (e.pt_BR !== void 0) {
              let n = e.pt_BR;
              if (typeof n != "string") {
                let r = typeof n, s;
                if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
                else if (n === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: n };
                  i === null ? i = [d] : i.push(d), p++;
                }
                s !== void 0 && (n = s, e !== void 0 && (e.pt_BR = s));
              }
              if (typeof n == "string" && u(n) > 1023) {
                const r = { instancePath: o + "/identity/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: n };
                i === null ? i = [r] : i.push(r), p++;
              }
            }
          } else {
            const n = { instancePath: o + "/identity/description", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.icon !== void 0) {
          let e = t.icon;
          if (typeof e != "string") {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else {
              const s = { instancePath: o + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.identity.properties.icon.type, parentSchema: h.properties.identity.properties.icon, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.icon = r));
          }
          if (typeof e == "string" && u(e) < 1) {
            const n = { instancePath: o + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.identity.properties.icon, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
        if (t.icon_dark !== void 0) {
          let e = t.icon_dark;
          if (typeof e != "string" && e !== null) {
            let n = typeof e, r;
            if (r === void 0) if (n == "number" || n == "boolean") r = "" + e;
            else if (e === null) r = "";
            else if (e === "" || e === 0 || e === false) r = null;
            else {
              const s = { instancePath: o + "/identity/icon_dark", schemaPath: "#/properties/identity/properties/icon_dark/type", keyword: "type", params: { type: h.properties.identity.properties.icon_dark.type }, message: "must be string,null", schema: h.properties.identity.properties.icon_dark.type, parentSchema: h.properties.identity.properties.icon_dark, data: e };
              i === null ? i = [s] : i.push(s), p++;
            }
            r !== void 0 && (e = r, t !== void 0 && (t.icon_dark = r));
          }
        }
        if (t.tags !== void 0) {
          let e = t.tags;
          if (!Array.isArray(e) && e !== null) {
            let n;
            if (n === void 0) if (e === "" || e === 0 || e === false) n = null;
            else {
              const r = { instancePath: o + "/identity/tags", schemaPath: "#/properties/identity/properties/tags/type", keyword: "type", params: { type: h.properties.identity.properties.tags.type }, message: "must be array,null", schema: h.properties.identity.properties.tags.type, parentSchema: h.properties.identity.properties.tags, data: e };
              i === null ? i = [r] : i.push(r), p++;
            }
            n !== void 0 && (e = n, t !== void 0 && (t.tags = n));
          }
          if (Array.isArray(e)) {
            const n = e.length;
            for (let r = 0; r < n; r++) {
              let s = e[r];
              if (typeof s != "string") {
                let d = typeof s, g;
                if (g === void 0) if (d == "number" || d == "boolean") g = "" + s;
                else if (s === null) g = "";
                else {
                  const q = { instancePath: o + "/identity/tags/" + r, schemaPath: "#/properties/identity/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.identity.properties.tags.items.type, parentSchema: h.properties.identity.properties.tags.items, data: s };
                  i === null ? i = [q] : i.push(q), p++;
                }
                g !== void 0 && (s = g, e !== void 0 && (e[r] = g));
              }
              if (!(s === "search" || s === "image" || s === "videos" || s === "weather" || s === "finance" || s === "design" || s === "travel" || s === "social" || s === "news" || s === "medical" || s === "productivity" || s === "education" || s === "business" || s === "entertainment" || s === "utilities" || s === "rag" || s === "other")) {
                const d = { instancePath: o + "/identity/tags/" + r, schemaPath: "#/properties/identity/properties/tags/items/enum", keyword: "enum", params: { allowedValues: h.properties.identity.properties.tags.items.enum }, message: "must be equal to one of the allowed values", schema: h.properties.identity.properties.tags.items.enum, parentSchema: h.properties.identity.properties.tags.items, data: s };
                i === null ? i = [d] : i.push(d), p++;
              }
            }
          }
        }
      } else {
        const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.properties.identity.type, parentSchema: h.properties.identity, data: t };
        i === null ? i = [e] : i.push(e), p++;
      }
    }
    if (a.credentials_schema !== void 0 && (v(a.credentials_schema, { instancePath: o + "/credentials_schema", parentData: a, parentDataProperty: "credentials_schema", rootData: c }) || (i = i === null ? v.errors : i.concat(v.errors), p = i.length)), a.credentials_for_provider !== void 0) {
      let t = a.credentials_for_provider;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let e;
        if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
        else {
          const n = { instancePath: o + "/credentials_for_provider", schemaPath: "#/properties/credentials_for_provider/type", keyword: "type", params: { type: h.properties.credentials_for_provider.type }, message: "must be object,null", schema: h.properties.credentials_for_provider.type, parentSchema: h.properties.credentials_for_provider, data: t };
          i === null ? i = [n] : i.push(n), p++;
        }
        e !== void 0 && (t = e, a !== void 0 && (a.credentials_for_provider = e));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) for (const e in t) U(t[e], { instancePath: o + "/credentials_for_provider/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: t, parentDataProperty: e, rootData: c }) || (i = i === null ? U.errors : i.concat(U.errors), p = i.length);
    }
    if (a.oauth_schema !== void 0 && (L(a.oauth_schema, { instancePath: o + "/oauth_schema", parentData: a, parentDataProperty: "oauth_schema", rootData: c }) || (i = i === null ? L.errors : i.concat(L.errors), p = i.length)), a.tools !== void 0) {
      let t = a.tools;
      if (Array.isArray(t)) {
        const e = t.length;
        for (let n = 0; n < e; n++) {
          let r = t[n];
          if (typeof r != "string") {
            let s = typeof r, d;
            if (d === void 0) if (s == "number" || s == "boolean") d = "" + r;
            else if (r === null) d = "";
            else {
              const g = { instancePath: o + "/tools/" + n, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.tools.items.type, parentSchema: h.properties.tools.items, data: r };
              i === null ? i = [g] : i.push(g), p++;
            }
            d !== void 0 && (r = d, t !== void 0 && (t[n] = d));
          }
          if (typeof r == "string" && u(r) < 1) {
            const s = { instancePath: o + "/tools/" + n, schemaPath: "#/properties/tools/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.tools.items, data: r };
            i === null ? i = [s] : i.push(s), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: h.properties.tools.type, parentSchema: h.properties.tools, data: t };
        i === null ? i = [e] : i.push(e), p++;
      }
    }
    if (a.extra !== void 0) {
      let t = a.extra;
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.python === void 0) {
          const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: P.required, parentSchema: P, data: t };
          i === null ? i = [e] : i.push(e), p++;
        }
        if (t.python !== void 0) {
          let e = t.python;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.source === void 0) {
              const n = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: P.properties.python.required, parentSchema: P.properties.python, data: e };
              i === null ? i = [n] : i.push(n), p++;
            }
            if (e.source !== void 0) {
              let n = e.source;
              if (typeof n != "string") {
                let r = typeof n, s;
                if (s === void 0) if (r == "number" || r == "boolean") s = "" + n;
                else if (n === null) s = "";
                else {
                  const d = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.properties.python.properties.source.type, parentSchema: P.properties.python.properties.source, data: n };
                  i === null ? i = [d] : i.push(d), p++;
                }
                s !== void 0 && (n = s, e !== void 0 && (e.source = s));
              }
              if (typeof n == "string" && u(n) < 1) {
                const r = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: P.properties.python.properties.source, data: n };
                i === null ? i = [r] : i.push(r), p++;
              }
            }
          } else {
            const n = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: P.properties.python.type, parentSchema: P.properties.python, data: e };
            i === null ? i = [n] : i.push(n), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: P.type, parentSchema: P, data: t };
        i === null ? i = [e] : i.push(e), p++;
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: a };
    i === null ? i = [t] : i.push(t), p++;
  }
  return z.errors = i, p === 0;
}
var H = R;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
