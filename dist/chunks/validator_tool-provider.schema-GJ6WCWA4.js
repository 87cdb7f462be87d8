import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:tool-provider.schema.json
var J = H;
var f = { $schema: "http://json-schema.org/draft-07/schema#", $id: "tool-provider.schema.json", title: "Dify tool provider (the file listed under plugins.tools)", description: "daemon pkg/entities/plugin_entities/tool_declaration.go (ToolProviderDeclaration); SDK entities/tool.py.", type: "object", required: ["identity", "tools", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label", "description", "icon"], properties: { author: { type: "string", minLength: 1 }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: "string", minLength: 1 }, icon_dark: { type: ["string", "null"] }, tags: { description: "The SDK's ToolLabelEnum: the plugin tags without agent and trigger.", type: ["array", "null"], items: { type: "string", enum: ["search", "image", "videos", "weather", "finance", "design", "travel", "social", "news", "medical", "productivity", "education", "business", "entertainment", "utilities", "rag", "other"], "x-dpr-code": "DPR113", "x-dpr-fix": "Tool providers take the SDK's tool labels: the plugin tags without agent and trigger." } } }, additionalProperties: false }, credentials_schema: { $ref: "common.schema.json#/definitions/providerConfigs" }, credentials_for_provider: { description: "The SDK's name for the credentials: a mapping from field name to field (the SDK calls .items() on it).", type: ["object", "null"], additionalProperties: { $ref: "common.schema.json#/definitions/providerConfig" }, "x-dpr-fix": "Write credentials_for_provider as a mapping: `api_key: {type: secret-input, ...}`." }, oauth_schema: { $ref: "common.schema.json#/definitions/oauthSchema" }, tools: { description: "Tool declarations: paths of tool YAML files, or tools written inline.", type: "array", items: { type: "string", minLength: 1, "x-dpr-fix": 'List tool YAML file paths: the SDK refuses tools written inline ("tool path should be a string").' } }, extra: { $ref: "common.schema.json#/definitions/sdkExtra" } }, additionalProperties: false };
var d = require_ucs2length().default;
var L = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var O = new RegExp("^[a-zA-Z0-9_-]+$", "u");
function T(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (typeof s != "string") {
    let e = typeof s, t;
    if (t === void 0) if (e == "number" || e == "boolean") t = "" + s;
    else if (s === null) t = "";
    else {
      const i = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: L.type, parentSchema: L, data: s };
      r === null ? r = [i] : r.push(i), n++;
    }
    t !== void 0 && (s = t, c !== void 0 && (c[y] = t));
  }
  if (typeof s == "string") {
    if (d(s) < 1) {
      const e = { instancePath: a, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: L, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (!O.test(s)) {
      const e = { instancePath: a, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: L, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
  }
  return T.errors = r, n === 0;
}
var u = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function v(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
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
          const l = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: u.additionalProperties.type }, message: "must be string,null", schema: u.additionalProperties.type, parentSchema: u.additionalProperties, data: t };
          r === null ? r = [l] : r.push(l), n++;
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
  return v.errors = r, n === 0;
}
var x = { description: "A list of fields, or a mapping from field name to field.", type: ["array", "object", "null"], items: { $ref: "#/definitions/providerConfig" }, additionalProperties: { $ref: "#/definitions/providerConfig" } };
var o = { description: "A credential, setting or OAuth field (daemon pkg/entities/plugin_entities/config.go).", type: "object", required: ["type", "label"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, type: { type: "string", enum: ["secret-input", "text-input", "select", "boolean", "app-selector", "model-selector", "array[tools]"] }, scope: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, default: { type: ["string", "number", "boolean", "null"] }, options: { type: ["array", "null"], maxItems: 127, items: { $ref: "#/definitions/configOption" } }, multiple: { type: ["boolean", "null"] }, label: { $ref: "#/definitions/i18n" }, help: { $ref: "#/definitions/i18nOptional" }, placeholder: { $ref: "#/definitions/i18nOptional" }, url: { type: ["string", "null"] } } };
var g = { type: "object", required: ["value", "label"], properties: { value: { type: "string", minLength: 1, maxLength: 127, "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function w(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
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
          const l = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: u.additionalProperties.type }, message: "must be string,null", schema: u.additionalProperties.type, parentSchema: u.additionalProperties, data: t };
          r === null ? r = [l] : r.push(l), n++;
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
function q(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
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
  return q.errors = r, n === 0;
}
var h = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
function b(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: h.type }, message: "must be object,null", schema: h.type, parentSchema: h, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (s = e, c !== void 0 && (c[y] = e));
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
          const l = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: t };
          r === null ? r = [l] : r.push(l), n++;
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
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.en_US = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: e };
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
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.zh_Hans = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: e };
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
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.ja_JP = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: e };
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
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.pt_BR = i));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  }
  return b.errors = r, n === 0;
}
function _(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.type === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.name !== void 0) {
      let e = s.name;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.name.type, parentSchema: o.properties.name, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.name = i));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.name, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (d(e) < 1) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.name, data: e };
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
          const p = { instancePath: a + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.type.type, parentSchema: o.properties.type, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.type = i));
      }
      if (!(e === "secret-input" || e === "text-input" || e === "select" || e === "boolean" || e === "app-selector" || e === "model-selector" || e === "array[tools]")) {
        const t = { instancePath: a + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: o.properties.type.enum }, message: "must be equal to one of the allowed values", schema: o.properties.type.enum, parentSchema: o.properties.type, data: e };
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
          const p = { instancePath: a + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: o.properties.scope.type }, message: "must be string,null", schema: o.properties.scope.type, parentSchema: o.properties.scope, data: e };
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
          const i = { instancePath: a + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: o.properties.required.type }, message: "must be boolean,null", schema: o.properties.required.type, parentSchema: o.properties.required, data: e };
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
          const p = { instancePath: a + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: o.properties.default.type }, message: "must be string,number,boolean,null", schema: o.properties.default.type, parentSchema: o.properties.default, data: e };
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
          const i = { instancePath: a + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: o.properties.options.type }, message: "must be array,null", schema: o.properties.options.type, parentSchema: o.properties.options, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.options = t));
      }
      if (Array.isArray(e)) {
        if (e.length > 127) {
          const i = { instancePath: a + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: o.properties.options, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        const t = e.length;
        for (let i = 0; i < t; i++) q(e[i], { instancePath: a + "/options/" + i, parentData: e, parentDataProperty: i, rootData: m }) || (r = r === null ? q.errors : r.concat(q.errors), n = r.length);
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
          const i = { instancePath: a + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: o.properties.multiple.type }, message: "must be boolean,null", schema: o.properties.multiple.type, parentSchema: o.properties.multiple, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.multiple = t));
      }
    }
    if (s.label !== void 0 && (w(s.label, { instancePath: a + "/label", parentData: s, parentDataProperty: "label", rootData: m }) || (r = r === null ? w.errors : r.concat(w.errors), n = r.length)), s.help !== void 0 && (b(s.help, { instancePath: a + "/help", parentData: s, parentDataProperty: "help", rootData: m }) || (r = r === null ? b.errors : r.concat(b.errors), n = r.length)), s.placeholder !== void 0 && (b(s.placeholder, { instancePath: a + "/placeholder", parentData: s, parentDataProperty: "placeholder", rootData: m }) || (r = r === null ? b.errors : r.concat(b.errors), n = r.length)), s.url !== void 0) {
      let e = s.url;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const p = { instancePath: a + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: o.properties.url.type }, message: "must be string,null", schema: o.properties.url.type, parentSchema: o.properties.url, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.url = i));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return _.errors = r, n === 0;
}
function A(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (typeof s != "object") {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: x.type }, message: "must be array,object,null", schema: x.type, parentSchema: x, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (s = e, c !== void 0 && (c[y] = e));
  }
  if (Array.isArray(s)) {
    const e = s.length;
    for (let t = 0; t < e; t++) _(s[t], { instancePath: a + "/" + t, parentData: s, parentDataProperty: t, rootData: m }) || (r = r === null ? _.errors : r.concat(_.errors), n = r.length);
  }
  if (s && typeof s == "object" && !Array.isArray(s)) for (const e in s) _(s[e], { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: s, parentDataProperty: e, rootData: m }) || (r = r === null ? _.errors : r.concat(_.errors), n = r.length);
  return A.errors = r, n === 0;
}
function D(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.type === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.name !== void 0) {
      let e = s.name;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const p = { instancePath: a + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.name.type, parentSchema: o.properties.name, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.name = i));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.name, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (d(e) < 1) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.name, data: e };
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
          const p = { instancePath: a + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.type.type, parentSchema: o.properties.type, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.type = i));
      }
      if (!(e === "secret-input" || e === "text-input" || e === "select" || e === "boolean" || e === "app-selector" || e === "model-selector" || e === "array[tools]")) {
        const t = { instancePath: a + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: o.properties.type.enum }, message: "must be equal to one of the allowed values", schema: o.properties.type.enum, parentSchema: o.properties.type, data: e };
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
          const p = { instancePath: a + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: o.properties.scope.type }, message: "must be string,null", schema: o.properties.scope.type, parentSchema: o.properties.scope, data: e };
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
          const i = { instancePath: a + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: o.properties.required.type }, message: "must be boolean,null", schema: o.properties.required.type, parentSchema: o.properties.required, data: e };
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
          const p = { instancePath: a + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: o.properties.default.type }, message: "must be string,number,boolean,null", schema: o.properties.default.type, parentSchema: o.properties.default, data: e };
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
          const i = { instancePath: a + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: o.properties.options.type }, message: "must be array,null", schema: o.properties.options.type, parentSchema: o.properties.options, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.options = t));
      }
      if (Array.isArray(e)) {
        if (e.length > 127) {
          const i = { instancePath: a + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: o.properties.options, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        const t = e.length;
        for (let i = 0; i < t; i++) q(e[i], { instancePath: a + "/options/" + i, parentData: e, parentDataProperty: i, rootData: m }) || (r = r === null ? q.errors : r.concat(q.errors), n = r.length);
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
          const i = { instancePath: a + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: o.properties.multiple.type }, message: "must be boolean,null", schema: o.properties.multiple.type, parentSchema: o.properties.multiple, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.multiple = t));
      }
    }
    if (s.label !== void 0 && (w(s.label, { instancePath: a + "/label", parentData: s, parentDataProperty: "label", rootData: m }) || (r = r === null ? w.errors : r.concat(w.errors), n = r.length)), s.help !== void 0 && (b(s.help, { instancePath: a + "/help", parentData: s, parentDataProperty: "help", rootData: m }) || (r = r === null ? b.errors : r.concat(b.errors), n = r.length)), s.placeholder !== void 0 && (b(s.placeholder, { instancePath: a + "/placeholder", parentData: s, parentDataProperty: "placeholder", rootData: m }) || (r = r === null ? b.errors : r.concat(b.errors), n = r.length)), s.url !== void 0) {
      let e = s.url;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const p = { instancePath: a + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: o.properties.url.type }, message: "must be string,null", schema: o.properties.url.type, parentSchema: o.properties.url, data: e };
          r === null ? r = [p] : r.push(p), n++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.url = i));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return D.errors = r, n === 0;
}
var R = { type: ["object", "null"], properties: { client_schema: { $ref: "#/definitions/providerConfigs" }, credentials_schema: { $ref: "#/definitions/providerConfigs" } } };
function j(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (typeof s != "object") {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: x.type }, message: "must be array,object,null", schema: x.type, parentSchema: x, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (s = e, c !== void 0 && (c[y] = e));
  }
  if (Array.isArray(s)) {
    const e = s.length;
    for (let t = 0; t < e; t++) _(s[t], { instancePath: a + "/" + t, parentData: s, parentDataProperty: t, rootData: m }) || (r = r === null ? _.errors : r.concat(_.errors), n = r.length);
  }
  if (s && typeof s == "object" && !Array.isArray(s)) for (const e in s) _(s[e], { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: s, parentDataProperty: e, rootData: m }) || (r = r === null ? _.errors : r.concat(_.errors), n = r.length);
  return j.errors = r, n === 0;
}
function U(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: R.type }, message: "must be object,null", schema: R.type, parentSchema: R, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (s = e, c !== void 0 && (c[y] = e));
  }
  return s && typeof s == "object" && !Array.isArray(s) && (s.client_schema !== void 0 && (j(s.client_schema, { instancePath: a + "/client_schema", parentData: s, parentDataProperty: "client_schema", rootData: m }) || (r = r === null ? j.errors : r.concat(j.errors), n = r.length)), s.credentials_schema !== void 0 && (j(s.credentials_schema, { instancePath: a + "/credentials_schema", parentData: s, parentDataProperty: "credentials_schema", rootData: m }) || (r = r === null ? j.errors : r.concat(j.errors), n = r.length))), U.errors = r, n === 0;
}
var S = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
function z(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.python === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: S.required, parentSchema: S, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.python !== void 0) {
      let e = s.python;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.source === void 0) {
          const t = { instancePath: a + "/python", schemaPath: "#/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: S.properties.python.required, parentSchema: S.properties.python, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.source !== void 0) {
          let t = e.source;
          if (typeof t != "string") {
            let i = typeof t, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const l = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.properties.python.properties.source.type, parentSchema: S.properties.python.properties.source, data: t };
              r === null ? r = [l] : r.push(l), n++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.source = p));
          }
          if (typeof t == "string" && d(t) < 1) {
            const i = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: S.properties.python.properties.source, data: t };
            r === null ? r = [i] : r.push(i), n++;
          }
        }
      } else {
        const t = { instancePath: a + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: S.properties.python.type, parentSchema: S.properties.python, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: S.type, parentSchema: S, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return z.errors = r, n === 0;
}
function H(s, { instancePath: a = "", parentData: c, parentDataProperty: y, rootData: m = s } = {}) {
  let r = null, n = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.identity === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: f.required, parentSchema: f, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.tools === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'", schema: f.required, parentSchema: f, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (s.extra === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: f.required, parentSchema: f, data: s };
      r === null ? r = [e] : r.push(e), n++;
    }
    for (const e in s) if (!(e === "identity" || e === "credentials_schema" || e === "credentials_for_provider" || e === "oauth_schema" || e === "tools" || e === "extra")) {
      const t = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: f, data: s };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (s.identity !== void 0) {
      let e = s.identity;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.author === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.name === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.label === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.description === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.icon === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: f.properties.identity.required, parentSchema: f.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        for (const t in e) if (!(t === "author" || t === "name" || t === "label" || t === "description" || t === "icon" || t === "icon_dark" || t === "tags")) {
          const i = { instancePath: a + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: f.properties.identity, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        if (e.author !== void 0) {
          let t = e.author;
          if (typeof t != "string") {
            let i = typeof t, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const l = { instancePath: a + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.identity.properties.author.type, parentSchema: f.properties.identity.properties.author, data: t };
              r === null ? r = [l] : r.push(l), n++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.author = p));
          }
          if (typeof t == "string" && d(t) < 1) {
            const i = { instancePath: a + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.identity.properties.author, data: t };
            r === null ? r = [i] : r.push(i), n++;
          }
        }
        if (e.name !== void 0 && (T(e.name, { instancePath: a + "/identity/name", parentData: e, parentDataProperty: "name", rootData: m }) || (r = r === null ? T.errors : r.concat(T.errors), n = r.length)), e.label !== void 0 && (v(e.label, { instancePath: a + "/identity/label", parentData: e, parentDataProperty: "label", rootData: m }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length)), e.description !== void 0 && (v(e.description, { instancePath: a + "/identity/description", parentData: e, parentDataProperty: "description", rootData: m }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length)), e.icon !== void 0) {
          let t = e.icon;
          if (typeof t != "string") {
            let i = typeof t, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const l = { instancePath: a + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.identity.properties.icon.type, parentSchema: f.properties.identity.properties.icon, data: t };
              r === null ? r = [l] : r.push(l), n++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.icon = p));
          }
          if (typeof t == "string" && d(t) < 1) {
            const i = { instancePath: a + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.identity.properties.icon, data: t };
            r === null ? r = [i] : r.push(i), n++;
          }
        }
        if (e.icon_dark !== void 0) {
          let t = e.icon_dark;
          if (typeof t != "string" && t !== null) {
            let i = typeof t, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + t;
            else if (t === null) p = "";
            else if (t === "" || t === 0 || t === false) p = null;
            else {
              const l = { instancePath: a + "/identity/icon_dark", schemaPath: "#/properties/identity/properties/icon_dark/type", keyword: "type", params: { type: f.properties.identity.properties.icon_dark.type }, message: "must be string,null", schema: f.properties.identity.properties.icon_dark.type, parentSchema: f.properties.identity.properties.icon_dark, data: t };
              r === null ? r = [l] : r.push(l), n++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.icon_dark = p));
          }
        }
        if (e.tags !== void 0) {
          let t = e.tags;
          if (!Array.isArray(t) && t !== null) {
            let i;
            if (i === void 0) if (t === "" || t === 0 || t === false) i = null;
            else {
              const p = { instancePath: a + "/identity/tags", schemaPath: "#/properties/identity/properties/tags/type", keyword: "type", params: { type: f.properties.identity.properties.tags.type }, message: "must be array,null", schema: f.properties.identity.properties.tags.type, parentSchema: f.properties.identity.properties.tags, data: t };
              r === null ? r = [p] : r.push(p), n++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.tags = i));
          }
          if (Array.isArray(t)) {
            const i = t.length;
            for (let p = 0; p < i; p++) {
              let l = t[p];
              if (typeof l != "string") {
                let P = typeof l, k;
                if (k === void 0) if (P == "number" || P == "boolean") k = "" + l;
                else if (l === null) k = "";
                else {
                  const B = { instancePath: a + "/identity/tags/" + p, schemaPath: "#/properties/identity/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.identity.properties.tags.items.type, parentSchema: f.properties.identity.properties.tags.items, data: l };
                  r === null ? r = [B] : r.push(B), n++;
                }
                k !== void 0 && (l = k, t !== void 0 && (t[p] = k));
              }
              if (!(l === "search" || l === "image" || l === "videos" || l === "weather" || l === "finance" || l === "design" || l === "travel" || l === "social" || l === "news" || l === "medical" || l === "productivity" || l === "education" || l === "business" || l === "entertainment" || l === "utilities" || l === "rag" || l === "other")) {
                const P = { instancePath: a + "/identity/tags/" + p, schemaPath: "#/properties/identity/properties/tags/items/enum", keyword: "enum", params: { allowedValues: f.properties.identity.properties.tags.items.enum }, message: "must be equal to one of the allowed values", schema: f.properties.identity.properties.tags.items.enum, parentSchema: f.properties.identity.properties.tags.items, data: l };
                r === null ? r = [P] : r.push(P), n++;
              }
            }
          }
        }
      } else {
        const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.properties.identity.type, parentSchema: f.properties.identity, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (s.credentials_schema !== void 0 && (A(s.credentials_schema, { instancePath: a + "/credentials_schema", parentData: s, parentDataProperty: "credentials_schema", rootData: m }) || (r = r === null ? A.errors : r.concat(A.errors), n = r.length)), s.credentials_for_provider !== void 0) {
      let e = s.credentials_for_provider;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const i = { instancePath: a + "/credentials_for_provider", schemaPath: "#/properties/credentials_for_provider/type", keyword: "type", params: { type: f.properties.credentials_for_provider.type }, message: "must be object,null", schema: f.properties.credentials_for_provider.type, parentSchema: f.properties.credentials_for_provider, data: e };
          r === null ? r = [i] : r.push(i), n++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.credentials_for_provider = t));
      }
      if (e && typeof e == "object" && !Array.isArray(e)) for (const t in e) D(e[t], { instancePath: a + "/credentials_for_provider/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: e, parentDataProperty: t, rootData: m }) || (r = r === null ? D.errors : r.concat(D.errors), n = r.length);
    }
    if (s.oauth_schema !== void 0 && (U(s.oauth_schema, { instancePath: a + "/oauth_schema", parentData: s, parentDataProperty: "oauth_schema", rootData: m }) || (r = r === null ? U.errors : r.concat(U.errors), n = r.length)), s.tools !== void 0) {
      let e = s.tools;
      if (Array.isArray(e)) {
        const t = e.length;
        for (let i = 0; i < t; i++) {
          let p = e[i];
          if (typeof p != "string") {
            let l = typeof p, P;
            if (P === void 0) if (l == "number" || l == "boolean") P = "" + p;
            else if (p === null) P = "";
            else {
              const k = { instancePath: a + "/tools/" + i, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.tools.items.type, parentSchema: f.properties.tools.items, data: p };
              r === null ? r = [k] : r.push(k), n++;
            }
            P !== void 0 && (p = P, e !== void 0 && (e[i] = P));
          }
          if (typeof p == "string" && d(p) < 1) {
            const l = { instancePath: a + "/tools/" + i, schemaPath: "#/properties/tools/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.tools.items, data: p };
            r === null ? r = [l] : r.push(l), n++;
          }
        }
      } else {
        const t = { instancePath: a + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: f.properties.tools.type, parentSchema: f.properties.tools, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    s.extra !== void 0 && (z(s.extra, { instancePath: a + "/extra", parentData: s, parentDataProperty: "extra", rootData: m }) || (r = r === null ? z.errors : r.concat(z.errors), n = r.length));
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.type, parentSchema: f, data: s };
    r === null ? r = [e] : r.push(e), n++;
  }
  return H.errors = r, n === 0;
}
var N = J;
export {
  N as default,
  J as v
};
