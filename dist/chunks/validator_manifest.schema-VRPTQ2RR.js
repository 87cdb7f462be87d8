import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:manifest.schema.json
var $ = A;
var o = { $schema: "http://json-schema.org/draft-07/schema#", $id: "manifest.schema.json", title: "Dify plugin manifest (manifest.yaml)", description: "The rules Dify's CLI and plugin daemon enforce on manifest.yaml (daemon pkg/entities/plugin_entities/plugin_declaration.go).", type: "object", required: ["version", "type", "author", "name", "label", "description", "icon", "resource", "plugins", "meta", "created_at"], properties: { version: { description: "Plugin version: exactly three numbers of 1-4 digits, optionally -suffix.", type: "string", pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", "x-dpr-code": "DPR110", "x-dpr-string": true, "x-dpr-fix": "Write the version as MAJOR.MINOR.PATCH, e.g. 1.2.0 (a -suffix such as 1.2.0-beta1 is allowed)." }, type: { const: "plugin", "x-dpr-fix": "Set `type: plugin` (bundles use their own manifest)." }, author: { description: "Lowercase letters, digits, _ and - (the daemon's rule; the SDK also allows uppercase).", type: "string", maxLength: 64, pattern: "^[a-z0-9_-]{1,64}$", "x-dpr-code": "DPR111", "x-dpr-fix": "Use 1-64 lowercase letters, digits, `_` or `-`: the daemon refuses anything else at install." }, name: { type: "string", maxLength: 128, pattern: "^[a-z0-9_-]{1,128}$", "x-dpr-code": "DPR112", "x-dpr-fix": "Use 1-128 lowercase letters, digits, `_` or `-`: the daemon refuses anything else at install." }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { description: "File name under _assets/.", type: "string", minLength: 1, maxLength: 128 }, icon_dark: { type: ["string", "null"], maxLength: 128 }, resource: { type: "object", required: ["memory"], properties: { memory: { description: "Memory in bytes.", type: "integer", not: { const: 0 }, "x-dpr-fix": "Set resource.memory in bytes, e.g. 268435456 (256 MiB)." }, permission: { $ref: "#/definitions/permission" } }, additionalProperties: false }, plugins: { type: "object", properties: { tools: { $ref: "#/definitions/fileList" }, models: { $ref: "#/definitions/fileList" }, endpoints: { $ref: "#/definitions/fileList" }, agent_strategies: { $ref: "#/definitions/fileList" }, datasources: { $ref: "#/definitions/fileList" }, triggers: { $ref: "#/definitions/fileList" } }, additionalProperties: false }, meta: { type: "object", required: ["version", "arch", "runner"], properties: { version: { description: "Manifest format version; only 0.0.1 exists.", type: "string", pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", "x-dpr-string": true, "x-dpr-fix": "Set meta.version to 0.0.1 (it is the manifest format version, not the plugin's)." }, arch: { type: "array", minItems: 1, items: { type: "string", enum: ["amd64", "arm64"] }, "x-dpr-severity": "warning", "x-dpr-fix": "List the architectures the plugin runs on: [amd64, arm64]." }, runner: { type: "object", required: ["language", "version", "entrypoint"], properties: { language: { type: "string", enum: ["python"] }, version: { type: "string", minLength: 1, maxLength: 128, "x-dpr-string": true }, entrypoint: { type: "string", minLength: 1, maxLength: 256 } }, additionalProperties: false }, minimum_dify_version: { type: ["string", "null"], "x-dpr-string": true } }, additionalProperties: false }, tags: { $ref: "common.schema.json#/definitions/tags" }, created_at: { description: 'RFC 3339 timestamp, e.g. "2024-07-12T08:03:44.658609186Z".', type: "string", minLength: 1, "x-dpr-code": "DPR115" }, privacy: { type: ["string", "null"] }, repo: { type: ["string", "null"], pattern: "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)", "x-dpr-code": "DPR116", "x-dpr-fix": "Give the source repository as a full URL, e.g. https://github.com/you/your-plugin, or remove the key." }, verified: { description: "Output only: the daemon sets it from the signature.", type: ["boolean", "null"] }, contact: { description: "Marketplace: maintainer e-mail.", type: ["string", "null"] }, network: { description: "Marketplace toolkit: declared access domains.", type: ["object", "null"] }, permission: { description: "Misplaced: permissions belong under resource.permission." }, tool: true, model: true, endpoint: true, agent_strategy: true, datasource: true, trigger: true }, additionalProperties: false, definitions: { fileList: { type: ["array", "null"], items: { type: "string", minLength: 1, maxLength: 128 } }, enabled: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] } }, additionalProperties: false }, permission: { type: ["object", "null"], properties: { tool: { $ref: "#/definitions/enabled" }, model: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] }, llm: { type: ["boolean", "null"] }, text_embedding: { type: ["boolean", "null"] }, rerank: { type: ["boolean", "null"] }, tts: { type: ["boolean", "null"] }, speech2text: { type: ["boolean", "null"] }, moderation: { type: ["boolean", "null"] } }, additionalProperties: false }, node: { $ref: "#/definitions/enabled" }, endpoint: { $ref: "#/definitions/enabled" }, app: { $ref: "#/definitions/enabled" }, storage: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] }, size: { type: "integer", minimum: 1024, maximum: 1073741824, "x-dpr-code": "DPR114", "x-dpr-fix": "Set storage.size between 1024 and 1073741824 bytes (1 KiB to 1 GiB), e.g. 1048576; the daemon checks it even when storage is disabled." } }, required: ["size"], additionalProperties: false } }, additionalProperties: false } } };
var N = Object.prototype.hasOwnProperty;
var y = require_ucs2length().default;
var T = new RegExp("^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", "u");
var D = new RegExp("^[a-z0-9_-]{1,64}$", "u");
var O = new RegExp("^[a-z0-9_-]{1,128}$", "u");
var R = new RegExp("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)", "u");
var c = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function w(s, { instancePath: a = "", parentData: g, parentDataProperty: P, rootData: d = s } = {}) {
  let r = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.en_US === void 0) {
      const n = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: c.required, parentSchema: c, data: s };
      r === null ? r = [n] : r.push(n), p++;
    }
    for (const n in s) if (!(n === "en_US" || n === "zh_Hans" || n === "ja_JP" || n === "pt_BR")) {
      let e = s[n];
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const l = { instancePath: a + "/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: c.additionalProperties.type }, message: "must be string,null", schema: c.additionalProperties.type, parentSchema: c.additionalProperties, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s[n] = i));
      }
    }
    if (s.en_US !== void 0) {
      let n = s.en_US;
      if (typeof n != "string") {
        let e = typeof n, t;
        if (t === void 0) if (e == "number" || e == "boolean") t = "" + n;
        else if (n === null) t = "";
        else {
          const i = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.en_US.type, parentSchema: c.properties.en_US, data: n };
          r === null ? r = [i] : r.push(i), p++;
        }
        t !== void 0 && (n = t, s !== void 0 && (s.en_US = t));
      }
      if (typeof n == "string") {
        if (y(n) > 1023) {
          const e = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.en_US, data: n };
          r === null ? r = [e] : r.push(e), p++;
        }
        if (y(n) < 1) {
          const e = { instancePath: a + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.en_US, data: n };
          r === null ? r = [e] : r.push(e), p++;
        }
      }
    }
    if (s.zh_Hans !== void 0) {
      let n = s.zh_Hans;
      if (typeof n != "string") {
        let e = typeof n, t;
        if (t === void 0) if (e == "number" || e == "boolean") t = "" + n;
        else if (n === null) t = "";
        else {
          const i = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.zh_Hans.type, parentSchema: c.properties.zh_Hans, data: n };
          r === null ? r = [i] : r.push(i), p++;
        }
        t !== void 0 && (n = t, s !== void 0 && (s.zh_Hans = t));
      }
      if (typeof n == "string" && y(n) > 1023) {
        const e = { instancePath: a + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.zh_Hans, data: n };
        r === null ? r = [e] : r.push(e), p++;
      }
    }
    if (s.ja_JP !== void 0) {
      let n = s.ja_JP;
      if (typeof n != "string") {
        let e = typeof n, t;
        if (t === void 0) if (e == "number" || e == "boolean") t = "" + n;
        else if (n === null) t = "";
        else {
          const i = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.ja_JP.type, parentSchema: c.properties.ja_JP, data: n };
          r === null ? r = [i] : r.push(i), p++;
        }
        t !== void 0 && (n = t, s !== void 0 && (s.ja_JP = t));
      }
      if (typeof n == "string" && y(n) > 1023) {
        const e = { instancePath: a + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.ja_JP, data: n };
        r === null ? r = [e] : r.push(e), p++;
      }
    }
    if (s.pt_BR !== void 0) {
      let n = s.pt_BR;
      if (typeof n != "string") {
        let e = typeof n, t;
        if (t === void 0) if (e == "number" || e == "boolean") t = "" + n;
        else if (n === null) t = "";
        else {
          const i = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.pt_BR.type, parentSchema: c.properties.pt_BR, data: n };
          r === null ? r = [i] : r.push(i), p++;
        }
        t !== void 0 && (n = t, s !== void 0 && (s.pt_BR = t));
      }
      if (typeof n == "string" && y(n) > 1023) {
        const e = { instancePath: a + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.pt_BR, data: n };
        r === null ? r = [e] : r.push(e), p++;
      }
    }
  } else {
    const n = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: c.type, parentSchema: c, data: s };
    r === null ? r = [n] : r.push(n), p++;
  }
  return w.errors = r, p === 0;
}
var u = { type: ["object", "null"], properties: { tool: { $ref: "#/definitions/enabled" }, model: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] }, llm: { type: ["boolean", "null"] }, text_embedding: { type: ["boolean", "null"] }, rerank: { type: ["boolean", "null"] }, tts: { type: ["boolean", "null"] }, speech2text: { type: ["boolean", "null"] }, moderation: { type: ["boolean", "null"] } }, additionalProperties: false }, node: { $ref: "#/definitions/enabled" }, endpoint: { $ref: "#/definitions/enabled" }, app: { $ref: "#/definitions/enabled" }, storage: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] }, size: { type: "integer", minimum: 1024, maximum: 1073741824, "x-dpr-code": "DPR114", "x-dpr-fix": "Set storage.size between 1024 and 1073741824 bytes (1 KiB to 1 GiB), e.g. 1048576; the daemon checks it even when storage is disabled." } }, required: ["size"], additionalProperties: false } }, additionalProperties: false };
var k = { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] } }, additionalProperties: false };
function b(s, { instancePath: a = "", parentData: g, parentDataProperty: P, rootData: d = s } = {}) {
  let r = null, p = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let n;
    if (n === void 0) if (s === "" || s === 0 || s === false) n = null;
    else {
      const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: k.type }, message: "must be object,null", schema: k.type, parentSchema: k, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    n !== void 0 && (s = n, g !== void 0 && (g[P] = n));
  }
  if (s && typeof s == "object" && !Array.isArray(s)) {
    for (const n in s) if (n !== "enabled") {
      const e = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: k, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.enabled !== void 0) {
      let n = s.enabled;
      if (typeof n != "boolean" && n !== null) {
        let e;
        if (e === void 0) if (n === "false" || n === 0 || n === null) e = false;
        else if (n === "true" || n === 1) e = true;
        else if (n === "" || n === 0 || n === false) e = null;
        else {
          const t = { instancePath: a + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: k.properties.enabled.type }, message: "must be boolean,null", schema: k.properties.enabled.type, parentSchema: k.properties.enabled, data: n };
          r === null ? r = [t] : r.push(t), p++;
        }
        e !== void 0 && (n = e, s !== void 0 && (s.enabled = e));
      }
    }
  }
  return b.errors = r, p === 0;
}
function x(s, { instancePath: a = "", parentData: g, parentDataProperty: P, rootData: d = s } = {}) {
  let r = null, p = 0;
  if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
    let n;
    if (n === void 0) if (s === "" || s === 0 || s === false) n = null;
    else {
      const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: u.type }, message: "must be object,null", schema: u.type, parentSchema: u, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    n !== void 0 && (s = n, g !== void 0 && (g[P] = n));
  }
  if (s && typeof s == "object" && !Array.isArray(s)) {
    for (const n in s) if (!(n === "tool" || n === "model" || n === "node" || n === "endpoint" || n === "app" || n === "storage")) {
      const e = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: u, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.tool !== void 0 && (b(s.tool, { instancePath: a + "/tool", parentData: s, parentDataProperty: "tool", rootData: d }) || (r = r === null ? b.errors : r.concat(b.errors), p = r.length)), s.model !== void 0) {
      let n = s.model;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const t = { instancePath: a + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: u.properties.model.type }, message: "must be object,null", schema: u.properties.model.type, parentSchema: u.properties.model, data: n };
          r === null ? r = [t] : r.push(t), p++;
        }
        e !== void 0 && (n = e, s !== void 0 && (s.model = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (const e in n) if (!(e === "enabled" || e === "llm" || e === "text_embedding" || e === "rerank" || e === "tts" || e === "speech2text" || e === "moderation")) {
          const t = { instancePath: a + "/model", schemaPath: "#/properties/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.model, data: n };
          r === null ? r = [t] : r.push(t), p++;
        }
        if (n.enabled !== void 0) {
          let e = n.enabled;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const i = { instancePath: a + "/model/enabled", schemaPath: "#/properties/model/properties/enabled/type", keyword: "type", params: { type: u.properties.model.properties.enabled.type }, message: "must be boolean,null", schema: u.properties.model.properties.enabled.type, parentSchema: u.properties.model.properties.enabled, data: e };
              r === null ? r = [i] : r.push(i), p++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.enabled = t));
          }
        }
        if (n.llm !== void 0) {
          let e = n.llm;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const i = { instancePath: a + "/model/llm", schemaPath: "#/properties/model/properties/llm/type", keyword: "type", params: { type: u.properties.model.properties.llm.type }, message: "must be boolean,null", schema: u.properties.model.properties.llm.type, parentSchema: u.properties.model.properties.llm, data: e };
              r === null ? r = [i] : r.push(i), p++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.llm = t));
          }
        }
        if (n.text_embedding !== void 0) {
          let e = n.text_embedding;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const i = { instancePath: a + "/model/text_embedding", schemaPath: "#/properties/model/properties/text_embedding/type", keyword: "type", params: { type: u.properties.model.properties.text_embedding.type }, message: "must be boolean,null", schema: u.properties.model.properties.text_embedding.type, parentSchema: u.properties.model.properties.text_embedding, data: e };
              r === null ? r = [i] : r.push(i), p++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.text_embedding = t));
          }
        }
        if (n.rerank !== void 0) {
          let e = n.rerank;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const i = { instancePath: a + "/model/rerank", schemaPath: "#/properties/model/properties/rerank/type", keyword: "type", params: { type: u.properties.model.properties.rerank.type }, message: "must be boolean,null", schema: u.properties.model.properties.rerank.type, parentSchema: u.properties.model.properties.rerank, data: e };
              r === null ? r = [i] : r.push(i), p++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.rerank = t));
          }
        }
        if (n.tts !== void 0) {
          let e = n.tts;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const i = { instancePath: a + "/model/tts", schemaPath: "#/properties/model/properties/tts/type", keyword: "type", params: { type: u.properties.model.properties.tts.type }, message: "must be boolean,null", schema: u.properties.model.properties.tts.type, parentSchema: u.properties.model.properties.tts, data: e };
              r === null ? r = [i] : r.push(i), p++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.tts = t));
          }
        }
        if (n.speech2text !== void 0) {
          let e = n.speech2text;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const i = { instancePath: a + "/model/speech2text", schemaPath: "#/properties/model/properties/speech2text/type", keyword: "type", params: { type: u.properties.model.properties.speech2text.type }, message: "must be boolean,null", schema: u.properties.model.properties.speech2text.type, parentSchema: u.properties.model.properties.speech2text, data: e };
              r === null ? r = [i] : r.push(i), p++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.speech2text = t));
          }
        }
        if (n.moderation !== void 0) {
          let e = n.moderation;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const i = { instancePath: a + "/model/moderation", schemaPath: "#/properties/model/properties/moderation/type", keyword: "type", params: { type: u.properties.model.properties.moderation.type }, message: "must be boolean,null", schema: u.properties.model.properties.moderation.type, parentSchema: u.properties.model.properties.moderation, data: e };
              r === null ? r = [i] : r.push(i), p++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.moderation = t));
          }
        }
      }
    }
    if (s.node !== void 0 && (b(s.node, { instancePath: a + "/node", parentData: s, parentDataProperty: "node", rootData: d }) || (r = r === null ? b.errors : r.concat(b.errors), p = r.length)), s.endpoint !== void 0 && (b(s.endpoint, { instancePath: a + "/endpoint", parentData: s, parentDataProperty: "endpoint", rootData: d }) || (r = r === null ? b.errors : r.concat(b.errors), p = r.length)), s.app !== void 0 && (b(s.app, { instancePath: a + "/app", parentData: s, parentDataProperty: "app", rootData: d }) || (r = r === null ? b.errors : r.concat(b.errors), p = r.length)), s.storage !== void 0) {
      let n = s.storage;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const t = { instancePath: a + "/storage", schemaPath: "#/properties/storage/type", keyword: "type", params: { type: u.properties.storage.type }, message: "must be object,null", schema: u.properties.storage.type, parentSchema: u.properties.storage, data: n };
          r === null ? r = [t] : r.push(t), p++;
        }
        e !== void 0 && (n = e, s !== void 0 && (s.storage = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.size === void 0) {
          const e = { instancePath: a + "/storage", schemaPath: "#/properties/storage/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'", schema: u.properties.storage.required, parentSchema: u.properties.storage, data: n };
          r === null ? r = [e] : r.push(e), p++;
        }
        for (const e in n) if (!(e === "enabled" || e === "size")) {
          const t = { instancePath: a + "/storage", schemaPath: "#/properties/storage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.storage, data: n };
          r === null ? r = [t] : r.push(t), p++;
        }
        if (n.enabled !== void 0) {
          let e = n.enabled;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const i = { instancePath: a + "/storage/enabled", schemaPath: "#/properties/storage/properties/enabled/type", keyword: "type", params: { type: u.properties.storage.properties.enabled.type }, message: "must be boolean,null", schema: u.properties.storage.properties.enabled.type, parentSchema: u.properties.storage.properties.enabled, data: e };
              r === null ? r = [i] : r.push(i), p++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.enabled = t));
          }
        }
        if (n.size !== void 0) {
          let e = n.size;
          if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
            let t = typeof e, i;
            if (i === void 0) if (t === "boolean" || e === null || t === "string" && e && e == +e && !(e % 1)) i = +e;
            else {
              const l = { instancePath: a + "/storage/size", schemaPath: "#/properties/storage/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: u.properties.storage.properties.size.type, parentSchema: u.properties.storage.properties.size, data: e };
              r === null ? r = [l] : r.push(l), p++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.size = i));
          }
          if (typeof e == "number" && isFinite(e)) {
            if (e > 1073741824 || isNaN(e)) {
              const t = { instancePath: a + "/storage/size", schemaPath: "#/properties/storage/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1073741824 }, message: "must be <= 1073741824", schema: 1073741824, parentSchema: u.properties.storage.properties.size, data: e };
              r === null ? r = [t] : r.push(t), p++;
            }
            if (e < 1024 || isNaN(e)) {
              const t = { instancePath: a + "/storage/size", schemaPath: "#/properties/storage/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: u.properties.storage.properties.size, data: e };
              r === null ? r = [t] : r.push(t), p++;
            }
          }
        }
      }
    }
  }
  return x.errors = r, p === 0;
}
var _ = { type: ["array", "null"], items: { type: "string", minLength: 1, maxLength: 128 } };
function h(s, { instancePath: a = "", parentData: g, parentDataProperty: P, rootData: d = s } = {}) {
  let r = null, p = 0;
  if (!Array.isArray(s) && s !== null) {
    let n;
    if (n === void 0) if (s === "" || s === 0 || s === false) n = null;
    else {
      const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: _.type }, message: "must be array,null", schema: _.type, parentSchema: _, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    n !== void 0 && (s = n, g !== void 0 && (g[P] = n));
  }
  if (Array.isArray(s)) {
    const n = s.length;
    for (let e = 0; e < n; e++) {
      let t = s[e];
      if (typeof t != "string") {
        let i = typeof t, l;
        if (l === void 0) if (i == "number" || i == "boolean") l = "" + t;
        else if (t === null) l = "";
        else {
          const m = { instancePath: a + "/" + e, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.items.type, parentSchema: _.items, data: t };
          r === null ? r = [m] : r.push(m), p++;
        }
        l !== void 0 && (t = l, s !== void 0 && (s[e] = l));
      }
      if (typeof t == "string") {
        if (y(t) > 128) {
          const i = { instancePath: a + "/" + e, schemaPath: "#/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: _.items, data: t };
          r === null ? r = [i] : r.push(i), p++;
        }
        if (y(t) < 1) {
          const i = { instancePath: a + "/" + e, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: _.items, data: t };
          r === null ? r = [i] : r.push(i), p++;
        }
      }
    }
  }
  return h.errors = r, p === 0;
}
var L = { type: ["array", "null"], items: { $ref: "#/definitions/tag" } };
var S = { description: "Plugin tags accepted by the daemon (pkg/entities/manifest_entities/tags.go).", type: "string", enum: ["search", "image", "videos", "weather", "finance", "design", "travel", "social", "news", "medical", "productivity", "education", "business", "entertainment", "utilities", "agent", "rag", "other", "trigger"], "x-dpr-code": "DPR113", "x-dpr-fix": "Use one of Dify's tags; `rag`, `agent` and `trigger` need a recent daemon." };
function q(s, { instancePath: a = "", parentData: g, parentDataProperty: P, rootData: d = s } = {}) {
  let r = null, p = 0;
  if (typeof s != "string") {
    let n = typeof s, e;
    if (e === void 0) if (n == "number" || n == "boolean") e = "" + s;
    else if (s === null) e = "";
    else {
      const t = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.type, parentSchema: S, data: s };
      r === null ? r = [t] : r.push(t), p++;
    }
    e !== void 0 && (s = e, g !== void 0 && (g[P] = e));
  }
  if (!(s === "search" || s === "image" || s === "videos" || s === "weather" || s === "finance" || s === "design" || s === "travel" || s === "social" || s === "news" || s === "medical" || s === "productivity" || s === "education" || s === "business" || s === "entertainment" || s === "utilities" || s === "agent" || s === "rag" || s === "other" || s === "trigger")) {
    const n = { instancePath: a, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: S.enum }, message: "must be equal to one of the allowed values", schema: S.enum, parentSchema: S, data: s };
    r === null ? r = [n] : r.push(n), p++;
  }
  return q.errors = r, p === 0;
}
function j(s, { instancePath: a = "", parentData: g, parentDataProperty: P, rootData: d = s } = {}) {
  let r = null, p = 0;
  if (!Array.isArray(s) && s !== null) {
    let n;
    if (n === void 0) if (s === "" || s === 0 || s === false) n = null;
    else {
      const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: L.type }, message: "must be array,null", schema: L.type, parentSchema: L, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    n !== void 0 && (s = n, g !== void 0 && (g[P] = n));
  }
  if (Array.isArray(s)) {
    const n = s.length;
    for (let e = 0; e < n; e++) q(s[e], { instancePath: a + "/" + e, parentData: s, parentDataProperty: e, rootData: d }) || (r = r === null ? q.errors : r.concat(q.errors), p = r.length);
  }
  return j.errors = r, p === 0;
}
function A(s, { instancePath: a = "", parentData: g, parentDataProperty: P, rootData: d = s } = {}) {
  let r = null, p = 0;
  if (s && typeof s == "object" && !Array.isArray(s)) {
    if (s.version === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.type === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.author === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.name === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.label === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.description === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.icon === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.resource === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.plugins === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plugins" }, message: "must have required property 'plugins'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.meta === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meta" }, message: "must have required property 'meta'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    if (s.created_at === void 0) {
      const e = { instancePath: a, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: o.required, parentSchema: o, data: s };
      r === null ? r = [e] : r.push(e), p++;
    }
    for (const e in s) if (!N.call(o.properties, e)) {
      const t = { instancePath: a, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: o, data: s };
      r === null ? r = [t] : r.push(t), p++;
    }
    if (s.version !== void 0) {
      let e = s.version;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const l = { instancePath: a + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.version.type, parentSchema: o.properties.version, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.version = i));
      }
      if (typeof e == "string" && !T.test(e)) {
        const t = { instancePath: a + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$" }, message: 'must match pattern "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$"', schema: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", parentSchema: o.properties.version, data: e };
        r === null ? r = [t] : r.push(t), p++;
      }
    }
    if (s.type !== void 0) {
      let e = s.type;
      if (e !== "plugin") {
        const t = { instancePath: a + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "plugin" }, message: "must be equal to constant", schema: "plugin", parentSchema: o.properties.type, data: e };
        r === null ? r = [t] : r.push(t), p++;
      }
    }
    if (s.author !== void 0) {
      let e = s.author;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const l = { instancePath: a + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.author.type, parentSchema: o.properties.author, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.author = i));
      }
      if (typeof e == "string") {
        if (y(e) > 64) {
          const t = { instancePath: a + "/author", schemaPath: "#/properties/author/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: o.properties.author, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
        if (!D.test(e)) {
          const t = { instancePath: a + "/author", schemaPath: "#/properties/author/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_-]{1,64}$" }, message: 'must match pattern "^[a-z0-9_-]{1,64}$"', schema: "^[a-z0-9_-]{1,64}$", parentSchema: o.properties.author, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
      }
    }
    if (s.name !== void 0) {
      let e = s.name;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const l = { instancePath: a + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.name.type, parentSchema: o.properties.name, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.name = i));
      }
      if (typeof e == "string") {
        if (y(e) > 128) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: o.properties.name, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
        if (!O.test(e)) {
          const t = { instancePath: a + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_-]{1,128}$" }, message: 'must match pattern "^[a-z0-9_-]{1,128}$"', schema: "^[a-z0-9_-]{1,128}$", parentSchema: o.properties.name, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
      }
    }
    if (s.label !== void 0 && (w(s.label, { instancePath: a + "/label", parentData: s, parentDataProperty: "label", rootData: d }) || (r = r === null ? w.errors : r.concat(w.errors), p = r.length)), s.description !== void 0 && (w(s.description, { instancePath: a + "/description", parentData: s, parentDataProperty: "description", rootData: d }) || (r = r === null ? w.errors : r.concat(w.errors), p = r.length)), s.icon !== void 0) {
      let e = s.icon;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const l = { instancePath: a + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.icon.type, parentSchema: o.properties.icon, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.icon = i));
      }
      if (typeof e == "string") {
        if (y(e) > 128) {
          const t = { instancePath: a + "/icon", schemaPath: "#/properties/icon/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: o.properties.icon, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
        if (y(e) < 1) {
          const t = { instancePath: a + "/icon", schemaPath: "#/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.icon, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
      }
    }
    if (s.icon_dark !== void 0) {
      let e = s.icon_dark;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const l = { instancePath: a + "/icon_dark", schemaPath: "#/properties/icon_dark/type", keyword: "type", params: { type: o.properties.icon_dark.type }, message: "must be string,null", schema: o.properties.icon_dark.type, parentSchema: o.properties.icon_dark, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.icon_dark = i));
      }
      if (typeof e == "string" && y(e) > 128) {
        const t = { instancePath: a + "/icon_dark", schemaPath: "#/properties/icon_dark/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: o.properties.icon_dark, data: e };
        r === null ? r = [t] : r.push(t), p++;
      }
    }
    if (s.resource !== void 0) {
      let e = s.resource;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.memory === void 0) {
          const t = { instancePath: a + "/resource", schemaPath: "#/properties/resource/required", keyword: "required", params: { missingProperty: "memory" }, message: "must have required property 'memory'", schema: o.properties.resource.required, parentSchema: o.properties.resource, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
        for (const t in e) if (!(t === "memory" || t === "permission")) {
          const i = { instancePath: a + "/resource", schemaPath: "#/properties/resource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: o.properties.resource, data: e };
          r === null ? r = [i] : r.push(i), p++;
        }
        if (e.memory !== void 0) {
          let t = e.memory;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            let m = typeof t, f;
            if (f === void 0) if (m === "boolean" || t === null || m === "string" && t && t == +t && !(t % 1)) f = +t;
            else {
              const v = { instancePath: a + "/resource/memory", schemaPath: "#/properties/resource/properties/memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: o.properties.resource.properties.memory.type, parentSchema: o.properties.resource.properties.memory, data: t };
              r === null ? r = [v] : r.push(v), p++;
            }
            f !== void 0 && (t = f, e !== void 0 && (e.memory = f));
          }
          const i = p, l = p;
          if (t !== 0) {
            const m = {};
            r === null ? r = [m] : r.push(m), p++;
          }
          var n = l === p;
          if (n) {
            const m = { instancePath: a + "/resource/memory", schemaPath: "#/properties/resource/properties/memory/not", keyword: "not", params: {}, message: "must NOT be valid", schema: o.properties.resource.properties.memory.not, parentSchema: o.properties.resource.properties.memory, data: t };
            r === null ? r = [m] : r.push(m), p++;
          } else p = i, r !== null && (i ? r.length = i : r = null);
        }
        e.permission !== void 0 && (x(e.permission, { instancePath: a + "/resource/permission", parentData: e, parentDataProperty: "permission", rootData: d }) || (r = r === null ? x.errors : r.concat(x.errors), p = r.length));
      } else {
        const t = { instancePath: a + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.properties.resource.type, parentSchema: o.properties.resource, data: e };
        r === null ? r = [t] : r.push(t), p++;
      }
    }
    if (s.plugins !== void 0) {
      let e = s.plugins;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        for (const t in e) if (!(t === "tools" || t === "models" || t === "endpoints" || t === "agent_strategies" || t === "datasources" || t === "triggers")) {
          const i = { instancePath: a + "/plugins", schemaPath: "#/properties/plugins/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: o.properties.plugins, data: e };
          r === null ? r = [i] : r.push(i), p++;
        }
        e.tools !== void 0 && (h(e.tools, { instancePath: a + "/plugins/tools", parentData: e, parentDataProperty: "tools", rootData: d }) || (r = r === null ? h.errors : r.concat(h.errors), p = r.length)), e.models !== void 0 && (h(e.models, { instancePath: a + "/plugins/models", parentData: e, parentDataProperty: "models", rootData: d }) || (r = r === null ? h.errors : r.concat(h.errors), p = r.length)), e.endpoints !== void 0 && (h(e.endpoints, { instancePath: a + "/plugins/endpoints", parentData: e, parentDataProperty: "endpoints", rootData: d }) || (r = r === null ? h.errors : r.concat(h.errors), p = r.length)), e.agent_strategies !== void 0 && (h(e.agent_strategies, { instancePath: a + "/plugins/agent_strategies", parentData: e, parentDataProperty: "agent_strategies", rootData: d }) || (r = r === null ? h.errors : r.concat(h.errors), p = r.length)), e.datasources !== void 0 && (h(e.datasources, { instancePath: a + "/plugins/datasources", parentData: e, parentDataProperty: "datasources", rootData: d }) || (r = r === null ? h.errors : r.concat(h.errors), p = r.length)), e.triggers !== void 0 && (h(e.triggers, { instancePath: a + "/plugins/triggers", parentData: e, parentDataProperty: "triggers", rootData: d }) || (r = r === null ? h.errors : r.concat(h.errors), p = r.length));
      } else {
        const t = { instancePath: a + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.properties.plugins.type, parentSchema: o.properties.plugins, data: e };
        r === null ? r = [t] : r.push(t), p++;
      }
    }
    if (s.meta !== void 0) {
      let e = s.meta;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.version === void 0) {
          const t = { instancePath: a + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: o.properties.meta.required, parentSchema: o.properties.meta, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
        if (e.arch === void 0) {
          const t = { instancePath: a + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "arch" }, message: "must have required property 'arch'", schema: o.properties.meta.required, parentSchema: o.properties.meta, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
        if (e.runner === void 0) {
          const t = { instancePath: a + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property 'runner'", schema: o.properties.meta.required, parentSchema: o.properties.meta, data: e };
          r === null ? r = [t] : r.push(t), p++;
        }
        for (const t in e) if (!(t === "version" || t === "arch" || t === "runner" || t === "minimum_dify_version")) {
          const i = { instancePath: a + "/meta", schemaPath: "#/properties/meta/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: o.properties.meta, data: e };
          r === null ? r = [i] : r.push(i), p++;
        }
        if (e.version !== void 0) {
          let t = e.version;
          if (typeof t != "string") {
            let i = typeof t, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + t;
            else if (t === null) l = "";
            else {
              const m = { instancePath: a + "/meta/version", schemaPath: "#/properties/meta/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.meta.properties.version.type, parentSchema: o.properties.meta.properties.version, data: t };
              r === null ? r = [m] : r.push(m), p++;
            }
            l !== void 0 && (t = l, e !== void 0 && (e.version = l));
          }
          if (typeof t == "string" && !T.test(t)) {
            const i = { instancePath: a + "/meta/version", schemaPath: "#/properties/meta/properties/version/pattern", keyword: "pattern", params: { pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$" }, message: 'must match pattern "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$"', schema: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", parentSchema: o.properties.meta.properties.version, data: t };
            r === null ? r = [i] : r.push(i), p++;
          }
        }
        if (e.arch !== void 0) {
          let t = e.arch;
          if (Array.isArray(t)) {
            if (t.length < 1) {
              const l = { instancePath: a + "/meta/arch", schemaPath: "#/properties/meta/properties/arch/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: o.properties.meta.properties.arch, data: t };
              r === null ? r = [l] : r.push(l), p++;
            }
            const i = t.length;
            for (let l = 0; l < i; l++) {
              let m = t[l];
              if (typeof m != "string") {
                let f = typeof m, v;
                if (v === void 0) if (f == "number" || f == "boolean") v = "" + m;
                else if (m === null) v = "";
                else {
                  const z = { instancePath: a + "/meta/arch/" + l, schemaPath: "#/properties/meta/properties/arch/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.meta.properties.arch.items.type, parentSchema: o.properties.meta.properties.arch.items, data: m };
                  r === null ? r = [z] : r.push(z), p++;
                }
                v !== void 0 && (m = v, t !== void 0 && (t[l] = v));
              }
              if (!(m === "amd64" || m === "arm64")) {
                const f = { instancePath: a + "/meta/arch/" + l, schemaPath: "#/properties/meta/properties/arch/items/enum", keyword: "enum", params: { allowedValues: o.properties.meta.properties.arch.items.enum }, message: "must be equal to one of the allowed values", schema: o.properties.meta.properties.arch.items.enum, parentSchema: o.properties.meta.properties.arch.items, data: m };
                r === null ? r = [f] : r.push(f), p++;
              }
            }
          } else {
            const i = { instancePath: a + "/meta/arch", schemaPath: "#/properties/meta/properties/arch/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: o.properties.meta.properties.arch.type, parentSchema: o.properties.meta.properties.arch, data: t };
            r === null ? r = [i] : r.push(i), p++;
          }
        }
        if (e.runner !== void 0) {
          let t = e.runner;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.language === void 0) {
              const i = { instancePath: a + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property 'language'", schema: o.properties.meta.properties.runner.required, parentSchema: o.properties.meta.properties.runner, data: t };
              r === null ? r = [i] : r.push(i), p++;
            }
            if (t.version === void 0) {
              const i = { instancePath: a + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: o.properties.meta.properties.runner.required, parentSchema: o.properties.meta.properties.runner, data: t };
              r === null ? r = [i] : r.push(i), p++;
            }
            if (t.entrypoint === void 0) {
              const i = { instancePath: a + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/required", keyword: "required", params: { missingProperty: "entrypoint" }, message: "must have required property 'entrypoint'", schema: o.properties.meta.properties.runner.required, parentSchema: o.properties.meta.properties.runner, data: t };
              r === null ? r = [i] : r.push(i), p++;
            }
            for (const i in t) if (!(i === "language" || i === "version" || i === "entrypoint")) {
              const l = { instancePath: a + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: i }, message: "must NOT have additional properties", schema: false, parentSchema: o.properties.meta.properties.runner, data: t };
              r === null ? r = [l] : r.push(l), p++;
            }
            if (t.language !== void 0) {
              let i = t.language;
              if (typeof i != "string") {
                let l = typeof i, m;
                if (m === void 0) if (l == "number" || l == "boolean") m = "" + i;
                else if (i === null) m = "";
                else {
                  const f = { instancePath: a + "/meta/runner/language", schemaPath: "#/properties/meta/properties/runner/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.meta.properties.runner.properties.language.type, parentSchema: o.properties.meta.properties.runner.properties.language, data: i };
                  r === null ? r = [f] : r.push(f), p++;
                }
                m !== void 0 && (i = m, t !== void 0 && (t.language = m));
              }
              if (i !== "python") {
                const l = { instancePath: a + "/meta/runner/language", schemaPath: "#/properties/meta/properties/runner/properties/language/enum", keyword: "enum", params: { allowedValues: o.properties.meta.properties.runner.properties.language.enum }, message: "must be equal to one of the allowed values", schema: o.properties.meta.properties.runner.properties.language.enum, parentSchema: o.properties.meta.properties.runner.properties.language, data: i };
                r === null ? r = [l] : r.push(l), p++;
              }
            }
            if (t.version !== void 0) {
              let i = t.version;
              if (typeof i != "string") {
                let l = typeof i, m;
                if (m === void 0) if (l == "number" || l == "boolean") m = "" + i;
                else if (i === null) m = "";
                else {
                  const f = { instancePath: a + "/meta/runner/version", schemaPath: "#/properties/meta/properties/runner/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.meta.properties.runner.properties.version.type, parentSchema: o.properties.meta.properties.runner.properties.version, data: i };
                  r === null ? r = [f] : r.push(f), p++;
                }
                m !== void 0 && (i = m, t !== void 0 && (t.version = m));
              }
              if (typeof i == "string") {
                if (y(i) > 128) {
                  const l = { instancePath: a + "/meta/runner/version", schemaPath: "#/properties/meta/properties/runner/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: o.properties.meta.properties.runner.properties.version, data: i };
                  r === null ? r = [l] : r.push(l), p++;
                }
                if (y(i) < 1) {
                  const l = { instancePath: a + "/meta/runner/version", schemaPath: "#/properties/meta/properties/runner/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.meta.properties.runner.properties.version, data: i };
                  r === null ? r = [l] : r.push(l), p++;
                }
              }
            }
            if (t.entrypoint !== void 0) {
              let i = t.entrypoint;
              if (typeof i != "string") {
                let l = typeof i, m;
                if (m === void 0) if (l == "number" || l == "boolean") m = "" + i;
                else if (i === null) m = "";
                else {
                  const f = { instancePath: a + "/meta/runner/entrypoint", schemaPath: "#/properties/meta/properties/runner/properties/entrypoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.meta.properties.runner.properties.entrypoint.type, parentSchema: o.properties.meta.properties.runner.properties.entrypoint, data: i };
                  r === null ? r = [f] : r.push(f), p++;
                }
                m !== void 0 && (i = m, t !== void 0 && (t.entrypoint = m));
              }
              if (typeof i == "string") {
                if (y(i) > 256) {
                  const l = { instancePath: a + "/meta/runner/entrypoint", schemaPath: "#/properties/meta/properties/runner/properties/entrypoint/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: o.properties.meta.properties.runner.properties.entrypoint, data: i };
                  r === null ? r = [l] : r.push(l), p++;
                }
                if (y(i) < 1) {
                  const l = { instancePath: a + "/meta/runner/entrypoint", schemaPath: "#/properties/meta/properties/runner/properties/entrypoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.meta.properties.runner.properties.entrypoint, data: i };
                  r === null ? r = [l] : r.push(l), p++;
                }
              }
            }
          } else {
            const i = { instancePath: a + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.properties.meta.properties.runner.type, parentSchema: o.properties.meta.properties.runner, data: t };
            r === null ? r = [i] : r.push(i), p++;
          }
        }
        if (e.minimum_dify_version !== void 0) {
          let t = e.minimum_dify_version;
          if (typeof t != "string" && t !== null) {
            let i = typeof t, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + t;
            else if (t === null) l = "";
            else if (t === "" || t === 0 || t === false) l = null;
            else {
              const m = { instancePath: a + "/meta/minimum_dify_version", schemaPath: "#/properties/meta/properties/minimum_dify_version/type", keyword: "type", params: { type: o.properties.meta.properties.minimum_dify_version.type }, message: "must be string,null", schema: o.properties.meta.properties.minimum_dify_version.type, parentSchema: o.properties.meta.properties.minimum_dify_version, data: t };
              r === null ? r = [m] : r.push(m), p++;
            }
            l !== void 0 && (t = l, e !== void 0 && (e.minimum_dify_version = l));
          }
        }
      } else {
        const t = { instancePath: a + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.properties.meta.type, parentSchema: o.properties.meta, data: e };
        r === null ? r = [t] : r.push(t), p++;
      }
    }
    if (s.tags !== void 0 && (j(s.tags, { instancePath: a + "/tags", parentData: s, parentDataProperty: "tags", rootData: d }) || (r = r === null ? j.errors : r.concat(j.errors), p = r.length)), s.created_at !== void 0) {
      let e = s.created_at;
      if (typeof e != "string") {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else {
          const l = { instancePath: a + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: o.properties.created_at.type, parentSchema: o.properties.created_at, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.created_at = i));
      }
      if (typeof e == "string" && y(e) < 1) {
        const t = { instancePath: a + "/created_at", schemaPath: "#/properties/created_at/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: o.properties.created_at, data: e };
        r === null ? r = [t] : r.push(t), p++;
      }
    }
    if (s.privacy !== void 0) {
      let e = s.privacy;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const l = { instancePath: a + "/privacy", schemaPath: "#/properties/privacy/type", keyword: "type", params: { type: o.properties.privacy.type }, message: "must be string,null", schema: o.properties.privacy.type, parentSchema: o.properties.privacy, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.privacy = i));
      }
    }
    if (s.repo !== void 0) {
      let e = s.repo;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const l = { instancePath: a + "/repo", schemaPath: "#/properties/repo/type", keyword: "type", params: { type: o.properties.repo.type }, message: "must be string,null", schema: o.properties.repo.type, parentSchema: o.properties.repo, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.repo = i));
      }
      if (typeof e == "string" && !R.test(e)) {
        const t = { instancePath: a + "/repo", schemaPath: "#/properties/repo/pattern", keyword: "pattern", params: { pattern: "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)" }, message: 'must match pattern "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)"', schema: "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)", parentSchema: o.properties.repo, data: e };
        r === null ? r = [t] : r.push(t), p++;
      }
    }
    if (s.verified !== void 0) {
      let e = s.verified;
      if (typeof e != "boolean" && e !== null) {
        let t;
        if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
        else if (e === "true" || e === 1) t = true;
        else if (e === "" || e === 0 || e === false) t = null;
        else {
          const i = { instancePath: a + "/verified", schemaPath: "#/properties/verified/type", keyword: "type", params: { type: o.properties.verified.type }, message: "must be boolean,null", schema: o.properties.verified.type, parentSchema: o.properties.verified, data: e };
          r === null ? r = [i] : r.push(i), p++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.verified = t));
      }
    }
    if (s.contact !== void 0) {
      let e = s.contact;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, i;
        if (i === void 0) if (t == "number" || t == "boolean") i = "" + e;
        else if (e === null) i = "";
        else if (e === "" || e === 0 || e === false) i = null;
        else {
          const l = { instancePath: a + "/contact", schemaPath: "#/properties/contact/type", keyword: "type", params: { type: o.properties.contact.type }, message: "must be string,null", schema: o.properties.contact.type, parentSchema: o.properties.contact, data: e };
          r === null ? r = [l] : r.push(l), p++;
        }
        i !== void 0 && (e = i, s !== void 0 && (s.contact = i));
      }
    }
    if (s.network !== void 0) {
      let e = s.network;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const i = { instancePath: a + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: o.properties.network.type }, message: "must be object,null", schema: o.properties.network.type, parentSchema: o.properties.network, data: e };
          r === null ? r = [i] : r.push(i), p++;
        }
        t !== void 0 && (e = t, s !== void 0 && (s.network = t));
      }
    }
  } else {
    const e = { instancePath: a, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: o.type, parentSchema: o, data: s };
    r === null ? r = [e] : r.push(e), p++;
  }
  return A.errors = r, p === 0;
}
var U = $;
export {
  U as default,
  $ as v
};
