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
  default: () => x,
  v: () => k
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var k = j;
var m = { $schema: "http://json-schema.org/draft-07/schema#", $id: "agent-strategy-provider.schema.json", title: "Dify agent strategy provider (the file listed under plugins.agent_strategies)", description: "daemon pkg/entities/plugin_entities/agent_declaration.go (AgentStrategyProviderDeclaration); SDK entities/agent.py (AgentStrategyProviderConfiguration).", type: "object", required: ["identity", "strategies"], properties: { identity: { description: "Same shape as a tool provider's identity; the SDK requires description and icon.", type: "object", required: ["author", "name", "label", "description", "icon"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: "string", minLength: 1 }, icon_dark: { type: ["string", "null"] }, tags: { $ref: "common.schema.json#/definitions/tags" } }, additionalProperties: false }, strategies: { description: "Paths of the strategy YAML files (the SDK refuses strategies written inline).", type: "array", items: { type: "string", minLength: 1, "x-dpr-fix": "Put the strategy in its own YAML file and list its path: the SDK accepts only paths here." }, "x-dpr-fix": "List the strategy files, e.g. `strategies: [strategies/my_strategy.yaml]`." }, extra: { $ref: "common.schema.json#/definitions/pythonExtra" } }, additionalProperties: false };
var y = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var d = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var c = { description: "SDK-only: where the Python implementation lives.", "x-dpr-daemon": false, type: ["object", "null"], properties: { python: { type: ["object", "null"], properties: { source: { type: "string", minLength: 1 } } } } };
var f = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var w = new RegExp("^[a-zA-Z0-9_-]+$", "u");
var P = { type: ["array", "null"], items: { $ref: "#/definitions/tag" } };
var u = { description: "Plugin tags accepted by the daemon (pkg/entities/manifest_entities/tags.go).", type: "string", enum: ["search", "image", "videos", "weather", "finance", "design", "travel", "social", "news", "medical", "productivity", "education", "business", "entertainment", "utilities", "agent", "rag", "other", "trigger"], "x-dpr-code": "DPR113", "x-dpr-fix": "Use one of Dify's tags; `rag`, `agent` and `trigger` need a recent daemon." };
function g(l, { instancePath: p = "", parentData: _, parentDataProperty: b, rootData: S = l } = {}) {
  let t = null, a = 0;
  if (!Array.isArray(l) && l !== null) {
    let r;
    if (r === void 0) if (l === "" || l === 0 || l === false) r = null;
    else {
      const i = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: P.type }, message: "must be array,null", schema: P.type, parentSchema: P, data: l };
      t === null ? t = [i] : t.push(i), a++;
    }
    r !== void 0 && (l = r, _ !== void 0 && (_[b] = r));
  }
  if (Array.isArray(l)) {
    const r = l.length;
    for (let i = 0; i < r; i++) {
      let e = l[i];
      if (typeof e != "string") {
        let n = typeof e, s;
        if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const o = { instancePath: p + "/" + i, schemaPath: "#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.type, parentSchema: u, data: e };
          t === null ? t = [o] : t.push(o), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l[i] = s));
      }
      if (!(e === "search" || e === "image" || e === "videos" || e === "weather" || e === "finance" || e === "design" || e === "travel" || e === "social" || e === "news" || e === "medical" || e === "productivity" || e === "education" || e === "business" || e === "entertainment" || e === "utilities" || e === "agent" || e === "rag" || e === "other" || e === "trigger")) {
        const n = { instancePath: p + "/" + i, schemaPath: "#/definitions/tag/enum", keyword: "enum", params: { allowedValues: u.enum }, message: "must be equal to one of the allowed values", schema: u.enum, parentSchema: u, data: e };
        t === null ? t = [n] : t.push(n), a++;
      }
    }
  }
  return g.errors = t, a === 0;
}
function j(l, { instancePath: p = "", parentData: _, parentDataProperty: b, rootData: S = l } = {}) {
  let t = null, a = 0;
  if (l && typeof l == "object" && !Array.isArray(l)) {
    if (l.identity === void 0) {
      const r = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: m.required, parentSchema: m, data: l };
      t === null ? t = [r] : t.push(r), a++;
    }
    if (l.strategies === void 0) {
      const r = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "strategies" }, message: "must have required property 'strategies'", schema: m.required, parentSchema: m, data: l };
      t === null ? t = [r] : t.push(r), a++;
    }
    for (const r in l) if (!(r === "identity" || r === "strategies" || r === "extra")) {
      const i = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: m, data: l };
      t === null ? t = [i] : t.push(i), a++;
    }
    if (l.identity !== void 0) {
      let r = l.identity;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.author === void 0) {
          const i = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: r };
          t === null ? t = [i] : t.push(i), a++;
        }
        if (r.name === void 0) {
          const i = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: r };
          t === null ? t = [i] : t.push(i), a++;
        }
        if (r.label === void 0) {
          const i = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: r };
          t === null ? t = [i] : t.push(i), a++;
        }
        if (r.description === void 0) {
          const i = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: r };
          t === null ? t = [i] : t.push(i), a++;
        }
        if (r.icon === void 0) {
          const i = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: m.properties.identity.required, parentSchema: m.properties.identity, data: r };
          t === null ? t = [i] : t.push(i), a++;
        }
        for (const i in r) if (!(i === "author" || i === "name" || i === "label" || i === "description" || i === "icon" || i === "icon_dark" || i === "tags")) {
          const e = { instancePath: p + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: i }, message: "must NOT have additional properties", schema: false, parentSchema: m.properties.identity, data: r };
          t === null ? t = [e] : t.push(e), a++;
        }
        if (r.author !== void 0) {
          let i = r.author;
          if (typeof i != "string") {
            let e = typeof i, n;
            if (n === void 0) if (e == "number" || e == "boolean") n = "" + i;
            else if (i === null) n = "";
            else {
              const s = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.identity.properties.author.type, parentSchema: m.properties.identity.properties.author, data: i };
              t === null ? t = [s] : t.push(s), a++;
            }
            n !== void 0 && (i = n, r !== void 0 && (r.author = n));
          }
          if (typeof i == "string" && f(i) < 1) {
            const e = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.identity.properties.author, data: i };
            t === null ? t = [e] : t.push(e), a++;
          }
        }
        if (r.name !== void 0) {
          let i = r.name;
          if (typeof i != "string") {
            let e = typeof i, n;
            if (n === void 0) if (e == "number" || e == "boolean") n = "" + i;
            else if (i === null) n = "";
            else {
              const s = { instancePath: p + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.type, parentSchema: y, data: i };
              t === null ? t = [s] : t.push(s), a++;
            }
            n !== void 0 && (i = n, r !== void 0 && (r.name = n));
          }
          if (typeof i == "string") {
            if (f(i) < 1) {
              const e = { instancePath: p + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: y, data: i };
              t === null ? t = [e] : t.push(e), a++;
            }
            if (!w.test(i)) {
              const e = { instancePath: p + "/identity/name", schemaPath: "common.schema.json#/definitions/identityName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: y, data: i };
              t === null ? t = [e] : t.push(e), a++;
            }
          }
        }
        if (r.label !== void 0) {
          let i = r.label;
          if (i && typeof i == "object" && !Array.isArray(i)) {
            if (i.en_US === void 0) {
              const e = { instancePath: p + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: i };
              t === null ? t = [e] : t.push(e), a++;
            }
            for (const e in i) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
              let n = i[e];
              if (typeof n != "string" && n !== null) {
                let s = typeof n, o;
                if (o === void 0) if (s == "number" || s == "boolean") o = "" + n;
                else if (n === null) o = "";
                else if (n === "" || n === 0 || n === false) o = null;
                else {
                  const h = { instancePath: p + "/identity/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: n };
                  t === null ? t = [h] : t.push(h), a++;
                }
                o !== void 0 && (n = o, i !== void 0 && (i[e] = o));
              }
            }
            if (i.en_US !== void 0) {
              let e = i.en_US;
              if (typeof e != "string") {
                let n = typeof e, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
                else if (e === null) s = "";
                else {
                  const o = { instancePath: p + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: e };
                  t === null ? t = [o] : t.push(o), a++;
                }
                s !== void 0 && (e = s, i !== void 0 && (i.en_US = s));
              }
              if (typeof e == "string") {
                if (f(e) > 1023) {
                  const n = { instancePath: p + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: e };
                  t === null ? t = [n] : t.push(n), a++;
                }
                if (f(e) < 1) {
                  const n = { instancePath: p + "/identity/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: e };
                  t === null ? t = [n] : t.push(n), a++;
                }
              }
            }
            if (i.zh_Hans !== void 0) {
              let e = i.zh_Hans;
              if (typeof e != "string") {
                let n = typeof e, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
                else if (e === null) s = "";
                else {
                  const o = { instancePath: p + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: e };
                  t === null ? t = [o] : t.push(o), a++;
                }
                s !== void 0 && (e = s, i !== void 0 && (i.zh_Hans = s));
              }
              if (typeof e == "string" && f(e) > 1023) {
                const n = { instancePath: p + "/identity/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: e };
                t === null ? t = [n] : t.push(n), a++;
              }
            }
            if (i.ja_JP !== void 0) {
              let e = i.ja_JP;
              if (typeof e != "string") {
                let n = typeof e, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
                else if (e === null) s = "";
                else {
                  const o = { instancePath: p + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: e };
                  t === null ? t = [o] : t.push(o), a++;
                }
                s !== void 0 && (e = s, i !== void 0 && (i.ja_JP = s));
              }
              if (typeof e == "string" && f(e) > 1023) {
                const n = { instancePath: p + "/identity/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: e };
                t === null ? t = [n] : t.push(n), a++;
              }
            }
            if (i.pt_BR !== void 0) {
              let e = i.pt_BR;
              if (typeof e != "string") {
                let n = typeof e, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
                else if (e === null) s = "";
                else {
                  const o = { instancePath: p + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: e };
                  t === null ? t = [o] : t.push(o), a++;
                }
                s !== void 0 && (e = s, i !== void 0 && (i.pt_BR = s));
              }
              if (typeof e == "string" && f(e) > 1023) {
                const n = { instancePath: p + "/identity/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: e };
                t === null ? t = [n] : t.push(n), a++;
              }
            }
          } else {
            const e = { instancePath: p + "/identity/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.type, parentSchema: d, data: i };
            t === null ? t = [e] : t.push(e), a++;
          }
        }
        if (r.description !== void 0) {
          let i = r.description;
          if (i && typeof i == "object" && !Array.isArray(i)) {
            if (i.en_US === void 0) {
              const e = { instancePath: p + "/identity/description", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: i };
              t === null ? t = [e] : t.push(e), a++;
            }
            for (const e in i) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
              let n = i[e];
              if (typeof n != "string" && n !== null) {
                let s = typeof n, o;
                if (o === void 0) if (s == "number" || s == "boolean") o = "" + n;
                else if (n === null) o = "";
                else if (n === "" || n === 0 || n === false) o = null;
                else {
                  const h = { instancePath: p + "/identity/description/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: n };
                  t === null ? t = [h] : t.push(h), a++;
                }
                o !== void 0 && (n = o, i !== void 0 && (i[e] = o));
              }
            }
            if (i.en_US !== void 0) {
              let e = i.en_US;
              if (typeof e != "string") {
                let n = typeof e, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
                else if (e === null) s = "";
                else {
                  const o = { instancePath: p + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: e };
                  t === null ? t = [o] : t.push(o), a++;
                }
                s !== void 0 && (e = s, i !== void 0 && (i.en_US = s));
              }
              if (typeof e == "string") {
                if (f(e) > 1023) {
                  const n = { instancePath: p + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: e };
                  t === null ? t = [n] : t.push(n), a++;
                }
                if (f(e) < 1) {
                  const n = { instancePath: p + "/identity/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: e };
                  t === null ? t = [n] : t.push(n), a++;
                }
              }
            }
            if (i.zh_Hans !== void 0) {
              let e = i.zh_Hans;
              if (typeof e != "string") {
                let n = typeof e, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
                else if (e === null) s = "";
                else {
                  const o = { instancePath: p + "/identity/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: e };
                  t === null ? t = [o] : t.push(o), a++;
                }
                s !== void 0 && (e = s, i !== void 0 && (i.zh_Hans = s));
              }
              if (typeof e == "string" && f(e) > 1023) {
                const n = { instancePath: p + "/identity/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: e };
                t === null ? t = [n] : t.push(n), a++;
              }
            }
            if (i.ja_JP !== void 0) {
              let e = i.ja_JP;
              if (typeof e != "string") {
                let n = typeof e, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
                else if (e === null) s = "";
                else {
                  const o = { instancePath: p + "/identity/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: e };
                  t === null ? t = [o] : t.push(o), a++;
                }
                s !== void 0 && (e = s, i !== void 0 && (i.ja_JP = s));
              }
              if (typeof e == "string" && f(e) > 1023) {
                const n = { instancePath: p + "/identity/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: e };
                t === null ? t = [n] : t.push(n), a++;
              }
            }
            if (i.pt_BR !== void 0) {
              let e = i.pt_BR;
              if (typeof e != "string") {
                let n = typeof e, s;
                if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
                else if (e === null) s = "";
                else {
                  const o = { instancePath: p + "/identity/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: e };
                  t === null ? t = [o] : t.push(o), a++;
                }
                s !== void 0 && (e = s, i !== void 0 && (i.pt_BR = s));
              }
              if (typeof e == "string" && f(e) > 1023) {
                const n = { instancePath: p + "/identity/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: e };
                t === null ? t = [n] : t.push(n), a++;
              }
            }
          } else {
            const e = { instancePath: p + "/identity/description", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.type, parentSchema: d, data: i };
            t === null ? t = [e] : t.push(e), a++;
          }
        }
        if (r.icon !== void 0) {
          let i = r.icon;
          if (typeof i != "string") {
            let e = typeof i, n;
            if (n === void 0) if (e == "number" || e == "boolean") n = "" + i;
            else if (i === null) n = "";
            else {
              const s = { instancePath: p + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.identity.properties.icon.type, parentSchema: m.properties.identity.properties.icon, data: i };
              t === null ? t = [s] : t.push(s), a++;
            }
            n !== void 0 && (i = n, r !== void 0 && (r.icon = n));
          }
          if (typeof i == "string" && f(i) < 1) {
            const e = { instancePath: p + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.identity.properties.icon, data: i };
            t === null ? t = [e] : t.push(e), a++;
          }
        }
        if (r.icon_dark !== void 0) {
          let i = r.icon_dark;
          if (typeof i != "string" && i !== null) {
            let e = typeof i, n;
            if (n === void 0) if (e == "number" || e == "boolean") n = "" + i;
            else if (i === null) n = "";
            else if (i === "" || i === 0 || i === false) n = null;
            else {
              const s = { instancePath: p + "/identity/icon_dark", schemaPath: "#/properties/identity/properties/icon_dark/type", keyword: "type", params: { type: m.properties.identity.properties.icon_dark.type }, message: "must be string,null", schema: m.properties.identity.properties.icon_dark.type, parentSchema: m.properties.identity.properties.icon_dark, data: i };
              t === null ? t = [s] : t.push(s), a++;
            }
            n !== void 0 && (i = n, r !== void 0 && (r.icon_dark = n));
          }
        }
        r.tags !== void 0 && (g(r.tags, { instancePath: p + "/identity/tags", parentData: r, parentDataProperty: "tags", rootData: S }) || (t = t === null ? g.errors : t.concat(g.errors), a = t.length));
      } else {
        const i = { instancePath: p + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.properties.identity.type, parentSchema: m.properties.identity, data: r };
        t === null ? t = [i] : t.push(i), a++;
      }
    }
    if (l.strategies !== void 0) {
      let r = l.strategies;
      if (Array.isArray(r)) {
        const i = r.length;
        for (let e = 0; e < i; e++) {
          let n = r[e];
          if (typeof n != "string") {
            let s = typeof n, o;
            if (o === void 0) if (s == "number" || s == "boolean") o = "" + n;
            else if (n === null) o = "";
            else {
              const h = { instancePath: p + "/strategies/" + e, schemaPath: "#/properties/strategies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.strategies.items.type, parentSchema: m.properties.strategies.items, data: n };
              t === null ? t = [h] : t.push(h), a++;
            }
            o !== void 0 && (n = o, r !== void 0 && (r[e] = o));
          }
          if (typeof n == "string" && f(n) < 1) {
            const s = { instancePath: p + "/strategies/" + e, schemaPath: "#/properties/strategies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.strategies.items, data: n };
            t === null ? t = [s] : t.push(s), a++;
          }
        }
      } else {
        const i = { instancePath: p + "/strategies", schemaPath: "#/properties/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: m.properties.strategies.type, parentSchema: m.properties.strategies, data: r };
        t === null ? t = [i] : t.push(i), a++;
      }
    }
    if (l.extra !== void 0) {
      let r = l.extra;
      if (!(r && typeof r == "object" && !Array.isArray(r)) && r !== null) {
        let i;
        if (i === void 0) if (r === "" || r === 0 || r === false) i = null;
        else {
          const e = { instancePath: p + "/extra", schemaPath: "common.schema.json#/definitions/pythonExtra/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: r };
          t === null ? t = [e] : t.push(e), a++;
        }
        i !== void 0 && (r = i, l !== void 0 && (l.extra = i));
      }
      if (r && typeof r == "object" && !Array.isArray(r) && r.python !== void 0) {
        let i = r.python;
        if (!(i && typeof i == "object" && !Array.isArray(i)) && i !== null) {
          let e;
          if (e === void 0) if (i === "" || i === 0 || i === false) e = null;
          else {
            const n = { instancePath: p + "/extra/python", schemaPath: "common.schema.json#/definitions/pythonExtra/properties/python/type", keyword: "type", params: { type: c.properties.python.type }, message: "must be object,null", schema: c.properties.python.type, parentSchema: c.properties.python, data: i };
            t === null ? t = [n] : t.push(n), a++;
          }
          e !== void 0 && (i = e, r !== void 0 && (r.python = e));
        }
        if (i && typeof i == "object" && !Array.isArray(i) && i.source !== void 0) {
          let e = i.source;
          if (typeof e != "string") {
            let n = typeof e, s;
            if (s === void 0) if (n == "number" || n == "boolean") s = "" + e;
            else if (e === null) s = "";
            else {
              const o = { instancePath: p + "/extra/python/source", schemaPath: "common.schema.json#/definitions/pythonExtra/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.python.properties.source.type, parentSchema: c.properties.python.properties.source, data: e };
              t === null ? t = [o] : t.push(o), a++;
            }
            s !== void 0 && (e = s, i !== void 0 && (i.source = s));
          }
          if (typeof e == "string" && f(e) < 1) {
            const n = { instancePath: p + "/extra/python/source", schemaPath: "common.schema.json#/definitions/pythonExtra/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.python.properties.source, data: e };
            t === null ? t = [n] : t.push(n), a++;
          }
        }
      }
    }
  } else {
    const r = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: l };
    t === null ? t = [r] : t.push(r), a++;
  }
  return j.errors = t, a === 0;
}
var x = k;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
