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
  default: () => J,
  v: () => R
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var R = z;
var g = { $schema: "http://json-schema.org/draft-07/schema#", $id: "endpoint-group.schema.json", title: "Dify endpoint group (the file listed under plugins.endpoints)", description: "daemon pkg/entities/plugin_entities/endpoint_declaration.go (EndpointProviderDeclaration); SDK entities/endpoint.py (EndpointProviderConfiguration).", type: "object", properties: { settings: { description: "The fields users fill in when they set up an endpoint: a list (the daemon decodes a plain list).", $ref: "common.schema.json#/definitions/providerConfigList" }, endpoints: { description: "Endpoint declarations: paths of endpoint YAML files, or endpoints written inline.", type: "array", items: { type: ["string", "object"], if: { type: "object" }, then: { $ref: "endpoint.schema.json" }, else: { minLength: 1 } }, "x-dpr-fix": "List the endpoint files, e.g. `endpoints: [endpoints/hook.yaml]`." } }, additionalProperties: false };
var A = { description: "A list of fields, each with its name (the SDK accepts only the list form here).", type: ["array", "null"], items: { $ref: "#/definitions/namedProviderConfig" }, "x-dpr-fix": "Write the fields as a list: `- name: api_key` with type and label under it." };
var x = { description: "A field written in list form: the SDK requires its name.", allOf: [{ $ref: "#/definitions/providerConfig" }, { type: "object", required: ["name"], properties: { name: { "x-dpr-fix": "Give the field a `name:` (the key your code reads the value by); the SDK refuses a field without one." } } }] };
var f = { description: "A credential, setting or OAuth field (daemon pkg/entities/plugin_entities/config.go).", type: "object", required: ["type", "label"], properties: { name: { type: "string", minLength: 1, maxLength: 1023 }, type: { type: "string", enum: ["secret-input", "text-input", "select", "boolean", "app-selector", "model-selector", "array[tools]"] }, scope: { type: ["string", "null"] }, required: { type: ["boolean", "null"] }, default: { type: ["string", "number", "boolean", "null"] }, options: { type: ["array", "null"], maxItems: 127, items: { $ref: "#/definitions/configOption" } }, multiple: { type: ["boolean", "null"] }, label: { $ref: "#/definitions/i18n" }, help: { $ref: "#/definitions/i18nOptional" }, placeholder: { $ref: "#/definitions/i18nOptional" }, url: { type: ["string", "null"] } } };
var l = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var d = { description: "Localized text whose en_US may be empty.", "x-dpr-i18n": true, type: ["object", "null"], properties: { en_US: { type: "string", maxLength: 1023 }, zh_Hans: { type: "string", maxLength: 1023 }, ja_JP: { type: "string", maxLength: 1023 }, pt_BR: { type: "string", maxLength: 1023 } }, additionalProperties: { type: ["string", "null"] } };
var h = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var c = { type: "object", required: ["value", "label"], properties: { value: { type: "string", minLength: 1, maxLength: 127, "x-dpr-string": "coerce" }, label: { $ref: "#/definitions/i18n" }, icon: { type: ["string", "null"] }, show_on: { type: ["array", "null"] } } };
function v(s, { instancePath: o = "", parentData: P, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, a = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.value === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: c.required, parentSchema: c, data: s };
      n === null ? n = [e] : n.push(e), a++;
    }
    if (s.label === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: c.required, parentSchema: c, data: s };
      n === null ? n = [e] : n.push(e), a++;
    }
    if (s.value !== void 0) {
      let e = s.value;
      if (typeof e != "string") {
        let t = typeof e, r;
        if (r === void 0) if (t == "number" || t == "boolean") r = "" + e;
        else if (e === null) r = "";
        else {
          const i = { instancePath: o + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.value.type, parentSchema: c.properties.value, data: e };
          n === null ? n = [i] : n.push(i), a++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.value = r));
      }
      if (typeof e == "string") {
        if (h(e) > 127) {
          const t = { instancePath: o + "/value", schemaPath: "#/properties/value/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: c.properties.value, data: e };
          n === null ? n = [t] : n.push(t), a++;
        }
        if (h(e) < 1) {
          const t = { instancePath: o + "/value", schemaPath: "#/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.value, data: e };
          n === null ? n = [t] : n.push(t), a++;
        }
      }
    }
    if (s.label !== void 0) {
      let e = s.label;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.en_US === void 0) {
          const t = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
          n === null ? n = [t] : n.push(t), a++;
        }
        for (const t in e) if (!(t === "en_US" || t === "zh_Hans" || t === "ja_JP" || t === "pt_BR")) {
          let r = e[t];
          if (typeof r != "string" && r !== null) {
            let i = typeof r, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + r;
            else if (r === null) p = "";
            else if (r === "" || r === 0 || r === false) p = null;
            else {
              const u = { instancePath: o + "/label/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
              n === null ? n = [u] : n.push(u), a++;
            }
            p !== void 0 && (r = p, e !== void 0 && (e[t] = p));
          }
        }
        if (e.en_US !== void 0) {
          let t = e.en_US;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.en_US = i));
          }
          if (typeof t == "string") {
            if (h(t) > 1023) {
              const r = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: t };
              n === null ? n = [r] : n.push(r), a++;
            }
            if (h(t) < 1) {
              const r = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: t };
              n === null ? n = [r] : n.push(r), a++;
            }
          }
        }
        if (e.zh_Hans !== void 0) {
          let t = e.zh_Hans;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.zh_Hans = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.ja_JP !== void 0) {
          let t = e.ja_JP;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.ja_JP = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.pt_BR !== void 0) {
          let t = e.pt_BR;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.pt_BR = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
      } else {
        const t = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
        n === null ? n = [t] : n.push(t), a++;
      }
    }
    if (s.icon !== void 0) {
      let e = s.icon;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, r;
        if (r === void 0) if (t == "number" || t == "boolean") r = "" + e;
        else if (e === null) r = "";
        else if (e === "" || e === 0 || e === false) r = null;
        else {
          const i = { instancePath: o + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: c.properties.icon.type }, message: "must be string,null", schema: c.properties.icon.type, parentSchema: c.properties.icon, data: e };
          n === null ? n = [i] : n.push(i), a++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.icon = r));
      }
    }
    if (s.show_on !== void 0) {
      let e = s.show_on;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const r = { instancePath: o + "/show_on", schemaPath: "#/properties/show_on/type", keyword: "type", params: { type: c.properties.show_on.type }, message: "must be array,null", schema: c.properties.show_on.type, parentSchema: c.properties.show_on, data: e };
          n === null ? n = [r] : n.push(r), a++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.show_on = t));
      }
    }
  } else {
    const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.type, parentSchema: c, data: s };
    n === null ? n = [e] : n.push(e), a++;
  }
  return v.errors = n, a === 0;
}
function T(s, { instancePath: o = "", parentData: P, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, a = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.type === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: f.required, parentSchema: f, data: s };
      n === null ? n = [e] : n.push(e), a++;
    }
    if (s.label === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: f.required, parentSchema: f, data: s };
      n === null ? n = [e] : n.push(e), a++;
    }
    if (s.name !== void 0) {
      let e = s.name;
      if (typeof e != "string") {
        let t = typeof e, r;
        if (r === void 0) if (t == "number" || t == "boolean") r = "" + e;
        else if (e === null) r = "";
        else {
          const i = { instancePath: o + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.name.type, parentSchema: f.properties.name, data: e };
          n === null ? n = [i] : n.push(i), a++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.name = r));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: o + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: f.properties.name, data: e };
          n === null ? n = [t] : n.push(t), a++;
        }
        if (h(e) < 1) {
          const t = { instancePath: o + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.name, data: e };
          n === null ? n = [t] : n.push(t), a++;
        }
      }
    }
    if (s.type !== void 0) {
      let e = s.type;
      if (typeof e != "string") {
        let t = typeof e, r;
        if (r === void 0) if (t == "number" || t == "boolean") r = "" + e;
        else if (e === null) r = "";
        else {
          const i = { instancePath: o + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.type.type, parentSchema: f.properties.type, data: e };
          n === null ? n = [i] : n.push(i), a++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.type = r));
      }
      if (!(e === "secret-input" || e === "text-input" || e === "select" || e === "boolean" || e === "app-selector" || e === "model-selector" || e === "array[tools]")) {
        const t = { instancePath: o + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: f.properties.type.enum }, message: "must be equal to one of the allowed values", schema: f.properties.type.enum, parentSchema: f.properties.type, data: e };
        n === null ? n = [t] : n.push(t), a++;
      }
    }
    if (s.scope !== void 0) {
      let e = s.scope;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, r;
        if (r === void 0) if (t == "number" || t == "boolean") r = "" + e;
        else if (e === null) r = "";
        else if (e === "" || e === 0 || e === false) r = null;
        else {
          const i = { instancePath: o + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: f.properties.scope.type }, message: "must be string,null", schema: f.properties.scope.type, parentSchema: f.properties.scope, data: e };
          n === null ? n = [i] : n.push(i), a++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.scope = r));
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
          const r = { instancePath: o + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: f.properties.required.type }, message: "must be boolean,null", schema: f.properties.required.type, parentSchema: f.properties.required, data: e };
          n === null ? n = [r] : n.push(r), a++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.required = t));
      }
    }
    if (s.default !== void 0) {
      let e = s.default;
      if (typeof e != "string" && !(typeof e == "number" && isFinite(e)) && typeof e != "boolean" && e !== null) {
        let t = typeof e, r;
        if (r === void 0) if (t == "number" || t == "boolean") r = "" + e;
        else if (e === null) r = "";
        else if (t == "boolean" || e === null || t == "string" && e && e == +e) r = +e;
        else if (e === "false" || e === 0 || e === null) r = false;
        else if (e === "true" || e === 1) r = true;
        else if (e === "" || e === 0 || e === false) r = null;
        else {
          const i = { instancePath: o + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: f.properties.default.type }, message: "must be string,number,boolean,null", schema: f.properties.default.type, parentSchema: f.properties.default, data: e };
          n === null ? n = [i] : n.push(i), a++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.default = r));
      }
    }
    if (s.options !== void 0) {
      let e = s.options;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const r = { instancePath: o + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: f.properties.options.type }, message: "must be array,null", schema: f.properties.options.type, parentSchema: f.properties.options, data: e };
          n === null ? n = [r] : n.push(r), a++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.options = t));
      }
      if (Array.isArray(e)) {
        if (e.length > 127) {
          const r = { instancePath: o + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 127 }, message: "must NOT have more than 127 items", schema: 127, parentSchema: f.properties.options, data: e };
          n === null ? n = [r] : n.push(r), a++;
        }
        const t = e.length;
        for (let r = 0; r < t; r++) v(e[r], { instancePath: o + "/options/" + r, parentData: e, parentDataProperty: r, rootData: b }) || (n = n === null ? v.errors : n.concat(v.errors), a = n.length);
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
          const r = { instancePath: o + "/multiple", schemaPath: "#/properties/multiple/type", keyword: "type", params: { type: f.properties.multiple.type }, message: "must be boolean,null", schema: f.properties.multiple.type, parentSchema: f.properties.multiple, data: e };
          n === null ? n = [r] : n.push(r), a++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.multiple = t));
      }
    }
    if (s.label !== void 0) {
      let e = s.label;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.en_US === void 0) {
          const t = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: l.required, parentSchema: l, data: e };
          n === null ? n = [t] : n.push(t), a++;
        }
        for (const t in e) if (!(t === "en_US" || t === "zh_Hans" || t === "ja_JP" || t === "pt_BR")) {
          let r = e[t];
          if (typeof r != "string" && r !== null) {
            let i = typeof r, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + r;
            else if (r === null) p = "";
            else if (r === "" || r === 0 || r === false) p = null;
            else {
              const u = { instancePath: o + "/label/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: l.additionalProperties.type }, message: "must be string,null", schema: l.additionalProperties.type, parentSchema: l.additionalProperties, data: r };
              n === null ? n = [u] : n.push(u), a++;
            }
            p !== void 0 && (r = p, e !== void 0 && (e[t] = p));
          }
        }
        if (e.en_US !== void 0) {
          let t = e.en_US;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.en_US.type, parentSchema: l.properties.en_US, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.en_US = i));
          }
          if (typeof t == "string") {
            if (h(t) > 1023) {
              const r = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.en_US, data: t };
              n === null ? n = [r] : n.push(r), a++;
            }
            if (h(t) < 1) {
              const r = { instancePath: o + "/label/en_US", schemaPath: "#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.en_US, data: t };
              n === null ? n = [r] : n.push(r), a++;
            }
          }
        }
        if (e.zh_Hans !== void 0) {
          let t = e.zh_Hans;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.zh_Hans.type, parentSchema: l.properties.zh_Hans, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.zh_Hans = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/label/zh_Hans", schemaPath: "#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.zh_Hans, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.ja_JP !== void 0) {
          let t = e.ja_JP;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.ja_JP.type, parentSchema: l.properties.ja_JP, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.ja_JP = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/label/ja_JP", schemaPath: "#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.ja_JP, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.pt_BR !== void 0) {
          let t = e.pt_BR;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.pt_BR.type, parentSchema: l.properties.pt_BR, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.pt_BR = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/label/pt_BR", schemaPath: "#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: l.properties.pt_BR, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
      } else {
        const t = { instancePath: o + "/label", schemaPath: "#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: e };
        n === null ? n = [t] : n.push(t), a++;
      }
    }
    if (s.help !== void 0) {
      let e = s.help;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const r = { instancePath: o + "/help", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: e };
          n === null ? n = [r] : n.push(r), a++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.help = t));
      }
      if (e && typeof e == "object" && !Array.isArray(e)) {
        for (const t in e) if (!(t === "en_US" || t === "zh_Hans" || t === "ja_JP" || t === "pt_BR")) {
          let r = e[t];
          if (typeof r != "string" && r !== null) {
            let i = typeof r, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + r;
            else if (r === null) p = "";
            else if (r === "" || r === 0 || r === false) p = null;
            else {
              const u = { instancePath: o + "/help/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: r };
              n === null ? n = [u] : n.push(u), a++;
            }
            p !== void 0 && (r = p, e !== void 0 && (e[t] = p));
          }
        }
        if (e.en_US !== void 0) {
          let t = e.en_US;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.en_US = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/help/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.zh_Hans !== void 0) {
          let t = e.zh_Hans;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.zh_Hans = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/help/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.ja_JP !== void 0) {
          let t = e.ja_JP;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.ja_JP = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/help/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.pt_BR !== void 0) {
          let t = e.pt_BR;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.pt_BR = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/help/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
      }
    }
    if (s.placeholder !== void 0) {
      let e = s.placeholder;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const r = { instancePath: o + "/placeholder", schemaPath: "#/definitions/i18nOptional/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: e };
          n === null ? n = [r] : n.push(r), a++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.placeholder = t));
      }
      if (e && typeof e == "object" && !Array.isArray(e)) {
        for (const t in e) if (!(t === "en_US" || t === "zh_Hans" || t === "ja_JP" || t === "pt_BR")) {
          let r = e[t];
          if (typeof r != "string" && r !== null) {
            let i = typeof r, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + r;
            else if (r === null) p = "";
            else if (r === "" || r === 0 || r === false) p = null;
            else {
              const u = { instancePath: o + "/placeholder/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/i18nOptional/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: r };
              n === null ? n = [u] : n.push(u), a++;
            }
            p !== void 0 && (r = p, e !== void 0 && (e[t] = p));
          }
        }
        if (e.en_US !== void 0) {
          let t = e.en_US;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.en_US = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/placeholder/en_US", schemaPath: "#/definitions/i18nOptional/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.zh_Hans !== void 0) {
          let t = e.zh_Hans;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.zh_Hans = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/placeholder/zh_Hans", schemaPath: "#/definitions/i18nOptional/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.ja_JP !== void 0) {
          let t = e.ja_JP;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.ja_JP = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/placeholder/ja_JP", schemaPath: "#/definitions/i18nOptional/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
        if (e.pt_BR !== void 0) {
          let t = e.pt_BR;
          if (typeof t != "string") {
            let r = typeof t, i;
            if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: t };
              n === null ? n = [p] : n.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.pt_BR = i));
          }
          if (typeof t == "string" && h(t) > 1023) {
            const r = { instancePath: o + "/placeholder/pt_BR", schemaPath: "#/definitions/i18nOptional/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
      }
    }
    if (s.url !== void 0) {
      let e = s.url;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, r;
        if (r === void 0) if (t == "number" || t == "boolean") r = "" + e;
        else if (e === null) r = "";
        else if (e === "" || e === 0 || e === false) r = null;
        else {
          const i = { instancePath: o + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: f.properties.url.type }, message: "must be string,null", schema: f.properties.url.type, parentSchema: f.properties.url, data: e };
          n === null ? n = [i] : n.push(i), a++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.url = r));
      }
    }
  } else {
    const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.type, parentSchema: f, data: s };
    n === null ? n = [e] : n.push(e), a++;
  }
  return T.errors = n, a === 0;
}
function L(s, { instancePath: o = "", parentData: P, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, a = 0;
  if (T(s, { instancePath: o, parentData: P, parentDataProperty: S, rootData: b }) || (n = n === null ? T.errors : n.concat(T.errors), a = n.length), s && typeof s == "object" && !Array.isArray(s)) {
    if (s.name === void 0) {
      const e = { instancePath: o, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: x.allOf[1].required, parentSchema: x.allOf[1], data: s };
      n === null ? n = [e] : n.push(e), a++;
    }
  } else {
    const e = { instancePath: o, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: x.allOf[1].type, parentSchema: x.allOf[1], data: s };
    n === null ? n = [e] : n.push(e), a++;
  }
  return L.errors = n, a === 0;
}
function q(s, { instancePath: o = "", parentData: P, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, a = 0;
  if (!Array.isArray(s) && s !== null) {
    let e;
    if (e === void 0) if (s === "" || s === 0 || s === false) e = null;
    else {
      const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: A.type }, message: "must be array,null", schema: A.type, parentSchema: A, data: s };
      n === null ? n = [t] : n.push(t), a++;
    }
    e !== void 0 && (s = e, P !== void 0 && (P[S] = e));
  }
  if (Array.isArray(s)) {
    const e = s.length;
    for (let t = 0; t < e; t++) L(s[t], { instancePath: o + "/" + t, parentData: s, parentDataProperty: t, rootData: b }) || (n = n === null ? L.errors : n.concat(L.errors), a = n.length);
  }
  return q.errors = n, a === 0;
}
var m = { $schema: "http://json-schema.org/draft-07/schema#", $id: "endpoint.schema.json", title: "Dify endpoint (a file listed under an endpoint group's endpoints)", description: "daemon pkg/entities/plugin_entities/endpoint_declaration.go (EndpointDeclaration); SDK entities/endpoint.py (EndpointConfiguration), registered as a werkzeug routing Rule.", type: "object", required: ["path", "method", "extra"], properties: { path: { description: "The URL path under the endpoint's base URL; werkzeug refuses a rule without a leading slash.", type: "string", minLength: 1, pattern: "^/", "x-dpr-fix": "Start the path with a slash, e.g. `path: /webhook` (the SDK's router refuses it otherwise and the plugin does not start)." }, method: { type: "string", enum: ["HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS"], "x-dpr-string": true, "x-dpr-fix": "Use one HTTP method in capitals: GET, POST, PUT, DELETE, HEAD or OPTIONS." }, hidden: { type: ["boolean", "null"] }, extra: { $ref: "common.schema.json#/definitions/sdkExtra", "x-dpr-fix": "Add `extra: {python: {source: endpoints/my_endpoint.py}}`: the SDK needs it to load the endpoint." } }, additionalProperties: false };
var _ = { description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.", "x-dpr-daemon": false, type: "object", required: ["python"], properties: { python: { type: "object", required: ["source"], properties: { source: { type: "string", minLength: 1, "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`." } }, "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra." } } };
var B = new RegExp("^/", "u");
function O(s, { instancePath: o = "", parentData: P, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, a = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.path === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: m.required, parentSchema: m, data: s };
      n === null ? n = [e] : n.push(e), a++;
    }
    if (s.method === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: m.required, parentSchema: m, data: s };
      n === null ? n = [e] : n.push(e), a++;
    }
    if (s.extra === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: m.required, parentSchema: m, data: s };
      n === null ? n = [e] : n.push(e), a++;
    }
    for (const e in s) if (!(e === "path" || e === "method" || e === "hidden" || e === "extra")) {
      const t = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: m, data: s };
      n === null ? n = [t] : n.push(t), a++;
    }
    if (s.path !== void 0) {
      let e = s.path;
      if (typeof e != "string") {
        let t = typeof e, r;
        if (r === void 0) if (t == "number" || t == "boolean") r = "" + e;
        else if (e === null) r = "";
        else {
          const i = { instancePath: o + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.path.type, parentSchema: m.properties.path, data: e };
          n === null ? n = [i] : n.push(i), a++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.path = r));
      }
      if (typeof e == "string") {
        if (h(e) < 1) {
          const t = { instancePath: o + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.path, data: e };
          n === null ? n = [t] : n.push(t), a++;
        }
        if (!B.test(e)) {
          const t = { instancePath: o + "/path", schemaPath: "#/properties/path/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: m.properties.path, data: e };
          n === null ? n = [t] : n.push(t), a++;
        }
      }
    }
    if (s.method !== void 0) {
      let e = s.method;
      if (typeof e != "string") {
        let t = typeof e, r;
        if (r === void 0) if (t == "number" || t == "boolean") r = "" + e;
        else if (e === null) r = "";
        else {
          const i = { instancePath: o + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.method.type, parentSchema: m.properties.method, data: e };
          n === null ? n = [i] : n.push(i), a++;
        }
        r !== void 0 && (e = r, s !== void 0 && (s.method = r));
      }
      if (!(e === "HEAD" || e === "GET" || e === "POST" || e === "PUT" || e === "DELETE" || e === "OPTIONS")) {
        const t = { instancePath: o + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: m.properties.method.enum }, message: "must be equal to one of the allowed values", schema: m.properties.method.enum, parentSchema: m.properties.method, data: e };
        n === null ? n = [t] : n.push(t), a++;
      }
    }
    if (s.hidden !== void 0) {
      let e = s.hidden;
      if (typeof e != "boolean" && e !== null) {
        let t;
        if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
        else if (e === "true" || e === 1) t = true;
        else if (e === "" || e === 0 || e === false) t = null;
        else {
          const r = { instancePath: o + "/hidden", schemaPath: "#/properties/hidden/type", keyword: "type", params: { type: m.properties.hidden.type }, message: "must be boolean,null", schema: m.properties.hidden.type, parentSchema: m.properties.hidden, data: e };
          n === null ? n = [r] : n.push(r), a++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.hidden = t));
      }
    }
    if (s.extra !== void 0) {
      let e = s.extra;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.python === void 0) {
          const t = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: _.required, parentSchema: _, data: e };
          n === null ? n = [t] : n.push(t), a++;
        }
        if (e.python !== void 0) {
          let t = e.python;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.source === void 0) {
              const r = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: _.properties.python.required, parentSchema: _.properties.python, data: t };
              n === null ? n = [r] : n.push(r), a++;
            }
            if (t.source !== void 0) {
              let r = t.source;
              if (typeof r != "string") {
                let i = typeof r, p;
                if (p === void 0) if (i == "number" || i == "boolean") p = "" + r;
                else if (r === null) p = "";
                else {
                  const u = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.python.properties.source.type, parentSchema: _.properties.python.properties.source, data: r };
                  n === null ? n = [u] : n.push(u), a++;
                }
                p !== void 0 && (r = p, t !== void 0 && (t.source = p));
              }
              if (typeof r == "string" && h(r) < 1) {
                const i = { instancePath: o + "/extra/python/source", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: _.properties.python.properties.source, data: r };
                n === null ? n = [i] : n.push(i), a++;
              }
            }
          } else {
            const r = { instancePath: o + "/extra/python", schemaPath: "common.schema.json#/definitions/sdkExtra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.properties.python.type, parentSchema: _.properties.python, data: t };
            n === null ? n = [r] : n.push(r), a++;
          }
        }
      } else {
        const t = { instancePath: o + "/extra", schemaPath: "common.schema.json#/definitions/sdkExtra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.type, parentSchema: _, data: e };
        n === null ? n = [t] : n.push(t), a++;
      }
    }
  } else {
    const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: s };
    n === null ? n = [e] : n.push(e), a++;
  }
  return O.errors = n, a === 0;
}
function z(s, { instancePath: o = "", parentData: P, parentDataProperty: S, rootData: b = s } = {}) {
  let n = null, a = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    for (const t in s) if (!(t === "settings" || t === "endpoints")) {
      const r = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: s };
      n === null ? n = [r] : n.push(r), a++;
    }
    if (s.settings !== void 0 && (q(s.settings, { instancePath: o + "/settings", parentData: s, parentDataProperty: "settings", rootData: b }) || (n = n === null ? q.errors : n.concat(q.errors), a = n.length)), s.endpoints !== void 0) {
      let t = s.endpoints;
      if (Array.isArray(t)) {
        const r = t.length;
        for (let i = 0; i < r; i++) {
          let p = t[i];
          if (typeof p != "string" && !(p && typeof p == "object" && !Array.isArray(p))) {
            let y = typeof p, w;
            if (w === void 0) if (y == "number" || y == "boolean") w = "" + p;
            else if (p === null) w = "";
            else {
              const k = { instancePath: o + "/endpoints/" + i, schemaPath: "#/properties/endpoints/items/type", keyword: "type", params: { type: g.properties.endpoints.items.type }, message: "must be string,object", schema: g.properties.endpoints.items.type, parentSchema: g.properties.endpoints.items, data: p };
              n === null ? n = [k] : n.push(k), a++;
            }
            w !== void 0 && (p = w, t !== void 0 && (t[i] = w));
          }
          const u = a;
          let U = true;
          const H = a;
          if (!(p && typeof p == "object" && !Array.isArray(p))) {
            const y = {};
            n === null ? n = [y] : n.push(y), a++;
          }
          var e = H === a;
          a = u, n !== null && (u ? n.length = u : n = null);
          let j;
          if (e) {
            const y = a;
            O(p, { instancePath: o + "/endpoints/" + i, parentData: t, parentDataProperty: i, rootData: b }) || (n = n === null ? O.errors : n.concat(O.errors), a = n.length);
            var e = y === a;
            U = e, j = "then";
          } else {
            const y = a;
            if (typeof p == "string" && h(p) < 1) {
              const k = { instancePath: o + "/endpoints/" + i, schemaPath: "#/properties/endpoints/items/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.endpoints.items.else, data: p };
              n === null ? n = [k] : n.push(k), a++;
            }
            var e = y === a;
            U = e, j = "else";
          }
          if (!U) {
            const y = { instancePath: o + "/endpoints/" + i, schemaPath: "#/properties/endpoints/items/if", keyword: "if", params: { failingKeyword: j }, message: 'must match "' + j + '" schema', schema: g.properties.endpoints.items.if, parentSchema: g.properties.endpoints.items, data: p };
            n === null ? n = [y] : n.push(y), a++;
          }
        }
      } else {
        const r = { instancePath: o + "/endpoints", schemaPath: "#/properties/endpoints/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: g.properties.endpoints.type, parentSchema: g.properties.endpoints, data: t };
        n === null ? n = [r] : n.push(r), a++;
      }
    }
  } else {
    const t = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: s };
    n === null ? n = [t] : n.push(t), a++;
  }
  return z.errors = n, a === 0;
}
var J = R;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
