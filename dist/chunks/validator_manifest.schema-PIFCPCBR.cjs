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
  default: () => O,
  v: () => q
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var q = j;
var d = { $schema: "http://json-schema.org/draft-07/schema#", $id: "manifest.schema.json", title: "Dify plugin manifest (manifest.yaml)", description: "The rules Dify's CLI and plugin daemon enforce on manifest.yaml (daemon pkg/entities/plugin_entities/plugin_declaration.go).", type: "object", required: ["version", "type", "author", "name", "label", "description", "icon", "resource", "plugins", "meta", "created_at"], properties: { version: { description: "Plugin version: exactly three numbers of 1-4 digits, optionally -suffix.", type: "string", pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", "x-dpr-code": "DPR110", "x-dpr-string": true, "x-dpr-fix": "Write the version as MAJOR.MINOR.PATCH, e.g. 1.2.0 (a -suffix such as 1.2.0-beta1 is allowed)." }, type: { const: "plugin", "x-dpr-fix": "Set `type: plugin` (bundles use their own manifest)." }, author: { description: "Lowercase letters, digits, _ and - (the daemon's rule; the SDK also allows uppercase).", type: "string", maxLength: 64, pattern: "^[a-z0-9_-]{1,64}$", "x-dpr-code": "DPR111", "x-dpr-fix": "Use 1-64 lowercase letters, digits, `_` or `-`: the daemon refuses anything else at install." }, name: { type: "string", maxLength: 128, pattern: "^[a-z0-9_-]{1,128}$", "x-dpr-code": "DPR112", "x-dpr-fix": "Use 1-128 lowercase letters, digits, `_` or `-`: the daemon refuses anything else at install." }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18n" }, icon: { description: "File name under _assets/.", type: "string", minLength: 1, maxLength: 128 }, icon_dark: { type: ["string", "null"], maxLength: 128 }, resource: { type: "object", required: ["memory"], properties: { memory: { description: "Memory in bytes.", type: "integer", not: { const: 0 }, "x-dpr-fix": "Set resource.memory in bytes, e.g. 268435456 (256 MiB)." }, permission: { $ref: "#/definitions/permission" } }, additionalProperties: false }, plugins: { type: "object", properties: { tools: { $ref: "#/definitions/fileList" }, models: { $ref: "#/definitions/fileList" }, endpoints: { $ref: "#/definitions/fileList" }, agent_strategies: { $ref: "#/definitions/fileList" }, datasources: { $ref: "#/definitions/fileList" }, triggers: { $ref: "#/definitions/fileList" } }, additionalProperties: false }, meta: { type: "object", required: ["version", "arch", "runner"], properties: { version: { description: "Manifest format version; only 0.0.1 exists.", type: "string", pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", "x-dpr-string": true, "x-dpr-fix": "Set meta.version to 0.0.1 (it is the manifest format version, not the plugin's)." }, arch: { type: "array", minItems: 1, items: { type: "string", enum: ["amd64", "arm64"] }, "x-dpr-severity": "warning", "x-dpr-fix": "List the architectures the plugin runs on: [amd64, arm64]." }, runner: { type: "object", required: ["language", "version", "entrypoint"], properties: { language: { type: "string", enum: ["python"] }, version: { type: "string", minLength: 1, maxLength: 128, "x-dpr-string": true }, entrypoint: { type: "string", minLength: 1, maxLength: 256 } }, additionalProperties: false }, minimum_dify_version: { type: ["string", "null"], "x-dpr-string": true } }, additionalProperties: false }, tags: { $ref: "common.schema.json#/definitions/tags" }, created_at: { description: 'RFC 3339 timestamp, e.g. "2024-07-12T08:03:44.658609186Z".', type: "string", minLength: 1, "x-dpr-code": "DPR115" }, privacy: { type: ["string", "null"] }, repo: { type: ["string", "null"], pattern: "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)", "x-dpr-code": "DPR116", "x-dpr-fix": "Give the source repository as a full URL, e.g. https://github.com/you/your-plugin, or remove the key." }, verified: { description: "Output only: the daemon sets it from the signature.", type: ["boolean", "null"] }, contact: { description: "Marketplace: maintainer e-mail.", type: ["string", "null"] }, network: { description: "Marketplace toolkit: declared access domains.", type: ["object", "null"] }, permission: { description: "Misplaced: permissions belong under resource.permission." }, tool: true, model: true, endpoint: true, agent_strategy: true, datasource: true, trigger: true }, additionalProperties: false, definitions: { fileList: { type: ["array", "null"], items: { type: "string", minLength: 1, maxLength: 128 } }, enabled: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] } }, additionalProperties: false }, permission: { type: ["object", "null"], properties: { tool: { $ref: "#/definitions/enabled" }, model: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] }, llm: { type: ["boolean", "null"] }, text_embedding: { type: ["boolean", "null"] }, rerank: { type: ["boolean", "null"] }, tts: { type: ["boolean", "null"] }, speech2text: { type: ["boolean", "null"] }, moderation: { type: ["boolean", "null"] } }, additionalProperties: false }, node: { $ref: "#/definitions/enabled" }, endpoint: { $ref: "#/definitions/enabled" }, app: { $ref: "#/definitions/enabled" }, storage: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] }, size: { type: "integer", minimum: 1024, maximum: 1073741824, "x-dpr-code": "DPR114", "x-dpr-fix": "Set storage.size between 1024 and 1073741824 bytes (1 KiB to 1 GiB), e.g. 1048576; the daemon checks it even when storage is disabled." } }, required: ["size"], additionalProperties: false } }, additionalProperties: false } } };
var h = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var u = { type: ["array", "null"], items: { type: "string", minLength: 1, maxLength: 128 } };
var A = Object.prototype.hasOwnProperty;
var y = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var L = new RegExp("^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", "u");
var T = new RegExp("^[a-z0-9_-]{1,64}$", "u");
var z = new RegExp("^[a-z0-9_-]{1,128}$", "u");
var N = new RegExp("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)", "u");
var c = { type: ["object", "null"], properties: { tool: { $ref: "#/definitions/enabled" }, model: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] }, llm: { type: ["boolean", "null"] }, text_embedding: { type: ["boolean", "null"] }, rerank: { type: ["boolean", "null"] }, tts: { type: ["boolean", "null"] }, speech2text: { type: ["boolean", "null"] }, moderation: { type: ["boolean", "null"] } }, additionalProperties: false }, node: { $ref: "#/definitions/enabled" }, endpoint: { $ref: "#/definitions/enabled" }, app: { $ref: "#/definitions/enabled" }, storage: { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] }, size: { type: "integer", minimum: 1024, maximum: 1073741824, "x-dpr-code": "DPR114", "x-dpr-fix": "Set storage.size between 1024 and 1073741824 bytes (1 KiB to 1 GiB), e.g. 1048576; the daemon checks it even when storage is disabled." } }, required: ["size"], additionalProperties: false } }, additionalProperties: false };
var g = { type: ["object", "null"], properties: { enabled: { type: ["boolean", "null"] } }, additionalProperties: false };
function S(l, { instancePath: o = "", parentData: P, parentDataProperty: k, rootData: _ = l } = {}) {
  let r = null, a = 0;
  if (!(l && typeof l == "object" && !Array.isArray(l)) && l !== null) {
    let n;
    if (n === void 0) if (l === "" || l === 0 || l === false) n = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    n !== void 0 && (l = n, P !== void 0 && (P[k] = n));
  }
  if (l && typeof l == "object" && !Array.isArray(l)) {
    for (const n in l) if (!(n === "tool" || n === "model" || n === "node" || n === "endpoint" || n === "app" || n === "storage")) {
      const e = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: c, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.tool !== void 0) {
      let n = l.tool;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const t = { instancePath: o + "/tool", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: g.type }, message: "must be object,null", schema: g.type, parentSchema: g, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        e !== void 0 && (n = e, l !== void 0 && (l.tool = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (const e in n) if (e !== "enabled") {
          const t = { instancePath: o + "/tool", schemaPath: "#/definitions/enabled/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (n.enabled !== void 0) {
          let e = n.enabled;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const s = { instancePath: o + "/tool/enabled", schemaPath: "#/definitions/enabled/properties/enabled/type", keyword: "type", params: { type: g.properties.enabled.type }, message: "must be boolean,null", schema: g.properties.enabled.type, parentSchema: g.properties.enabled, data: e };
              r === null ? r = [s] : r.push(s), a++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.enabled = t));
          }
        }
      }
    }
    if (l.model !== void 0) {
      let n = l.model;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const t = { instancePath: o + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: c.properties.model.type }, message: "must be object,null", schema: c.properties.model.type, parentSchema: c.properties.model, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        e !== void 0 && (n = e, l !== void 0 && (l.model = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (const e in n) if (!(e === "enabled" || e === "llm" || e === "text_embedding" || e === "rerank" || e === "tts" || e === "speech2text" || e === "moderation")) {
          const t = { instancePath: o + "/model", schemaPath: "#/properties/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.model, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (n.enabled !== void 0) {
          let e = n.enabled;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const s = { instancePath: o + "/model/enabled", schemaPath: "#/properties/model/properties/enabled/type", keyword: "type", params: { type: c.properties.model.properties.enabled.type }, message: "must be boolean,null", schema: c.properties.model.properties.enabled.type, parentSchema: c.properties.model.properties.enabled, data: e };
              r === null ? r = [s] : r.push(s), a++;
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
              const s = { instancePath: o + "/model/llm", schemaPath: "#/properties/model/properties/llm/type", keyword: "type", params: { type: c.properties.model.properties.llm.type }, message: "must be boolean,null", schema: c.properties.model.properties.llm.type, parentSchema: c.properties.model.properties.llm, data: e };
              r === null ? r = [s] : r.push(s), a++;
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
              const s = { instancePath: o + "/model/text_embedding", schemaPath: "#/properties/model/properties/text_embedding/type", keyword: "type", params: { type: c.properties.model.properties.text_embedding.type }, message: "must be boolean,null", schema: c.properties.model.properties.text_embedding.type, parentSchema: c.properties.model.properties.text_embedding, data: e };
              r === null ? r = [s] : r.push(s), a++;
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
              const s = { instancePath: o + "/model/rerank", schemaPath: "#/properties/model/properties/rerank/type", keyword: "type", params: { type: c.properties.model.properties.rerank.type }, message: "must be boolean,null", schema: c.properties.model.properties.rerank.type, parentSchema: c.properties.model.properties.rerank, data: e };
              r === null ? r = [s] : r.push(s), a++;
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
              const s = { instancePath: o + "/model/tts", schemaPath: "#/properties/model/properties/tts/type", keyword: "type", params: { type: c.properties.model.properties.tts.type }, message: "must be boolean,null", schema: c.properties.model.properties.tts.type, parentSchema: c.properties.model.properties.tts, data: e };
              r === null ? r = [s] : r.push(s), a++;
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
              const s = { instancePath: o + "/model/speech2text", schemaPath: "#/properties/model/properties/speech2text/type", keyword: "type", params: { type: c.properties.model.properties.speech2text.type }, message: "must be boolean,null", schema: c.properties.model.properties.speech2text.type, parentSchema: c.properties.model.properties.speech2text, data: e };
              r === null ? r = [s] : r.push(s), a++;
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
              const s = { instancePath: o + "/model/moderation", schemaPath: "#/properties/model/properties/moderation/type", keyword: "type", params: { type: c.properties.model.properties.moderation.type }, message: "must be boolean,null", schema: c.properties.model.properties.moderation.type, parentSchema: c.properties.model.properties.moderation, data: e };
              r === null ? r = [s] : r.push(s), a++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.moderation = t));
          }
        }
      }
    }
    if (l.node !== void 0) {
      let n = l.node;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const t = { instancePath: o + "/node", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: g.type }, message: "must be object,null", schema: g.type, parentSchema: g, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        e !== void 0 && (n = e, l !== void 0 && (l.node = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (const e in n) if (e !== "enabled") {
          const t = { instancePath: o + "/node", schemaPath: "#/definitions/enabled/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (n.enabled !== void 0) {
          let e = n.enabled;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const s = { instancePath: o + "/node/enabled", schemaPath: "#/definitions/enabled/properties/enabled/type", keyword: "type", params: { type: g.properties.enabled.type }, message: "must be boolean,null", schema: g.properties.enabled.type, parentSchema: g.properties.enabled, data: e };
              r === null ? r = [s] : r.push(s), a++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.enabled = t));
          }
        }
      }
    }
    if (l.endpoint !== void 0) {
      let n = l.endpoint;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const t = { instancePath: o + "/endpoint", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: g.type }, message: "must be object,null", schema: g.type, parentSchema: g, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        e !== void 0 && (n = e, l !== void 0 && (l.endpoint = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (const e in n) if (e !== "enabled") {
          const t = { instancePath: o + "/endpoint", schemaPath: "#/definitions/enabled/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (n.enabled !== void 0) {
          let e = n.enabled;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const s = { instancePath: o + "/endpoint/enabled", schemaPath: "#/definitions/enabled/properties/enabled/type", keyword: "type", params: { type: g.properties.enabled.type }, message: "must be boolean,null", schema: g.properties.enabled.type, parentSchema: g.properties.enabled, data: e };
              r === null ? r = [s] : r.push(s), a++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.enabled = t));
          }
        }
      }
    }
    if (l.app !== void 0) {
      let n = l.app;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const t = { instancePath: o + "/app", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: g.type }, message: "must be object,null", schema: g.type, parentSchema: g, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        e !== void 0 && (n = e, l !== void 0 && (l.app = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (const e in n) if (e !== "enabled") {
          const t = { instancePath: o + "/app", schemaPath: "#/definitions/enabled/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (n.enabled !== void 0) {
          let e = n.enabled;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const s = { instancePath: o + "/app/enabled", schemaPath: "#/definitions/enabled/properties/enabled/type", keyword: "type", params: { type: g.properties.enabled.type }, message: "must be boolean,null", schema: g.properties.enabled.type, parentSchema: g.properties.enabled, data: e };
              r === null ? r = [s] : r.push(s), a++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.enabled = t));
          }
        }
      }
    }
    if (l.storage !== void 0) {
      let n = l.storage;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const t = { instancePath: o + "/storage", schemaPath: "#/properties/storage/type", keyword: "type", params: { type: c.properties.storage.type }, message: "must be object,null", schema: c.properties.storage.type, parentSchema: c.properties.storage, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        e !== void 0 && (n = e, l !== void 0 && (l.storage = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.size === void 0) {
          const e = { instancePath: o + "/storage", schemaPath: "#/properties/storage/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'", schema: c.properties.storage.required, parentSchema: c.properties.storage, data: n };
          r === null ? r = [e] : r.push(e), a++;
        }
        for (const e in n) if (!(e === "enabled" || e === "size")) {
          const t = { instancePath: o + "/storage", schemaPath: "#/properties/storage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: c.properties.storage, data: n };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (n.enabled !== void 0) {
          let e = n.enabled;
          if (typeof e != "boolean" && e !== null) {
            let t;
            if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
            else if (e === "true" || e === 1) t = true;
            else if (e === "" || e === 0 || e === false) t = null;
            else {
              const s = { instancePath: o + "/storage/enabled", schemaPath: "#/properties/storage/properties/enabled/type", keyword: "type", params: { type: c.properties.storage.properties.enabled.type }, message: "must be boolean,null", schema: c.properties.storage.properties.enabled.type, parentSchema: c.properties.storage.properties.enabled, data: e };
              r === null ? r = [s] : r.push(s), a++;
            }
            t !== void 0 && (e = t, n !== void 0 && (n.enabled = t));
          }
        }
        if (n.size !== void 0) {
          let e = n.size;
          if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e))) {
            let t = typeof e, s;
            if (s === void 0) if (t === "boolean" || e === null || t === "string" && e && e == +e && !(e % 1)) s = +e;
            else {
              const i = { instancePath: o + "/storage/size", schemaPath: "#/properties/storage/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: c.properties.storage.properties.size.type, parentSchema: c.properties.storage.properties.size, data: e };
              r === null ? r = [i] : r.push(i), a++;
            }
            s !== void 0 && (e = s, n !== void 0 && (n.size = s));
          }
          if (typeof e == "number" && isFinite(e)) {
            if (e > 1073741824 || isNaN(e)) {
              const t = { instancePath: o + "/storage/size", schemaPath: "#/properties/storage/properties/size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1073741824 }, message: "must be <= 1073741824", schema: 1073741824, parentSchema: c.properties.storage.properties.size, data: e };
              r === null ? r = [t] : r.push(t), a++;
            }
            if (e < 1024 || isNaN(e)) {
              const t = { instancePath: o + "/storage/size", schemaPath: "#/properties/storage/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024", schema: 1024, parentSchema: c.properties.storage.properties.size, data: e };
              r === null ? r = [t] : r.push(t), a++;
            }
          }
        }
      }
    }
  }
  return S.errors = r, a === 0;
}
var x = { type: ["array", "null"], items: { $ref: "#/definitions/tag" } };
var w = { description: "Plugin tags accepted by the daemon (pkg/entities/manifest_entities/tags.go).", type: "string", enum: ["search", "image", "videos", "weather", "finance", "design", "travel", "social", "news", "medical", "productivity", "education", "business", "entertainment", "utilities", "agent", "rag", "other", "trigger"], "x-dpr-code": "DPR113", "x-dpr-fix": "Use one of Dify's tags; `rag`, `agent` and `trigger` need a recent daemon." };
function v(l, { instancePath: o = "", parentData: P, parentDataProperty: k, rootData: _ = l } = {}) {
  let r = null, a = 0;
  if (!Array.isArray(l) && l !== null) {
    let n;
    if (n === void 0) if (l === "" || l === 0 || l === false) n = null;
    else {
      const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: x.type }, message: "must be array,null", schema: x.type, parentSchema: x, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    n !== void 0 && (l = n, P !== void 0 && (P[k] = n));
  }
  if (Array.isArray(l)) {
    const n = l.length;
    for (let e = 0; e < n; e++) {
      let t = l[e];
      if (typeof t != "string") {
        let s = typeof t, i;
        if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const p = { instancePath: o + "/" + e, schemaPath: "#/definitions/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: w.type, parentSchema: w, data: t };
          r === null ? r = [p] : r.push(p), a++;
        }
        i !== void 0 && (t = i, l !== void 0 && (l[e] = i));
      }
      if (!(t === "search" || t === "image" || t === "videos" || t === "weather" || t === "finance" || t === "design" || t === "travel" || t === "social" || t === "news" || t === "medical" || t === "productivity" || t === "education" || t === "business" || t === "entertainment" || t === "utilities" || t === "agent" || t === "rag" || t === "other" || t === "trigger")) {
        const s = { instancePath: o + "/" + e, schemaPath: "#/definitions/tag/enum", keyword: "enum", params: { allowedValues: w.enum }, message: "must be equal to one of the allowed values", schema: w.enum, parentSchema: w, data: t };
        r === null ? r = [s] : r.push(s), a++;
      }
    }
  }
  return v.errors = r, a === 0;
}
function j(l, { instancePath: o = "", parentData: P, parentDataProperty: k, rootData: _ = l } = {}) {
  let r = null, a = 0;
  if (l && typeof l == "object" && !Array.isArray(l)) {
    if (l.version === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.type === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.author === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property 'author'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.name === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.label === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.description === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.icon === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "icon" }, message: "must have required property 'icon'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.resource === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.plugins === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plugins" }, message: "must have required property 'plugins'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.meta === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "meta" }, message: "must have required property 'meta'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    if (l.created_at === void 0) {
      const e = { instancePath: o, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property 'created_at'", schema: d.required, parentSchema: d, data: l };
      r === null ? r = [e] : r.push(e), a++;
    }
    for (const e in l) if (!A.call(d.properties, e)) {
      const t = { instancePath: o, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: d, data: l };
      r === null ? r = [t] : r.push(t), a++;
    }
    if (l.version !== void 0) {
      let e = l.version;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const i = { instancePath: o + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.version.type, parentSchema: d.properties.version, data: e };
          r === null ? r = [i] : r.push(i), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l.version = s));
      }
      if (typeof e == "string" && !L.test(e)) {
        const t = { instancePath: o + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$" }, message: 'must match pattern "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$"', schema: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", parentSchema: d.properties.version, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.type !== void 0) {
      let e = l.type;
      if (e !== "plugin") {
        const t = { instancePath: o + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "plugin" }, message: "must be equal to constant", schema: "plugin", parentSchema: d.properties.type, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.author !== void 0) {
      let e = l.author;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const i = { instancePath: o + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.author.type, parentSchema: d.properties.author, data: e };
          r === null ? r = [i] : r.push(i), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l.author = s));
      }
      if (typeof e == "string") {
        if (y(e) > 64) {
          const t = { instancePath: o + "/author", schemaPath: "#/properties/author/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: d.properties.author, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (!T.test(e)) {
          const t = { instancePath: o + "/author", schemaPath: "#/properties/author/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_-]{1,64}$" }, message: 'must match pattern "^[a-z0-9_-]{1,64}$"', schema: "^[a-z0-9_-]{1,64}$", parentSchema: d.properties.author, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
      }
    }
    if (l.name !== void 0) {
      let e = l.name;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const i = { instancePath: o + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.name.type, parentSchema: d.properties.name, data: e };
          r === null ? r = [i] : r.push(i), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l.name = s));
      }
      if (typeof e == "string") {
        if (y(e) > 128) {
          const t = { instancePath: o + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: d.properties.name, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (!z.test(e)) {
          const t = { instancePath: o + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_-]{1,128}$" }, message: 'must match pattern "^[a-z0-9_-]{1,128}$"', schema: "^[a-z0-9_-]{1,128}$", parentSchema: d.properties.name, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
      }
    }
    if (l.label !== void 0) {
      let e = l.label;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.en_US === void 0) {
          const t = { instancePath: o + "/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
        for (const t in e) if (!(t === "en_US" || t === "zh_Hans" || t === "ja_JP" || t === "pt_BR")) {
          let s = e[t];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + s;
            else if (s === null) p = "";
            else if (s === "" || s === 0 || s === false) p = null;
            else {
              const m = { instancePath: o + "/label/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: s };
              r === null ? r = [m] : r.push(m), a++;
            }
            p !== void 0 && (s = p, e !== void 0 && (e[t] = p));
          }
        }
        if (e.en_US !== void 0) {
          let t = e.en_US;
          if (typeof t != "string") {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.en_US = i));
          }
          if (typeof t == "string") {
            if (y(t) > 1023) {
              const s = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: t };
              r === null ? r = [s] : r.push(s), a++;
            }
            if (y(t) < 1) {
              const s = { instancePath: o + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: t };
              r === null ? r = [s] : r.push(s), a++;
            }
          }
        }
        if (e.zh_Hans !== void 0) {
          let t = e.zh_Hans;
          if (typeof t != "string") {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.zh_Hans = i));
          }
          if (typeof t == "string" && y(t) > 1023) {
            const s = { instancePath: o + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: t };
            r === null ? r = [s] : r.push(s), a++;
          }
        }
        if (e.ja_JP !== void 0) {
          let t = e.ja_JP;
          if (typeof t != "string") {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.ja_JP = i));
          }
          if (typeof t == "string" && y(t) > 1023) {
            const s = { instancePath: o + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: t };
            r === null ? r = [s] : r.push(s), a++;
          }
        }
        if (e.pt_BR !== void 0) {
          let t = e.pt_BR;
          if (typeof t != "string") {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.pt_BR = i));
          }
          if (typeof t == "string" && y(t) > 1023) {
            const s = { instancePath: o + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: t };
            r === null ? r = [s] : r.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: o + "/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.description !== void 0) {
      let e = l.description;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.en_US === void 0) {
          const t = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
        for (const t in e) if (!(t === "en_US" || t === "zh_Hans" || t === "ja_JP" || t === "pt_BR")) {
          let s = e[t];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, p;
            if (p === void 0) if (i == "number" || i == "boolean") p = "" + s;
            else if (s === null) p = "";
            else if (s === "" || s === 0 || s === false) p = null;
            else {
              const m = { instancePath: o + "/description/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: s };
              r === null ? r = [m] : r.push(m), a++;
            }
            p !== void 0 && (s = p, e !== void 0 && (e[t] = p));
          }
        }
        if (e.en_US !== void 0) {
          let t = e.en_US;
          if (typeof t != "string") {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.en_US = i));
          }
          if (typeof t == "string") {
            if (y(t) > 1023) {
              const s = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: t };
              r === null ? r = [s] : r.push(s), a++;
            }
            if (y(t) < 1) {
              const s = { instancePath: o + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: t };
              r === null ? r = [s] : r.push(s), a++;
            }
          }
        }
        if (e.zh_Hans !== void 0) {
          let t = e.zh_Hans;
          if (typeof t != "string") {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.zh_Hans = i));
          }
          if (typeof t == "string" && y(t) > 1023) {
            const s = { instancePath: o + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: t };
            r === null ? r = [s] : r.push(s), a++;
          }
        }
        if (e.ja_JP !== void 0) {
          let t = e.ja_JP;
          if (typeof t != "string") {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.ja_JP = i));
          }
          if (typeof t == "string" && y(t) > 1023) {
            const s = { instancePath: o + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: t };
            r === null ? r = [s] : r.push(s), a++;
          }
        }
        if (e.pt_BR !== void 0) {
          let t = e.pt_BR;
          if (typeof t != "string") {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.pt_BR = i));
          }
          if (typeof t == "string" && y(t) > 1023) {
            const s = { instancePath: o + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: t };
            r === null ? r = [s] : r.push(s), a++;
          }
        }
      } else {
        const t = { instancePath: o + "/description", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.icon !== void 0) {
      let e = l.icon;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const i = { instancePath: o + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.icon.type, parentSchema: d.properties.icon, data: e };
          r === null ? r = [i] : r.push(i), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l.icon = s));
      }
      if (typeof e == "string") {
        if (y(e) > 128) {
          const t = { instancePath: o + "/icon", schemaPath: "#/properties/icon/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: d.properties.icon, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (y(e) < 1) {
          const t = { instancePath: o + "/icon", schemaPath: "#/properties/icon/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.icon, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
      }
    }
    if (l.icon_dark !== void 0) {
      let e = l.icon_dark;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const i = { instancePath: o + "/icon_dark", schemaPath: "#/properties/icon_dark/type", keyword: "type", params: { type: d.properties.icon_dark.type }, message: "must be string,null", schema: d.properties.icon_dark.type, parentSchema: d.properties.icon_dark, data: e };
          r === null ? r = [i] : r.push(i), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l.icon_dark = s));
      }
      if (typeof e == "string" && y(e) > 128) {
        const t = { instancePath: o + "/icon_dark", schemaPath: "#/properties/icon_dark/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: d.properties.icon_dark, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.resource !== void 0) {
      let e = l.resource;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.memory === void 0) {
          const t = { instancePath: o + "/resource", schemaPath: "#/properties/resource/required", keyword: "required", params: { missingProperty: "memory" }, message: "must have required property 'memory'", schema: d.properties.resource.required, parentSchema: d.properties.resource, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
        for (const t in e) if (!(t === "memory" || t === "permission")) {
          const s = { instancePath: o + "/resource", schemaPath: "#/properties/resource/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: d.properties.resource, data: e };
          r === null ? r = [s] : r.push(s), a++;
        }
        if (e.memory !== void 0) {
          let t = e.memory;
          if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t))) {
            let p = typeof t, m;
            if (m === void 0) if (p === "boolean" || t === null || p === "string" && t && t == +t && !(t % 1)) m = +t;
            else {
              const f = { instancePath: o + "/resource/memory", schemaPath: "#/properties/resource/properties/memory/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: d.properties.resource.properties.memory.type, parentSchema: d.properties.resource.properties.memory, data: t };
              r === null ? r = [f] : r.push(f), a++;
            }
            m !== void 0 && (t = m, e !== void 0 && (e.memory = m));
          }
          const s = a, i = a;
          if (t !== 0) {
            const p = {};
            r === null ? r = [p] : r.push(p), a++;
          }
          var n = i === a;
          if (n) {
            const p = { instancePath: o + "/resource/memory", schemaPath: "#/properties/resource/properties/memory/not", keyword: "not", params: {}, message: "must NOT be valid", schema: d.properties.resource.properties.memory.not, parentSchema: d.properties.resource.properties.memory, data: t };
            r === null ? r = [p] : r.push(p), a++;
          } else a = s, r !== null && (s ? r.length = s : r = null);
        }
        e.permission !== void 0 && (S(e.permission, { instancePath: o + "/resource/permission", parentData: e, parentDataProperty: "permission", rootData: _ }) || (r = r === null ? S.errors : r.concat(S.errors), a = r.length));
      } else {
        const t = { instancePath: o + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.properties.resource.type, parentSchema: d.properties.resource, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.plugins !== void 0) {
      let e = l.plugins;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        for (const t in e) if (!(t === "tools" || t === "models" || t === "endpoints" || t === "agent_strategies" || t === "datasources" || t === "triggers")) {
          const s = { instancePath: o + "/plugins", schemaPath: "#/properties/plugins/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: d.properties.plugins, data: e };
          r === null ? r = [s] : r.push(s), a++;
        }
        if (e.tools !== void 0) {
          let t = e.tools;
          if (!Array.isArray(t) && t !== null) {
            let s;
            if (s === void 0) if (t === "" || t === 0 || t === false) s = null;
            else {
              const i = { instancePath: o + "/plugins/tools", schemaPath: "#/definitions/fileList/type", keyword: "type", params: { type: u.type }, message: "must be array,null", schema: u.type, parentSchema: u, data: t };
              r === null ? r = [i] : r.push(i), a++;
            }
            s !== void 0 && (t = s, e !== void 0 && (e.tools = s));
          }
          if (Array.isArray(t)) {
            const s = t.length;
            for (let i = 0; i < s; i++) {
              let p = t[i];
              if (typeof p != "string") {
                let m = typeof p, f;
                if (f === void 0) if (m == "number" || m == "boolean") f = "" + p;
                else if (p === null) f = "";
                else {
                  const b = { instancePath: o + "/plugins/tools/" + i, schemaPath: "#/definitions/fileList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.items.type, parentSchema: u.items, data: p };
                  r === null ? r = [b] : r.push(b), a++;
                }
                f !== void 0 && (p = f, t !== void 0 && (t[i] = f));
              }
              if (typeof p == "string") {
                if (y(p) > 128) {
                  const m = { instancePath: o + "/plugins/tools/" + i, schemaPath: "#/definitions/fileList/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
                if (y(p) < 1) {
                  const m = { instancePath: o + "/plugins/tools/" + i, schemaPath: "#/definitions/fileList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
              }
            }
          }
        }
        if (e.models !== void 0) {
          let t = e.models;
          if (!Array.isArray(t) && t !== null) {
            let s;
            if (s === void 0) if (t === "" || t === 0 || t === false) s = null;
            else {
              const i = { instancePath: o + "/plugins/models", schemaPath: "#/definitions/fileList/type", keyword: "type", params: { type: u.type }, message: "must be array,null", schema: u.type, parentSchema: u, data: t };
              r === null ? r = [i] : r.push(i), a++;
            }
            s !== void 0 && (t = s, e !== void 0 && (e.models = s));
          }
          if (Array.isArray(t)) {
            const s = t.length;
            for (let i = 0; i < s; i++) {
              let p = t[i];
              if (typeof p != "string") {
                let m = typeof p, f;
                if (f === void 0) if (m == "number" || m == "boolean") f = "" + p;
                else if (p === null) f = "";
                else {
                  const b = { instancePath: o + "/plugins/models/" + i, schemaPath: "#/definitions/fileList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.items.type, parentSchema: u.items, data: p };
                  r === null ? r = [b] : r.push(b), a++;
                }
                f !== void 0 && (p = f, t !== void 0 && (t[i] = f));
              }
              if (typeof p == "string") {
                if (y(p) > 128) {
                  const m = { instancePath: o + "/plugins/models/" + i, schemaPath: "#/definitions/fileList/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
                if (y(p) < 1) {
                  const m = { instancePath: o + "/plugins/models/" + i, schemaPath: "#/definitions/fileList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
              }
            }
          }
        }
        if (e.endpoints !== void 0) {
          let t = e.endpoints;
          if (!Array.isArray(t) && t !== null) {
            let s;
            if (s === void 0) if (t === "" || t === 0 || t === false) s = null;
            else {
              const i = { instancePath: o + "/plugins/endpoints", schemaPath: "#/definitions/fileList/type", keyword: "type", params: { type: u.type }, message: "must be array,null", schema: u.type, parentSchema: u, data: t };
              r === null ? r = [i] : r.push(i), a++;
            }
            s !== void 0 && (t = s, e !== void 0 && (e.endpoints = s));
          }
          if (Array.isArray(t)) {
            const s = t.length;
            for (let i = 0; i < s; i++) {
              let p = t[i];
              if (typeof p != "string") {
                let m = typeof p, f;
                if (f === void 0) if (m == "number" || m == "boolean") f = "" + p;
                else if (p === null) f = "";
                else {
                  const b = { instancePath: o + "/plugins/endpoints/" + i, schemaPath: "#/definitions/fileList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.items.type, parentSchema: u.items, data: p };
                  r === null ? r = [b] : r.push(b), a++;
                }
                f !== void 0 && (p = f, t !== void 0 && (t[i] = f));
              }
              if (typeof p == "string") {
                if (y(p) > 128) {
                  const m = { instancePath: o + "/plugins/endpoints/" + i, schemaPath: "#/definitions/fileList/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
                if (y(p) < 1) {
                  const m = { instancePath: o + "/plugins/endpoints/" + i, schemaPath: "#/definitions/fileList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
              }
            }
          }
        }
        if (e.agent_strategies !== void 0) {
          let t = e.agent_strategies;
          if (!Array.isArray(t) && t !== null) {
            let s;
            if (s === void 0) if (t === "" || t === 0 || t === false) s = null;
            else {
              const i = { instancePath: o + "/plugins/agent_strategies", schemaPath: "#/definitions/fileList/type", keyword: "type", params: { type: u.type }, message: "must be array,null", schema: u.type, parentSchema: u, data: t };
              r === null ? r = [i] : r.push(i), a++;
            }
            s !== void 0 && (t = s, e !== void 0 && (e.agent_strategies = s));
          }
          if (Array.isArray(t)) {
            const s = t.length;
            for (let i = 0; i < s; i++) {
              let p = t[i];
              if (typeof p != "string") {
                let m = typeof p, f;
                if (f === void 0) if (m == "number" || m == "boolean") f = "" + p;
                else if (p === null) f = "";
                else {
                  const b = { instancePath: o + "/plugins/agent_strategies/" + i, schemaPath: "#/definitions/fileList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.items.type, parentSchema: u.items, data: p };
                  r === null ? r = [b] : r.push(b), a++;
                }
                f !== void 0 && (p = f, t !== void 0 && (t[i] = f));
              }
              if (typeof p == "string") {
                if (y(p) > 128) {
                  const m = { instancePath: o + "/plugins/agent_strategies/" + i, schemaPath: "#/definitions/fileList/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
                if (y(p) < 1) {
                  const m = { instancePath: o + "/plugins/agent_strategies/" + i, schemaPath: "#/definitions/fileList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
              }
            }
          }
        }
        if (e.datasources !== void 0) {
          let t = e.datasources;
          if (!Array.isArray(t) && t !== null) {
            let s;
            if (s === void 0) if (t === "" || t === 0 || t === false) s = null;
            else {
              const i = { instancePath: o + "/plugins/datasources", schemaPath: "#/definitions/fileList/type", keyword: "type", params: { type: u.type }, message: "must be array,null", schema: u.type, parentSchema: u, data: t };
              r === null ? r = [i] : r.push(i), a++;
            }
            s !== void 0 && (t = s, e !== void 0 && (e.datasources = s));
          }
          if (Array.isArray(t)) {
            const s = t.length;
            for (let i = 0; i < s; i++) {
              let p = t[i];
              if (typeof p != "string") {
                let m = typeof p, f;
                if (f === void 0) if (m == "number" || m == "boolean") f = "" + p;
                else if (p === null) f = "";
                else {
                  const b = { instancePath: o + "/plugins/datasources/" + i, schemaPath: "#/definitions/fileList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.items.type, parentSchema: u.items, data: p };
                  r === null ? r = [b] : r.push(b), a++;
                }
                f !== void 0 && (p = f, t !== void 0 && (t[i] = f));
              }
              if (typeof p == "string") {
                if (y(p) > 128) {
                  const m = { instancePath: o + "/plugins/datasources/" + i, schemaPath: "#/definitions/fileList/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
                if (y(p) < 1) {
                  const m = { instancePath: o + "/plugins/datasources/" + i, schemaPath: "#/definitions/fileList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
              }
            }
          }
        }
        if (e.triggers !== void 0) {
          let t = e.triggers;
          if (!Array.isArray(t) && t !== null) {
            let s;
            if (s === void 0) if (t === "" || t === 0 || t === false) s = null;
            else {
              const i = { instancePath: o + "/plugins/triggers", schemaPath: "#/definitions/fileList/type", keyword: "type", params: { type: u.type }, message: "must be array,null", schema: u.type, parentSchema: u, data: t };
              r === null ? r = [i] : r.push(i), a++;
            }
            s !== void 0 && (t = s, e !== void 0 && (e.triggers = s));
          }
          if (Array.isArray(t)) {
            const s = t.length;
            for (let i = 0; i < s; i++) {
              let p = t[i];
              if (typeof p != "string") {
                let m = typeof p, f;
                if (f === void 0) if (m == "number" || m == "boolean") f = "" + p;
                else if (p === null) f = "";
                else {
                  const b = { instancePath: o + "/plugins/triggers/" + i, schemaPath: "#/definitions/fileList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.items.type, parentSchema: u.items, data: p };
                  r === null ? r = [b] : r.push(b), a++;
                }
                f !== void 0 && (p = f, t !== void 0 && (t[i] = f));
              }
              if (typeof p == "string") {
                if (y(p) > 128) {
                  const m = { instancePath: o + "/plugins/triggers/" + i, schemaPath: "#/definitions/fileList/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
                if (y(p) < 1) {
                  const m = { instancePath: o + "/plugins/triggers/" + i, schemaPath: "#/definitions/fileList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.items, data: p };
                  r === null ? r = [m] : r.push(m), a++;
                }
              }
            }
          }
        }
      } else {
        const t = { instancePath: o + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.properties.plugins.type, parentSchema: d.properties.plugins, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.meta !== void 0) {
      let e = l.meta;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.version === void 0) {
          const t = { instancePath: o + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: d.properties.meta.required, parentSchema: d.properties.meta, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (e.arch === void 0) {
          const t = { instancePath: o + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "arch" }, message: "must have required property 'arch'", schema: d.properties.meta.required, parentSchema: d.properties.meta, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
        if (e.runner === void 0) {
          const t = { instancePath: o + "/meta", schemaPath: "#/properties/meta/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property 'runner'", schema: d.properties.meta.required, parentSchema: d.properties.meta, data: e };
          r === null ? r = [t] : r.push(t), a++;
        }
        for (const t in e) if (!(t === "version" || t === "arch" || t === "runner" || t === "minimum_dify_version")) {
          const s = { instancePath: o + "/meta", schemaPath: "#/properties/meta/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: d.properties.meta, data: e };
          r === null ? r = [s] : r.push(s), a++;
        }
        if (e.version !== void 0) {
          let t = e.version;
          if (typeof t != "string") {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else {
              const p = { instancePath: o + "/meta/version", schemaPath: "#/properties/meta/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.meta.properties.version.type, parentSchema: d.properties.meta.properties.version, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.version = i));
          }
          if (typeof t == "string" && !L.test(t)) {
            const s = { instancePath: o + "/meta/version", schemaPath: "#/properties/meta/properties/version/pattern", keyword: "pattern", params: { pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$" }, message: 'must match pattern "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$"', schema: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$", parentSchema: d.properties.meta.properties.version, data: t };
            r === null ? r = [s] : r.push(s), a++;
          }
        }
        if (e.arch !== void 0) {
          let t = e.arch;
          if (Array.isArray(t)) {
            if (t.length < 1) {
              const i = { instancePath: o + "/meta/arch", schemaPath: "#/properties/meta/properties/arch/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: d.properties.meta.properties.arch, data: t };
              r === null ? r = [i] : r.push(i), a++;
            }
            const s = t.length;
            for (let i = 0; i < s; i++) {
              let p = t[i];
              if (typeof p != "string") {
                let m = typeof p, f;
                if (f === void 0) if (m == "number" || m == "boolean") f = "" + p;
                else if (p === null) f = "";
                else {
                  const b = { instancePath: o + "/meta/arch/" + i, schemaPath: "#/properties/meta/properties/arch/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.meta.properties.arch.items.type, parentSchema: d.properties.meta.properties.arch.items, data: p };
                  r === null ? r = [b] : r.push(b), a++;
                }
                f !== void 0 && (p = f, t !== void 0 && (t[i] = f));
              }
              if (!(p === "amd64" || p === "arm64")) {
                const m = { instancePath: o + "/meta/arch/" + i, schemaPath: "#/properties/meta/properties/arch/items/enum", keyword: "enum", params: { allowedValues: d.properties.meta.properties.arch.items.enum }, message: "must be equal to one of the allowed values", schema: d.properties.meta.properties.arch.items.enum, parentSchema: d.properties.meta.properties.arch.items, data: p };
                r === null ? r = [m] : r.push(m), a++;
              }
            }
          } else {
            const s = { instancePath: o + "/meta/arch", schemaPath: "#/properties/meta/properties/arch/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: d.properties.meta.properties.arch.type, parentSchema: d.properties.meta.properties.arch, data: t };
            r === null ? r = [s] : r.push(s), a++;
          }
        }
        if (e.runner !== void 0) {
          let t = e.runner;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.language === void 0) {
              const s = { instancePath: o + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/required", keyword: "required", params: { missingProperty: "language" }, message: "must have required property 'language'", schema: d.properties.meta.properties.runner.required, parentSchema: d.properties.meta.properties.runner, data: t };
              r === null ? r = [s] : r.push(s), a++;
            }
            if (t.version === void 0) {
              const s = { instancePath: o + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: d.properties.meta.properties.runner.required, parentSchema: d.properties.meta.properties.runner, data: t };
              r === null ? r = [s] : r.push(s), a++;
            }
            if (t.entrypoint === void 0) {
              const s = { instancePath: o + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/required", keyword: "required", params: { missingProperty: "entrypoint" }, message: "must have required property 'entrypoint'", schema: d.properties.meta.properties.runner.required, parentSchema: d.properties.meta.properties.runner, data: t };
              r === null ? r = [s] : r.push(s), a++;
            }
            for (const s in t) if (!(s === "language" || s === "version" || s === "entrypoint")) {
              const i = { instancePath: o + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: d.properties.meta.properties.runner, data: t };
              r === null ? r = [i] : r.push(i), a++;
            }
            if (t.language !== void 0) {
              let s = t.language;
              if (typeof s != "string") {
                let i = typeof s, p;
                if (p === void 0) if (i == "number" || i == "boolean") p = "" + s;
                else if (s === null) p = "";
                else {
                  const m = { instancePath: o + "/meta/runner/language", schemaPath: "#/properties/meta/properties/runner/properties/language/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.meta.properties.runner.properties.language.type, parentSchema: d.properties.meta.properties.runner.properties.language, data: s };
                  r === null ? r = [m] : r.push(m), a++;
                }
                p !== void 0 && (s = p, t !== void 0 && (t.language = p));
              }
              if (s !== "python") {
                const i = { instancePath: o + "/meta/runner/language", schemaPath: "#/properties/meta/properties/runner/properties/language/enum", keyword: "enum", params: { allowedValues: d.properties.meta.properties.runner.properties.language.enum }, message: "must be equal to one of the allowed values", schema: d.properties.meta.properties.runner.properties.language.enum, parentSchema: d.properties.meta.properties.runner.properties.language, data: s };
                r === null ? r = [i] : r.push(i), a++;
              }
            }
            if (t.version !== void 0) {
              let s = t.version;
              if (typeof s != "string") {
                let i = typeof s, p;
                if (p === void 0) if (i == "number" || i == "boolean") p = "" + s;
                else if (s === null) p = "";
                else {
                  const m = { instancePath: o + "/meta/runner/version", schemaPath: "#/properties/meta/properties/runner/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.meta.properties.runner.properties.version.type, parentSchema: d.properties.meta.properties.runner.properties.version, data: s };
                  r === null ? r = [m] : r.push(m), a++;
                }
                p !== void 0 && (s = p, t !== void 0 && (t.version = p));
              }
              if (typeof s == "string") {
                if (y(s) > 128) {
                  const i = { instancePath: o + "/meta/runner/version", schemaPath: "#/properties/meta/properties/runner/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: d.properties.meta.properties.runner.properties.version, data: s };
                  r === null ? r = [i] : r.push(i), a++;
                }
                if (y(s) < 1) {
                  const i = { instancePath: o + "/meta/runner/version", schemaPath: "#/properties/meta/properties/runner/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.meta.properties.runner.properties.version, data: s };
                  r === null ? r = [i] : r.push(i), a++;
                }
              }
            }
            if (t.entrypoint !== void 0) {
              let s = t.entrypoint;
              if (typeof s != "string") {
                let i = typeof s, p;
                if (p === void 0) if (i == "number" || i == "boolean") p = "" + s;
                else if (s === null) p = "";
                else {
                  const m = { instancePath: o + "/meta/runner/entrypoint", schemaPath: "#/properties/meta/properties/runner/properties/entrypoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.meta.properties.runner.properties.entrypoint.type, parentSchema: d.properties.meta.properties.runner.properties.entrypoint, data: s };
                  r === null ? r = [m] : r.push(m), a++;
                }
                p !== void 0 && (s = p, t !== void 0 && (t.entrypoint = p));
              }
              if (typeof s == "string") {
                if (y(s) > 256) {
                  const i = { instancePath: o + "/meta/runner/entrypoint", schemaPath: "#/properties/meta/properties/runner/properties/entrypoint/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: d.properties.meta.properties.runner.properties.entrypoint, data: s };
                  r === null ? r = [i] : r.push(i), a++;
                }
                if (y(s) < 1) {
                  const i = { instancePath: o + "/meta/runner/entrypoint", schemaPath: "#/properties/meta/properties/runner/properties/entrypoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.meta.properties.runner.properties.entrypoint, data: s };
                  r === null ? r = [i] : r.push(i), a++;
                }
              }
            }
          } else {
            const s = { instancePath: o + "/meta/runner", schemaPath: "#/properties/meta/properties/runner/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.properties.meta.properties.runner.type, parentSchema: d.properties.meta.properties.runner, data: t };
            r === null ? r = [s] : r.push(s), a++;
          }
        }
        if (e.minimum_dify_version !== void 0) {
          let t = e.minimum_dify_version;
          if (typeof t != "string" && t !== null) {
            let s = typeof t, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + t;
            else if (t === null) i = "";
            else if (t === "" || t === 0 || t === false) i = null;
            else {
              const p = { instancePath: o + "/meta/minimum_dify_version", schemaPath: "#/properties/meta/properties/minimum_dify_version/type", keyword: "type", params: { type: d.properties.meta.properties.minimum_dify_version.type }, message: "must be string,null", schema: d.properties.meta.properties.minimum_dify_version.type, parentSchema: d.properties.meta.properties.minimum_dify_version, data: t };
              r === null ? r = [p] : r.push(p), a++;
            }
            i !== void 0 && (t = i, e !== void 0 && (e.minimum_dify_version = i));
          }
        }
      } else {
        const t = { instancePath: o + "/meta", schemaPath: "#/properties/meta/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.properties.meta.type, parentSchema: d.properties.meta, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.tags !== void 0 && (v(l.tags, { instancePath: o + "/tags", parentData: l, parentDataProperty: "tags", rootData: _ }) || (r = r === null ? v.errors : r.concat(v.errors), a = r.length)), l.created_at !== void 0) {
      let e = l.created_at;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const i = { instancePath: o + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.created_at.type, parentSchema: d.properties.created_at, data: e };
          r === null ? r = [i] : r.push(i), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l.created_at = s));
      }
      if (typeof e == "string" && y(e) < 1) {
        const t = { instancePath: o + "/created_at", schemaPath: "#/properties/created_at/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.created_at, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.privacy !== void 0) {
      let e = l.privacy;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const i = { instancePath: o + "/privacy", schemaPath: "#/properties/privacy/type", keyword: "type", params: { type: d.properties.privacy.type }, message: "must be string,null", schema: d.properties.privacy.type, parentSchema: d.properties.privacy, data: e };
          r === null ? r = [i] : r.push(i), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l.privacy = s));
      }
    }
    if (l.repo !== void 0) {
      let e = l.repo;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const i = { instancePath: o + "/repo", schemaPath: "#/properties/repo/type", keyword: "type", params: { type: d.properties.repo.type }, message: "must be string,null", schema: d.properties.repo.type, parentSchema: d.properties.repo, data: e };
          r === null ? r = [i] : r.push(i), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l.repo = s));
      }
      if (typeof e == "string" && !N.test(e)) {
        const t = { instancePath: o + "/repo", schemaPath: "#/properties/repo/pattern", keyword: "pattern", params: { pattern: "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)" }, message: 'must match pattern "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)"', schema: "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)", parentSchema: d.properties.repo, data: e };
        r === null ? r = [t] : r.push(t), a++;
      }
    }
    if (l.verified !== void 0) {
      let e = l.verified;
      if (typeof e != "boolean" && e !== null) {
        let t;
        if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
        else if (e === "true" || e === 1) t = true;
        else if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: o + "/verified", schemaPath: "#/properties/verified/type", keyword: "type", params: { type: d.properties.verified.type }, message: "must be boolean,null", schema: d.properties.verified.type, parentSchema: d.properties.verified, data: e };
          r === null ? r = [s] : r.push(s), a++;
        }
        t !== void 0 && (e = t, l !== void 0 && (l.verified = t));
      }
    }
    if (l.contact !== void 0) {
      let e = l.contact;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const i = { instancePath: o + "/contact", schemaPath: "#/properties/contact/type", keyword: "type", params: { type: d.properties.contact.type }, message: "must be string,null", schema: d.properties.contact.type, parentSchema: d.properties.contact, data: e };
          r === null ? r = [i] : r.push(i), a++;
        }
        s !== void 0 && (e = s, l !== void 0 && (l.contact = s));
      }
    }
    if (l.network !== void 0) {
      let e = l.network;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: o + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: d.properties.network.type }, message: "must be object,null", schema: d.properties.network.type, parentSchema: d.properties.network, data: e };
          r === null ? r = [s] : r.push(s), a++;
        }
        t !== void 0 && (e = t, l !== void 0 && (l.network = t));
      }
    }
  } else {
    const e = { instancePath: o, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.type, parentSchema: d, data: l };
    r === null ? r = [e] : r.push(e), a++;
  }
  return j.errors = r, a === 0;
}
var O = q;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
