import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:datasource-provider.schema.json
var J = H;
var l = { $schema: "http://json-schema.org/draft-07/schema#", $id: "datasource-provider.schema.json", title: "Dify datasource provider (the file listed under plugins.datasources)", description: "daemon pkg/entities/plugin_entities/datasource_declaration.go (DatasourceProviderDeclaration); SDK entities/datasource_manifest.py (DatasourceProviderManifest).", type: "object", required: ["identity", "provider_type", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label", "description", "icon"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "#/definitions/name" }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: "string", minLength: 1 }, tags: { type: ["array", "null"], items: { type: "string", enum: ["search", "image", "videos", "weather", "finance", "design", "travel", "social", "news", "medical", "productivity", "education", "business", "entertainment", "utilities", "other"], "x-dpr-code": "DPR113", "x-dpr-fix": "Datasource tags are the SDK's DatasourceLabelEnum: the plugin tags without agent, rag and trigger (put those in manifest.yaml's tags)." } } }, additionalProperties: false }, credentials_schema: { description: "A list of named fields: the SDK refuses the mapping form for datasources.", $ref: "common.schema.json#/definitions/providerConfigList" }, oauth_schema: { $ref: "common.schema.json#/definitions/oauthSchemaList" }, provider_type: { type: "string", enum: ["website_crawl", "online_document", "online_drive"], "x-dpr-fix": "Set provider_type to website_crawl, online_document or online_drive." }, datasources: { description: "Paths of the datasource YAML files (the SDK refuses datasources written inline).", type: "array", items: { type: "string", minLength: 1, "x-dpr-fix": "Put the datasource in its own YAML file and list its path: the SDK accepts only paths here." }, "x-dpr-fix": "List the datasource files, e.g. `datasources: [datasources/my_source.yaml]`." }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: provider/my_provider.py}}`: the SDK needs it to start." } }, additionalProperties: false, definitions: { name: { description: "Neither the daemon nor the SDK checks a pattern here, but Dify builds provider ids (author/plugin/name) from it.", type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-string": true, "x-dpr-code": "DPR117", "x-dpr-severity": "warning", "x-dpr-fix": "Use only letters, digits, `_` and `-`, like every other identity name (Dify joins it into provider ids with `/`)." } } };
var d = require_ucs2length().default;
var j = { description: "Neither the daemon nor the SDK checks a pattern here, but Dify builds provider ids (author/plugin/name) from it.", type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-string": true, "x-dpr-code": "DPR117", "x-dpr-severity": "warning", "x-dpr-fix": "Use only letters, digits, `_` and `-`, like every other identity name (Dify joins it into provider ids with `/`)." };
var N = new RegExp("^[a-zA-Z0-9_-]+$", "u");
function L(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (typeof s != "string") {
    let e = typeof s, t;
    if (t === void 0) if (e == "number" || e == "boolean") t = "" + s;
    else if (s === null) t = "";
    else {
      const i = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: j.type, parentSchema: j, data: s };
      r === null ? r = [i] : r.push(i), n++;
    }
    t !== void 0 && (s = t, h !== void 0 && (h[y] = t));
  }
  if (typeof s == "string") {
    if (d(s) < 1) {
      const e = { instancePath: a, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: j, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (!N.test(s)) {
      const e = { instancePath: a, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: j, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
  }
  return L.errors = r, n === 0;
}
var u = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function S(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.en_US === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: u.required, parentSchema: u, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    for (const e in s) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = s[e];
      if (typeof t != "string" && t !== null) {
        let i = typeof t, p;
        if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const o = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: u.additionalProperties.type }, message: "must be string,null", schema: u.additionalProperties.type, parentSchema: u.additionalProperties, data: t };
          r === null ? r = [o] : r.push(o), n++;
        }
        p !== void 0 && (t = p, s !== void 0 && (s[e] = p));
      }
    }
    if (s.en_US !== void 0) {
      let e = s.en_US;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.en_US.type, parentSchema: u.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.en_US = i));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (d(e) < 1) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (s.zh_Hans !== void 0) {
      let e = s.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.zh_Hans.type, parentSchema: u.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.zh_Hans = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.ja_JP !== void 0) {
      let e = s.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.ja_JP.type, parentSchema: u.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.ja_JP = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.pt_BR !== void 0) {
      let e = s.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.pt_BR.type, parentSchema: u.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.pt_BR = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.type, parentSchema: u, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return S.errors = r, n === 0;
}
var q = { description: "A list of fields, each with its name (the SDK accepts only the list form here).", type: ["array", "null"], items: { $ref: "#/definitions/namedProviderConfig" }, "x-dpr-fix": "Write the fields as a list: `- name: api_key` with type and label under it." };
var A = { description: "A field written in list form: the SDK requires its name.", allOf: [{ $ref: "#/definitions/providerConfig" }, { type: "object", required: ["name"], properties: { name: { "x-dpr-fix": "Give the field a `name:` (the key your code reads the value by); the SDK refuses a field without one." } } }] };
var f = { description: "A credential, setting or OAuth field (daemon pkg/entities/plugin_entities/config.go).", type: "object", required: ["type", "label"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, type: { type: "string", enum: ["secret-input", "text-input", "select", "boolean", "app-selector", "model-selector", "array[tools]"] }, scope: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, default: { type: ["string", "number", "boolean", "null"] }, options: { type: ["array", "null"], maxItems: 127, items: { $ref: "#/definitions/configOption" } }, multiple: { type: ["boolean", "null"] }, label: { $ref: "#/definitions/i18n" }, help: { $ref: "#/definitions/i18nOptional" }, placeholder: { $ref: "#/definitions/i18nOptional" }, url: { type: ["string", "null"] } } };
var g = { type: "object", required: ["value", "label"], properties: { value: { type: "string", minLength: 1, maxLength: 127, "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function w(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.en_US === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: u.required, parentSchema: u, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    for (const e in s) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = s[e];
      if (typeof t != "string" && t !== null) {
        let i = typeof t, p;
        if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const o = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: u.additionalProperties.type }, message: "must be string,null", schema: u.additionalProperties.type, parentSchema: u.additionalProperties, data: t };
          r === null ? r = [o] : r.push(o), n++;
        }
        p !== void 0 && (t = p, s !== void 0 && (s[e] = p));
      }
    }
    if (s.en_US !== void 0) {
      let e = s.en_US;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.en_US.type, parentSchema: u.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.en_US = i));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (d(e) < 1) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (s.zh_Hans !== void 0) {
      let e = s.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.zh_Hans.type, parentSchema: u.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.zh_Hans = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.ja_JP !== void 0) {
      let e = s.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.ja_JP.type, parentSchema: u.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.ja_JP = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.pt_BR !== void 0) {
      let e = s.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.pt_BR.type, parentSchema: u.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.pt_BR = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.type, parentSchema: u, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return w.errors = r, n === 0;
}
function D(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.value === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: g.required, parentSchema: g, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: g.required, parentSchema: g, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.value !== void 0) {
      let e = s.value;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.value.type, parentSchema: g.properties.value, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.value = i));
      }
      if (typeof e == "string") {
        if (d(e) > 127) {
          const t = { instancePath: a + "/value", schemaPath: "#/properties/value/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: g.properties.value, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (d(e) < 1) {
          const t = { instancePath: a + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.value, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (s.label !== void 0 && (w(s.label, { instancePath: a + "/label", parentData: s, parentDataProperty: "label", rootData: m }) || (r = r === null ? w.errors : r.concat(w.errors), n = r.length)), s.icon !== void 0) {
      let e = s.icon;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const p = { instancePath: a + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: g.properties.icon.type }, message: "must be string,null", schema: g.properties.icon.type, parentSchema: g.properties.icon, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.icon = i));
      }
    }
    if (s.show_on !== void 0) {
      let e = s.show_on;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const i = { instancePath: a + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: g.properties.show_on.type }, message: "must be array,null", schema: g.properties.show_on.type, parentSchema: g.properties.show_on, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.show_on = t));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return D.errors = r, n === 0;
}
var c = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
function v(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (s = e, h !== void 0 && (h[y] = e));
  }
  if (s && typeof s == "object" && !Array.isArray(s)) {
    for (const e in s) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = s[e];
      if (typeof t != "string" && t !== null) {
        let i = typeof t, p;
        if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const o = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: c.additionalProperties.type }, message: "must be string,null", schema: c.additionalProperties.type, parentSchema: c.additionalProperties, data: t };
          r === null ? r = [o] : r.push(o), n++;
        }
        p !== void 0 && (t = p, s !== void 0 && (s[e] = p));
      }
    }
    if (s.en_US !== void 0) {
      let e = s.en_US;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.en_US.type, parentSchema: c.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.en_US = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.en_US, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.zh_Hans !== void 0) {
      let e = s.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.zh_Hans.type, parentSchema: c.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.zh_Hans = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.ja_JP !== void 0) {
      let e = s.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.ja_JP.type, parentSchema: c.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.ja_JP = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.pt_BR !== void 0) {
      let e = s.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.pt_BR.type, parentSchema: c.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.pt_BR = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  }
  return v.errors = r, n === 0;
}
function T(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.type === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: f.required, parentSchema: f, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: f.required, parentSchema: f, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.name !== void 0) {
      let e = s.name;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.name.type, parentSchema: f.properties.name, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.name = i));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.name, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (d(e) < 1) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.name, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (s.type !== void 0) {
      let e = s.type;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.type.type, parentSchema: f.properties.type, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.type = i));
      }
      if (!(e === "secret-input" || e === "text-input" || e === "select" || e === "boolean" || e === "app-selector" || e === "model-selector" || e === "array[tools]")) {
        const t = { instancePath: a + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: f.properties.type.enum }, message: "must be equal to one of the allowed values", schema: f.properties.type.enum, parentSchema: f.properties.type, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.scope !== void 0) {
      let e = s.scope;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const p = { instancePath: a + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: f.properties.scope.type }, message: "must be string,null", schema: f.properties.scope.type, parentSchema: f.properties.scope, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.scope = i));
      }
    }
    if (s.required !== void 0) {
      let e = s.required;
      if (typeof e != "boolean" && e !== null) {
        let t;
        if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
        else if (e === "true" || e === 1) t = true;
        else if (e === "" || e === 0 || e === false) t = null;
        else {
          const i = { instancePath: a + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: f.properties.required.type }, message: "must be boolean,null", schema: f.properties.required.type, parentSchema: f.properties.required, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.required = t));
      }
    }
    if (s.default !== void 0) {
      let e = s.default;
      if (typeof e != "string" && !(typeof e == "number" && isFinite(e)) && typeof e != "boolean" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (t == "boolean" || e === null || t == "string" && e && e == +e) i = +e;
        else if (e === "false" || e === 0 || e === null) i = false;
        else if (e === "true" || e === 1) i = true;
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const p = { instancePath: a + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: f.properties.default.type }, message: "must be string,number,boolean,null", schema: f.properties.default.type, parentSchema: f.properties.default, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.default = i));
      }
    }
    if (s.options !== void 0) {
      let e = s.options;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const i = { instancePath: a + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: f.properties.options.type }, message: "must be array,null", schema: f.properties.options.type, parentSchema: f.properties.options, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.options = t));
      }
      if (Array.isArray(e)) {
        if (e.length > 127) {
          const i = { instancePath: a + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: f.properties.options, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        const t = e.length;
        for (let i = 0; i < t; i++) D(e[i], { instancePath: a + "/options/" + i, parentData: e, parentDataProperty: i, rootData: m }) || (r = r === null ? D.errors : r.concat(D.errors), n = r.length);
      }
    }
    if (s.multiple !== void 0) {
      let e = s.multiple;
      if (typeof e != "boolean" && e !== null) {
        let t;
        if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
        else if (e === "true" || e === 1) t = true;
        else if (e === "" || e === 0 || e === false) t = null;
        else {
          const i = { instancePath: a + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: f.properties.multiple.type }, message: "must be boolean,null", schema: f.properties.multiple.type, parentSchema: f.properties.multiple, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.multiple = t));
      }
    }
    if (s.label !== void 0 && (w(s.label, { instancePath: a + "/label", parentData: s, parentDataProperty: "label", rootData: m }) || (r = r === null ? w.errors : r.concat(w.errors), n = r.length)), s.help !== void 0 && (v(s.help, { instancePath: a + "/help", parentData: s, parentDataProperty: "help", rootData: m }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length)), s.placeholder !== void 0 && (v(s.placeholder, { instancePath: a + "/placeholder", parentData: s, parentDataProperty: "placeholder", rootData: m }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length)), s.url !== void 0) {
      let e = s.url;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const p = { instancePath: a + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: f.properties.url.type }, message: "must be string,null", schema: f.properties.url.type, parentSchema: f.properties.url, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.url = i));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.type, parentSchema: f, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return T.errors = r, n === 0;
}
function k(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (T(s, { instancePath: a, parentData: h, parentDataProperty: y, rootData: m }) || (r = r === null ? T.errors : r.concat(T.errors), n = r.length), s && typeof s == "object" && !Array.isArray(s)) {
    if (s.name === void 0) {
      const e = { instancePath: a, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: A.allOf[1].required, parentSchema: A.allOf[1], data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: A.allOf[1].type, parentSchema: A.allOf[1], data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return k.errors = r, n === 0;
}
function U(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (!Array.isArray(s) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: q.type }, message: "must be array,null", schema: q.type, parentSchema: q, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (s = e, h !== void 0 && (h[y] = e));
  }
  if (Array.isArray(s)) {
    const e = s.length;
    for (let t = 0; t < e; t++) k(s[t], { instancePath: a + "/" + t, parentData: s, parentDataProperty: t, rootData: m }) || (r = r === null ? k.errors : r.concat(k.errors), n = r.length);
  }
  return U.errors = r, n === 0;
}
var z = { description: "OAuth client and credential fields: lists only (the daemon decodes plain lists, the SDK too).", type: ["object", "null"], properties: { client_schema: { $ref: "#/definitions/providerConfigList" }, credentials_schema: { $ref: "#/definitions/providerConfigList" } }, additionalProperties: false };
function x(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (!Array.isArray(s) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: q.type }, message: "must be array,null", schema: q.type, parentSchema: q, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (s = e, h !== void 0 && (h[y] = e));
  }
  if (Array.isArray(s)) {
    const e = s.length;
    for (let t = 0; t < e; t++) k(s[t], { instancePath: a + "/" + t, parentData: s, parentDataProperty: t, rootData: m }) || (r = r === null ? k.errors : r.concat(k.errors), n = r.length);
  }
  return x.errors = r, n === 0;
}
function R(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: z.type }, message: "must be object,null", schema: z.type, parentSchema: z, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (s = e, h !== void 0 && (h[y] = e));
  }
  if (s && typeof s == "object" && !Array.isArray(s)) {
    for (const e in s) if (!(e === "client_schema" || e === "credentials_schema")) {
      const t = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: z, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    s.client_schema !== void 0 && (x(s.client_schema, { instancePath: a + "/client_schema", parentData: s, parentDataProperty: "client_schema", rootData: m }) || (r = r === null ? x.errors : r.concat(x.errors), n = r.length)), s.credentials_schema !== void 0 && (x(s.credentials_schema, { instancePath: a + "/credentials_schema", parentData: s, parentDataProperty: "credentials_schema", rootData: m }) || (r = r === null ? x.errors : r.concat(x.errors), n = r.length));
  }
  return R.errors = r, n === 0;
}
var b = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
function O(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.python === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: b.required, parentSchema: b, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.python !== void 0) {
      let e = s.python;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.source === void 0) {
          const t = { instancePath: a + "/python", schemaPath: "#/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: b.properties.python.required, parentSchema: b.properties.python, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.source !== void 0) {
          let t = e.source;
          if (typeof t != "string") {
            let i = typeof t, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const o = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.python.properties.source.type, parentSchema: b.properties.python.properties.source, data: t };
              r === null ? r = [o] : r.push(o), n++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.source = p));
          }
          if (typeof t == "string" && d(t) < 1) {
            const i = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: b.properties.python.properties.source, data: t };
            r === null ? r = [i] : r.push(i), n++;
          }
        }
      } else {
        const t = { instancePath: a + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.properties.python.type, parentSchema: b.properties.python, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: b.type, parentSchema: b, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return O.errors = r, n === 0;
}
function H(s, { instancePath: a = "", parentData: h, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.identity === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: l.required, parentSchema: l, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.provider_type === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider_type" }, message: "must have required property 'provider_type'", schema: l.required, parentSchema: l, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.extra === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: l.required, parentSchema: l, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    for (const e in s) if (!(e === "identity" || e === "credentials_schema" || e === "oauth_schema" || e === "provider_type" || e === "datasources" || e === "extra")) {
      const t = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: l, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (s.identity !== void 0) {
      let e = s.identity;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.author === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.name === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.label === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.description === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.icon === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        for (const t in e) if (!(t === "author" || t === "name" || t === "label" || t === "description" || t === "icon" || t === "tags")) {
          const i = { instancePath: a + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.identity, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        if (e.author !== void 0) {
          let t = e.author;
          if (typeof t != "string") {
            let i = typeof t, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const o = { instancePath: a + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.identity.properties.author.type, parentSchema: l.properties.identity.properties.author, data: t };
              r === null ? r = [o] : r.push(o), n++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.author = p));
          }
          if (typeof t == "string" && d(t) < 1) {
            const i = { instancePath: a + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.identity.properties.author, data: t };
            r === null ? r = [i] : r.push(i), n++;
          }
        }
        if (e.name !== void 0 && (L(e.name, { instancePath: a + "/identity/name", parentData: e, parentDataProperty: "name", rootData: m }) || (r = r === null ? L.errors : r.concat(L.errors), n = r.length)), e.label !== void 0 && (S(e.label, { instancePath: a + "/identity/label", parentData: e, parentDataProperty: "label", rootData: m }) || (r = r === null ? S.errors : r.concat(S.errors), n = r.length)), e.description !== void 0 && (S(e.description, { instancePath: a + "/identity/description", parentData: e, parentDataProperty: "description", rootData: m }) || (r = r === null ? S.errors : r.concat(S.errors), n = r.length)), e.icon !== void 0) {
          let t = e.icon;
          if (typeof t != "string") {
            let i = typeof t, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const o = { instancePath: a + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.identity.properties.icon.type, parentSchema: l.properties.identity.properties.icon, data: t };
              r === null ? r = [o] : r.push(o), n++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.icon = p));
          }
          if (typeof t == "string" && d(t) < 1) {
            const i = { instancePath: a + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.identity.properties.icon, data: t };
            r === null ? r = [i] : r.push(i), n++;
          }
        }
        if (e.tags !== void 0) {
          let t = e.tags;
          if (!Array.isArray(t) && t !== null) {
            let i;
            if (i === void 0) if (t === "" || t === 0 || t === false) i = null;
            else {
              const p = { instancePath: a + "/identity/tags", schemaPath: "#/properties/identity/properties/tags/type", keyword: "type", params: { type: l.properties.identity.properties.tags.type }, message: "must be array,null", schema: l.properties.identity.properties.tags.type, parentSchema: l.properties.identity.properties.tags, data: t };
              r === null ? r = [p] : r.push(p), n++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.tags = i));
          }
          if (Array.isArray(t)) {
            const i = t.length;
            for (let p = 0; p < i; p++) {
              let o = t[p];
              if (typeof o != "string") {
                let _ = typeof o, P;
                if (P === void 0) if (_ == "number" || _ == "boolean") P = "" + o;
                else if (o === null) P = "";
                else {
                  const B = { instancePath: a + "/identity/tags/" + p, schemaPath: "#/properties/identity/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.identity.properties.tags.items.type, parentSchema: l.properties.identity.properties.tags.items, data: o };
                  r === null ? r = [B] : r.push(B), n++;
                }
                P !== void 0 && (o = P, t !== void 0 && (t[p] = P));
              }
              if (!(o === "search" || o === "image" || o === "videos" || o === "weather" || o === "finance" || o === "design" || o === "travel" || o === "social" || o === "news" || o === "medical" || o === "productivity" || o === "education" || o === "business" || o === "entertainment" || o === "utilities" || o === "other")) {
                const _ = { instancePath: a + "/identity/tags/" + p, schemaPath: "#/properties/identity/properties/tags/items/enum", keyword: "enum", params: { allowedValues: l.properties.identity.properties.tags.items.enum }, message: "must be equal to one of the allowed values", schema: l.properties.identity.properties.tags.items.enum, parentSchema: l.properties.identity.properties.tags.items, data: o };
                r === null ? r = [_] : r.push(_), n++;
              }
            }
          }
        }
      } else {
        const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.properties.identity.type, parentSchema: l.properties.identity, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.credentials_schema !== void 0 && (U(s.credentials_schema, { instancePath: a + "/credentials_schema", parentData: s, parentDataProperty: "credentials_schema", rootData: m }) || (r = r === null ? U.errors : r.concat(U.errors), n = r.length)), s.oauth_schema !== void 0 && (R(s.oauth_schema, { instancePath: a + "/oauth_schema", parentData: s, parentDataProperty: "oauth_schema", rootData: m }) || (r = r === null ? R.errors : r.concat(R.errors), n = r.length)), s.provider_type !== void 0) {
      let e = s.provider_type;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/provider_type", schemaPath: "#/properties/provider_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.provider_type.type, parentSchema: l.properties.provider_type, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.provider_type = i));
      }
      if (!(e === "website_crawl" || e === "online_document" || e === "online_drive")) {
        const t = { instancePath: a + "/provider_type", schemaPath: "#/properties/provider_type/enum", keyword: "enum", params: { allowedValues: l.properties.provider_type.enum }, message: "must be equal to one of the allowed values", schema: l.properties.provider_type.enum, parentSchema: l.properties.provider_type, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.datasources !== void 0) {
      let e = s.datasources;
      if (Array.isArray(e)) {
        const t = e.length;
        for (let i = 0; i < t; i++) {
          let p = e[i];
          if (typeof p != "string") {
            let o = typeof p, _;
            if (_ === void 0) if (o == "number" || o == "boolean") _ = "" + p;
            else if (p === null) _ = "";
            else {
              const P = { instancePath: a + "/datasources/" + i, schemaPath: "#/properties/datasources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.datasources.items.type, parentSchema: l.properties.datasources.items, data: p };
              r === null ? r = [P] : r.push(P), n++;
            }
            _ !== void 0 && (p = _, e !== void 0 && (e[i] = _));
          }
          if (typeof p == "string" && d(p) < 1) {
            const o = { instancePath: a + "/datasources/" + i, schemaPath: "#/properties/datasources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.datasources.items, data: p };
            r === null ? r = [o] : r.push(o), n++;
          }
        }
      } else {
        const t = { instancePath: a + "/datasources", schemaPath: "#/properties/datasources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: l.properties.datasources.type, parentSchema: l.properties.datasources, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    s.extra !== void 0 && (O(s.extra, { instancePath: a + "/extra", parentData: s, parentDataProperty: "extra", rootData: m }) || (r = r === null ? O.errors : r.concat(O.errors), n = r.length));
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return H.errors = r, n === 0;
}
var $ = J;
export {
  $ as default,
  J as v
};
