import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:endpoint-group.schema.json
var B = H;
var P = { $schema: "http://json-schema.org/draft-07/schema#", $id: "endpoint-group.schema.json", title: "Dify endpoint group (the file listed under plugins.endpoints)", description: "daemon pkg/entities/plugin_entities/endpoint_declaration.go (EndpointProviderDeclaration); SDK entities/endpoint.py (EndpointProviderConfiguration).", type: "object", properties: { settings: { description: "The fields users fill in when they set up an endpoint: a list (the daemon decodes a plain list).", $ref: "common.schema.json#/definitions/providerConfigList" }, endpoints: { description: "Endpoint declarations: paths of endpoint YAML files, or endpoints written inline.", type: "array", items: { type: ["string", "object"], if: { type: "object" }, then: { $ref: "endpoint.schema.json" }, else: { minLength: 1 } }, "x-dpr-fix": "List the endpoint files, e.g. `endpoints: [endpoints/hook.yaml]`." } }, additionalProperties: false };
var z = { description: "A list of fields, each with its name (the SDK accepts only the list form here).", type: ["array", "null"], items: { $ref: "#/definitions/namedProviderConfig" }, "x-dpr-fix": "Write the fields as a list: `- name: api_key` with type and label under it." };
var j = { description: "A field written in list form: the SDK requires its name.", allOf: [{ $ref: "#/definitions/providerConfig" }, { type: "object", required: ["name"], properties: { name: { "x-dpr-fix": "Give the field a `name:` (the key your code reads the value by); the SDK refuses a field without one." } } }] };
var o = { description: "A credential, setting or OAuth field (daemon pkg/entities/plugin_entities/config.go).", type: "object", required: ["type", "label"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, type: { type: "string", enum: ["secret-input", "text-input", "select", "boolean", "app-selector", "model-selector", "array[tools]"] }, scope: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, default: { type: ["string", "number", "boolean", "null"] }, options: { type: ["array", "null"], maxItems: 127, items: { $ref: "#/definitions/configOption" } }, multiple: { type: ["boolean", "null"] }, label: { $ref: "#/definitions/i18n" }, help: { $ref: "#/definitions/i18nOptional" }, placeholder: { $ref: "#/definitions/i18nOptional" }, url: { type: ["string", "null"] } } };
var d = require_ucs2length().default;
var c = { type: "object", required: ["value", "label"], properties: { value: { type: "string", minLength: 1, maxLength: 127, "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
var u = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function S(t, { instancePath: p = "", parentData: y, parentDataProperty: b, rootData: h = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: u.required, parentSchema: u, data: t };
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
          const l = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: u.additionalProperties.type }, message: "must be string,null", schema: u.additionalProperties.type, parentSchema: u.additionalProperties, data: s };
          r === null ? r = [l] : r.push(l), i++;
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
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.en_US.type, parentSchema: u.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.en_US = n));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const s = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.en_US, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (d(e) < 1) {
          const s = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.en_US, data: e };
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
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.zh_Hans.type, parentSchema: u.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.zh_Hans = n));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const s = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.zh_Hans, data: e };
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
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.ja_JP.type, parentSchema: u.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.ja_JP = n));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const s = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.ja_JP, data: e };
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
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.pt_BR.type, parentSchema: u.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.pt_BR = n));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const s = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: u.properties.pt_BR, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.type, parentSchema: u, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return S.errors = r, i === 0;
}
function q(t, { instancePath: p = "", parentData: y, parentDataProperty: b, rootData: h = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.value === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: c.required, parentSchema: c, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.label === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: c.required, parentSchema: c, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.value !== void 0) {
      let e = t.value;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.value.type, parentSchema: c.properties.value, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.value = n));
      }
      if (typeof e == "string") {
        if (d(e) > 127) {
          const s = { instancePath: p + "/value", schemaPath: "#/properties/value/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: c.properties.value, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (d(e) < 1) {
          const s = { instancePath: p + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.value, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
      }
    }
    if (t.label !== void 0 && (S(t.label, { instancePath: p + "/label", parentData: t, parentDataProperty: "label", rootData: h }) || (r = r === null ? S.errors : r.concat(S.errors), i = r.length)), t.icon !== void 0) {
      let e = t.icon;
      if (typeof e != "string" && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: c.properties.icon.type }, message: "must be string,null", schema: c.properties.icon.type, parentSchema: c.properties.icon, data: e };
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
          const n = { instancePath: p + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: c.properties.show_on.type }, message: "must be array,null", schema: c.properties.show_on.type, parentSchema: c.properties.show_on, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.show_on = s));
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.type, parentSchema: c, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return q.errors = r, i === 0;
}
var m = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
function w(t, { instancePath: p = "", parentData: y, parentDataProperty: b, rootData: h = t } = {}) {
  let r = null, i = 0;
  if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: m.type }, message: "must be object,null", schema: m.type, parentSchema: m, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    e !== void 0 && (t = e, y !== void 0 && (y[b] = e));
  }
  if (t && typeof t == "object" && !Array.isArray(t)) {
    for (const e in t) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let s = t[e];
      if (typeof s != "string" && s !== null) {
        let n = typeof s, a;
        if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
        else if (s === null) a = "";
        else if (s === "" || s === 0 || s === false) a = null;
        else {
          const l = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: m.additionalProperties.type }, message: "must be string,null", schema: m.additionalProperties.type, parentSchema: m.additionalProperties, data: s };
          r === null ? r = [l] : r.push(l), i++;
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
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.en_US.type, parentSchema: m.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.en_US = n));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const s = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.en_US, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.zh_Hans !== void 0) {
      let e = t.zh_Hans;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.zh_Hans.type, parentSchema: m.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.zh_Hans = n));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const s = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.zh_Hans, data: e };
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
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.ja_JP.type, parentSchema: m.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.ja_JP = n));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const s = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.ja_JP, data: e };
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
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.pt_BR.type, parentSchema: m.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.pt_BR = n));
      }
      if (typeof e == "string" && d(e) > 1023) {
        const s = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: m.properties.pt_BR, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
  }
  return w.errors = r, i === 0;
}
function T(t, { instancePath: p = "", parentData: y, parentDataProperty: b, rootData: h = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.type === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: o.required, parentSchema: o, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.label === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: o.required, parentSchema: o, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.name !== void 0) {
      let e = t.name;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.name.type, parentSchema: o.properties.name, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.name = n));
      }
      if (typeof e == "string") {
        if (d(e) > 1023) {
          const s = { instancePath: p + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: o.properties.name, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (d(e) < 1) {
          const s = { instancePath: p + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.name, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
      }
    }
    if (t.type !== void 0) {
      let e = t.type;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.type.type, parentSchema: o.properties.type, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.type = n));
      }
      if (!(e === "secret-input" || e === "text-input" || e === "select" || e === "boolean" || e === "app-selector" || e === "model-selector" || e === "array[tools]")) {
        const s = { instancePath: p + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: o.properties.type.enum }, message: "must be equal to one of the allowed values", schema: o.properties.type.enum, parentSchema: o.properties.type, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.scope !== void 0) {
      let e = t.scope;
      if (typeof e != "string" && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: o.properties.scope.type }, message: "must be string,null", schema: o.properties.scope.type, parentSchema: o.properties.scope, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.scope = n));
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
          const n = { instancePath: p + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: o.properties.required.type }, message: "must be boolean,null", schema: o.properties.required.type, parentSchema: o.properties.required, data: e };
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
          const a = { instancePath: p + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: o.properties.default.type }, message: "must be string,number,boolean,null", schema: o.properties.default.type, parentSchema: o.properties.default, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.default = n));
      }
    }
    if (t.options !== void 0) {
      let e = t.options;
      if (!Array.isArray(e) && e !== null) {
        let s;
        if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
        else {
          const n = { instancePath: p + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: o.properties.options.type }, message: "must be array,null", schema: o.properties.options.type, parentSchema: o.properties.options, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.options = s));
      }
      if (Array.isArray(e)) {
        if (e.length > 127) {
          const n = { instancePath: p + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: o.properties.options, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        const s = e.length;
        for (let n = 0; n < s; n++) q(e[n], { instancePath: p + "/options/" + n, parentData: e, parentDataProperty: n, rootData: h }) || (r = r === null ? q.errors : r.concat(q.errors), i = r.length);
      }
    }
    if (t.multiple !== void 0) {
      let e = t.multiple;
      if (typeof e != "boolean" && e !== null) {
        let s;
        if (s === void 0) if (e === "false" || e === 0 || e === null) s = false;
        else if (e === "true" || e === 1) s = true;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const n = { instancePath: p + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: o.properties.multiple.type }, message: "must be boolean,null", schema: o.properties.multiple.type, parentSchema: o.properties.multiple, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.multiple = s));
      }
    }
    if (t.label !== void 0 && (S(t.label, { instancePath: p + "/label", parentData: t, parentDataProperty: "label", rootData: h }) || (r = r === null ? S.errors : r.concat(S.errors), i = r.length)), t.help !== void 0 && (w(t.help, { instancePath: p + "/help", parentData: t, parentDataProperty: "help", rootData: h }) || (r = r === null ? w.errors : r.concat(w.errors), i = r.length)), t.placeholder !== void 0 && (w(t.placeholder, { instancePath: p + "/placeholder", parentData: t, parentDataProperty: "placeholder", rootData: h }) || (r = r === null ? w.errors : r.concat(w.errors), i = r.length)), t.url !== void 0) {
      let e = t.url;
      if (typeof e != "string" && e !== null) {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else if (e === "" || e === 0 || e === false) n = null;
        else {
          const a = { instancePath: p + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: o.properties.url.type }, message: "must be string,null", schema: o.properties.url.type, parentSchema: o.properties.url, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.url = n));
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return T.errors = r, i === 0;
}
function L(t, { instancePath: p = "", parentData: y, parentDataProperty: b, rootData: h = t } = {}) {
  let r = null, i = 0;
  if (T(t, { instancePath: p, parentData: y, parentDataProperty: b, rootData: h }) || (r = r === null ? T.errors : r.concat(T.errors), i = r.length), t && typeof t == "object" && !Array.isArray(t)) {
    if (t.name === void 0) {
      const e = { instancePath: p, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: j.allOf[1].required, parentSchema: j.allOf[1], data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: j.allOf[1].type, parentSchema: j.allOf[1], data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return L.errors = r, i === 0;
}
function A(t, { instancePath: p = "", parentData: y, parentDataProperty: b, rootData: h = t } = {}) {
  let r = null, i = 0;
  if (!Array.isArray(t) && t !== null) {
    let e;
    if (e === void 0) if (t === "" || t === 0 || t === false) e = null;
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: z.type }, message: "must be array,null", schema: z.type, parentSchema: z, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    e !== void 0 && (t = e, y !== void 0 && (y[b] = e));
  }
  if (Array.isArray(t)) {
    const e = t.length;
    for (let s = 0; s < e; s++) L(t[s], { instancePath: p + "/" + s, parentData: t, parentDataProperty: s, rootData: h }) || (r = r === null ? L.errors : r.concat(L.errors), i = r.length);
  }
  return A.errors = r, i === 0;
}
var f = { $schema: "http://json-schema.org/draft-07/schema#", $id: "endpoint.schema.json", title: "Dify endpoint (a file listed under an endpoint group's endpoints)", description: "daemon pkg/entities/plugin_entities/endpoint_declaration.go (EndpointDeclaration); SDK entities/endpoint.py (EndpointConfiguration), registered as a werkzeug routing Rule.", type: "object", required: ["path", "method", "extra"], properties: { path: { description: "The URL path under the endpoint's base URL; werkzeug refuses a rule without a leading slash.", type: "string", minLength: 1, pattern: "^/", "x-dpr-fix": "Start the path with a slash, e.g. `path: /webhook` (the SDK's router refuses it otherwise and the plugin does not start)." }, method: { type: "string", enum: ["HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS"], "x-dpr-string": true, "x-dpr-fix": "Use one HTTP method in capitals: GET, POST, PUT, DELETE, HEAD or OPTIONS." }, hidden: { type: ["boolean", "null"] }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: endpoints/my_endpoint.py}}`: the SDK needs it to load the endpoint." } }, additionalProperties: false };
var J = new RegExp("^/", "u");
var _ = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
function D(t, { instancePath: p = "", parentData: y, parentDataProperty: b, rootData: h = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.python === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: _.required, parentSchema: _, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.python !== void 0) {
      let e = t.python;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.source === void 0) {
          const s = { instancePath: p + "/python", schemaPath: "#/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: _.properties.python.required, parentSchema: _.properties.python, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (e.source !== void 0) {
          let s = e.source;
          if (typeof s != "string") {
            let n = typeof s, a;
            if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
            else if (s === null) a = "";
            else {
              const l = { instancePath: p + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.python.properties.source.type, parentSchema: _.properties.python.properties.source, data: s };
              r === null ? r = [l] : r.push(l), i++;
            }
            a !== void 0 && (s = a, e !== void 0 && (e.source = a));
          }
          if (typeof s == "string" && d(s) < 1) {
            const n = { instancePath: p + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: _.properties.python.properties.source, data: s };
            r === null ? r = [n] : r.push(n), i++;
          }
        }
      } else {
        const s = { instancePath: p + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.properties.python.type, parentSchema: _.properties.python, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.type, parentSchema: _, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return D.errors = r, i === 0;
}
function O(t, { instancePath: p = "", parentData: y, parentDataProperty: b, rootData: h = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    if (t.path === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: f.required, parentSchema: f, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.method === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: f.required, parentSchema: f, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    if (t.extra === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: f.required, parentSchema: f, data: t };
      r === null ? r = [e] : r.push(e), i++;
    }
    for (const e in t) if (!(e === "path" || e === "method" || e === "hidden" || e === "extra")) {
      const s = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: f, data: t };
      r === null ? r = [s] : r.push(s), i++;
    }
    if (t.path !== void 0) {
      let e = t.path;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.path.type, parentSchema: f.properties.path, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.path = n));
      }
      if (typeof e == "string") {
        if (d(e) < 1) {
          const s = { instancePath: p + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.path, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
        if (!J.test(e)) {
          const s = { instancePath: p + "/path", schemaPath: "#/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: f.properties.path, data: e };
          r === null ? r = [s] : r.push(s), i++;
        }
      }
    }
    if (t.method !== void 0) {
      let e = t.method;
      if (typeof e != "string") {
        let s = typeof e, n;
        if (n === void 0) if (s == "number" || s == "boolean") n = "" + e;
        else if (e === null) n = "";
        else {
          const a = { instancePath: p + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.method.type, parentSchema: f.properties.method, data: e };
          r === null ? r = [a] : r.push(a), i++;
        }
        n !== void 0 && (e = n, t !== void 0 && (t.method = n));
      }
      if (!(e === "HEAD" || e === "GET" || e === "POST" || e === "PUT" || e === "DELETE" || e === "OPTIONS")) {
        const s = { instancePath: p + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: f.properties.method.enum }, message: "must be equal to one of the allowed values", schema: f.properties.method.enum, parentSchema: f.properties.method, data: e };
        r === null ? r = [s] : r.push(s), i++;
      }
    }
    if (t.hidden !== void 0) {
      let e = t.hidden;
      if (typeof e != "boolean" && e !== null) {
        let s;
        if (s === void 0) if (e === "false" || e === 0 || e === null) s = false;
        else if (e === "true" || e === 1) s = true;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const n = { instancePath: p + "/hidden", schemaPath: "#/properties/hidden/type", keyword: "type", params: { type: f.properties.hidden.type }, message: "must be boolean,null", schema: f.properties.hidden.type, parentSchema: f.properties.hidden, data: e };
          r === null ? r = [n] : r.push(n), i++;
        }
        s !== void 0 && (e = s, t !== void 0 && (t.hidden = s));
      }
    }
    t.extra !== void 0 && (D(t.extra, { instancePath: p + "/extra", parentData: t, parentDataProperty: "extra", rootData: h }) || (r = r === null ? D.errors : r.concat(D.errors), i = r.length));
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.type, parentSchema: f, data: t };
    r === null ? r = [e] : r.push(e), i++;
  }
  return O.errors = r, i === 0;
}
function H(t, { instancePath: p = "", parentData: y, parentDataProperty: b, rootData: h = t } = {}) {
  let r = null, i = 0;
  if (t && typeof t == "object" && !Array.isArray(t)) {
    for (const s in t) if (!(s === "settings" || s === "endpoints")) {
      const n = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: P, data: t };
      r === null ? r = [n] : r.push(n), i++;
    }
    if (t.settings !== void 0 && (A(t.settings, { instancePath: p + "/settings", parentData: t, parentDataProperty: "settings", rootData: h }) || (r = r === null ? A.errors : r.concat(A.errors), i = r.length)), t.endpoints !== void 0) {
      let s = t.endpoints;
      if (Array.isArray(s)) {
        const n = s.length;
        for (let a = 0; a < n; a++) {
          let l = s[a];
          if (typeof l != "string" && !(l && typeof l == "object" && !Array.isArray(l))) {
            let g = typeof l, k;
            if (k === void 0) if (g == "number" || g == "boolean") k = "" + l;
            else if (l === null) k = "";
            else {
              const v = { instancePath: p + "/endpoints/" + a, schemaPath: "#/properties/endpoints/items/type", keyword: "type", params: { type: P.properties.endpoints.items.type }, message: "must be string,object", schema: P.properties.endpoints.items.type, parentSchema: P.properties.endpoints.items, data: l };
              r === null ? r = [v] : r.push(v), i++;
            }
            k !== void 0 && (l = k, s !== void 0 && (s[a] = k));
          }
          const U = i;
          let E = true;
          const R = i;
          if (!(l && typeof l == "object" && !Array.isArray(l))) {
            const g = {};
            r === null ? r = [g] : r.push(g), i++;
          }
          var e = R === i;
          i = U, r !== null && (U ? r.length = U : r = null);
          let x;
          if (e) {
            const g = i;
            O(l, { instancePath: p + "/endpoints/" + a, parentData: s, parentDataProperty: a, rootData: h }) || (r = r === null ? O.errors : r.concat(O.errors), i = r.length);
            var e = g === i;
            E = e, x = "then";
          } else {
            const g = i;
            if (typeof l == "string" && d(l) < 1) {
              const v = { instancePath: p + "/endpoints/" + a, schemaPath: "#/properties/endpoints/items/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: P.properties.endpoints.items.else, data: l };
              r === null ? r = [v] : r.push(v), i++;
            }
            var e = g === i;
            E = e, x = "else";
          }
          if (!E) {
            const g = { instancePath: p + "/endpoints/" + a, schemaPath: "#/properties/endpoints/items/if", keyword: "if", params: { failingKeyword: x }, message: 'must match "' + x + '" schema', schema: P.properties.endpoints.items.if, parentSchema: P.properties.endpoints.items, data: l };
            r === null ? r = [g] : r.push(g), i++;
          }
        }
      } else {
        const n = { instancePath: p + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: P.properties.endpoints.type, parentSchema: P.properties.endpoints, data: s };
        r === null ? r = [n] : r.push(n), i++;
      }
    }
  } else {
    const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: P.type, parentSchema: P, data: t };
    r === null ? r = [s] : r.push(s), i++;
  }
  return H.errors = r, i === 0;
}
var N = B;
export {
  N as default,
  B as v
};
