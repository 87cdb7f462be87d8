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
  default: () => B,
  v: () => R
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var R = O;
var f = { $schema: "http://json-schema.org/draft-07/schema#", $id: "datasource-provider.schema.json", title: "Dify datasource provider (the file listed under plugins.datasources)", description: "daemon pkg/entities/plugin_entities/datasource_declaration.go (DatasourceProviderDeclaration); SDK entities/datasource_manifest.py (DatasourceProviderManifest).", type: "object", required: ["identity", "provider_type", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label", "description", "icon"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "#/definitions/name" }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: "string", minLength: 1 }, tags: { type: ["array", "null"], items: { type: "string", enum: ["search", "image", "videos", "weather", "finance", "design", "travel", "social", "news", "medical", "productivity", "education", "business", "entertainment", "utilities", "other"], "x-dpr-code": "DPR113", "x-dpr-fix": "Datasource tags are the SDK's DatasourceLabelEnum: the plugin tags without agent, rag and trigger (put those in manifest.yaml's tags)." } } }, additionalProperties: false }, credentials_schema: { description: "A list of named fields: the SDK refuses the mapping form for datasources.", $ref: "common.schema.json#/definitions/providerConfigList" }, oauth_schema: { $ref: "common.schema.json#/definitions/oauthSchemaList" }, provider_type: { type: "string", enum: ["website_crawl", "online_document", "online_drive"], "x-dpr-fix": "Set provider_type to website_crawl, online_document or online_drive." }, datasources: { description: "Paths of the datasource YAML files (the SDK refuses datasources written inline).", type: "array", items: { type: "string", minLength: 1, "x-dpr-fix": "Put the datasource in its own YAML file and list its path: the SDK accepts only paths here." }, "x-dpr-fix": "List the datasource files, e.g. `datasources: [datasources/my_source.yaml]`." }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: provider/my_provider.py}}`: the SDK needs it to start." } }, additionalProperties: false, definitions: { name: { description: "Neither the daemon nor the SDK checks a pattern here, but Dify builds provider ids (author/plugin/name) from it.", type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-string": true, "x-dpr-code": "DPR117", "x-dpr-severity": "warning", "x-dpr-fix": "Use only letters, digits, `_` and `-`, like every other identity name (Dify joins it into provider ids with `/`)." } } };
var k = { description: "Neither the daemon nor the SDK checks a pattern here, but Dify builds provider ids (author/plugin/name) from it.", type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-string": true, "x-dpr-code": "DPR117", "x-dpr-severity": "warning", "x-dpr-fix": "Use only letters, digits, `_` and `-`, like every other identity name (Dify joins it into provider ids with `/`)." };
var l = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var b = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
var m = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var A = new RegExp("^[a-zA-Z0-9_-]+$", "u");
var j = { description: "A list of fields, each with its name (the SDK accepts only the list form here).", type: ["array", "null"], items: { $ref: "#/definitions/namedProviderConfig" }, "x-dpr-fix": "Write the fields as a list: `- name: api_key` with type and label under it." };
var v = { description: "A field written in list form: the SDK requires its name.", allOf: [{ $ref: "#/definitions/providerConfig" }, { type: "object", required: ["name"], properties: { name: { "x-dpr-fix": "Give the field a `name:` (the key your code reads the value by); the SDK refuses a field without one." } } }] };
var u = { description: "A credential, setting or OAuth field (daemon pkg/entities/plugin_entities/config.go).", type: "object", required: ["type", "label"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, type: { type: "string", enum: ["secret-input", "text-input", "select", "boolean", "app-selector", "model-selector", "array[tools]"] }, scope: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, default: { type: ["string", "number", "boolean", "null"] }, options: { type: ["array", "null"], maxItems: 127, items: { $ref: "#/definitions/configOption" } }, multiple: { type: ["boolean", "null"] }, label: { $ref: "#/definitions/i18n" }, help: { $ref: "#/definitions/i18nOptional" }, placeholder: { $ref: "#/definitions/i18nOptional" }, url: { type: ["string", "null"] } } };
var h = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
var c = { type: "object", required: ["value", "label"], properties: { value: { type: "string", minLength: 1, maxLength: 127, "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function x(a, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: g = a } = {}) {
  let t = null, p = 0;
  if (a && typeof a == "object" && !Array.isArray(a)) {
    if (a.value === void 0) {
      const r = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: c.required, parentSchema: c, data: a };
      t === null ? t = [r] : t.push(r), p++;
    }
    if (a.label === void 0) {
      const r = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: c.required, parentSchema: c, data: a };
      t === null ? t = [r] : t.push(r), p++;
    }
    if (a.value !== void 0) {
      let r = a.value;
      if (typeof r != "string") {
        let e = typeof r, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + r;
        else if (r === null) i = "";
        else {
          const n = { instancePath: o + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.value.type, parentSchema: c.properties.value, data: r };
          t === null ? t = [n] : t.push(n), p++;
        }
        i !== void 0 && (r = i, a !== void 0 && (a.value = i));
      }
      if (typeof r == "string") {
        if (m(r) > 127) {
          const e = { instancePath: o + "/value", schemaPath: "#/properties/value/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: c.properties.value, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        if (m(r) < 1) {
          const e = { instancePath: o + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.value, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
      }
    }
    if (a.label !== void 0) {
      let r = a.label;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.en_US === void 0) {
          const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        for (const e in r) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = r[e];
          if (typeof i != "string" && i !== null) {
            let n = typeof i, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
            else if (i === null) s = "";
            else if (i === "" || i === 0 || i === false) s = null;
            else {
              const d = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: i };
              t === null ? t = [d] : t.push(d), p++;
            }
            s !== void 0 && (i = s, r !== void 0 && (r[e] = s));
          }
        }
        if (r.en_US !== void 0) {
          let e = r.en_US;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.en_US = n));
          }
          if (typeof e == "string") {
            if (m(e) > 1023) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              t === null ? t = [i] : t.push(i), p++;
            }
            if (m(e) < 1) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              t === null ? t = [i] : t.push(i), p++;
            }
          }
        }
        if (r.zh_Hans !== void 0) {
          let e = r.zh_Hans;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.zh_Hans = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.ja_JP !== void 0) {
          let e = r.ja_JP;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.ja_JP = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.pt_BR !== void 0) {
          let e = r.pt_BR;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.pt_BR = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: r };
        t === null ? t = [e] : t.push(e), p++;
      }
    }
    if (a.icon !== void 0) {
      let r = a.icon;
      if (typeof r != "string" && r !== null) {
        let e = typeof r, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + r;
        else if (r === null) i = "";
        else if (r === "" || r === 0 || r === false) i = null;
        else {
          const n = { instancePath: o + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: c.properties.icon.type }, message: "must be string,null", schema: c.properties.icon.type, parentSchema: c.properties.icon, data: r };
          t === null ? t = [n] : t.push(n), p++;
        }
        i !== void 0 && (r = i, a !== void 0 && (a.icon = i));
      }
    }
    if (a.show_on !== void 0) {
      let r = a.show_on;
      if (!Array.isArray(r) && r !== null) {
        let e;
        if (e === void 0) if (r === "" || r === 0 || r === false) e = null;
        else {
          const i = { instancePath: o + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: c.properties.show_on.type }, message: "must be array,null", schema: c.properties.show_on.type, parentSchema: c.properties.show_on, data: r };
          t === null ? t = [i] : t.push(i), p++;
        }
        e !== void 0 && (r = e, a !== void 0 && (a.show_on = e));
      }
    }
  } else {
    const r = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.type, parentSchema: c, data: a };
    t === null ? t = [r] : t.push(r), p++;
  }
  return x.errors = t, p === 0;
}
function L(a, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: g = a } = {}) {
  let t = null, p = 0;
  if (a && typeof a == "object" && !Array.isArray(a)) {
    if (a.type === void 0) {
      const r = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: u.required, parentSchema: u, data: a };
      t === null ? t = [r] : t.push(r), p++;
    }
    if (a.label === void 0) {
      const r = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: u.required, parentSchema: u, data: a };
      t === null ? t = [r] : t.push(r), p++;
    }
    if (a.name !== void 0) {
      let r = a.name;
      if (typeof r != "string") {
        let e = typeof r, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + r;
        else if (r === null) i = "";
        else {
          const n = { instancePath: o + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.name.type, parentSchema: u.properties.name, data: r };
          t === null ? t = [n] : t.push(n), p++;
        }
        i !== void 0 && (r = i, a !== void 0 && (a.name = i));
      }
      if (typeof r == "string") {
        if (m(r) > 1023) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.name, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        if (m(r) < 1) {
          const e = { instancePath: o + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.name, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
      }
    }
    if (a.type !== void 0) {
      let r = a.type;
      if (typeof r != "string") {
        let e = typeof r, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + r;
        else if (r === null) i = "";
        else {
          const n = { instancePath: o + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.type.type, parentSchema: u.properties.type, data: r };
          t === null ? t = [n] : t.push(n), p++;
        }
        i !== void 0 && (r = i, a !== void 0 && (a.type = i));
      }
      if (!(r === "secret-input" || r === "text-input" || r === "select" || r === "boolean" || r === "app-selector" || r === "model-selector" || r === "array[tools]")) {
        const e = { instancePath: o + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: u.properties.type.enum }, message: "must be equal to one of the allowed values", schema: u.properties.type.enum, parentSchema: u.properties.type, data: r };
        t === null ? t = [e] : t.push(e), p++;
      }
    }
    if (a.scope !== void 0) {
      let r = a.scope;
      if (typeof r != "string" && r !== null) {
        let e = typeof r, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + r;
        else if (r === null) i = "";
        else if (r === "" || r === 0 || r === false) i = null;
        else {
          const n = { instancePath: o + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: u.properties.scope.type }, message: "must be string,null", schema: u.properties.scope.type, parentSchema: u.properties.scope, data: r };
          t === null ? t = [n] : t.push(n), p++;
        }
        i !== void 0 && (r = i, a !== void 0 && (a.scope = i));
      }
    }
    if (a.required !== void 0) {
      let r = a.required;
      if (typeof r != "boolean" && r !== null) {
        let e;
        if (e === void 0) if (r === "false" || r === 0 || r === null) e = false;
        else if (r === "true" || r === 1) e = true;
        else if (r === "" || r === 0 || r === false) e = null;
        else {
          const i = { instancePath: o + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: u.properties.required.type }, message: "must be boolean,null", schema: u.properties.required.type, parentSchema: u.properties.required, data: r };
          t === null ? t = [i] : t.push(i), p++;
        }
        e !== void 0 && (r = e, a !== void 0 && (a.required = e));
      }
    }
    if (a.default !== void 0) {
      let r = a.default;
      if (typeof r != "string" && !(typeof r == "number" && isFinite(r)) && typeof r != "boolean" && r !== null) {
        let e = typeof r, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + r;
        else if (r === null) i = "";
        else if (e == "boolean" || r === null || e == "string" && r && r == +r) i = +r;
        else if (r === "false" || r === 0 || r === null) i = false;
        else if (r === "true" || r === 1) i = true;
        else if (r === "" || r === 0 || r === false) i = null;
        else {
          const n = { instancePath: o + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: u.properties.default.type }, message: "must be string,number,boolean,null", schema: u.properties.default.type, parentSchema: u.properties.default, data: r };
          t === null ? t = [n] : t.push(n), p++;
        }
        i !== void 0 && (r = i, a !== void 0 && (a.default = i));
      }
    }
    if (a.options !== void 0) {
      let r = a.options;
      if (!Array.isArray(r) && r !== null) {
        let e;
        if (e === void 0) if (r === "" || r === 0 || r === false) e = null;
        else {
          const i = { instancePath: o + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: u.properties.options.type }, message: "must be array,null", schema: u.properties.options.type, parentSchema: u.properties.options, data: r };
          t === null ? t = [i] : t.push(i), p++;
        }
        e !== void 0 && (r = e, a !== void 0 && (a.options = e));
      }
      if (Array.isArray(r)) {
        if (r.length > 127) {
          const i = { instancePath: o + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: u.properties.options, data: r };
          t === null ? t = [i] : t.push(i), p++;
        }
        const e = r.length;
        for (let i = 0; i < e; i++) x(r[i], { instancePath: o + "/options/" + i, parentData: r, parentDataProperty: i, rootData: g }) || (t = t === null ? x.errors : t.concat(x.errors), p = t.length);
      }
    }
    if (a.multiple !== void 0) {
      let r = a.multiple;
      if (typeof r != "boolean" && r !== null) {
        let e;
        if (e === void 0) if (r === "false" || r === 0 || r === null) e = false;
        else if (r === "true" || r === 1) e = true;
        else if (r === "" || r === 0 || r === false) e = null;
        else {
          const i = { instancePath: o + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: u.properties.multiple.type }, message: "must be boolean,null", schema: u.properties.multiple.type, parentSchema: u.properties.multiple, data: r };
          t === null ? t = [i] : t.push(i), p++;
        }
        e !== void 0 && (r = e, a !== void 0 && (a.multiple = e));
      }
    }
    if (a.label !== void 0) {
      let r = a.label;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.en_US === void 0) {
          const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        for (const e in r) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = r[e];
          if (typeof i != "string" && i !== null) {
            let n = typeof i, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
            else if (i === null) s = "";
            else if (i === "" || i === 0 || i === false) s = null;
            else {
              const d = { instancePath: o + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: i };
              t === null ? t = [d] : t.push(d), p++;
            }
            s !== void 0 && (i = s, r !== void 0 && (r[e] = s));
          }
        }
        if (r.en_US !== void 0) {
          let e = r.en_US;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.en_US = n));
          }
          if (typeof e == "string") {
            if (m(e) > 1023) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: e };
              t === null ? t = [i] : t.push(i), p++;
            }
            if (m(e) < 1) {
              const i = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: e };
              t === null ? t = [i] : t.push(i), p++;
            }
          }
        }
        if (r.zh_Hans !== void 0) {
          let e = r.zh_Hans;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.zh_Hans = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.ja_JP !== void 0) {
          let e = r.ja_JP;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.ja_JP = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.pt_BR !== void 0) {
          let e = r.pt_BR;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.pt_BR = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: r };
        t === null ? t = [e] : t.push(e), p++;
      }
    }
    if (a.help !== void 0) {
      let r = a.help;
      if (!(r && typeof r == "object" && !Array.isArray(r)) && r !== null) {
        let e;
        if (e === void 0) if (r === "" || r === 0 || r === false) e = null;
        else {
          const i = { instancePath: o + "/help", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: h.type }, message: "must be object,null", schema: h.type, parentSchema: h, data: r };
          t === null ? t = [i] : t.push(i), p++;
        }
        e !== void 0 && (r = e, a !== void 0 && (a.help = e));
      }
      if (r && typeof r == "object" && !Array.isArray(r)) {
        for (const e in r) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = r[e];
          if (typeof i != "string" && i !== null) {
            let n = typeof i, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
            else if (i === null) s = "";
            else if (i === "" || i === 0 || i === false) s = null;
            else {
              const d = { instancePath: o + "/help/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: i };
              t === null ? t = [d] : t.push(d), p++;
            }
            s !== void 0 && (i = s, r !== void 0 && (r[e] = s));
          }
        }
        if (r.en_US !== void 0) {
          let e = r.en_US;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.en_US = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.zh_Hans !== void 0) {
          let e = r.zh_Hans;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.zh_Hans = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.ja_JP !== void 0) {
          let e = r.ja_JP;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.ja_JP = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.pt_BR !== void 0) {
          let e = r.pt_BR;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.pt_BR = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
      }
    }
    if (a.placeholder !== void 0) {
      let r = a.placeholder;
      if (!(r && typeof r == "object" && !Array.isArray(r)) && r !== null) {
        let e;
        if (e === void 0) if (r === "" || r === 0 || r === false) e = null;
        else {
          const i = { instancePath: o + "/placeholder", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: h.type }, message: "must be object,null", schema: h.type, parentSchema: h, data: r };
          t === null ? t = [i] : t.push(i), p++;
        }
        e !== void 0 && (r = e, a !== void 0 && (a.placeholder = e));
      }
      if (r && typeof r == "object" && !Array.isArray(r)) {
        for (const e in r) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let i = r[e];
          if (typeof i != "string" && i !== null) {
            let n = typeof i, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
            else if (i === null) s = "";
            else if (i === "" || i === 0 || i === false) s = null;
            else {
              const d = { instancePath: o + "/placeholder/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: i };
              t === null ? t = [d] : t.push(d), p++;
            }
            s !== void 0 && (i = s, r !== void 0 && (r[e] = s));
          }
        }
        if (r.en_US !== void 0) {
          let e = r.en_US;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.en_US = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.zh_Hans !== void 0) {
          let e = r.zh_Hans;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.zh_Hans = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.ja_JP !== void 0) {
          let e = r.ja_JP;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.ja_JP = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.pt_BR !== void 0) {
          let e = r.pt_BR;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.pt_BR = n));
          }
          if (typeof e == "string" && m(e) > 1023) {
            const i = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
      }
    }
    if (a.url !== void 0) {
      let r = a.url;
      if (typeof r != "string" && r !== null) {
        let e = typeof r, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + r;
        else if (r === null) i = "";
        else if (r === "" || r === 0 || r === false) i = null;
        else {
          const n = { instancePath: o + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: u.properties.url.type }, message: "must be string,null", schema: u.properties.url.type, parentSchema: u.properties.url, data: r };
          t === null ? t = [n] : t.push(n), p++;
        }
        i !== void 0 && (r = i, a !== void 0 && (a.url = i));
      }
    }
  } else {
    const r = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.type, parentSchema: u, data: a };
    t === null ? t = [r] : t.push(r), p++;
  }
  return L.errors = t, p === 0;
}
function S(a, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: g = a } = {}) {
  let t = null, p = 0;
  if (L(a, { instancePath: o, parentData: _, parentDataProperty: P, rootData: g }) || (t = t === null ? L.errors : t.concat(L.errors), p = t.length), a && typeof a == "object" && !Array.isArray(a)) {
    if (a.name === void 0) {
      const r = { instancePath: o, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: v.allOf[1].required, parentSchema: v.allOf[1], data: a };
      t === null ? t = [r] : t.push(r), p++;
    }
  } else {
    const r = { instancePath: o, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: v.allOf[1].type, parentSchema: v.allOf[1], data: a };
    t === null ? t = [r] : t.push(r), p++;
  }
  return S.errors = t, p === 0;
}
function q(a, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: g = a } = {}) {
  let t = null, p = 0;
  if (!Array.isArray(a) && a !== null) {
    let r;
    if (r === void 0) if (a === "" || a === 0 || a === false) r = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: j.type }, message: "must be array,null", schema: j.type, parentSchema: j, data: a };
      t === null ? t = [e] : t.push(e), p++;
    }
    r !== void 0 && (a = r, _ !== void 0 && (_[P] = r));
  }
  if (Array.isArray(a)) {
    const r = a.length;
    for (let e = 0; e < r; e++) S(a[e], { instancePath: o + "/" + e, parentData: a, parentDataProperty: e, rootData: g }) || (t = t === null ? S.errors : t.concat(S.errors), p = t.length);
  }
  return q.errors = t, p === 0;
}
var U = { description: "OAuth client and credential fields: lists only (the daemon decodes plain lists, the SDK too).", type: ["object", "null"], properties: { client_schema: { $ref: "#/definitions/providerConfigList" }, credentials_schema: { $ref: "#/definitions/providerConfigList" } }, additionalProperties: false };
function w(a, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: g = a } = {}) {
  let t = null, p = 0;
  if (!Array.isArray(a) && a !== null) {
    let r;
    if (r === void 0) if (a === "" || a === 0 || a === false) r = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: j.type }, message: "must be array,null", schema: j.type, parentSchema: j, data: a };
      t === null ? t = [e] : t.push(e), p++;
    }
    r !== void 0 && (a = r, _ !== void 0 && (_[P] = r));
  }
  if (Array.isArray(a)) {
    const r = a.length;
    for (let e = 0; e < r; e++) S(a[e], { instancePath: o + "/" + e, parentData: a, parentDataProperty: e, rootData: g }) || (t = t === null ? S.errors : t.concat(S.errors), p = t.length);
  }
  return w.errors = t, p === 0;
}
function T(a, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: g = a } = {}) {
  let t = null, p = 0;
  if (!(a && typeof a == "object" && !Array.isArray(a)) && a !== null) {
    let r;
    if (r === void 0) if (a === "" || a === 0 || a === false) r = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: U.type }, message: "must be object,null", schema: U.type, parentSchema: U, data: a };
      t === null ? t = [e] : t.push(e), p++;
    }
    r !== void 0 && (a = r, _ !== void 0 && (_[P] = r));
  }
  if (a && typeof a == "object" && !Array.isArray(a)) {
    for (const r in a) if (!(r === "client_schema" || r === "credentials_schema")) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: U, data: a };
      t === null ? t = [e] : t.push(e), p++;
    }
    a.client_schema !== void 0 && (w(a.client_schema, { instancePath: o + "/client_schema", parentData: a, parentDataProperty: "client_schema", rootData: g }) || (t = t === null ? w.errors : t.concat(w.errors), p = t.length)), a.credentials_schema !== void 0 && (w(a.credentials_schema, { instancePath: o + "/credentials_schema", parentData: a, parentDataProperty: "credentials_schema", rootData: g }) || (t = t === null ? w.errors : t.concat(w.errors), p = t.length));
  }
  return T.errors = t, p === 0;
}
function O(a, { instancePath: o = "", parentData: _, parentDataProperty: P, rootData: g = a } = {}) {
  let t = null, p = 0;
  if (a && typeof a == "object" && !Array.isArray(a)) {
    if (a.identity === void 0) {
      const r = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: f.required, parentSchema: f, data: a };
      t === null ? t = [r] : t.push(r), p++;
    }
    if (a.provider_type === void 0) {
      const r = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider_type" }, message: "must have required property 'provider_type'", schema: f.required, parentSchema: f, data: a };
      t === null ? t = [r] : t.push(r), p++;
    }
    if (a.extra === void 0) {
      const r = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: f.required, parentSchema: f, data: a };
      t === null ? t = [r] : t.push(r), p++;
    }
    for (const r in a) if (!(r === "identity" || r === "credentials_schema" || r === "oauth_schema" || r === "provider_type" || r === "datasources" || r === "extra")) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: f, data: a };
      t === null ? t = [e] : t.push(e), p++;
    }
    if (a.identity !== void 0) {
      let r = a.identity;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.author === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        if (r.name === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        if (r.label === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        if (r.description === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        if (r.icon === void 0) {
          const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        for (const e in r) if (!(e === "author" || e === "name" || e === "label" || e === "description" || e === "icon" || e === "tags")) {
          const i = { instancePath: o + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: f.properties.identity, data: r };
          t === null ? t = [i] : t.push(i), p++;
        }
        if (r.author !== void 0) {
          let e = r.author;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.identity.properties.author.type, parentSchema: f.properties.identity.properties.author, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.author = n));
          }
          if (typeof e == "string" && m(e) < 1) {
            const i = { instancePath: o + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.identity.properties.author, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.name !== void 0) {
          let e = r.name;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/identity/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.type, parentSchema: k, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.name = n));
          }
          if (typeof e == "string") {
            if (m(e) < 1) {
              const i = { instancePath: o + "/identity/name", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: k, data: e };
              t === null ? t = [i] : t.push(i), p++;
            }
            if (!A.test(e)) {
              const i = { instancePath: o + "/identity/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: k, data: e };
              t === null ? t = [i] : t.push(i), p++;
            }
          }
        }
        if (r.label !== void 0) {
          let e = r.label;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const i = { instancePath: o + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
              t === null ? t = [i] : t.push(i), p++;
            }
            for (const i in e) if (!(i === "en_US" || i === "zh_Hans" || i === "ja_JP" || i === "pt_BR")) {
              let n = e[i];
              if (typeof n != "string" && n !== null) {
                let s = typeof n, d;
                if (d === void 0) if (s == "number" || s == "boolean") d = "" + n;
                else if (n === null) d = "";
                else if (n === "" || n === 0 || n === false) d = null;
                else {
                  const y = { instancePath: o + "/identity/label/" + i.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: n };
                  t === null ? t = [y] : t.push(y), p++;
                }
                d !== void 0 && (n = d, e !== void 0 && (e[i] = d));
              }
            }
            if (e.en_US !== void 0) {
              let i = e.en_US;
              if (typeof i != "string") {
                let n = typeof i, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
                else if (i === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: i };
                  t === null ? t = [d] : t.push(d), p++;
                }
                s !== void 0 && (i = s, e !== void 0 && (e.en_US = s));
              }
              if (typeof i == "string") {
                if (m(i) > 1023) {
                  const n = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: i };
                  t === null ? t = [n] : t.push(n), p++;
                }
                if (m(i) < 1) {
                  const n = { instancePath: o + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: i };
                  t === null ? t = [n] : t.push(n), p++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let i = e.zh_Hans;
              if (typeof i != "string") {
                let n = typeof i, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
                else if (i === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: i };
                  t === null ? t = [d] : t.push(d), p++;
                }
                s !== void 0 && (i = s, e !== void 0 && (e.zh_Hans = s));
              }
              if (typeof i == "string" && m(i) > 1023) {
                const n = { instancePath: o + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: i };
                t === null ? t = [n] : t.push(n), p++;
              }
            }
            if (e.ja_JP !== void 0) {
              let i = e.ja_JP;
              if (typeof i != "string") {
                let n = typeof i, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
                else if (i === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: i };
                  t === null ? t = [d] : t.push(d), p++;
                }
                s !== void 0 && (i = s, e !== void 0 && (e.ja_JP = s));
              }
              if (typeof i == "string" && m(i) > 1023) {
                const n = { instancePath: o + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: i };
                t === null ? t = [n] : t.push(n), p++;
              }
            }
            if (e.pt_BR !== void 0) {
              let i = e.pt_BR;
              if (typeof i != "string") {
                let n = typeof i, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
                else if (i === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: i };
                  t === null ? t = [d] : t.push(d), p++;
                }
                s !== void 0 && (i = s, e !== void 0 && (e.pt_BR = s));
              }
              if (typeof i == "string" && m(i) > 1023) {
                const n = { instancePath: o + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: i };
                t === null ? t = [n] : t.push(n), p++;
              }
            }
          } else {
            const i = { instancePath: o + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.description !== void 0) {
          let e = r.description;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const i = { instancePath: o + "/identity/description", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
              t === null ? t = [i] : t.push(i), p++;
            }
            for (const i in e) if (!(i === "en_US" || i === "zh_Hans" || i === "ja_JP" || i === "pt_BR")) {
              let n = e[i];
              if (typeof n != "string" && n !== null) {
                let s = typeof n, d;
                if (d === void 0) if (s == "number" || s == "boolean") d = "" + n;
                else if (n === null) d = "";
                else if (n === "" || n === 0 || n === false) d = null;
                else {
                  const y = { instancePath: o + "/identity/description/" + i.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: n };
                  t === null ? t = [y] : t.push(y), p++;
                }
                d !== void 0 && (n = d, e !== void 0 && (e[i] = d));
              }
            }
            if (e.en_US !== void 0) {
              let i = e.en_US;
              if (typeof i != "string") {
                let n = typeof i, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
                else if (i === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: i };
                  t === null ? t = [d] : t.push(d), p++;
                }
                s !== void 0 && (i = s, e !== void 0 && (e.en_US = s));
              }
              if (typeof i == "string") {
                if (m(i) > 1023) {
                  const n = { instancePath: o + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: i };
                  t === null ? t = [n] : t.push(n), p++;
                }
                if (m(i) < 1) {
                  const n = { instancePath: o + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: i };
                  t === null ? t = [n] : t.push(n), p++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let i = e.zh_Hans;
              if (typeof i != "string") {
                let n = typeof i, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
                else if (i === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: i };
                  t === null ? t = [d] : t.push(d), p++;
                }
                s !== void 0 && (i = s, e !== void 0 && (e.zh_Hans = s));
              }
              if (typeof i == "string" && m(i) > 1023) {
                const n = { instancePath: o + "/identity/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: i };
                t === null ? t = [n] : t.push(n), p++;
              }
            }
            if (e.ja_JP !== void 0) {
              let i = e.ja_JP;
              if (typeof i != "string") {
                let n = typeof i, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
                else if (i === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: i };
                  t === null ? t = [d] : t.push(d), p++;
                }
                s !== void 0 && (i = s, e !== void 0 && (e.ja_JP = s));
              }
              if (typeof i == "string" && m(i) > 1023) {
                const n = { instancePath: o + "/identity/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: i };
                t === null ? t = [n] : t.push(n), p++;
              }
            }
            if (e.pt_BR !== void 0) {
              let i = e.pt_BR;
              if (typeof i != "string") {
                let n = typeof i, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
                else if (i === null) s = "";
                else {
                  const d = { instancePath: o + "/identity/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: i };
                  t === null ? t = [d] : t.push(d), p++;
                }
                s !== void 0 && (i = s, e !== void 0 && (e.pt_BR = s));
              }
              if (typeof i == "string" && m(i) > 1023) {
                const n = { instancePath: o + "/identity/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: i };
                t === null ? t = [n] : t.push(n), p++;
              }
            }
          } else {
            const i = { instancePath: o + "/identity/description", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.icon !== void 0) {
          let e = r.icon;
          if (typeof e != "string") {
            let i = typeof e, n;
            if (n === void 0) if (i == "number" || i == "boolean") n = "" + e;
            else if (e === null) n = "";
            else {
              const s = { instancePath: o + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.identity.properties.icon.type, parentSchema: f.properties.identity.properties.icon, data: e };
              t === null ? t = [s] : t.push(s), p++;
            }
            n !== void 0 && (e = n, r !== void 0 && (r.icon = n));
          }
          if (typeof e == "string" && m(e) < 1) {
            const i = { instancePath: o + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.identity.properties.icon, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
        if (r.tags !== void 0) {
          let e = r.tags;
          if (!Array.isArray(e) && e !== null) {
            let i;
            if (i === void 0) if (e === "" || e === 0 || e === false) i = null;
            else {
              const n = { instancePath: o + "/identity/tags", schemaPath: "#/properties/identity/properties/tags/type", keyword: "type", params: { type: f.properties.identity.properties.tags.type }, message: "must be array,null", schema: f.properties.identity.properties.tags.type, parentSchema: f.properties.identity.properties.tags, data: e };
              t === null ? t = [n] : t.push(n), p++;
            }
            i !== void 0 && (e = i, r !== void 0 && (r.tags = i));
          }
          if (Array.isArray(e)) {
            const i = e.length;
            for (let n = 0; n < i; n++) {
              let s = e[n];
              if (typeof s != "string") {
                let d = typeof s, y;
                if (y === void 0) if (d == "number" || d == "boolean") y = "" + s;
                else if (s === null) y = "";
                else {
                  const z = { instancePath: o + "/identity/tags/" + n, schemaPath: "#/properties/identity/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.identity.properties.tags.items.type, parentSchema: f.properties.identity.properties.tags.items, data: s };
                  t === null ? t = [z] : t.push(z), p++;
                }
                y !== void 0 && (s = y, e !== void 0 && (e[n] = y));
              }
              if (!(s === "search" || s === "image" || s === "videos" || s === "weather" || s === "finance" || s === "design" || s === "travel" || s === "social" || s === "news" || s === "medical" || s === "productivity" || s === "education" || s === "business" || s === "entertainment" || s === "utilities" || s === "other")) {
                const d = { instancePath: o + "/identity/tags/" + n, schemaPath: "#/properties/identity/properties/tags/items/enum", keyword: "enum", params: { allowedValues: f.properties.identity.properties.tags.items.enum }, message: "must be equal to one of the allowed values", schema: f.properties.identity.properties.tags.items.enum, parentSchema: f.properties.identity.properties.tags.items, data: s };
                t === null ? t = [d] : t.push(d), p++;
              }
            }
          }
        }
      } else {
        const e = { instancePath: o + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.properties.identity.type, parentSchema: f.properties.identity, data: r };
        t === null ? t = [e] : t.push(e), p++;
      }
    }
    if (a.credentials_schema !== void 0 && (q(a.credentials_schema, { instancePath: o + "/credentials_schema", parentData: a, parentDataProperty: "credentials_schema", rootData: g }) || (t = t === null ? q.errors : t.concat(q.errors), p = t.length)), a.oauth_schema !== void 0 && (T(a.oauth_schema, { instancePath: o + "/oauth_schema", parentData: a, parentDataProperty: "oauth_schema", rootData: g }) || (t = t === null ? T.errors : t.concat(T.errors), p = t.length)), a.provider_type !== void 0) {
      let r = a.provider_type;
      if (typeof r != "string") {
        let e = typeof r, i;
        if (i === void 0) if (e == "number" || e == "boolean") i = "" + r;
        else if (r === null) i = "";
        else {
          const n = { instancePath: o + "/provider_type", schemaPath: "#/properties/provider_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.provider_type.type, parentSchema: f.properties.provider_type, data: r };
          t === null ? t = [n] : t.push(n), p++;
        }
        i !== void 0 && (r = i, a !== void 0 && (a.provider_type = i));
      }
      if (!(r === "website_crawl" || r === "online_document" || r === "online_drive")) {
        const e = { instancePath: o + "/provider_type", schemaPath: "#/properties/provider_type/enum", keyword: "enum", params: { allowedValues: f.properties.provider_type.enum }, message: "must be equal to one of the allowed values", schema: f.properties.provider_type.enum, parentSchema: f.properties.provider_type, data: r };
        t === null ? t = [e] : t.push(e), p++;
      }
    }
    if (a.datasources !== void 0) {
      let r = a.datasources;
      if (Array.isArray(r)) {
        const e = r.length;
        for (let i = 0; i < e; i++) {
          let n = r[i];
          if (typeof n != "string") {
            let s = typeof n, d;
            if (d === void 0) if (s == "number" || s == "boolean") d = "" + n;
            else if (n === null) d = "";
            else {
              const y = { instancePath: o + "/datasources/" + i, schemaPath: "#/properties/datasources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.datasources.items.type, parentSchema: f.properties.datasources.items, data: n };
              t === null ? t = [y] : t.push(y), p++;
            }
            d !== void 0 && (n = d, r !== void 0 && (r[i] = d));
          }
          if (typeof n == "string" && m(n) < 1) {
            const s = { instancePath: o + "/datasources/" + i, schemaPath: "#/properties/datasources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.datasources.items, data: n };
            t === null ? t = [s] : t.push(s), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/datasources", schemaPath: "#/properties/datasources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: f.properties.datasources.type, parentSchema: f.properties.datasources, data: r };
        t === null ? t = [e] : t.push(e), p++;
      }
    }
    if (a.extra !== void 0) {
      let r = a.extra;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.python === void 0) {
          const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: b.required, parentSchema: b, data: r };
          t === null ? t = [e] : t.push(e), p++;
        }
        if (r.python !== void 0) {
          let e = r.python;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.source === void 0) {
              const i = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: b.properties.python.required, parentSchema: b.properties.python, data: e };
              t === null ? t = [i] : t.push(i), p++;
            }
            if (e.source !== void 0) {
              let i = e.source;
              if (typeof i != "string") {
                let n = typeof i, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + i;
                else if (i === null) s = "";
                else {
                  const d = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.python.properties.source.type, parentSchema: b.properties.python.properties.source, data: i };
                  t === null ? t = [d] : t.push(d), p++;
                }
                s !== void 0 && (i = s, e !== void 0 && (e.source = s));
              }
              if (typeof i == "string" && m(i) < 1) {
                const n = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: b.properties.python.properties.source, data: i };
                t === null ? t = [n] : t.push(n), p++;
              }
            }
          } else {
            const i = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.properties.python.type, parentSchema: b.properties.python, data: e };
            t === null ? t = [i] : t.push(i), p++;
          }
        }
      } else {
        const e = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.type, parentSchema: b, data: r };
        t === null ? t = [e] : t.push(e), p++;
      }
    }
  } else {
    const r = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.type, parentSchema: f, data: a };
    t === null ? t = [r] : t.push(r), p++;
  }
  return O.errors = t, p === 0;
}
var B = R;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
