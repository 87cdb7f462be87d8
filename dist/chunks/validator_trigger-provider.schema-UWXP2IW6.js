import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:trigger-provider.schema.json
var re = ee;
var l = { $schema: "http://json-schema.org/draft-07/schema#", $id: "trigger-provider.schema.json", title: "Dify trigger provider (the file listed under plugins.triggers)", description: "daemon pkg/entities/plugin_entities/trigger_declaration.go (TriggerProviderDeclaration); SDK entities/trigger.py (TriggerProviderConfiguration).", type: "object", required: ["identity", "extra"], properties: { identity: { type: "object", required: ["author", "name", "label", "description", "icon"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: "string", minLength: 1 }, icon_dark: { type: ["string", "null"] }, tags: { type: ["array", "null"], items: { type: "string", enum: ["webhooks"], "x-dpr-code": "DPR113", "x-dpr-fix": "The SDK accepts only the trigger tag `webhooks` here; put plugin tags in manifest.yaml's tags (the daemon copies them when this list is empty)." } } }, additionalProperties: false }, subscription_schema: { description: "The fields of a subscription: a list of named fields (the SDK refuses the mapping form here).", $ref: "common.schema.json#/definitions/providerConfigList" }, subscription_constructor: { type: ["object", "null"], properties: { parameters: { type: ["array", "null"], items: { $ref: "event.schema.json#/definitions/parameter" } }, credentials_schema: { $ref: "common.schema.json#/definitions/providerConfigListOrMap" }, oauth_schema: { $ref: "common.schema.json#/definitions/oauthSchemaList" }, extra: { $ref: "common.schema.json#/definitions/pythonExtra" } }, additionalProperties: false }, events: { description: "Paths of the event YAML files (the SDK refuses events written inline).", type: "array", items: { type: "string", minLength: 1, "x-dpr-fix": "Put the event in its own YAML file and list its path: the SDK accepts only paths here." }, "x-dpr-fix": "List the event files, e.g. `events: [events/my_event.yaml]`." }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: provider/my_trigger.py}}`: the SDK needs it to start." } }, additionalProperties: false };
var h = require_ucs2length().default;
var O = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var te = new RegExp("^[a-zA-Z0-9_-]+$", "u");
function R(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (typeof s != "string") {
    let e = typeof s, t;
    if (t === void 0) if (e == "number" || e == "boolean") t = "" + s;
    else if (s === null) t = "";
    else {
      const n = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: O.type, parentSchema: O, data: s };
      r === null ? r = [n] : r.push(n), i++;
    }
    t !== void 0 && (s = t, m !== void 0 && (m[y] = t));
  }
  if (typeof s == "string") {
    if (h(s) < 1) {
      const e = { instancePath: a, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: O, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (!te.test(s)) {
      const e = { instancePath: a, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: O, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
  }
  return R.errors = r, i === 0;
}
var o = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function L(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.en_US === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in s) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = s[e];
      if (typeof t != "string" && t !== null) {
        let n = typeof t, p;
        if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const u = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: o.additionalProperties.type }, message: "must be string,null", schema: o.additionalProperties.type, parentSchema: o.additionalProperties, data: t };
          r === null ? r = [u] : r.push(u), i++;
        }
        p !== void 0 && (t = p, s !== void 0 && (s[e] = p));
      }
    }
    if (s.en_US !== void 0) {
      let e = s.en_US;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.en_US.type, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.en_US = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (h(e) < 1) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (s.zh_Hans !== void 0) {
      let e = s.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.zh_Hans.type, parentSchema: o.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.zh_Hans = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.ja_JP !== void 0) {
      let e = s.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.ja_JP.type, parentSchema: o.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.ja_JP = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.pt_BR !== void 0) {
      let e = s.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.pt_BR.type, parentSchema: o.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.pt_BR = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return L.errors = r, i === 0;
}
var D = { description: "A list of fields, each with its name (the SDK accepts only the list form here).", type: ["array", "null"], items: { $ref: "#/definitions/namedProviderConfig" }, "x-dpr-fix": "Write the fields as a list: `- name: api_key` with type and label under it." };
var B = { description: "A field written in list form: the SDK requires its name.", allOf: [{ $ref: "#/definitions/providerConfig" }, { type: "object", required: ["name"], properties: { name: { "x-dpr-fix": "Give the field a `name:` (the key your code reads the value by); the SDK refuses a field without one." } } }] };
var d = { description: "A credential, setting or OAuth field (daemon pkg/entities/plugin_entities/config.go).", type: "object", required: ["type", "label"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, type: { type: "string", enum: ["secret-input", "text-input", "select", "boolean", "app-selector", "model-selector", "array[tools]"] }, scope: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, default: { type: ["string", "number", "boolean", "null"] }, options: { type: ["array", "null"], maxItems: 127, items: { $ref: "#/definitions/configOption" } }, multiple: { type: ["boolean", "null"] }, label: { $ref: "#/definitions/i18n" }, help: { $ref: "#/definitions/i18nOptional" }, placeholder: { $ref: "#/definitions/i18nOptional" }, url: { type: ["string", "null"] } } };
var _ = { type: "object", required: ["value", "label"], properties: { value: { type: "string", minLength: 1, maxLength: 127, "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function k(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.en_US === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in s) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = s[e];
      if (typeof t != "string" && t !== null) {
        let n = typeof t, p;
        if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const u = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: o.additionalProperties.type }, message: "must be string,null", schema: o.additionalProperties.type, parentSchema: o.additionalProperties, data: t };
          r === null ? r = [u] : r.push(u), i++;
        }
        p !== void 0 && (t = p, s !== void 0 && (s[e] = p));
      }
    }
    if (s.en_US !== void 0) {
      let e = s.en_US;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.en_US.type, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.en_US = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (h(e) < 1) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (s.zh_Hans !== void 0) {
      let e = s.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.zh_Hans.type, parentSchema: o.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.zh_Hans = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.ja_JP !== void 0) {
      let e = s.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.ja_JP.type, parentSchema: o.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.ja_JP = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.pt_BR !== void 0) {
      let e = s.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.pt_BR.type, parentSchema: o.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.pt_BR = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return k.errors = r, i === 0;
}
function H(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.value === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: _.required, parentSchema: _, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: _.required, parentSchema: _, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.value !== void 0) {
      let e = s.value;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.value.type, parentSchema: _.properties.value, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.value = n));
      }
      if (typeof e == "string") {
        if (h(e) > 127) {
          const t = { instancePath: a + "/value", schemaPath: "#/properties/value/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: _.properties.value, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (h(e) < 1) {
          const t = { instancePath: a + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: _.properties.value, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (s.label !== void 0 && (k(s.label, { instancePath: a + "/label", parentData: s, parentDataProperty: "label", rootData: f }) || (r = r === null ? k.errors : r.concat(k.errors), i = r.length)), s.icon !== void 0) {
      let e = s.icon;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: _.properties.icon.type }, message: "must be string,null", schema: _.properties.icon.type, parentSchema: _.properties.icon, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.icon = n));
      }
    }
    if (s.show_on !== void 0) {
      let e = s.show_on;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const n = { instancePath: a + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: _.properties.show_on.type }, message: "must be array,null", schema: _.properties.show_on.type, parentSchema: _.properties.show_on, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.show_on = t));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.type, parentSchema: _, data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return H.errors = r, i === 0;
}
var b = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
function A(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: b.type }, message: "must be object,null", schema: b.type, parentSchema: b, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (s && typeof s == "object" && !Array.isArray(s)) {
    for (const e in s) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = s[e];
      if (typeof t != "string" && t !== null) {
        let n = typeof t, p;
        if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const u = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: b.additionalProperties.type }, message: "must be string,null", schema: b.additionalProperties.type, parentSchema: b.additionalProperties, data: t };
          r === null ? r = [u] : r.push(u), i++;
        }
        p !== void 0 && (t = p, s !== void 0 && (s[e] = p));
      }
    }
    if (s.en_US !== void 0) {
      let e = s.en_US;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.en_US.type, parentSchema: b.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.en_US = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: b.properties.en_US, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.zh_Hans !== void 0) {
      let e = s.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.zh_Hans.type, parentSchema: b.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.zh_Hans = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: b.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.ja_JP !== void 0) {
      let e = s.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.ja_JP.type, parentSchema: b.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.ja_JP = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: b.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.pt_BR !== void 0) {
      let e = s.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.properties.pt_BR.type, parentSchema: b.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.pt_BR = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: b.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  }
  return A.errors = r, i === 0;
}
function T(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.type === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: d.required, parentSchema: d, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: d.required, parentSchema: d, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.name !== void 0) {
      let e = s.name;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.name.type, parentSchema: d.properties.name, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.name = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.name, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (h(e) < 1) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.name, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (s.type !== void 0) {
      let e = s.type;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.type.type, parentSchema: d.properties.type, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.type = n));
      }
      if (!(e === "secret-input" || e === "text-input" || e === "select" || e === "boolean" || e === "app-selector" || e === "model-selector" || e === "array[tools]")) {
        const t = { instancePath: a + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: d.properties.type.enum }, message: "must be equal to one of the allowed values", schema: d.properties.type.enum, parentSchema: d.properties.type, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.scope !== void 0) {
      let e = s.scope;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: d.properties.scope.type }, message: "must be string,null", schema: d.properties.scope.type, parentSchema: d.properties.scope, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.scope = n));
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
          const n = { instancePath: a + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: d.properties.required.type }, message: "must be boolean,null", schema: d.properties.required.type, parentSchema: d.properties.required, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.required = t));
      }
    }
    if (s.default !== void 0) {
      let e = s.default;
      if (typeof e != "string" && !(typeof e == "number" && isFinite(e)) && typeof e != "boolean" && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (t == "boolean" || e === null || t == "string" && e && e == +e) n = +e;
        else if (e === "false" || e === 0 || e === null) n = false;
        else if (e === "true" || e === 1) n = true;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: d.properties.default.type }, message: "must be string,number,boolean,null", schema: d.properties.default.type, parentSchema: d.properties.default, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.default = n));
      }
    }
    if (s.options !== void 0) {
      let e = s.options;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const n = { instancePath: a + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: d.properties.options.type }, message: "must be array,null", schema: d.properties.options.type, parentSchema: d.properties.options, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.options = t));
      }
      if (Array.isArray(e)) {
        if (e.length > 127) {
          const n = { instancePath: a + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: d.properties.options, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        const t = e.length;
        for (let n = 0; n < t; n++) H(e[n], { instancePath: a + "/options/" + n, parentData: e, parentDataProperty: n, rootData: f }) || (r = r === null ? H.errors : r.concat(H.errors), i = r.length);
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
          const n = { instancePath: a + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: d.properties.multiple.type }, message: "must be boolean,null", schema: d.properties.multiple.type, parentSchema: d.properties.multiple, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.multiple = t));
      }
    }
    if (s.label !== void 0 && (k(s.label, { instancePath: a + "/label", parentData: s, parentDataProperty: "label", rootData: f }) || (r = r === null ? k.errors : r.concat(k.errors), i = r.length)), s.help !== void 0 && (A(s.help, { instancePath: a + "/help", parentData: s, parentDataProperty: "help", rootData: f }) || (r = r === null ? A.errors : r.concat(A.errors), i = r.length)), s.placeholder !== void 0 && (A(s.placeholder, { instancePath: a + "/placeholder", parentData: s, parentDataProperty: "placeholder", rootData: f }) || (r = r === null ? A.errors : r.concat(A.errors), i = r.length)), s.url !== void 0) {
      let e = s.url;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: d.properties.url.type }, message: "must be string,null", schema: d.properties.url.type, parentSchema: d.properties.url, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.url = n));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.type, parentSchema: d, data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return T.errors = r, i === 0;
}
function v(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (T(s, { instancePath: a, parentData: m, parentDataProperty: y, rootData: f }) || (r = r === null ? T.errors : r.concat(T.errors), i = r.length), s && typeof s == "object" && !Array.isArray(s)) {
    if (s.name === void 0) {
      const e = { instancePath: a, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: B.allOf[1].required, parentSchema: B.allOf[1], data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: B.allOf[1].type, parentSchema: B.allOf[1], data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return v.errors = r, i === 0;
}
function J(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (!Array.isArray(s) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: D.type }, message: "must be array,null", schema: D.type, parentSchema: D, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (Array.isArray(s)) {
    const e = s.length;
    for (let t = 0; t < e; t++) v(s[t], { instancePath: a + "/" + t, parentData: s, parentDataProperty: t, rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), i = r.length);
  }
  return J.errors = r, i === 0;
}
var c = { description: "An event parameter, also used by a trigger provider's subscription_constructor.", type: "object", required: ["name", "label", "type"], properties: { name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["string", "number", "boolean", "select", "file", "files", "model-selector", "app-selector", "object", "array", "dynamic-select", "checkbox", "secret-input"], "x-dpr-fix": "Event parameters are string, number, boolean, select, file, files, model-selector, app-selector, object, array, dynamic-select or checkbox (no secret-input)." }, auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" }, template: { $ref: "common.schema.json#/definitions/template" }, scope: { type: ["string", "null"], maxLength: 1024 }, required: { type: ["boolean", "null"] }, multiple: { type: ["boolean", "null"] }, default: { description: "SDK: int, float, str or a list.", type: ["string", "number", "boolean", "array", "null"] }, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { $ref: "common.schema.json#/definitions/parameterOptions" }, description: { $ref: "common.schema.json#/definitions/i18nNullable" } }, additionalProperties: false };
var se = Object.prototype.hasOwnProperty;
function N(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.en_US === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in s) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = s[e];
      if (typeof t != "string" && t !== null) {
        let n = typeof t, p;
        if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const u = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: o.additionalProperties.type }, message: "must be string,null", schema: o.additionalProperties.type, parentSchema: o.additionalProperties, data: t };
          r === null ? r = [u] : r.push(u), i++;
        }
        p !== void 0 && (t = p, s !== void 0 && (s[e] = p));
      }
    }
    if (s.en_US !== void 0) {
      let e = s.en_US;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.en_US.type, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.en_US = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (h(e) < 1) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (s.zh_Hans !== void 0) {
      let e = s.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.zh_Hans.type, parentSchema: o.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.zh_Hans = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.ja_JP !== void 0) {
      let e = s.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.ja_JP.type, parentSchema: o.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.ja_JP = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.pt_BR !== void 0) {
      let e = s.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.pt_BR.type, parentSchema: o.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.pt_BR = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return N.errors = r, i === 0;
}
var q = { type: ["object", "null"], properties: { type: { type: "string", enum: ["prompt_instruction"] } } };
function $(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: q.type }, message: "must be object,null", schema: q.type, parentSchema: q, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (s && typeof s == "object" && !Array.isArray(s) && s.type !== void 0) {
    let e = s.type;
    if (typeof e != "string") {
      let t = typeof e, n;
      if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
      else if (e === null) n = "";
      else {
        const p = { instancePath: a + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: q.properties.type.type, parentSchema: q.properties.type, data: e };
        r === null ? r = [p] : r.push(p), i++;
      }
      n !== void 0 && (e = n, s !== void 0 && (s.type = n));
    }
    if (e !== "prompt_instruction") {
      const t = { instancePath: a + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: q.properties.type.enum }, message: "must be equal to one of the allowed values", schema: q.properties.type.enum, parentSchema: q.properties.type, data: e };
      r === null ? r = [t] : r.push(t), i++;
    }
  }
  return $.errors = r, i === 0;
}
var z = { type: ["object", "null"], properties: { enabled: { type: "boolean" } } };
function E(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: z.type }, message: "must be object,null", schema: z.type, parentSchema: z, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (s && typeof s == "object" && !Array.isArray(s) && s.enabled !== void 0) {
    let e = s.enabled;
    if (typeof e != "boolean") {
      let t;
      if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
      else if (e === "true" || e === 1) t = true;
      else {
        const n = { instancePath: a + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: z.properties.enabled.type, parentSchema: z.properties.enabled, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
      t !== void 0 && (e = t, s !== void 0 && (s.enabled = t));
    }
  }
  return E.errors = r, i === 0;
}
var Y = { description: "Options of a select parameter (SDK ParameterOption, with show_on where the SDK allows it).", type: ["array", "null"], items: { $ref: "#/definitions/parameterOption" } };
var P = { type: "object", required: ["value", "label"], properties: { value: { type: "string", "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function K(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.value === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: P.required, parentSchema: P, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: P.required, parentSchema: P, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.value !== void 0) {
      let e = s.value;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.properties.value.type, parentSchema: P.properties.value, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.value = n));
      }
    }
    if (s.label !== void 0 && (k(s.label, { instancePath: a + "/label", parentData: s, parentDataProperty: "label", rootData: f }) || (r = r === null ? k.errors : r.concat(k.errors), i = r.length)), s.icon !== void 0) {
      let e = s.icon;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: P.properties.icon.type }, message: "must be string,null", schema: P.properties.icon.type, parentSchema: P.properties.icon, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.icon = n));
      }
    }
    if (s.show_on !== void 0) {
      let e = s.show_on;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const n = { instancePath: a + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: P.properties.show_on.type }, message: "must be array,null", schema: P.properties.show_on.type, parentSchema: P.properties.show_on, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.show_on = t));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: P.type, parentSchema: P, data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return K.errors = r, i === 0;
}
function C(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (!Array.isArray(s) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: Y.type }, message: "must be array,null", schema: Y.type, parentSchema: Y, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (Array.isArray(s)) {
    const e = s.length;
    for (let t = 0; t < e; t++) K(s[t], { instancePath: a + "/" + t, parentData: s, parentDataProperty: t, rootData: f }) || (r = r === null ? K.errors : r.concat(K.errors), i = r.length);
  }
  return C.errors = r, i === 0;
}
var g = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function F(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: g.type }, message: "must be object,null", schema: g.type, parentSchema: g, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.en_US === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: g.required, parentSchema: g, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in s) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = s[e];
      if (typeof t != "string" && t !== null) {
        let n = typeof t, p;
        if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
        else if (t === null) p = "";
        else if (t === "" || t === 0 || t === false) p = null;
        else {
          const u = { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: g.additionalProperties.type }, message: "must be string,null", schema: g.additionalProperties.type, parentSchema: g.additionalProperties, data: t };
          r === null ? r = [u] : r.push(u), i++;
        }
        p !== void 0 && (t = p, s !== void 0 && (s[e] = p));
      }
    }
    if (s.en_US !== void 0) {
      let e = s.en_US;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.en_US.type, parentSchema: g.properties.en_US, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.en_US = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: g.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (h(e) < 1) {
          const t = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (s.zh_Hans !== void 0) {
      let e = s.zh_Hans;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: g.properties.zh_Hans.type }, message: "must be string,null", schema: g.properties.zh_Hans.type, parentSchema: g.properties.zh_Hans, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.zh_Hans = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: g.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.ja_JP !== void 0) {
      let e = s.ja_JP;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: g.properties.ja_JP.type }, message: "must be string,null", schema: g.properties.ja_JP.type, parentSchema: g.properties.ja_JP, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.ja_JP = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: g.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.pt_BR !== void 0) {
      let e = s.pt_BR;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: g.properties.pt_BR.type }, message: "must be string,null", schema: g.properties.pt_BR.type, parentSchema: g.properties.pt_BR, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.pt_BR = n));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: g.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  }
  return F.errors = r, i === 0;
}
function Z(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.name === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: c.required, parentSchema: c, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: c.required, parentSchema: c, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.type === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: c.required, parentSchema: c, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in s) if (!se.call(c.properties, e)) {
      const t = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: c, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    if (s.name !== void 0) {
      let e = s.name;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.name.type, parentSchema: c.properties.name, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.name = n));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.name, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (h(e) < 1) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.name, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
      }
    }
    if (s.label !== void 0 && (N(s.label, { instancePath: a + "/label", parentData: s, parentDataProperty: "label", rootData: f }) || (r = r === null ? N.errors : r.concat(N.errors), i = r.length)), s.type !== void 0) {
      let e = s.type;
      if (typeof e != "string") {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const p = { instancePath: a + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.type.type, parentSchema: c.properties.type, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.type = n));
      }
      if (!(e === "string" || e === "number" || e === "boolean" || e === "select" || e === "file" || e === "files" || e === "model-selector" || e === "app-selector" || e === "object" || e === "array" || e === "dynamic-select" || e === "checkbox" || e === "secret-input")) {
        const t = { instancePath: a + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: c.properties.type.enum }, message: "must be equal to one of the allowed values", schema: c.properties.type.enum, parentSchema: c.properties.type, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.auto_generate !== void 0 && ($(s.auto_generate, { instancePath: a + "/auto_generate", parentData: s, parentDataProperty: "auto_generate", rootData: f }) || (r = r === null ? $.errors : r.concat($.errors), i = r.length)), s.template !== void 0 && (E(s.template, { instancePath: a + "/template", parentData: s, parentDataProperty: "template", rootData: f }) || (r = r === null ? E.errors : r.concat(E.errors), i = r.length)), s.scope !== void 0) {
      let e = s.scope;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: c.properties.scope.type }, message: "must be string,null", schema: c.properties.scope.type, parentSchema: c.properties.scope, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.scope = n));
      }
      if (typeof e == "string" && h(e) > 1024) {
        const t = { instancePath: a + "/scope", schemaPath: "#/properties/scope/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: c.properties.scope, data: e };
        r === null ? r = [t] : r.push(t), i++;
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
          const n = { instancePath: a + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: c.properties.required.type }, message: "must be boolean,null", schema: c.properties.required.type, parentSchema: c.properties.required, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.required = t));
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
          const n = { instancePath: a + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: c.properties.multiple.type }, message: "must be boolean,null", schema: c.properties.multiple.type, parentSchema: c.properties.multiple, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.multiple = t));
      }
    }
    if (s.default !== void 0) {
      let e = s.default;
      if (typeof e != "string" && !(typeof e == "number" && isFinite(e)) && typeof e != "boolean" && !Array.isArray(e) && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (t == "boolean" || e === null || t == "string" && e && e == +e) n = +e;
        else if (e === "false" || e === 0 || e === null) n = false;
        else if (e === "true" || e === 1) n = true;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: c.properties.default.type }, message: "must be string,number,boolean,array,null", schema: c.properties.default.type, parentSchema: c.properties.default, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.default = n));
      }
    }
    if (s.min !== void 0) {
      let e = s.min;
      if (!(typeof e == "number" && isFinite(e)) && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "boolean" || e === null || t == "string" && e && e == +e) n = +e;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: c.properties.min.type }, message: "must be number,null", schema: c.properties.min.type, parentSchema: c.properties.min, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.min = n));
      }
    }
    if (s.max !== void 0) {
      let e = s.max;
      if (!(typeof e == "number" && isFinite(e)) && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t == "boolean" || e === null || t == "string" && e && e == +e) n = +e;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: c.properties.max.type }, message: "must be number,null", schema: c.properties.max.type, parentSchema: c.properties.max, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.max = n));
      }
    }
    if (s.precision !== void 0) {
      let e = s.precision;
      if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
        let t = typeof e, n;
        if (n === void 0) if (t === "boolean" || e === null || t === "string" && e && e == +e && !(e % 1)) n = +e;
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const p = { instancePath: a + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: c.properties.precision.type }, message: "must be integer,null", schema: c.properties.precision.type, parentSchema: c.properties.precision, data: e };
          r === null ? r = [p] : r.push(p), i++;
        }
        n !== void 0 && (e = n, s !== void 0 && (s.precision = n));
      }
    }
    s.options !== void 0 && (C(s.options, { instancePath: a + "/options", parentData: s, parentDataProperty: "options", rootData: f }) || (r = r === null ? C.errors : r.concat(C.errors), i = r.length)), s.description !== void 0 && (F(s.description, { instancePath: a + "/description", parentData: s, parentDataProperty: "description", rootData: f }) || (r = r === null ? F.errors : r.concat(F.errors), i = r.length));
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.type, parentSchema: c, data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return Z.errors = r, i === 0;
}
var Q = { description: "A list of named fields, or a mapping from field name to field.", type: ["array", "object", "null"], items: { $ref: "#/definitions/namedProviderConfig" }, additionalProperties: { $ref: "#/definitions/providerConfig" } };
function I(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (typeof s != "object") {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: Q.type }, message: "must be array,object,null", schema: Q.type, parentSchema: Q, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (Array.isArray(s)) {
    const e = s.length;
    for (let t = 0; t < e; t++) v(s[t], { instancePath: a + "/" + t, parentData: s, parentDataProperty: t, rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), i = r.length);
  }
  if (s && typeof s == "object" && !Array.isArray(s)) for (const e in s) T(s[e], { instancePath: a + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: s, parentDataProperty: e, rootData: f }) || (r = r === null ? T.errors : r.concat(T.errors), i = r.length);
  return I.errors = r, i === 0;
}
var V = { description: "OAuth client and credential fields: lists only (the daemon decodes plain lists, the SDK too).", type: ["object", "null"], properties: { client_schema: { $ref: "#/definitions/providerConfigList" }, credentials_schema: { $ref: "#/definitions/providerConfigList" } }, additionalProperties: false };
function U(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (!Array.isArray(s) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: D.type }, message: "must be array,null", schema: D.type, parentSchema: D, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (Array.isArray(s)) {
    const e = s.length;
    for (let t = 0; t < e; t++) v(s[t], { instancePath: a + "/" + t, parentData: s, parentDataProperty: t, rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), i = r.length);
  }
  return U.errors = r, i === 0;
}
function M(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: V.type }, message: "must be object,null", schema: V.type, parentSchema: V, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (s && typeof s == "object" && !Array.isArray(s)) {
    for (const e in s) if (!(e === "client_schema" || e === "credentials_schema")) {
      const t = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: V, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    s.client_schema !== void 0 && (U(s.client_schema, { instancePath: a + "/client_schema", parentData: s, parentDataProperty: "client_schema", rootData: f }) || (r = r === null ? U.errors : r.concat(U.errors), i = r.length)), s.credentials_schema !== void 0 && (U(s.credentials_schema, { instancePath: a + "/credentials_schema", parentData: s, parentDataProperty: "credentials_schema", rootData: f }) || (r = r === null ? U.errors : r.concat(U.errors), i = r.length));
  }
  return M.errors = r, i === 0;
}
var x = { description: "SDK-only: where the Python implementation lives.", "x-dpr-daemon": false, type: ["object", "null"], properties: { python: { type: ["object", "null"], properties: { source: { type: "string", minLength: 1 } } } } };
function G(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: x.type }, message: "must be object,null", schema: x.type, parentSchema: x, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    e !== void 0 && (s = e, m !== void 0 && (m[y] = e));
  }
  if (s && typeof s == "object" && !Array.isArray(s) && s.python !== void 0) {
    let e = s.python;
    if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
      let t;
      if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
      else {
        const n = { instancePath: a + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: x.properties.python.type }, message: "must be object,null", schema: x.properties.python.type, parentSchema: x.properties.python, data: e };
        r === null ? r = [n] : r.push(n), i++;
      }
      t !== void 0 && (e = t, s !== void 0 && (s.python = t));
    }
    if (e && typeof e == "object" && !Array.isArray(e) && e.source !== void 0) {
      let t = e.source;
      if (typeof t != "string") {
        let n = typeof t, p;
        if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
        else if (t === null) p = "";
        else {
          const u = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: x.properties.python.properties.source.type, parentSchema: x.properties.python.properties.source, data: t };
          r === null ? r = [u] : r.push(u), i++;
        }
        p !== void 0 && (t = p, e !== void 0 && (e.source = p));
      }
      if (typeof t == "string" && h(t) < 1) {
        const n = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: x.properties.python.properties.source, data: t };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
  }
  return G.errors = r, i === 0;
}
var w = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
function W(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.python === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: w.required, parentSchema: w, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.python !== void 0) {
      let e = s.python;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.source === void 0) {
          const t = { instancePath: a + "/python", schemaPath: "#/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: w.properties.python.required, parentSchema: w.properties.python, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (e.source !== void 0) {
          let t = e.source;
          if (typeof t != "string") {
            let n = typeof t, p;
            if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const u = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: w.properties.python.properties.source.type, parentSchema: w.properties.python.properties.source, data: t };
              r === null ? r = [u] : r.push(u), i++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.source = p));
          }
          if (typeof t == "string" && h(t) < 1) {
            const n = { instancePath: a + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: w.properties.python.properties.source, data: t };
            r === null ? r = [n] : r.push(n), i++;
          }
        }
      } else {
        const t = { instancePath: a + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: w.properties.python.type, parentSchema: w.properties.python, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: w.type, parentSchema: w, data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return W.errors = r, i === 0;
}
function ee(s, { instancePath: a = "", parentData: m, parentDataProperty: y, rootData: f = s } = {}) {
  let r = null, i = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.identity === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: l.required, parentSchema: l, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (s.extra === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: l.required, parentSchema: l, data: s };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in s) if (!(e === "identity" || e === "subscription_schema" || e === "subscription_constructor" || e === "events" || e === "extra")) {
      const t = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: l, data: s };
      r === null ? r = [t] : r.push(t), i++;
    }
    if (s.identity !== void 0) {
      let e = s.identity;
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
        if (e.description === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        if (e.icon === void 0) {
          const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: l.properties.identity.required, parentSchema: l.properties.identity, data: e };
          r === null ? r = [t] : r.push(t), i++;
        }
        for (const t in e) if (!(t === "author" || t === "name" || t === "label" || t === "description" || t === "icon" || t === "icon_dark" || t === "tags")) {
          const n = { instancePath: a + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.identity, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (e.author !== void 0) {
          let t = e.author;
          if (typeof t != "string") {
            let n = typeof t, p;
            if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const u = { instancePath: a + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.identity.properties.author.type, parentSchema: l.properties.identity.properties.author, data: t };
              r === null ? r = [u] : r.push(u), i++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.author = p));
          }
          if (typeof t == "string" && h(t) < 1) {
            const n = { instancePath: a + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.identity.properties.author, data: t };
            r === null ? r = [n] : r.push(n), i++;
          }
        }
        if (e.name !== void 0 && (R(e.name, { instancePath: a + "/identity/name", parentData: e, parentDataProperty: "name", rootData: f }) || (r = r === null ? R.errors : r.concat(R.errors), i = r.length)), e.label !== void 0 && (L(e.label, { instancePath: a + "/identity/label", parentData: e, parentDataProperty: "label", rootData: f }) || (r = r === null ? L.errors : r.concat(L.errors), i = r.length)), e.description !== void 0 && (L(e.description, { instancePath: a + "/identity/description", parentData: e, parentDataProperty: "description", rootData: f }) || (r = r === null ? L.errors : r.concat(L.errors), i = r.length)), e.icon !== void 0) {
          let t = e.icon;
          if (typeof t != "string") {
            let n = typeof t, p;
            if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
            else if (t === null) p = "";
            else {
              const u = { instancePath: a + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.identity.properties.icon.type, parentSchema: l.properties.identity.properties.icon, data: t };
              r === null ? r = [u] : r.push(u), i++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.icon = p));
          }
          if (typeof t == "string" && h(t) < 1) {
            const n = { instancePath: a + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.identity.properties.icon, data: t };
            r === null ? r = [n] : r.push(n), i++;
          }
        }
        if (e.icon_dark !== void 0) {
          let t = e.icon_dark;
          if (typeof t != "string" && t !== null) {
            let n = typeof t, p;
            if (p === void 0) if (n == "number" || n == "boolean") p = "" + t;
            else if (t === null) p = "";
            else if (t === "" || t === 0 || t === false) p = null;
            else {
              const u = { instancePath: a + "/identity/icon_dark", schemaPath: "#/properties/identity/properties/icon_dark/type", keyword: "type", params: { type: l.properties.identity.properties.icon_dark.type }, message: "must be string,null", schema: l.properties.identity.properties.icon_dark.type, parentSchema: l.properties.identity.properties.icon_dark, data: t };
              r === null ? r = [u] : r.push(u), i++;
            }
            p !== void 0 && (t = p, e !== void 0 && (e.icon_dark = p));
          }
        }
        if (e.tags !== void 0) {
          let t = e.tags;
          if (!Array.isArray(t) && t !== null) {
            let n;
            if (n === void 0) if (t === "" || t === 0 || t === false) n = null;
            else {
              const p = { instancePath: a + "/identity/tags", schemaPath: "#/properties/identity/properties/tags/type", keyword: "type", params: { type: l.properties.identity.properties.tags.type }, message: "must be array,null", schema: l.properties.identity.properties.tags.type, parentSchema: l.properties.identity.properties.tags, data: t };
              r === null ? r = [p] : r.push(p), i++;
            }
            n !== void 0 && (t = n, e !== void 0 && (e.tags = n));
          }
          if (Array.isArray(t)) {
            const n = t.length;
            for (let p = 0; p < n; p++) {
              let u = t[p];
              if (typeof u != "string") {
                let S = typeof u, j;
                if (j === void 0) if (S == "number" || S == "boolean") j = "" + u;
                else if (u === null) j = "";
                else {
                  const X = { instancePath: a + "/identity/tags/" + p, schemaPath: "#/properties/identity/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.identity.properties.tags.items.type, parentSchema: l.properties.identity.properties.tags.items, data: u };
                  r === null ? r = [X] : r.push(X), i++;
                }
                j !== void 0 && (u = j, t !== void 0 && (t[p] = j));
              }
              if (u !== "webhooks") {
                const S = { instancePath: a + "/identity/tags/" + p, schemaPath: "#/properties/identity/properties/tags/items/enum", keyword: "enum", params: { allowedValues: l.properties.identity.properties.tags.items.enum }, message: "must be equal to one of the allowed values", schema: l.properties.identity.properties.tags.items.enum, parentSchema: l.properties.identity.properties.tags.items, data: u };
                r === null ? r = [S] : r.push(S), i++;
              }
            }
          }
        }
      } else {
        const t = { instancePath: a + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.properties.identity.type, parentSchema: l.properties.identity, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    if (s.subscription_schema !== void 0 && (J(s.subscription_schema, { instancePath: a + "/subscription_schema", parentData: s, parentDataProperty: "subscription_schema", rootData: f }) || (r = r === null ? J.errors : r.concat(J.errors), i = r.length)), s.subscription_constructor !== void 0) {
      let e = s.subscription_constructor;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const n = { instancePath: a + "/subscription_constructor", schemaPath: "#/properties/subscription_constructor/type", keyword: "type", params: { type: l.properties.subscription_constructor.type }, message: "must be object,null", schema: l.properties.subscription_constructor.type, parentSchema: l.properties.subscription_constructor, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.subscription_constructor = t));
      }
      if (e && typeof e == "object" && !Array.isArray(e)) {
        for (const t in e) if (!(t === "parameters" || t === "credentials_schema" || t === "oauth_schema" || t === "extra")) {
          const n = { instancePath: a + "/subscription_constructor", schemaPath: "#/properties/subscription_constructor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.subscription_constructor, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        if (e.parameters !== void 0) {
          let t = e.parameters;
          if (!Array.isArray(t) && t !== null) {
            let n;
            if (n === void 0) if (t === "" || t === 0 || t === false) n = null;
            else {
              const p = { instancePath: a + "/subscription_constructor/parameters", schemaPath: "#/properties/subscription_constructor/properties/parameters/type", keyword: "type", params: { type: l.properties.subscription_constructor.properties.parameters.type }, message: "must be array,null", schema: l.properties.subscription_constructor.properties.parameters.type, parentSchema: l.properties.subscription_constructor.properties.parameters, data: t };
              r === null ? r = [p] : r.push(p), i++;
            }
            n !== void 0 && (t = n, e !== void 0 && (e.parameters = n));
          }
          if (Array.isArray(t)) {
            const n = t.length;
            for (let p = 0; p < n; p++) Z(t[p], { instancePath: a + "/subscription_constructor/parameters/" + p, parentData: t, parentDataProperty: p, rootData: f }) || (r = r === null ? Z.errors : r.concat(Z.errors), i = r.length);
          }
        }
        e.credentials_schema !== void 0 && (I(e.credentials_schema, { instancePath: a + "/subscription_constructor/credentials_schema", parentData: e, parentDataProperty: "credentials_schema", rootData: f }) || (r = r === null ? I.errors : r.concat(I.errors), i = r.length)), e.oauth_schema !== void 0 && (M(e.oauth_schema, { instancePath: a + "/subscription_constructor/oauth_schema", parentData: e, parentDataProperty: "oauth_schema", rootData: f }) || (r = r === null ? M.errors : r.concat(M.errors), i = r.length)), e.extra !== void 0 && (G(e.extra, { instancePath: a + "/subscription_constructor/extra", parentData: e, parentDataProperty: "extra", rootData: f }) || (r = r === null ? G.errors : r.concat(G.errors), i = r.length));
      }
    }
    if (s.events !== void 0) {
      let e = s.events;
      if (Array.isArray(e)) {
        const t = e.length;
        for (let n = 0; n < t; n++) {
          let p = e[n];
          if (typeof p != "string") {
            let u = typeof p, S;
            if (S === void 0) if (u == "number" || u == "boolean") S = "" + p;
            else if (p === null) S = "";
            else {
              const j = { instancePath: a + "/events/" + n, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.events.items.type, parentSchema: l.properties.events.items, data: p };
              r === null ? r = [j] : r.push(j), i++;
            }
            S !== void 0 && (p = S, e !== void 0 && (e[n] = S));
          }
          if (typeof p == "string" && h(p) < 1) {
            const u = { instancePath: a + "/events/" + n, schemaPath: "#/properties/events/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.events.items, data: p };
            r === null ? r = [u] : r.push(u), i++;
          }
        }
      } else {
        const t = { instancePath: a + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: l.properties.events.type, parentSchema: l.properties.events, data: e };
        r === null ? r = [t] : r.push(t), i++;
      }
    }
    s.extra !== void 0 && (W(s.extra, { instancePath: a + "/extra", parentData: s, parentDataProperty: "extra", rootData: f }) || (r = r === null ? W.errors : r.concat(W.errors), i = r.length));
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: s };
    r === null ? r = [e] : r.push(e), i++;
  }
  return ee.errors = r, i === 0;
}
var ne = re;
export {
  ne as default,
  re as v
};
