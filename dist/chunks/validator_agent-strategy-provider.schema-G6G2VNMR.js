import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:agent-strategy-provider.schema.json
var q = x;
var o = { $schema: "http://json-schema.org/draft-07/schema#", $id: "agent-strategy-provider.schema.json", title: "Dify agent strategy provider (the file listed under plugins.agent_strategies)", description: "daemon pkg/entities/plugin_entities/agent_declaration.go (AgentStrategyProviderDeclaration); SDK entities/agent.py (AgentStrategyProviderConfiguration).", type: "object", required: ["identity", "strategies"], properties: { identity: { description: "Same shape as a tool provider's identity; the SDK requires description and icon.", type: "object", required: ["author", "name", "label", "description", "icon"], properties: { author: { type: "string", minLength: 1, "x-dpr-string": true }, name: { $ref: "common.schema.json#/definitions/identityName" }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { type: "string", minLength: 1 }, icon_dark: { type: ["string", "null"] }, tags: { $ref: "common.schema.json#/definitions/tags" } }, additionalProperties: false }, strategies: { description: "Paths of the strategy YAML files (the SDK refuses strategies written inline).", type: "array", items: { type: "string", minLength: 1, "x-dpr-fix": "Put the strategy in its own YAML file and list its path: the SDK accepts only paths here." }, "x-dpr-fix": "List the strategy files, e.g. `strategies: [strategies/my_strategy.yaml]`." }, extra: { $ref: "common.schema.json#/definitions/pythonExtra" } }, additionalProperties: false };
var u = require_ucs2length().default;
var _ = { type: "string", minLength: 1, pattern: "^[a-zA-Z0-9_-]+$", "x-dpr-code": "DPR117", "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names." };
var L = new RegExp("^[a-zA-Z0-9_-]+$", "u");
function b(i, { instancePath: p = "", parentData: f, parentDataProperty: h, rootData: m = i } = {}) {
  let t = null, n = 0;
  if (typeof i != "string") {
    let e = typeof i, r;
    if (r === void 0) if (e == "number" || e == "boolean") r = "" + i;
    else if (i === null) r = "";
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.type, parentSchema: _, data: i };
      t === null ? t = [s] : t.push(s), n++;
    }
    r !== void 0 && (i = r, f !== void 0 && (f[h] = r));
  }
  if (typeof i == "string") {
    if (u(i) < 1) {
      const e = { instancePath: p, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: _, data: i };
      t === null ? t = [e] : t.push(e), n++;
    }
    if (!L.test(i)) {
      const e = { instancePath: p, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9_-]+$"', schema: "^[a-zA-Z0-9_-]+$", parentSchema: _, data: i };
      t === null ? t = [e] : t.push(e), n++;
    }
  }
  return b.errors = t, n === 0;
}
var d = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function y(i, { instancePath: p = "", parentData: f, parentDataProperty: h, rootData: m = i } = {}) {
  let t = null, n = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: i };
      t === null ? t = [e] : t.push(e), n++;
    }
    for (const e in i) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let r = i[e];
      if (typeof r != "string" && r !== null) {
        let s = typeof r, a;
        if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
        else if (r === null) a = "";
        else if (r === "" || r === 0 || r === false) a = null;
        else {
          const l = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: r };
          t === null ? t = [l] : t.push(l), n++;
        }
        a !== void 0 && (r = a, i !== void 0 && (i[e] = a));
      }
    }
    if (i.en_US !== void 0) {
      let e = i.en_US;
      if (typeof e != "string") {
        let r = typeof e, s;
        if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: e };
          t === null ? t = [a] : t.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.en_US = s));
      }
      if (typeof e == "string") {
        if (u(e) > 1023) {
          const r = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
        if (u(e) < 1) {
          const r = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
      }
    }
    if (i.zh_Hans !== void 0) {
      let e = i.zh_Hans;
      if (typeof e != "string") {
        let r = typeof e, s;
        if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: e };
          t === null ? t = [a] : t.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.zh_Hans = s));
      }
      if (typeof e == "string" && u(e) > 1023) {
        const r = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: e };
        t === null ? t = [r] : t.push(r), n++;
      }
    }
    if (i.ja_JP !== void 0) {
      let e = i.ja_JP;
      if (typeof e != "string") {
        let r = typeof e, s;
        if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: e };
          t === null ? t = [a] : t.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.ja_JP = s));
      }
      if (typeof e == "string" && u(e) > 1023) {
        const r = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: e };
        t === null ? t = [r] : t.push(r), n++;
      }
    }
    if (i.pt_BR !== void 0) {
      let e = i.pt_BR;
      if (typeof e != "string") {
        let r = typeof e, s;
        if (s === void 0) if (r == "number" || r == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: e };
          t === null ? t = [a] : t.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.pt_BR = s));
      }
      if (typeof e == "string" && u(e) > 1023) {
        const r = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: e };
        t === null ? t = [r] : t.push(r), n++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.type, parentSchema: d, data: i };
    t === null ? t = [e] : t.push(e), n++;
  }
  return y.errors = t, n === 0;
}
var v = { type: ["array", "null"], items: { $ref: "#/definitions/tag" } };
var P = { description: "Plugin tags accepted by the daemon (pkg/entities/manifest_entities/tags.go).", type: "string", enum: ["search", "image", "videos", "weather", "finance", "design", "travel", "social", "news", "medical", "productivity", "education", "business", "entertainment", "utilities", "agent", "rag", "other", "trigger"], "x-dpr-code": "DPR113", "x-dpr-fix": "Use one of Dify's tags; `rag`, `agent` and `trigger` need a recent daemon." };
function S(i, { instancePath: p = "", parentData: f, parentDataProperty: h, rootData: m = i } = {}) {
  let t = null, n = 0;
  if (typeof i != "string") {
    let e = typeof i, r;
    if (r === void 0) if (e == "number" || e == "boolean") r = "" + i;
    else if (i === null) r = "";
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.type, parentSchema: P, data: i };
      t === null ? t = [s] : t.push(s), n++;
    }
    r !== void 0 && (i = r, f !== void 0 && (f[h] = r));
  }
  if (!(i === "search" || i === "image" || i === "videos" || i === "weather" || i === "finance" || i === "design" || i === "travel" || i === "social" || i === "news" || i === "medical" || i === "productivity" || i === "education" || i === "business" || i === "entertainment" || i === "utilities" || i === "agent" || i === "rag" || i === "other" || i === "trigger")) {
    const e = { instancePath: p, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: P.enum }, message: "must be equal to one of the allowed values", schema: P.enum, parentSchema: P, data: i };
    t === null ? t = [e] : t.push(e), n++;
  }
  return S.errors = t, n === 0;
}
function k(i, { instancePath: p = "", parentData: f, parentDataProperty: h, rootData: m = i } = {}) {
  let t = null, n = 0;
  if (!Array.isArray(i) && i !== null) {
    let e;
    if (e === void 0) if (i === "" || i === 0 || i === false) e = null;
    else {
      const r = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: v.type }, message: "must be array,null", schema: v.type, parentSchema: v, data: i };
      t === null ? t = [r] : t.push(r), n++;
    }
    e !== void 0 && (i = e, f !== void 0 && (f[h] = e));
  }
  if (Array.isArray(i)) {
    const e = i.length;
    for (let r = 0; r < e; r++) S(i[r], { instancePath: p + "/" + r, parentData: i, parentDataProperty: r, rootData: m }) || (t = t === null ? S.errors : t.concat(S.errors), n = t.length);
  }
  return k.errors = t, n === 0;
}
var c = { description: "SDK-only: where the Python implementation lives.", "x-dpr-daemon": false, type: ["object", "null"], properties: { python: { type: ["object", "null"], properties: { source: { type: "string", minLength: 1 } } } } };
function w(i, { instancePath: p = "", parentData: f, parentDataProperty: h, rootData: m = i } = {}) {
  let t = null, n = 0;
  if (!(i && typeof i == "object" && !Array.isArray(i)) && i !== null) {
    let e;
    if (e === void 0) if (i === "" || i === 0 || i === false) e = null;
    else {
      const r = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: i };
      t === null ? t = [r] : t.push(r), n++;
    }
    e !== void 0 && (i = e, f !== void 0 && (f[h] = e));
  }
  if (i && typeof i == "object" && !Array.isArray(i) && i.python !== void 0) {
    let e = i.python;
    if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
      let r;
      if (r === void 0) if (e === "" || e === 0 || e === false) r = null;
      else {
        const s = { instancePath: p + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: c.properties.python.type }, message: "must be object,null", schema: c.properties.python.type, parentSchema: c.properties.python, data: e };
        t === null ? t = [s] : t.push(s), n++;
      }
      r !== void 0 && (e = r, i !== void 0 && (i.python = r));
    }
    if (e && typeof e == "object" && !Array.isArray(e) && e.source !== void 0) {
      let r = e.source;
      if (typeof r != "string") {
        let s = typeof r, a;
        if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
        else if (r === null) a = "";
        else {
          const l = { instancePath: p + "/python/source", schemaPath: "#/properties/python/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.python.properties.source.type, parentSchema: c.properties.python.properties.source, data: r };
          t === null ? t = [l] : t.push(l), n++;
        }
        a !== void 0 && (r = a, e !== void 0 && (e.source = a));
      }
      if (typeof r == "string" && u(r) < 1) {
        const s = { instancePath: p + "/python/source", schemaPath: "#/properties/python/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.python.properties.source, data: r };
        t === null ? t = [s] : t.push(s), n++;
      }
    }
  }
  return w.errors = t, n === 0;
}
function x(i, { instancePath: p = "", parentData: f, parentDataProperty: h, rootData: m = i } = {}) {
  let t = null, n = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.identity === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'", schema: o.required, parentSchema: o, data: i };
      t === null ? t = [e] : t.push(e), n++;
    }
    if (i.strategies === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "strategies" }, message: "must have required property 'strategies'", schema: o.required, parentSchema: o, data: i };
      t === null ? t = [e] : t.push(e), n++;
    }
    for (const e in i) if (!(e === "identity" || e === "strategies" || e === "extra")) {
      const r = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: o, data: i };
      t === null ? t = [r] : t.push(r), n++;
    }
    if (i.identity !== void 0) {
      let e = i.identity;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.author === void 0) {
          const r = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: o.properties.identity.required, parentSchema: o.properties.identity, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
        if (e.name === void 0) {
          const r = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: o.properties.identity.required, parentSchema: o.properties.identity, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
        if (e.label === void 0) {
          const r = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: o.properties.identity.required, parentSchema: o.properties.identity, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
        if (e.description === void 0) {
          const r = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: o.properties.identity.required, parentSchema: o.properties.identity, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
        if (e.icon === void 0) {
          const r = { instancePath: p + "/identity", schemaPath: "#/properties/identity/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: o.properties.identity.required, parentSchema: o.properties.identity, data: e };
          t === null ? t = [r] : t.push(r), n++;
        }
        for (const r in e) if (!(r === "author" || r === "name" || r === "label" || r === "description" || r === "icon" || r === "icon_dark" || r === "tags")) {
          const s = { instancePath: p + "/identity", schemaPath: "#/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: o.properties.identity, data: e };
          t === null ? t = [s] : t.push(s), n++;
        }
        if (e.author !== void 0) {
          let r = e.author;
          if (typeof r != "string") {
            let s = typeof r, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
            else if (r === null) a = "";
            else {
              const l = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.identity.properties.author.type, parentSchema: o.properties.identity.properties.author, data: r };
              t === null ? t = [l] : t.push(l), n++;
            }
            a !== void 0 && (r = a, e !== void 0 && (e.author = a));
          }
          if (typeof r == "string" && u(r) < 1) {
            const s = { instancePath: p + "/identity/author", schemaPath: "#/properties/identity/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.identity.properties.author, data: r };
            t === null ? t = [s] : t.push(s), n++;
          }
        }
        if (e.name !== void 0 && (b(e.name, { instancePath: p + "/identity/name", parentData: e, parentDataProperty: "name", rootData: m }) || (t = t === null ? b.errors : t.concat(b.errors), n = t.length)), e.label !== void 0 && (y(e.label, { instancePath: p + "/identity/label", parentData: e, parentDataProperty: "label", rootData: m }) || (t = t === null ? y.errors : t.concat(y.errors), n = t.length)), e.description !== void 0 && (y(e.description, { instancePath: p + "/identity/description", parentData: e, parentDataProperty: "description", rootData: m }) || (t = t === null ? y.errors : t.concat(y.errors), n = t.length)), e.icon !== void 0) {
          let r = e.icon;
          if (typeof r != "string") {
            let s = typeof r, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
            else if (r === null) a = "";
            else {
              const l = { instancePath: p + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.identity.properties.icon.type, parentSchema: o.properties.identity.properties.icon, data: r };
              t === null ? t = [l] : t.push(l), n++;
            }
            a !== void 0 && (r = a, e !== void 0 && (e.icon = a));
          }
          if (typeof r == "string" && u(r) < 1) {
            const s = { instancePath: p + "/identity/icon", schemaPath: "#/properties/identity/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.identity.properties.icon, data: r };
            t === null ? t = [s] : t.push(s), n++;
          }
        }
        if (e.icon_dark !== void 0) {
          let r = e.icon_dark;
          if (typeof r != "string" && r !== null) {
            let s = typeof r, a;
            if (a === void 0) if (s == "number" || s == "boolean") a = "" + r;
            else if (r === null) a = "";
            else if (r === "" || r === 0 || r === false) a = null;
            else {
              const l = { instancePath: p + "/identity/icon_dark", schemaPath: "#/properties/identity/properties/icon_dark/type", keyword: "type", params: { type: o.properties.identity.properties.icon_dark.type }, message: "must be string,null", schema: o.properties.identity.properties.icon_dark.type, parentSchema: o.properties.identity.properties.icon_dark, data: r };
              t === null ? t = [l] : t.push(l), n++;
            }
            a !== void 0 && (r = a, e !== void 0 && (e.icon_dark = a));
          }
        }
        e.tags !== void 0 && (k(e.tags, { instancePath: p + "/identity/tags", parentData: e, parentDataProperty: "tags", rootData: m }) || (t = t === null ? k.errors : t.concat(k.errors), n = t.length));
      } else {
        const r = { instancePath: p + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.properties.identity.type, parentSchema: o.properties.identity, data: e };
        t === null ? t = [r] : t.push(r), n++;
      }
    }
    if (i.strategies !== void 0) {
      let e = i.strategies;
      if (Array.isArray(e)) {
        const r = e.length;
        for (let s = 0; s < r; s++) {
          let a = e[s];
          if (typeof a != "string") {
            let l = typeof a, g;
            if (g === void 0) if (l == "number" || l == "boolean") g = "" + a;
            else if (a === null) g = "";
            else {
              const j = { instancePath: p + "/strategies/" + s, schemaPath: "#/properties/strategies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.strategies.items.type, parentSchema: o.properties.strategies.items, data: a };
              t === null ? t = [j] : t.push(j), n++;
            }
            g !== void 0 && (a = g, e !== void 0 && (e[s] = g));
          }
          if (typeof a == "string" && u(a) < 1) {
            const l = { instancePath: p + "/strategies/" + s, schemaPath: "#/properties/strategies/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.strategies.items, data: a };
            t === null ? t = [l] : t.push(l), n++;
          }
        }
      } else {
        const r = { instancePath: p + "/strategies", schemaPath: "#/properties/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: o.properties.strategies.type, parentSchema: o.properties.strategies, data: e };
        t === null ? t = [r] : t.push(r), n++;
      }
    }
    i.extra !== void 0 && (w(i.extra, { instancePath: p + "/extra", parentData: i, parentDataProperty: "extra", rootData: m }) || (t = t === null ? w.errors : t.concat(w.errors), n = t.length));
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: i };
    t === null ? t = [e] : t.push(e), n++;
  }
  return x.errors = t, n === 0;
}
var A = q;
export {
  A as default,
  q as v
};
