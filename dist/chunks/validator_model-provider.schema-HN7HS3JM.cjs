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
  v: () => H
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var H = B;
var u = { $schema: "http://json-schema.org/draft-07/schema#", $id: "model-provider.schema.json", title: "Dify model provider (the file listed under plugins.models)", description: "daemon pkg/entities/plugin_entities/model_declaration.go (ModelProviderDeclaration); SDK entities/model/provider.py (ModelProviderConfiguration).", type: "object", required: ["provider", "label", "supported_model_types", "configurate_methods", "extra"], properties: { provider: { description: "The provider's name, unique within the plugin.", type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18nNullable" }, icon_small: { $ref: "common.schema.json#/definitions/i18nNullable" }, icon_large: { $ref: "common.schema.json#/definitions/i18nNullable" }, icon_small_dark: { $ref: "common.schema.json#/definitions/i18nNullable" }, icon_large_dark: { $ref: "common.schema.json#/definitions/i18nNullable" }, background: { type: ["string", "null"] }, help: { type: ["object", "null"], required: ["title", "url"], properties: { title: { $ref: "common.schema.json#/definitions/i18n" }, url: { $ref: "common.schema.json#/definitions/i18n" } }, additionalProperties: false }, supported_model_types: { type: "array", items: { $ref: "#/definitions/modelType" }, "x-dpr-fix": "List the model types the provider offers, e.g. `[llm, text-embedding]`." }, configurate_methods: { type: "array", items: { type: "string", enum: ["predefined-model", "customizable-model"], "x-dpr-fix": "Use predefined-model (models listed in YAML files) and/or customizable-model (users add models)." }, "x-dpr-fix": "List how models are configured: `[predefined-model]`, `[customizable-model]` or both." }, provider_credential_schema: { type: ["object", "null"], required: ["credential_form_schemas"], properties: { credential_form_schemas: { $ref: "#/definitions/credentialForms" } }, additionalProperties: false }, model_credential_schema: { type: ["object", "null"], required: ["model", "credential_form_schemas"], properties: { model: { type: "object", required: ["label"], properties: { label: { $ref: "common.schema.json#/definitions/i18n" }, placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" } }, additionalProperties: false }, credential_form_schemas: { $ref: "#/definitions/credentialForms" } }, additionalProperties: false }, models: { description: "Where the predefined models are: per model type, globs of model YAML files and a _position.yaml. The SDK requires a mapping (a list of inline models is daemon-only).", type: "object", properties: { llm: { $ref: "#/definitions/modelFiles" }, text_embedding: { $ref: "#/definitions/modelFiles" }, rerank: { $ref: "#/definitions/modelFiles" }, tts: { $ref: "#/definitions/modelFiles" }, speech2text: { $ref: "#/definitions/modelFiles" }, moderation: { $ref: "#/definitions/modelFiles" } }, additionalProperties: false, "x-dpr-fix": 'Write models as a mapping by type, e.g. `models: {llm: {predefined: ["models/llm/*.yaml"]}}`.' }, position: { description: "Model order per type, written inline (usually loaded from _position.yaml files instead).", type: ["object", "null"], properties: { llm: { $ref: "model-position.schema.json" }, text_embedding: { $ref: "model-position.schema.json" }, rerank: { $ref: "model-position.schema.json" }, tts: { $ref: "model-position.schema.json" }, speech2text: { $ref: "model-position.schema.json" }, moderation: { $ref: "model-position.schema.json" } }, additionalProperties: false }, extra: { description: "SDK-required: the provider's Python file and the model implementations.", type: "object", required: ["python"], properties: { python: { type: "object", required: ["provider_source"], properties: { provider_source: { type: "string", minLength: 1, "x-dpr-fix": "Name the provider's Python file, e.g. `provider_source: provider/my_provider.py`." }, model_sources: { type: "array", items: { type: "string", minLength: 1 } } } } }, "x-dpr-fix": "Add `extra: {python: {provider_source: provider/my_provider.py, model_sources: [models/llm/llm.py]}}`: the SDK needs it to start." } }, additionalProperties: false, definitions: { modelType: { description: "Model types: the daemon's list (the SDK has all but the multimodal ones).", type: "string", enum: ["llm", "text-embedding", "rerank", "speech2text", "moderation", "tts", "text2img", "multimodal-embedding", "multimodal-rerank"], "x-dpr-fix": "Model types are written with a hyphen here: llm, text-embedding, rerank, speech2text, moderation, tts, text2img." }, modelFiles: { description: "The files of one model type. The SDK reads this as a mapping and iterates `predefined`.", type: "object", properties: { position: { description: "Path of the _position.yaml that orders the models; the daemon reads it and fails when it is missing.", type: "string", minLength: 1, maxLength: 1024 }, predefined: { description: "Globs (Go filepath.Match, from the plugin root) of model YAML files.", type: "array", items: { type: "string", minLength: 1 }, "x-dpr-fix": 'List globs of model files, e.g. `predefined: ["models/llm/*.yaml"]`.' } }, additionalProperties: false }, credentialForms: { type: "array", maxItems: 32, items: { $ref: "#/definitions/credentialForm" }, "x-dpr-fix": "List the form fields, e.g. `- variable: api_key` with label and type; write `credential_form_schemas: []` for none." }, credentialForm: { description: "A model credential field (daemon ModelProviderCredentialFormSchema; SDK CredentialFormSchema).", type: "object", required: ["variable", "label", "type"], properties: { variable: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["text-input", "secret-input", "select", "radio", "switch"], "x-dpr-fix": "Model credential fields use text-input, secret-input, select, radio or switch (not the tool field types)." }, required: { type: ["boolean", "null"] }, default: { type: ["string", "null"], maxLength: 255, "x-dpr-string": true }, options: { type: ["array", "null"], maxItems: 128, items: { type: "object", required: ["label", "value"], properties: { label: { $ref: "common.schema.json#/definitions/i18n" }, value: { type: "string", maxLength: 255, "x-dpr-string": true }, show_on: { $ref: "common.schema.json#/definitions/formShowOn" } }, additionalProperties: false } }, help: { $ref: "common.schema.json#/definitions/i18nDaemonOnly" }, url: { type: ["string", "null"] }, placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" }, max_length: { type: ["integer", "null"] }, show_on: { $ref: "common.schema.json#/definitions/formShowOn" } }, additionalProperties: false } } };
var h = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var d = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var L = { description: "Model types: the daemon's list (the SDK has all but the multimodal ones).", type: "string", enum: ["llm", "text-embedding", "rerank", "speech2text", "moderation", "tts", "text2img", "multimodal-embedding", "multimodal-rerank"], "x-dpr-fix": "Model types are written with a hyphen here: llm, text-embedding, rerank, speech2text, moderation, tts, text2img." };
var g = { description: "The files of one model type. The SDK reads this as a mapping and iterates `predefined`.", type: "object", properties: { position: { description: "Path of the _position.yaml that orders the models; the daemon reads it and fails when it is missing.", type: "string", minLength: 1, maxLength: 1024 }, predefined: { description: "Globs (Go filepath.Match, from the plugin root) of model YAML files.", type: "array", items: { type: "string", minLength: 1 }, "x-dpr-fix": 'List globs of model files, e.g. `predefined: ["models/llm/*.yaml"]`.' } }, additionalProperties: false };
var b = { $schema: "http://json-schema.org/draft-07/schema#", $id: "model-position.schema.json", title: "Dify model order (a _position.yaml named by a model provider)", description: "A YAML list of model names, first shown first. The daemon decodes it as []string (pkg/plugin_packager/decoder/helper.go); the SDK as list[str] (entities/model/provider.py ModelPosition).", type: ["array", "null"], items: { type: ["string", "null"], "x-dpr-fix": "Write one model name per line, as it appears in the model's `model:` field." }, "x-dpr-fix": "Write the file as a YAML list of model names, e.g. `- gpt-4o`." };
var z = Object.prototype.hasOwnProperty;
var c = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var T = { type: "array", maxItems: 32, items: { $ref: "#/definitions/credentialForm" }, "x-dpr-fix": "List the form fields, e.g. `- variable: api_key` with label and type; write `credential_form_schemas: []` for none." };
var _ = { description: "A model credential field (daemon ModelProviderCredentialFormSchema; SDK CredentialFormSchema).", type: "object", required: ["variable", "label", "type"], properties: { variable: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["text-input", "secret-input", "select", "radio", "switch"], "x-dpr-fix": "Model credential fields use text-input, secret-input, select, radio or switch (not the tool field types)." }, required: { type: ["boolean", "null"] }, default: { type: ["string", "null"], maxLength: 255, "x-dpr-string": true }, options: { type: ["array", "null"], maxItems: 128, items: { type: "object", required: ["label", "value"], properties: { label: { $ref: "common.schema.json#/definitions/i18n" }, value: { type: "string", maxLength: 255, "x-dpr-string": true }, show_on: { $ref: "common.schema.json#/definitions/formShowOn" } }, additionalProperties: false } }, help: { $ref: "common.schema.json#/definitions/i18nDaemonOnly" }, url: { type: ["string", "null"] }, placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" }, max_length: { type: ["integer", "null"] }, show_on: { $ref: "common.schema.json#/definitions/formShowOn" } }, additionalProperties: false };
var P = { description: "A model credential form condition (SDK FormShowOnObject): both fields are strings.", type: ["array", "null"], items: { type: "object", required: ["variable", "value"], properties: { variable: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, value: { type: "string", maxLength: 255, "x-dpr-string": true } }, additionalProperties: false } };
var S = { description: "Localized text only the daemon reads (the SDK's model has no such field): Go ignores unknown keys, and its struct tags (en_US required) are checked only by remote debugging.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] }, "x-dpr-severity": "warning", "x-dpr-layer": "remote-debug" };
function U(m, { instancePath: p = "", parentData: N, parentDataProperty: q, rootData: x = m } = {}) {
  let t = null, o = 0;
  if (m && typeof m == "object" && !Array.isArray(m)) {
    if (m.variable === void 0) {
      const n = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "variable" }, message: "must have required property 'variable'", schema: _.required, parentSchema: _, data: m };
      t === null ? t = [n] : t.push(n), o++;
    }
    if (m.label === void 0) {
      const n = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: _.required, parentSchema: _, data: m };
      t === null ? t = [n] : t.push(n), o++;
    }
    if (m.type === void 0) {
      const n = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: _.required, parentSchema: _, data: m };
      t === null ? t = [n] : t.push(n), o++;
    }
    for (const n in m) if (!z.call(_.properties, n)) {
      const e = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: _, data: m };
      t === null ? t = [e] : t.push(e), o++;
    }
    if (m.variable !== void 0) {
      let n = m.variable;
      if (typeof n != "string") {
        let e = typeof n, s;
        if (s === void 0) if (e == "number" || e == "boolean") s = "" + n;
        else if (n === null) s = "";
        else {
          const i = { instancePath: p + "/variable", schemaPath: "#/properties/variable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.variable.type, parentSchema: _.properties.variable, data: n };
          t === null ? t = [i] : t.push(i), o++;
        }
        s !== void 0 && (n = s, m !== void 0 && (m.variable = s));
      }
      if (typeof n == "string") {
        if (c(n) > 255) {
          const e = { instancePath: p + "/variable", schemaPath: "#/properties/variable/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: _.properties.variable, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        if (c(n) < 1) {
          const e = { instancePath: p + "/variable", schemaPath: "#/properties/variable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: _.properties.variable, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
      }
    }
    if (m.label !== void 0) {
      let n = m.label;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.en_US === void 0) {
          const e = { instancePath: p + "/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let s = n[e];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, a;
            if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
            else if (s === null) a = "";
            else if (s === "" || s === 0 || s === false) a = null;
            else {
              const r = { instancePath: p + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: s };
              t === null ? t = [r] : t.push(r), o++;
            }
            a !== void 0 && (s = a, n !== void 0 && (n[e] = a));
          }
        }
        if (n.en_US !== void 0) {
          let e = n.en_US;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.en_US = i));
          }
          if (typeof e == "string") {
            if (c(e) > 1023) {
              const s = { instancePath: p + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (c(e) < 1) {
              const s = { instancePath: p + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
          }
        }
        if (n.zh_Hans !== void 0) {
          let e = n.zh_Hans;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.zh_Hans = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.ja_JP !== void 0) {
          let e = n.ja_JP;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.ja_JP = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.pt_BR !== void 0) {
          let e = n.pt_BR;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.pt_BR = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      } else {
        const e = { instancePath: p + "/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: n };
        t === null ? t = [e] : t.push(e), o++;
      }
    }
    if (m.type !== void 0) {
      let n = m.type;
      if (typeof n != "string") {
        let e = typeof n, s;
        if (s === void 0) if (e == "number" || e == "boolean") s = "" + n;
        else if (n === null) s = "";
        else {
          const i = { instancePath: p + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.type.type, parentSchema: _.properties.type, data: n };
          t === null ? t = [i] : t.push(i), o++;
        }
        s !== void 0 && (n = s, m !== void 0 && (m.type = s));
      }
      if (!(n === "text-input" || n === "secret-input" || n === "select" || n === "radio" || n === "switch")) {
        const e = { instancePath: p + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: _.properties.type.enum }, message: "must be equal to one of the allowed values", schema: _.properties.type.enum, parentSchema: _.properties.type, data: n };
        t === null ? t = [e] : t.push(e), o++;
      }
    }
    if (m.required !== void 0) {
      let n = m.required;
      if (typeof n != "boolean" && n !== null) {
        let e;
        if (e === void 0) if (n === "false" || n === 0 || n === null) e = false;
        else if (n === "true" || n === 1) e = true;
        else if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: _.properties.required.type }, message: "must be boolean,null", schema: _.properties.required.type, parentSchema: _.properties.required, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.required = e));
      }
    }
    if (m.default !== void 0) {
      let n = m.default;
      if (typeof n != "string" && n !== null) {
        let e = typeof n, s;
        if (s === void 0) if (e == "number" || e == "boolean") s = "" + n;
        else if (n === null) s = "";
        else if (n === "" || n === 0 || n === false) s = null;
        else {
          const i = { instancePath: p + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: _.properties.default.type }, message: "must be string,null", schema: _.properties.default.type, parentSchema: _.properties.default, data: n };
          t === null ? t = [i] : t.push(i), o++;
        }
        s !== void 0 && (n = s, m !== void 0 && (m.default = s));
      }
      if (typeof n == "string" && c(n) > 255) {
        const e = { instancePath: p + "/default", schemaPath: "#/properties/default/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: _.properties.default, data: n };
        t === null ? t = [e] : t.push(e), o++;
      }
    }
    if (m.options !== void 0) {
      let n = m.options;
      if (!Array.isArray(n) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: _.properties.options.type }, message: "must be array,null", schema: _.properties.options.type, parentSchema: _.properties.options, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.options = e));
      }
      if (Array.isArray(n)) {
        if (n.length > 128) {
          const s = { instancePath: p + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 128 }, message: "must NOT have more than 128 items", schema: 128, parentSchema: _.properties.options, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        const e = n.length;
        for (let s = 0; s < e; s++) {
          let i = n[s];
          if (i && typeof i == "object" && !Array.isArray(i)) {
            if (i.label === void 0) {
              const a = { instancePath: p + "/options/" + s, schemaPath: "#/properties/options/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: _.properties.options.items.required, parentSchema: _.properties.options.items, data: i };
              t === null ? t = [a] : t.push(a), o++;
            }
            if (i.value === void 0) {
              const a = { instancePath: p + "/options/" + s, schemaPath: "#/properties/options/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: _.properties.options.items.required, parentSchema: _.properties.options.items, data: i };
              t === null ? t = [a] : t.push(a), o++;
            }
            for (const a in i) if (!(a === "label" || a === "value" || a === "show_on")) {
              const r = { instancePath: p + "/options/" + s, schemaPath: "#/properties/options/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a }, message: "must NOT have additional properties", schema: false, parentSchema: _.properties.options.items, data: i };
              t === null ? t = [r] : t.push(r), o++;
            }
            if (i.label !== void 0) {
              let a = i.label;
              if (a && typeof a == "object" && !Array.isArray(a)) {
                if (a.en_US === void 0) {
                  const r = { instancePath: p + "/options/" + s + "/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: a };
                  t === null ? t = [r] : t.push(r), o++;
                }
                for (const r in a) if (!(r === "en_US" || r === "zh_Hans" || r === "ja_JP" || r === "pt_BR")) {
                  let l = a[r];
                  if (typeof l != "string" && l !== null) {
                    let f = typeof l, y;
                    if (y === void 0) if (f == "number" || f == "boolean") y = "" + l;
                    else if (l === null) y = "";
                    else if (l === "" || l === 0 || l === false) y = null;
                    else {
                      const j = { instancePath: p + "/options/" + s + "/label/" + r.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: l };
                      t === null ? t = [j] : t.push(j), o++;
                    }
                    y !== void 0 && (l = y, a !== void 0 && (a[r] = y));
                  }
                }
                if (a.en_US !== void 0) {
                  let r = a.en_US;
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/options/" + s + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, a !== void 0 && (a.en_US = f));
                  }
                  if (typeof r == "string") {
                    if (c(r) > 1023) {
                      const l = { instancePath: p + "/options/" + s + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: r };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                    if (c(r) < 1) {
                      const l = { instancePath: p + "/options/" + s + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: r };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                  }
                }
                if (a.zh_Hans !== void 0) {
                  let r = a.zh_Hans;
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/options/" + s + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, a !== void 0 && (a.zh_Hans = f));
                  }
                  if (typeof r == "string" && c(r) > 1023) {
                    const l = { instancePath: p + "/options/" + s + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
                if (a.ja_JP !== void 0) {
                  let r = a.ja_JP;
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/options/" + s + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, a !== void 0 && (a.ja_JP = f));
                  }
                  if (typeof r == "string" && c(r) > 1023) {
                    const l = { instancePath: p + "/options/" + s + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
                if (a.pt_BR !== void 0) {
                  let r = a.pt_BR;
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/options/" + s + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, a !== void 0 && (a.pt_BR = f));
                  }
                  if (typeof r == "string" && c(r) > 1023) {
                    const l = { instancePath: p + "/options/" + s + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
              } else {
                const r = { instancePath: p + "/options/" + s + "/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: a };
                t === null ? t = [r] : t.push(r), o++;
              }
            }
            if (i.value !== void 0) {
              let a = i.value;
              if (typeof a != "string") {
                let r = typeof a, l;
                if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                else if (a === null) l = "";
                else {
                  const f = { instancePath: p + "/options/" + s + "/value", schemaPath: "#/properties/options/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.options.items.properties.value.type, parentSchema: _.properties.options.items.properties.value, data: a };
                  t === null ? t = [f] : t.push(f), o++;
                }
                l !== void 0 && (a = l, i !== void 0 && (i.value = l));
              }
              if (typeof a == "string" && c(a) > 255) {
                const r = { instancePath: p + "/options/" + s + "/value", schemaPath: "#/properties/options/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: _.properties.options.items.properties.value, data: a };
                t === null ? t = [r] : t.push(r), o++;
              }
            }
            if (i.show_on !== void 0) {
              let a = i.show_on;
              if (!Array.isArray(a) && a !== null) {
                let r;
                if (r === void 0) if (a === "" || a === 0 || a === false) r = null;
                else {
                  const l = { instancePath: p + "/options/" + s + "/show_on", schemaPath: "common.schema.json#/definitions/formShowOn/type", keyword: "type", params: { type: P.type }, message: "must be array,null", schema: P.type, parentSchema: P, data: a };
                  t === null ? t = [l] : t.push(l), o++;
                }
                r !== void 0 && (a = r, i !== void 0 && (i.show_on = r));
              }
              if (Array.isArray(a)) {
                const r = a.length;
                for (let l = 0; l < r; l++) {
                  let f = a[l];
                  if (f && typeof f == "object" && !Array.isArray(f)) {
                    if (f.variable === void 0) {
                      const y = { instancePath: p + "/options/" + s + "/show_on/" + l, schemaPath: "common.schema.json#/definitions/formShowOn/items/required", keyword: "required", params: { missingProperty: "variable" }, message: "must have required property 'variable'", schema: P.items.required, parentSchema: P.items, data: f };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    if (f.value === void 0) {
                      const y = { instancePath: p + "/options/" + s + "/show_on/" + l, schemaPath: "common.schema.json#/definitions/formShowOn/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: P.items.required, parentSchema: P.items, data: f };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    for (const y in f) if (!(y === "variable" || y === "value")) {
                      const j = { instancePath: p + "/options/" + s + "/show_on/" + l, schemaPath: "common.schema.json#/definitions/formShowOn/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: y }, message: "must NOT have additional properties", schema: false, parentSchema: P.items, data: f };
                      t === null ? t = [j] : t.push(j), o++;
                    }
                    if (f.variable !== void 0) {
                      let y = f.variable;
                      if (typeof y != "string") {
                        let j = typeof y, w;
                        if (w === void 0) if (j == "number" || j == "boolean") w = "" + y;
                        else if (y === null) w = "";
                        else {
                          const v = { instancePath: p + "/options/" + s + "/show_on/" + l + "/variable", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/variable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.items.properties.variable.type, parentSchema: P.items.properties.variable, data: y };
                          t === null ? t = [v] : t.push(v), o++;
                        }
                        w !== void 0 && (y = w, f !== void 0 && (f.variable = w));
                      }
                      if (typeof y == "string") {
                        if (c(y) > 255) {
                          const j = { instancePath: p + "/options/" + s + "/show_on/" + l + "/variable", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/variable/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: P.items.properties.variable, data: y };
                          t === null ? t = [j] : t.push(j), o++;
                        }
                        if (c(y) < 1) {
                          const j = { instancePath: p + "/options/" + s + "/show_on/" + l + "/variable", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/variable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: P.items.properties.variable, data: y };
                          t === null ? t = [j] : t.push(j), o++;
                        }
                      }
                    }
                    if (f.value !== void 0) {
                      let y = f.value;
                      if (typeof y != "string") {
                        let j = typeof y, w;
                        if (w === void 0) if (j == "number" || j == "boolean") w = "" + y;
                        else if (y === null) w = "";
                        else {
                          const v = { instancePath: p + "/options/" + s + "/show_on/" + l + "/value", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.items.properties.value.type, parentSchema: P.items.properties.value, data: y };
                          t === null ? t = [v] : t.push(v), o++;
                        }
                        w !== void 0 && (y = w, f !== void 0 && (f.value = w));
                      }
                      if (typeof y == "string" && c(y) > 255) {
                        const j = { instancePath: p + "/options/" + s + "/show_on/" + l + "/value", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: P.items.properties.value, data: y };
                        t === null ? t = [j] : t.push(j), o++;
                      }
                    }
                  } else {
                    const y = { instancePath: p + "/options/" + s + "/show_on/" + l, schemaPath: "common.schema.json#/definitions/formShowOn/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: P.items.type, parentSchema: P.items, data: f };
                    t === null ? t = [y] : t.push(y), o++;
                  }
                }
              }
            }
          } else {
            const a = { instancePath: p + "/options/" + s, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.properties.options.items.type, parentSchema: _.properties.options.items, data: i };
            t === null ? t = [a] : t.push(a), o++;
          }
        }
      }
    }
    if (m.help !== void 0) {
      let n = m.help;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/help", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/type", keyword: "type", params: { type: S.type }, message: "must be object,null", schema: S.type, parentSchema: S, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.help = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.en_US === void 0) {
          const e = { instancePath: p + "/help", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: S.required, parentSchema: S, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let s = n[e];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, a;
            if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
            else if (s === null) a = "";
            else if (s === "" || s === 0 || s === false) a = null;
            else {
              const r = { instancePath: p + "/help/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/additionalProperties/type", keyword: "type", params: { type: S.additionalProperties.type }, message: "must be string,null", schema: S.additionalProperties.type, parentSchema: S.additionalProperties, data: s };
              t === null ? t = [r] : t.push(r), o++;
            }
            a !== void 0 && (s = a, n !== void 0 && (n[e] = a));
          }
        }
        if (n.en_US !== void 0) {
          let e = n.en_US;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/help/en_US", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.properties.en_US.type, parentSchema: S.properties.en_US, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.en_US = i));
          }
          if (typeof e == "string") {
            if (c(e) > 1023) {
              const s = { instancePath: p + "/help/en_US", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: S.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (c(e) < 1) {
              const s = { instancePath: p + "/help/en_US", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: S.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
          }
        }
        if (n.zh_Hans !== void 0) {
          let e = n.zh_Hans;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/help/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/properties/zh_Hans/type", keyword: "type", params: { type: S.properties.zh_Hans.type }, message: "must be string,null", schema: S.properties.zh_Hans.type, parentSchema: S.properties.zh_Hans, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.zh_Hans = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/help/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: S.properties.zh_Hans, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.ja_JP !== void 0) {
          let e = n.ja_JP;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/help/ja_JP", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/properties/ja_JP/type", keyword: "type", params: { type: S.properties.ja_JP.type }, message: "must be string,null", schema: S.properties.ja_JP.type, parentSchema: S.properties.ja_JP, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.ja_JP = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/help/ja_JP", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: S.properties.ja_JP, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.pt_BR !== void 0) {
          let e = n.pt_BR;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/help/pt_BR", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/properties/pt_BR/type", keyword: "type", params: { type: S.properties.pt_BR.type }, message: "must be string,null", schema: S.properties.pt_BR.type, parentSchema: S.properties.pt_BR, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.pt_BR = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/help/pt_BR", schemaPath: "common.schema.json#/definitions/i18nDaemonOnly/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: S.properties.pt_BR, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      }
    }
    if (m.url !== void 0) {
      let n = m.url;
      if (typeof n != "string" && n !== null) {
        let e = typeof n, s;
        if (s === void 0) if (e == "number" || e == "boolean") s = "" + n;
        else if (n === null) s = "";
        else if (n === "" || n === 0 || n === false) s = null;
        else {
          const i = { instancePath: p + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: _.properties.url.type }, message: "must be string,null", schema: _.properties.url.type, parentSchema: _.properties.url, data: n };
          t === null ? t = [i] : t.push(i), o++;
        }
        s !== void 0 && (n = s, m !== void 0 && (m.url = s));
      }
    }
    if (m.placeholder !== void 0) {
      let n = m.placeholder;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/placeholder", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.placeholder = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.en_US === void 0) {
          const e = { instancePath: p + "/placeholder", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let s = n[e];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, a;
            if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
            else if (s === null) a = "";
            else if (s === "" || s === 0 || s === false) a = null;
            else {
              const r = { instancePath: p + "/placeholder/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: s };
              t === null ? t = [r] : t.push(r), o++;
            }
            a !== void 0 && (s = a, n !== void 0 && (n[e] = a));
          }
        }
        if (n.en_US !== void 0) {
          let e = n.en_US;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/placeholder/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.en_US = i));
          }
          if (typeof e == "string") {
            if (c(e) > 1023) {
              const s = { instancePath: p + "/placeholder/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (c(e) < 1) {
              const s = { instancePath: p + "/placeholder/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
          }
        }
        if (n.zh_Hans !== void 0) {
          let e = n.zh_Hans;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/placeholder/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.zh_Hans = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/placeholder/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.ja_JP !== void 0) {
          let e = n.ja_JP;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/placeholder/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.ja_JP = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/placeholder/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.pt_BR !== void 0) {
          let e = n.pt_BR;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/placeholder/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.pt_BR = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/placeholder/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      }
    }
    if (m.max_length !== void 0) {
      let n = m.max_length;
      if (!(typeof n == "number" && !(n % 1) && !isNaN(n) && isFinite(n)) && n !== null) {
        let e = typeof n, s;
        if (s === void 0) if (e === "boolean" || n === null || e === "string" && n && n == +n && !(n % 1)) s = +n;
        else if (n === "" || n === 0 || n === false) s = null;
        else {
          const i = { instancePath: p + "/max_length", schemaPath: "#/properties/max_length/type", keyword: "type", params: { type: _.properties.max_length.type }, message: "must be integer,null", schema: _.properties.max_length.type, parentSchema: _.properties.max_length, data: n };
          t === null ? t = [i] : t.push(i), o++;
        }
        s !== void 0 && (n = s, m !== void 0 && (m.max_length = s));
      }
    }
    if (m.show_on !== void 0) {
      let n = m.show_on;
      if (!Array.isArray(n) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/show_on", schemaPath: "common.schema.json#/definitions/formShowOn/type", keyword: "type", params: { type: P.type }, message: "must be array,null", schema: P.type, parentSchema: P, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.show_on = e));
      }
      if (Array.isArray(n)) {
        const e = n.length;
        for (let s = 0; s < e; s++) {
          let i = n[s];
          if (i && typeof i == "object" && !Array.isArray(i)) {
            if (i.variable === void 0) {
              const a = { instancePath: p + "/show_on/" + s, schemaPath: "common.schema.json#/definitions/formShowOn/items/required", keyword: "required", params: { missingProperty: "variable" }, message: "must have required property 'variable'", schema: P.items.required, parentSchema: P.items, data: i };
              t === null ? t = [a] : t.push(a), o++;
            }
            if (i.value === void 0) {
              const a = { instancePath: p + "/show_on/" + s, schemaPath: "common.schema.json#/definitions/formShowOn/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: P.items.required, parentSchema: P.items, data: i };
              t === null ? t = [a] : t.push(a), o++;
            }
            for (const a in i) if (!(a === "variable" || a === "value")) {
              const r = { instancePath: p + "/show_on/" + s, schemaPath: "common.schema.json#/definitions/formShowOn/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a }, message: "must NOT have additional properties", schema: false, parentSchema: P.items, data: i };
              t === null ? t = [r] : t.push(r), o++;
            }
            if (i.variable !== void 0) {
              let a = i.variable;
              if (typeof a != "string") {
                let r = typeof a, l;
                if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                else if (a === null) l = "";
                else {
                  const f = { instancePath: p + "/show_on/" + s + "/variable", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/variable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.items.properties.variable.type, parentSchema: P.items.properties.variable, data: a };
                  t === null ? t = [f] : t.push(f), o++;
                }
                l !== void 0 && (a = l, i !== void 0 && (i.variable = l));
              }
              if (typeof a == "string") {
                if (c(a) > 255) {
                  const r = { instancePath: p + "/show_on/" + s + "/variable", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/variable/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: P.items.properties.variable, data: a };
                  t === null ? t = [r] : t.push(r), o++;
                }
                if (c(a) < 1) {
                  const r = { instancePath: p + "/show_on/" + s + "/variable", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/variable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: P.items.properties.variable, data: a };
                  t === null ? t = [r] : t.push(r), o++;
                }
              }
            }
            if (i.value !== void 0) {
              let a = i.value;
              if (typeof a != "string") {
                let r = typeof a, l;
                if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                else if (a === null) l = "";
                else {
                  const f = { instancePath: p + "/show_on/" + s + "/value", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: P.items.properties.value.type, parentSchema: P.items.properties.value, data: a };
                  t === null ? t = [f] : t.push(f), o++;
                }
                l !== void 0 && (a = l, i !== void 0 && (i.value = l));
              }
              if (typeof a == "string" && c(a) > 255) {
                const r = { instancePath: p + "/show_on/" + s + "/value", schemaPath: "common.schema.json#/definitions/formShowOn/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: P.items.properties.value, data: a };
                t === null ? t = [r] : t.push(r), o++;
              }
            }
          } else {
            const a = { instancePath: p + "/show_on/" + s, schemaPath: "common.schema.json#/definitions/formShowOn/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: P.items.type, parentSchema: P.items, data: i };
            t === null ? t = [a] : t.push(a), o++;
          }
        }
      }
    }
  } else {
    const n = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.type, parentSchema: _, data: m };
    t === null ? t = [n] : t.push(n), o++;
  }
  return U.errors = t, o === 0;
}
function k(m, { instancePath: p = "", parentData: N, parentDataProperty: q, rootData: x = m } = {}) {
  let t = null, o = 0;
  if (Array.isArray(m)) {
    if (m.length > 32) {
      const e = { instancePath: p, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: T, data: m };
      t === null ? t = [e] : t.push(e), o++;
    }
    const n = m.length;
    for (let e = 0; e < n; e++) U(m[e], { instancePath: p + "/" + e, parentData: m, parentDataProperty: e, rootData: x }) || (t = t === null ? U.errors : t.concat(U.errors), o = t.length);
  } else {
    const n = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: T.type, parentSchema: T, data: m };
    t === null ? t = [n] : t.push(n), o++;
  }
  return k.errors = t, o === 0;
}
function B(m, { instancePath: p = "", parentData: N, parentDataProperty: q, rootData: x = m } = {}) {
  let t = null, o = 0;
  if (m && typeof m == "object" && !Array.isArray(m)) {
    if (m.provider === void 0) {
      const n = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: u.required, parentSchema: u, data: m };
      t === null ? t = [n] : t.push(n), o++;
    }
    if (m.label === void 0) {
      const n = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: u.required, parentSchema: u, data: m };
      t === null ? t = [n] : t.push(n), o++;
    }
    if (m.supported_model_types === void 0) {
      const n = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "supported_model_types" }, message: "must have required property 'supported_model_types'", schema: u.required, parentSchema: u, data: m };
      t === null ? t = [n] : t.push(n), o++;
    }
    if (m.configurate_methods === void 0) {
      const n = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "configurate_methods" }, message: "must have required property 'configurate_methods'", schema: u.required, parentSchema: u, data: m };
      t === null ? t = [n] : t.push(n), o++;
    }
    if (m.extra === void 0) {
      const n = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: u.required, parentSchema: u, data: m };
      t === null ? t = [n] : t.push(n), o++;
    }
    for (const n in m) if (!z.call(u.properties, n)) {
      const e = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: u, data: m };
      t === null ? t = [e] : t.push(e), o++;
    }
    if (m.provider !== void 0) {
      let n = m.provider;
      if (typeof n != "string") {
        let e = typeof n, s;
        if (s === void 0) if (e == "number" || e == "boolean") s = "" + n;
        else if (n === null) s = "";
        else {
          const i = { instancePath: p + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.provider.type, parentSchema: u.properties.provider, data: n };
          t === null ? t = [i] : t.push(i), o++;
        }
        s !== void 0 && (n = s, m !== void 0 && (m.provider = s));
      }
      if (typeof n == "string") {
        if (c(n) > 255) {
          const e = { instancePath: p + "/provider", schemaPath: "#/properties/provider/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: u.properties.provider, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        if (c(n) < 1) {
          const e = { instancePath: p + "/provider", schemaPath: "#/properties/provider/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.provider, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
      }
    }
    if (m.label !== void 0) {
      let n = m.label;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.en_US === void 0) {
          const e = { instancePath: p + "/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let s = n[e];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, a;
            if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
            else if (s === null) a = "";
            else if (s === "" || s === 0 || s === false) a = null;
            else {
              const r = { instancePath: p + "/label/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: s };
              t === null ? t = [r] : t.push(r), o++;
            }
            a !== void 0 && (s = a, n !== void 0 && (n[e] = a));
          }
        }
        if (n.en_US !== void 0) {
          let e = n.en_US;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.en_US = i));
          }
          if (typeof e == "string") {
            if (c(e) > 1023) {
              const s = { instancePath: p + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (c(e) < 1) {
              const s = { instancePath: p + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
          }
        }
        if (n.zh_Hans !== void 0) {
          let e = n.zh_Hans;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.zh_Hans = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.ja_JP !== void 0) {
          let e = n.ja_JP;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.ja_JP = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.pt_BR !== void 0) {
          let e = n.pt_BR;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.pt_BR = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      } else {
        const e = { instancePath: p + "/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: n };
        t === null ? t = [e] : t.push(e), o++;
      }
    }
    if (m.description !== void 0) {
      let n = m.description;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/description", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.description = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.en_US === void 0) {
          const e = { instancePath: p + "/description", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let s = n[e];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, a;
            if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
            else if (s === null) a = "";
            else if (s === "" || s === 0 || s === false) a = null;
            else {
              const r = { instancePath: p + "/description/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: s };
              t === null ? t = [r] : t.push(r), o++;
            }
            a !== void 0 && (s = a, n !== void 0 && (n[e] = a));
          }
        }
        if (n.en_US !== void 0) {
          let e = n.en_US;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.en_US = i));
          }
          if (typeof e == "string") {
            if (c(e) > 1023) {
              const s = { instancePath: p + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (c(e) < 1) {
              const s = { instancePath: p + "/description/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
          }
        }
        if (n.zh_Hans !== void 0) {
          let e = n.zh_Hans;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.zh_Hans = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/description/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.ja_JP !== void 0) {
          let e = n.ja_JP;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.ja_JP = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/description/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.pt_BR !== void 0) {
          let e = n.pt_BR;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.pt_BR = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/description/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      }
    }
    if (m.icon_small !== void 0) {
      let n = m.icon_small;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/icon_small", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.icon_small = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.en_US === void 0) {
          const e = { instancePath: p + "/icon_small", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let s = n[e];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, a;
            if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
            else if (s === null) a = "";
            else if (s === "" || s === 0 || s === false) a = null;
            else {
              const r = { instancePath: p + "/icon_small/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: s };
              t === null ? t = [r] : t.push(r), o++;
            }
            a !== void 0 && (s = a, n !== void 0 && (n[e] = a));
          }
        }
        if (n.en_US !== void 0) {
          let e = n.en_US;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/icon_small/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.en_US = i));
          }
          if (typeof e == "string") {
            if (c(e) > 1023) {
              const s = { instancePath: p + "/icon_small/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (c(e) < 1) {
              const s = { instancePath: p + "/icon_small/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
          }
        }
        if (n.zh_Hans !== void 0) {
          let e = n.zh_Hans;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_small/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.zh_Hans = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_small/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.ja_JP !== void 0) {
          let e = n.ja_JP;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_small/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.ja_JP = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_small/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.pt_BR !== void 0) {
          let e = n.pt_BR;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_small/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.pt_BR = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_small/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      }
    }
    if (m.icon_large !== void 0) {
      let n = m.icon_large;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/icon_large", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.icon_large = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.en_US === void 0) {
          const e = { instancePath: p + "/icon_large", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let s = n[e];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, a;
            if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
            else if (s === null) a = "";
            else if (s === "" || s === 0 || s === false) a = null;
            else {
              const r = { instancePath: p + "/icon_large/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: s };
              t === null ? t = [r] : t.push(r), o++;
            }
            a !== void 0 && (s = a, n !== void 0 && (n[e] = a));
          }
        }
        if (n.en_US !== void 0) {
          let e = n.en_US;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/icon_large/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.en_US = i));
          }
          if (typeof e == "string") {
            if (c(e) > 1023) {
              const s = { instancePath: p + "/icon_large/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (c(e) < 1) {
              const s = { instancePath: p + "/icon_large/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
          }
        }
        if (n.zh_Hans !== void 0) {
          let e = n.zh_Hans;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_large/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.zh_Hans = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_large/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.ja_JP !== void 0) {
          let e = n.ja_JP;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_large/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.ja_JP = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_large/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.pt_BR !== void 0) {
          let e = n.pt_BR;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_large/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.pt_BR = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_large/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      }
    }
    if (m.icon_small_dark !== void 0) {
      let n = m.icon_small_dark;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/icon_small_dark", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.icon_small_dark = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.en_US === void 0) {
          const e = { instancePath: p + "/icon_small_dark", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let s = n[e];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, a;
            if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
            else if (s === null) a = "";
            else if (s === "" || s === 0 || s === false) a = null;
            else {
              const r = { instancePath: p + "/icon_small_dark/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: s };
              t === null ? t = [r] : t.push(r), o++;
            }
            a !== void 0 && (s = a, n !== void 0 && (n[e] = a));
          }
        }
        if (n.en_US !== void 0) {
          let e = n.en_US;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/icon_small_dark/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.en_US = i));
          }
          if (typeof e == "string") {
            if (c(e) > 1023) {
              const s = { instancePath: p + "/icon_small_dark/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (c(e) < 1) {
              const s = { instancePath: p + "/icon_small_dark/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
          }
        }
        if (n.zh_Hans !== void 0) {
          let e = n.zh_Hans;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_small_dark/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.zh_Hans = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_small_dark/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.ja_JP !== void 0) {
          let e = n.ja_JP;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_small_dark/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.ja_JP = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_small_dark/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.pt_BR !== void 0) {
          let e = n.pt_BR;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_small_dark/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.pt_BR = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_small_dark/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      }
    }
    if (m.icon_large_dark !== void 0) {
      let n = m.icon_large_dark;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/icon_large_dark", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.icon_large_dark = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.en_US === void 0) {
          const e = { instancePath: p + "/icon_large_dark", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
          let s = n[e];
          if (typeof s != "string" && s !== null) {
            let i = typeof s, a;
            if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
            else if (s === null) a = "";
            else if (s === "" || s === 0 || s === false) a = null;
            else {
              const r = { instancePath: p + "/icon_large_dark/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: s };
              t === null ? t = [r] : t.push(r), o++;
            }
            a !== void 0 && (s = a, n !== void 0 && (n[e] = a));
          }
        }
        if (n.en_US !== void 0) {
          let e = n.en_US;
          if (typeof e != "string") {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else {
              const a = { instancePath: p + "/icon_large_dark/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.en_US = i));
          }
          if (typeof e == "string") {
            if (c(e) > 1023) {
              const s = { instancePath: p + "/icon_large_dark/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (c(e) < 1) {
              const s = { instancePath: p + "/icon_large_dark/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
          }
        }
        if (n.zh_Hans !== void 0) {
          let e = n.zh_Hans;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_large_dark/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.zh_Hans = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_large_dark/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.ja_JP !== void 0) {
          let e = n.ja_JP;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_large_dark/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.ja_JP = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_large_dark/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.pt_BR !== void 0) {
          let e = n.pt_BR;
          if (typeof e != "string" && e !== null) {
            let s = typeof e, i;
            if (i === void 0) if (s == "number" || s == "boolean") i = "" + e;
            else if (e === null) i = "";
            else if (e === "" || e === 0 || e === false) i = null;
            else {
              const a = { instancePath: p + "/icon_large_dark/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: e };
              t === null ? t = [a] : t.push(a), o++;
            }
            i !== void 0 && (e = i, n !== void 0 && (n.pt_BR = i));
          }
          if (typeof e == "string" && c(e) > 1023) {
            const s = { instancePath: p + "/icon_large_dark/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      }
    }
    if (m.background !== void 0) {
      let n = m.background;
      if (typeof n != "string" && n !== null) {
        let e = typeof n, s;
        if (s === void 0) if (e == "number" || e == "boolean") s = "" + n;
        else if (n === null) s = "";
        else if (n === "" || n === 0 || n === false) s = null;
        else {
          const i = { instancePath: p + "/background", schemaPath: "#/properties/background/type", keyword: "type", params: { type: u.properties.background.type }, message: "must be string,null", schema: u.properties.background.type, parentSchema: u.properties.background, data: n };
          t === null ? t = [i] : t.push(i), o++;
        }
        s !== void 0 && (n = s, m !== void 0 && (m.background = s));
      }
    }
    if (m.help !== void 0) {
      let n = m.help;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/help", schemaPath: "#/properties/help/type", keyword: "type", params: { type: u.properties.help.type }, message: "must be object,null", schema: u.properties.help.type, parentSchema: u.properties.help, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.help = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.title === void 0) {
          const e = { instancePath: p + "/help", schemaPath: "#/properties/help/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: u.properties.help.required, parentSchema: u.properties.help, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        if (n.url === void 0) {
          const e = { instancePath: p + "/help", schemaPath: "#/properties/help/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: u.properties.help.required, parentSchema: u.properties.help, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "title" || e === "url")) {
          const s = { instancePath: p + "/help", schemaPath: "#/properties/help/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.help, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        if (n.title !== void 0) {
          let e = n.title;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const s = { instancePath: p + "/help/title", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            for (const s in e) if (!(s === "en_US" || s === "zh_Hans" || s === "ja_JP" || s === "pt_BR")) {
              let i = e[s];
              if (typeof i != "string" && i !== null) {
                let a = typeof i, r;
                if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                else if (i === null) r = "";
                else if (i === "" || i === 0 || i === false) r = null;
                else {
                  const l = { instancePath: p + "/help/title/" + s.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: i };
                  t === null ? t = [l] : t.push(l), o++;
                }
                r !== void 0 && (i = r, e !== void 0 && (e[s] = r));
              }
            }
            if (e.en_US !== void 0) {
              let s = e.en_US;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/help/title/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.en_US = a));
              }
              if (typeof s == "string") {
                if (c(s) > 1023) {
                  const i = { instancePath: p + "/help/title/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                if (c(s) < 1) {
                  const i = { instancePath: p + "/help/title/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let s = e.zh_Hans;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/help/title/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.zh_Hans = a));
              }
              if (typeof s == "string" && c(s) > 1023) {
                const i = { instancePath: p + "/help/title/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
            if (e.ja_JP !== void 0) {
              let s = e.ja_JP;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/help/title/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.ja_JP = a));
              }
              if (typeof s == "string" && c(s) > 1023) {
                const i = { instancePath: p + "/help/title/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
            if (e.pt_BR !== void 0) {
              let s = e.pt_BR;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/help/title/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.pt_BR = a));
              }
              if (typeof s == "string" && c(s) > 1023) {
                const i = { instancePath: p + "/help/title/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
          } else {
            const s = { instancePath: p + "/help/title", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.url !== void 0) {
          let e = n.url;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.en_US === void 0) {
              const s = { instancePath: p + "/help/url", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            for (const s in e) if (!(s === "en_US" || s === "zh_Hans" || s === "ja_JP" || s === "pt_BR")) {
              let i = e[s];
              if (typeof i != "string" && i !== null) {
                let a = typeof i, r;
                if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                else if (i === null) r = "";
                else if (i === "" || i === 0 || i === false) r = null;
                else {
                  const l = { instancePath: p + "/help/url/" + s.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: i };
                  t === null ? t = [l] : t.push(l), o++;
                }
                r !== void 0 && (i = r, e !== void 0 && (e[s] = r));
              }
            }
            if (e.en_US !== void 0) {
              let s = e.en_US;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/help/url/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.en_US = a));
              }
              if (typeof s == "string") {
                if (c(s) > 1023) {
                  const i = { instancePath: p + "/help/url/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                if (c(s) < 1) {
                  const i = { instancePath: p + "/help/url/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
              }
            }
            if (e.zh_Hans !== void 0) {
              let s = e.zh_Hans;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/help/url/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.zh_Hans = a));
              }
              if (typeof s == "string" && c(s) > 1023) {
                const i = { instancePath: p + "/help/url/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
            if (e.ja_JP !== void 0) {
              let s = e.ja_JP;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/help/url/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.ja_JP = a));
              }
              if (typeof s == "string" && c(s) > 1023) {
                const i = { instancePath: p + "/help/url/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
            if (e.pt_BR !== void 0) {
              let s = e.pt_BR;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/help/url/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.pt_BR = a));
              }
              if (typeof s == "string" && c(s) > 1023) {
                const i = { instancePath: p + "/help/url/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
          } else {
            const s = { instancePath: p + "/help/url", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      }
    }
    if (m.supported_model_types !== void 0) {
      let n = m.supported_model_types;
      if (Array.isArray(n)) {
        const e = n.length;
        for (let s = 0; s < e; s++) {
          let i = n[s];
          if (typeof i != "string") {
            let a = typeof i, r;
            if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
            else if (i === null) r = "";
            else {
              const l = { instancePath: p + "/supported_model_types/" + s, schemaPath: "#/definitions/modelType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: L.type, parentSchema: L, data: i };
              t === null ? t = [l] : t.push(l), o++;
            }
            r !== void 0 && (i = r, n !== void 0 && (n[s] = r));
          }
          if (!(i === "llm" || i === "text-embedding" || i === "rerank" || i === "speech2text" || i === "moderation" || i === "tts" || i === "text2img" || i === "multimodal-embedding" || i === "multimodal-rerank")) {
            const a = { instancePath: p + "/supported_model_types/" + s, schemaPath: "#/definitions/modelType/enum", keyword: "enum", params: { allowedValues: L.enum }, message: "must be equal to one of the allowed values", schema: L.enum, parentSchema: L, data: i };
            t === null ? t = [a] : t.push(a), o++;
          }
        }
      } else {
        const e = { instancePath: p + "/supported_model_types", schemaPath: "#/properties/supported_model_types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: u.properties.supported_model_types.type, parentSchema: u.properties.supported_model_types, data: n };
        t === null ? t = [e] : t.push(e), o++;
      }
    }
    if (m.configurate_methods !== void 0) {
      let n = m.configurate_methods;
      if (Array.isArray(n)) {
        const e = n.length;
        for (let s = 0; s < e; s++) {
          let i = n[s];
          if (typeof i != "string") {
            let a = typeof i, r;
            if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
            else if (i === null) r = "";
            else {
              const l = { instancePath: p + "/configurate_methods/" + s, schemaPath: "#/properties/configurate_methods/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.configurate_methods.items.type, parentSchema: u.properties.configurate_methods.items, data: i };
              t === null ? t = [l] : t.push(l), o++;
            }
            r !== void 0 && (i = r, n !== void 0 && (n[s] = r));
          }
          if (!(i === "predefined-model" || i === "customizable-model")) {
            const a = { instancePath: p + "/configurate_methods/" + s, schemaPath: "#/properties/configurate_methods/items/enum", keyword: "enum", params: { allowedValues: u.properties.configurate_methods.items.enum }, message: "must be equal to one of the allowed values", schema: u.properties.configurate_methods.items.enum, parentSchema: u.properties.configurate_methods.items, data: i };
            t === null ? t = [a] : t.push(a), o++;
          }
        }
      } else {
        const e = { instancePath: p + "/configurate_methods", schemaPath: "#/properties/configurate_methods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: u.properties.configurate_methods.type, parentSchema: u.properties.configurate_methods, data: n };
        t === null ? t = [e] : t.push(e), o++;
      }
    }
    if (m.provider_credential_schema !== void 0) {
      let n = m.provider_credential_schema;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/provider_credential_schema", schemaPath: "#/properties/provider_credential_schema/type", keyword: "type", params: { type: u.properties.provider_credential_schema.type }, message: "must be object,null", schema: u.properties.provider_credential_schema.type, parentSchema: u.properties.provider_credential_schema, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.provider_credential_schema = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.credential_form_schemas === void 0) {
          const e = { instancePath: p + "/provider_credential_schema", schemaPath: "#/properties/provider_credential_schema/required", keyword: "required", params: { missingProperty: "credential_form_schemas" }, message: "must have required property 'credential_form_schemas'", schema: u.properties.provider_credential_schema.required, parentSchema: u.properties.provider_credential_schema, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (e !== "credential_form_schemas") {
          const s = { instancePath: p + "/provider_credential_schema", schemaPath: "#/properties/provider_credential_schema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.provider_credential_schema, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        n.credential_form_schemas !== void 0 && (k(n.credential_form_schemas, { instancePath: p + "/provider_credential_schema/credential_form_schemas", parentData: n, parentDataProperty: "credential_form_schemas", rootData: x }) || (t = t === null ? k.errors : t.concat(k.errors), o = t.length));
      }
    }
    if (m.model_credential_schema !== void 0) {
      let n = m.model_credential_schema;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/model_credential_schema", schemaPath: "#/properties/model_credential_schema/type", keyword: "type", params: { type: u.properties.model_credential_schema.type }, message: "must be object,null", schema: u.properties.model_credential_schema.type, parentSchema: u.properties.model_credential_schema, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.model_credential_schema = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.model === void 0) {
          const e = { instancePath: p + "/model_credential_schema", schemaPath: "#/properties/model_credential_schema/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: u.properties.model_credential_schema.required, parentSchema: u.properties.model_credential_schema, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        if (n.credential_form_schemas === void 0) {
          const e = { instancePath: p + "/model_credential_schema", schemaPath: "#/properties/model_credential_schema/required", keyword: "required", params: { missingProperty: "credential_form_schemas" }, message: "must have required property 'credential_form_schemas'", schema: u.properties.model_credential_schema.required, parentSchema: u.properties.model_credential_schema, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        for (const e in n) if (!(e === "model" || e === "credential_form_schemas")) {
          const s = { instancePath: p + "/model_credential_schema", schemaPath: "#/properties/model_credential_schema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.model_credential_schema, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        if (n.model !== void 0) {
          let e = n.model;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.label === void 0) {
              const s = { instancePath: p + "/model_credential_schema/model", schemaPath: "#/properties/model_credential_schema/properties/model/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: u.properties.model_credential_schema.properties.model.required, parentSchema: u.properties.model_credential_schema.properties.model, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            for (const s in e) if (!(s === "label" || s === "placeholder")) {
              const i = { instancePath: p + "/model_credential_schema/model", schemaPath: "#/properties/model_credential_schema/properties/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.model_credential_schema.properties.model, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            if (e.label !== void 0) {
              let s = e.label;
              if (s && typeof s == "object" && !Array.isArray(s)) {
                if (s.en_US === void 0) {
                  const i = { instancePath: p + "/model_credential_schema/model/label", schemaPath: "common.schema.json#/definitions/i18n/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                for (const i in s) if (!(i === "en_US" || i === "zh_Hans" || i === "ja_JP" || i === "pt_BR")) {
                  let a = s[i];
                  if (typeof a != "string" && a !== null) {
                    let r = typeof a, l;
                    if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                    else if (a === null) l = "";
                    else if (a === "" || a === 0 || a === false) l = null;
                    else {
                      const f = { instancePath: p + "/model_credential_schema/model/label/" + i.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18n/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: a };
                      t === null ? t = [f] : t.push(f), o++;
                    }
                    l !== void 0 && (a = l, s !== void 0 && (s[i] = l));
                  }
                }
                if (s.en_US !== void 0) {
                  let i = s.en_US;
                  if (typeof i != "string") {
                    let a = typeof i, r;
                    if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                    else if (i === null) r = "";
                    else {
                      const l = { instancePath: p + "/model_credential_schema/model/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: i };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                    r !== void 0 && (i = r, s !== void 0 && (s.en_US = r));
                  }
                  if (typeof i == "string") {
                    if (c(i) > 1023) {
                      const a = { instancePath: p + "/model_credential_schema/model/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: i };
                      t === null ? t = [a] : t.push(a), o++;
                    }
                    if (c(i) < 1) {
                      const a = { instancePath: p + "/model_credential_schema/model/label/en_US", schemaPath: "common.schema.json#/definitions/i18n/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: i };
                      t === null ? t = [a] : t.push(a), o++;
                    }
                  }
                }
                if (s.zh_Hans !== void 0) {
                  let i = s.zh_Hans;
                  if (typeof i != "string") {
                    let a = typeof i, r;
                    if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                    else if (i === null) r = "";
                    else {
                      const l = { instancePath: p + "/model_credential_schema/model/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: i };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                    r !== void 0 && (i = r, s !== void 0 && (s.zh_Hans = r));
                  }
                  if (typeof i == "string" && c(i) > 1023) {
                    const a = { instancePath: p + "/model_credential_schema/model/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18n/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: i };
                    t === null ? t = [a] : t.push(a), o++;
                  }
                }
                if (s.ja_JP !== void 0) {
                  let i = s.ja_JP;
                  if (typeof i != "string") {
                    let a = typeof i, r;
                    if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                    else if (i === null) r = "";
                    else {
                      const l = { instancePath: p + "/model_credential_schema/model/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: i };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                    r !== void 0 && (i = r, s !== void 0 && (s.ja_JP = r));
                  }
                  if (typeof i == "string" && c(i) > 1023) {
                    const a = { instancePath: p + "/model_credential_schema/model/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18n/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: i };
                    t === null ? t = [a] : t.push(a), o++;
                  }
                }
                if (s.pt_BR !== void 0) {
                  let i = s.pt_BR;
                  if (typeof i != "string") {
                    let a = typeof i, r;
                    if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                    else if (i === null) r = "";
                    else {
                      const l = { instancePath: p + "/model_credential_schema/model/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: i };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                    r !== void 0 && (i = r, s !== void 0 && (s.pt_BR = r));
                  }
                  if (typeof i == "string" && c(i) > 1023) {
                    const a = { instancePath: p + "/model_credential_schema/model/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18n/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: i };
                    t === null ? t = [a] : t.push(a), o++;
                  }
                }
              } else {
                const i = { instancePath: p + "/model_credential_schema/model/label", schemaPath: "common.schema.json#/definitions/i18n/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: h.type, parentSchema: h, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
            if (e.placeholder !== void 0) {
              let s = e.placeholder;
              if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
                let i;
                if (i === void 0) if (s === "" || s === 0 || s === false) i = null;
                else {
                  const a = { instancePath: p + "/model_credential_schema/model/placeholder", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: s };
                  t === null ? t = [a] : t.push(a), o++;
                }
                i !== void 0 && (s = i, e !== void 0 && (e.placeholder = i));
              }
              if (s && typeof s == "object" && !Array.isArray(s)) {
                if (s.en_US === void 0) {
                  const i = { instancePath: p + "/model_credential_schema/model/placeholder", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                for (const i in s) if (!(i === "en_US" || i === "zh_Hans" || i === "ja_JP" || i === "pt_BR")) {
                  let a = s[i];
                  if (typeof a != "string" && a !== null) {
                    let r = typeof a, l;
                    if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                    else if (a === null) l = "";
                    else if (a === "" || a === 0 || a === false) l = null;
                    else {
                      const f = { instancePath: p + "/model_credential_schema/model/placeholder/" + i.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: a };
                      t === null ? t = [f] : t.push(f), o++;
                    }
                    l !== void 0 && (a = l, s !== void 0 && (s[i] = l));
                  }
                }
                if (s.en_US !== void 0) {
                  let i = s.en_US;
                  if (typeof i != "string") {
                    let a = typeof i, r;
                    if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                    else if (i === null) r = "";
                    else {
                      const l = { instancePath: p + "/model_credential_schema/model/placeholder/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: i };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                    r !== void 0 && (i = r, s !== void 0 && (s.en_US = r));
                  }
                  if (typeof i == "string") {
                    if (c(i) > 1023) {
                      const a = { instancePath: p + "/model_credential_schema/model/placeholder/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: i };
                      t === null ? t = [a] : t.push(a), o++;
                    }
                    if (c(i) < 1) {
                      const a = { instancePath: p + "/model_credential_schema/model/placeholder/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: i };
                      t === null ? t = [a] : t.push(a), o++;
                    }
                  }
                }
                if (s.zh_Hans !== void 0) {
                  let i = s.zh_Hans;
                  if (typeof i != "string" && i !== null) {
                    let a = typeof i, r;
                    if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                    else if (i === null) r = "";
                    else if (i === "" || i === 0 || i === false) r = null;
                    else {
                      const l = { instancePath: p + "/model_credential_schema/model/placeholder/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: i };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                    r !== void 0 && (i = r, s !== void 0 && (s.zh_Hans = r));
                  }
                  if (typeof i == "string" && c(i) > 1023) {
                    const a = { instancePath: p + "/model_credential_schema/model/placeholder/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: i };
                    t === null ? t = [a] : t.push(a), o++;
                  }
                }
                if (s.ja_JP !== void 0) {
                  let i = s.ja_JP;
                  if (typeof i != "string" && i !== null) {
                    let a = typeof i, r;
                    if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                    else if (i === null) r = "";
                    else if (i === "" || i === 0 || i === false) r = null;
                    else {
                      const l = { instancePath: p + "/model_credential_schema/model/placeholder/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: i };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                    r !== void 0 && (i = r, s !== void 0 && (s.ja_JP = r));
                  }
                  if (typeof i == "string" && c(i) > 1023) {
                    const a = { instancePath: p + "/model_credential_schema/model/placeholder/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: i };
                    t === null ? t = [a] : t.push(a), o++;
                  }
                }
                if (s.pt_BR !== void 0) {
                  let i = s.pt_BR;
                  if (typeof i != "string" && i !== null) {
                    let a = typeof i, r;
                    if (r === void 0) if (a == "number" || a == "boolean") r = "" + i;
                    else if (i === null) r = "";
                    else if (i === "" || i === 0 || i === false) r = null;
                    else {
                      const l = { instancePath: p + "/model_credential_schema/model/placeholder/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: i };
                      t === null ? t = [l] : t.push(l), o++;
                    }
                    r !== void 0 && (i = r, s !== void 0 && (s.pt_BR = r));
                  }
                  if (typeof i == "string" && c(i) > 1023) {
                    const a = { instancePath: p + "/model_credential_schema/model/placeholder/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: i };
                    t === null ? t = [a] : t.push(a), o++;
                  }
                }
              }
            }
          } else {
            const s = { instancePath: p + "/model_credential_schema/model", schemaPath: "#/properties/model_credential_schema/properties/model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.properties.model_credential_schema.properties.model.type, parentSchema: u.properties.model_credential_schema.properties.model, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        n.credential_form_schemas !== void 0 && (k(n.credential_form_schemas, { instancePath: p + "/model_credential_schema/credential_form_schemas", parentData: n, parentDataProperty: "credential_form_schemas", rootData: x }) || (t = t === null ? k.errors : t.concat(k.errors), o = t.length));
      }
    }
    if (m.models !== void 0) {
      let n = m.models;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (const e in n) if (!(e === "llm" || e === "text_embedding" || e === "rerank" || e === "tts" || e === "speech2text" || e === "moderation")) {
          const s = { instancePath: p + "/models", schemaPath: "#/properties/models/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.models, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        if (n.llm !== void 0) {
          let e = n.llm;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            for (const s in e) if (!(s === "position" || s === "predefined")) {
              const i = { instancePath: p + "/models/llm", schemaPath: "#/definitions/modelFiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            if (e.position !== void 0) {
              let s = e.position;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/models/llm/position", schemaPath: "#/definitions/modelFiles/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.position.type, parentSchema: g.properties.position, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.position = a));
              }
              if (typeof s == "string") {
                if (c(s) > 1024) {
                  const i = { instancePath: p + "/models/llm/position", schemaPath: "#/definitions/modelFiles/properties/position/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                if (c(s) < 1) {
                  const i = { instancePath: p + "/models/llm/position", schemaPath: "#/definitions/modelFiles/properties/position/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
              }
            }
            if (e.predefined !== void 0) {
              let s = e.predefined;
              if (Array.isArray(s)) {
                const i = s.length;
                for (let a = 0; a < i; a++) {
                  let r = s[a];
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/models/llm/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.predefined.items.type, parentSchema: g.properties.predefined.items, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, s !== void 0 && (s[a] = f));
                  }
                  if (typeof r == "string" && c(r) < 1) {
                    const l = { instancePath: p + "/models/llm/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.predefined.items, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
              } else {
                const i = { instancePath: p + "/models/llm/predefined", schemaPath: "#/definitions/modelFiles/properties/predefined/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: g.properties.predefined.type, parentSchema: g.properties.predefined, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
          } else {
            const s = { instancePath: p + "/models/llm", schemaPath: "#/definitions/modelFiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.text_embedding !== void 0) {
          let e = n.text_embedding;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            for (const s in e) if (!(s === "position" || s === "predefined")) {
              const i = { instancePath: p + "/models/text_embedding", schemaPath: "#/definitions/modelFiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            if (e.position !== void 0) {
              let s = e.position;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/models/text_embedding/position", schemaPath: "#/definitions/modelFiles/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.position.type, parentSchema: g.properties.position, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.position = a));
              }
              if (typeof s == "string") {
                if (c(s) > 1024) {
                  const i = { instancePath: p + "/models/text_embedding/position", schemaPath: "#/definitions/modelFiles/properties/position/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                if (c(s) < 1) {
                  const i = { instancePath: p + "/models/text_embedding/position", schemaPath: "#/definitions/modelFiles/properties/position/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
              }
            }
            if (e.predefined !== void 0) {
              let s = e.predefined;
              if (Array.isArray(s)) {
                const i = s.length;
                for (let a = 0; a < i; a++) {
                  let r = s[a];
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/models/text_embedding/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.predefined.items.type, parentSchema: g.properties.predefined.items, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, s !== void 0 && (s[a] = f));
                  }
                  if (typeof r == "string" && c(r) < 1) {
                    const l = { instancePath: p + "/models/text_embedding/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.predefined.items, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
              } else {
                const i = { instancePath: p + "/models/text_embedding/predefined", schemaPath: "#/definitions/modelFiles/properties/predefined/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: g.properties.predefined.type, parentSchema: g.properties.predefined, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
          } else {
            const s = { instancePath: p + "/models/text_embedding", schemaPath: "#/definitions/modelFiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.rerank !== void 0) {
          let e = n.rerank;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            for (const s in e) if (!(s === "position" || s === "predefined")) {
              const i = { instancePath: p + "/models/rerank", schemaPath: "#/definitions/modelFiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            if (e.position !== void 0) {
              let s = e.position;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/models/rerank/position", schemaPath: "#/definitions/modelFiles/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.position.type, parentSchema: g.properties.position, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.position = a));
              }
              if (typeof s == "string") {
                if (c(s) > 1024) {
                  const i = { instancePath: p + "/models/rerank/position", schemaPath: "#/definitions/modelFiles/properties/position/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                if (c(s) < 1) {
                  const i = { instancePath: p + "/models/rerank/position", schemaPath: "#/definitions/modelFiles/properties/position/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
              }
            }
            if (e.predefined !== void 0) {
              let s = e.predefined;
              if (Array.isArray(s)) {
                const i = s.length;
                for (let a = 0; a < i; a++) {
                  let r = s[a];
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/models/rerank/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.predefined.items.type, parentSchema: g.properties.predefined.items, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, s !== void 0 && (s[a] = f));
                  }
                  if (typeof r == "string" && c(r) < 1) {
                    const l = { instancePath: p + "/models/rerank/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.predefined.items, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
              } else {
                const i = { instancePath: p + "/models/rerank/predefined", schemaPath: "#/definitions/modelFiles/properties/predefined/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: g.properties.predefined.type, parentSchema: g.properties.predefined, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
          } else {
            const s = { instancePath: p + "/models/rerank", schemaPath: "#/definitions/modelFiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.tts !== void 0) {
          let e = n.tts;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            for (const s in e) if (!(s === "position" || s === "predefined")) {
              const i = { instancePath: p + "/models/tts", schemaPath: "#/definitions/modelFiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            if (e.position !== void 0) {
              let s = e.position;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/models/tts/position", schemaPath: "#/definitions/modelFiles/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.position.type, parentSchema: g.properties.position, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.position = a));
              }
              if (typeof s == "string") {
                if (c(s) > 1024) {
                  const i = { instancePath: p + "/models/tts/position", schemaPath: "#/definitions/modelFiles/properties/position/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                if (c(s) < 1) {
                  const i = { instancePath: p + "/models/tts/position", schemaPath: "#/definitions/modelFiles/properties/position/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
              }
            }
            if (e.predefined !== void 0) {
              let s = e.predefined;
              if (Array.isArray(s)) {
                const i = s.length;
                for (let a = 0; a < i; a++) {
                  let r = s[a];
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/models/tts/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.predefined.items.type, parentSchema: g.properties.predefined.items, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, s !== void 0 && (s[a] = f));
                  }
                  if (typeof r == "string" && c(r) < 1) {
                    const l = { instancePath: p + "/models/tts/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.predefined.items, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
              } else {
                const i = { instancePath: p + "/models/tts/predefined", schemaPath: "#/definitions/modelFiles/properties/predefined/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: g.properties.predefined.type, parentSchema: g.properties.predefined, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
          } else {
            const s = { instancePath: p + "/models/tts", schemaPath: "#/definitions/modelFiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.speech2text !== void 0) {
          let e = n.speech2text;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            for (const s in e) if (!(s === "position" || s === "predefined")) {
              const i = { instancePath: p + "/models/speech2text", schemaPath: "#/definitions/modelFiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            if (e.position !== void 0) {
              let s = e.position;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/models/speech2text/position", schemaPath: "#/definitions/modelFiles/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.position.type, parentSchema: g.properties.position, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.position = a));
              }
              if (typeof s == "string") {
                if (c(s) > 1024) {
                  const i = { instancePath: p + "/models/speech2text/position", schemaPath: "#/definitions/modelFiles/properties/position/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                if (c(s) < 1) {
                  const i = { instancePath: p + "/models/speech2text/position", schemaPath: "#/definitions/modelFiles/properties/position/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
              }
            }
            if (e.predefined !== void 0) {
              let s = e.predefined;
              if (Array.isArray(s)) {
                const i = s.length;
                for (let a = 0; a < i; a++) {
                  let r = s[a];
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/models/speech2text/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.predefined.items.type, parentSchema: g.properties.predefined.items, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, s !== void 0 && (s[a] = f));
                  }
                  if (typeof r == "string" && c(r) < 1) {
                    const l = { instancePath: p + "/models/speech2text/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.predefined.items, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
              } else {
                const i = { instancePath: p + "/models/speech2text/predefined", schemaPath: "#/definitions/modelFiles/properties/predefined/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: g.properties.predefined.type, parentSchema: g.properties.predefined, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
          } else {
            const s = { instancePath: p + "/models/speech2text", schemaPath: "#/definitions/modelFiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
        if (n.moderation !== void 0) {
          let e = n.moderation;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            for (const s in e) if (!(s === "position" || s === "predefined")) {
              const i = { instancePath: p + "/models/moderation", schemaPath: "#/definitions/modelFiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: g, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            if (e.position !== void 0) {
              let s = e.position;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/models/moderation/position", schemaPath: "#/definitions/modelFiles/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.position.type, parentSchema: g.properties.position, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.position = a));
              }
              if (typeof s == "string") {
                if (c(s) > 1024) {
                  const i = { instancePath: p + "/models/moderation/position", schemaPath: "#/definitions/modelFiles/properties/position/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
                if (c(s) < 1) {
                  const i = { instancePath: p + "/models/moderation/position", schemaPath: "#/definitions/modelFiles/properties/position/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.position, data: s };
                  t === null ? t = [i] : t.push(i), o++;
                }
              }
            }
            if (e.predefined !== void 0) {
              let s = e.predefined;
              if (Array.isArray(s)) {
                const i = s.length;
                for (let a = 0; a < i; a++) {
                  let r = s[a];
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/models/moderation/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: g.properties.predefined.items.type, parentSchema: g.properties.predefined.items, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, s !== void 0 && (s[a] = f));
                  }
                  if (typeof r == "string" && c(r) < 1) {
                    const l = { instancePath: p + "/models/moderation/predefined/" + a, schemaPath: "#/definitions/modelFiles/properties/predefined/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: g.properties.predefined.items, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
              } else {
                const i = { instancePath: p + "/models/moderation/predefined", schemaPath: "#/definitions/modelFiles/properties/predefined/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: g.properties.predefined.type, parentSchema: g.properties.predefined, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
          } else {
            const s = { instancePath: p + "/models/moderation", schemaPath: "#/definitions/modelFiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: g.type, parentSchema: g, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      } else {
        const e = { instancePath: p + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.properties.models.type, parentSchema: u.properties.models, data: n };
        t === null ? t = [e] : t.push(e), o++;
      }
    }
    if (m.position !== void 0) {
      let n = m.position;
      if (!(n && typeof n == "object" && !Array.isArray(n)) && n !== null) {
        let e;
        if (e === void 0) if (n === "" || n === 0 || n === false) e = null;
        else {
          const s = { instancePath: p + "/position", schemaPath: "#/properties/position/type", keyword: "type", params: { type: u.properties.position.type }, message: "must be object,null", schema: u.properties.position.type, parentSchema: u.properties.position, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        e !== void 0 && (n = e, m !== void 0 && (m.position = e));
      }
      if (n && typeof n == "object" && !Array.isArray(n)) {
        for (const e in n) if (!(e === "llm" || e === "text_embedding" || e === "rerank" || e === "tts" || e === "speech2text" || e === "moderation")) {
          const s = { instancePath: p + "/position", schemaPath: "#/properties/position/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: u.properties.position, data: n };
          t === null ? t = [s] : t.push(s), o++;
        }
        if (n.llm !== void 0) {
          let e = n.llm;
          if (!Array.isArray(e) && e !== null) {
            let s;
            if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
            else {
              const i = { instancePath: p + "/position/llm", schemaPath: "model-position.schema.json/type", keyword: "type", params: { type: b.type }, message: "must be array,null", schema: b.type, parentSchema: b, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            s !== void 0 && (e = s, n !== void 0 && (n.llm = s));
          }
          if (Array.isArray(e)) {
            const s = e.length;
            for (let i = 0; i < s; i++) {
              let a = e[i];
              if (typeof a != "string" && a !== null) {
                let r = typeof a, l;
                if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                else if (a === null) l = "";
                else if (a === "" || a === 0 || a === false) l = null;
                else {
                  const f = { instancePath: p + "/position/llm/" + i, schemaPath: "model-position.schema.json/items/type", keyword: "type", params: { type: b.items.type }, message: "must be string,null", schema: b.items.type, parentSchema: b.items, data: a };
                  t === null ? t = [f] : t.push(f), o++;
                }
                l !== void 0 && (a = l, e !== void 0 && (e[i] = l));
              }
            }
          }
        }
        if (n.text_embedding !== void 0) {
          let e = n.text_embedding;
          if (!Array.isArray(e) && e !== null) {
            let s;
            if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
            else {
              const i = { instancePath: p + "/position/text_embedding", schemaPath: "model-position.schema.json/type", keyword: "type", params: { type: b.type }, message: "must be array,null", schema: b.type, parentSchema: b, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            s !== void 0 && (e = s, n !== void 0 && (n.text_embedding = s));
          }
          if (Array.isArray(e)) {
            const s = e.length;
            for (let i = 0; i < s; i++) {
              let a = e[i];
              if (typeof a != "string" && a !== null) {
                let r = typeof a, l;
                if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                else if (a === null) l = "";
                else if (a === "" || a === 0 || a === false) l = null;
                else {
                  const f = { instancePath: p + "/position/text_embedding/" + i, schemaPath: "model-position.schema.json/items/type", keyword: "type", params: { type: b.items.type }, message: "must be string,null", schema: b.items.type, parentSchema: b.items, data: a };
                  t === null ? t = [f] : t.push(f), o++;
                }
                l !== void 0 && (a = l, e !== void 0 && (e[i] = l));
              }
            }
          }
        }
        if (n.rerank !== void 0) {
          let e = n.rerank;
          if (!Array.isArray(e) && e !== null) {
            let s;
            if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
            else {
              const i = { instancePath: p + "/position/rerank", schemaPath: "model-position.schema.json/type", keyword: "type", params: { type: b.type }, message: "must be array,null", schema: b.type, parentSchema: b, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            s !== void 0 && (e = s, n !== void 0 && (n.rerank = s));
          }
          if (Array.isArray(e)) {
            const s = e.length;
            for (let i = 0; i < s; i++) {
              let a = e[i];
              if (typeof a != "string" && a !== null) {
                let r = typeof a, l;
                if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                else if (a === null) l = "";
                else if (a === "" || a === 0 || a === false) l = null;
                else {
                  const f = { instancePath: p + "/position/rerank/" + i, schemaPath: "model-position.schema.json/items/type", keyword: "type", params: { type: b.items.type }, message: "must be string,null", schema: b.items.type, parentSchema: b.items, data: a };
                  t === null ? t = [f] : t.push(f), o++;
                }
                l !== void 0 && (a = l, e !== void 0 && (e[i] = l));
              }
            }
          }
        }
        if (n.tts !== void 0) {
          let e = n.tts;
          if (!Array.isArray(e) && e !== null) {
            let s;
            if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
            else {
              const i = { instancePath: p + "/position/tts", schemaPath: "model-position.schema.json/type", keyword: "type", params: { type: b.type }, message: "must be array,null", schema: b.type, parentSchema: b, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            s !== void 0 && (e = s, n !== void 0 && (n.tts = s));
          }
          if (Array.isArray(e)) {
            const s = e.length;
            for (let i = 0; i < s; i++) {
              let a = e[i];
              if (typeof a != "string" && a !== null) {
                let r = typeof a, l;
                if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                else if (a === null) l = "";
                else if (a === "" || a === 0 || a === false) l = null;
                else {
                  const f = { instancePath: p + "/position/tts/" + i, schemaPath: "model-position.schema.json/items/type", keyword: "type", params: { type: b.items.type }, message: "must be string,null", schema: b.items.type, parentSchema: b.items, data: a };
                  t === null ? t = [f] : t.push(f), o++;
                }
                l !== void 0 && (a = l, e !== void 0 && (e[i] = l));
              }
            }
          }
        }
        if (n.speech2text !== void 0) {
          let e = n.speech2text;
          if (!Array.isArray(e) && e !== null) {
            let s;
            if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
            else {
              const i = { instancePath: p + "/position/speech2text", schemaPath: "model-position.schema.json/type", keyword: "type", params: { type: b.type }, message: "must be array,null", schema: b.type, parentSchema: b, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            s !== void 0 && (e = s, n !== void 0 && (n.speech2text = s));
          }
          if (Array.isArray(e)) {
            const s = e.length;
            for (let i = 0; i < s; i++) {
              let a = e[i];
              if (typeof a != "string" && a !== null) {
                let r = typeof a, l;
                if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                else if (a === null) l = "";
                else if (a === "" || a === 0 || a === false) l = null;
                else {
                  const f = { instancePath: p + "/position/speech2text/" + i, schemaPath: "model-position.schema.json/items/type", keyword: "type", params: { type: b.items.type }, message: "must be string,null", schema: b.items.type, parentSchema: b.items, data: a };
                  t === null ? t = [f] : t.push(f), o++;
                }
                l !== void 0 && (a = l, e !== void 0 && (e[i] = l));
              }
            }
          }
        }
        if (n.moderation !== void 0) {
          let e = n.moderation;
          if (!Array.isArray(e) && e !== null) {
            let s;
            if (s === void 0) if (e === "" || e === 0 || e === false) s = null;
            else {
              const i = { instancePath: p + "/position/moderation", schemaPath: "model-position.schema.json/type", keyword: "type", params: { type: b.type }, message: "must be array,null", schema: b.type, parentSchema: b, data: e };
              t === null ? t = [i] : t.push(i), o++;
            }
            s !== void 0 && (e = s, n !== void 0 && (n.moderation = s));
          }
          if (Array.isArray(e)) {
            const s = e.length;
            for (let i = 0; i < s; i++) {
              let a = e[i];
              if (typeof a != "string" && a !== null) {
                let r = typeof a, l;
                if (l === void 0) if (r == "number" || r == "boolean") l = "" + a;
                else if (a === null) l = "";
                else if (a === "" || a === 0 || a === false) l = null;
                else {
                  const f = { instancePath: p + "/position/moderation/" + i, schemaPath: "model-position.schema.json/items/type", keyword: "type", params: { type: b.items.type }, message: "must be string,null", schema: b.items.type, parentSchema: b.items, data: a };
                  t === null ? t = [f] : t.push(f), o++;
                }
                l !== void 0 && (a = l, e !== void 0 && (e[i] = l));
              }
            }
          }
        }
      }
    }
    if (m.extra !== void 0) {
      let n = m.extra;
      if (n && typeof n == "object" && !Array.isArray(n)) {
        if (n.python === void 0) {
          const e = { instancePath: p + "/extra", schemaPath: "#/properties/extra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: u.properties.extra.required, parentSchema: u.properties.extra, data: n };
          t === null ? t = [e] : t.push(e), o++;
        }
        if (n.python !== void 0) {
          let e = n.python;
          if (e && typeof e == "object" && !Array.isArray(e)) {
            if (e.provider_source === void 0) {
              const s = { instancePath: p + "/extra/python", schemaPath: "#/properties/extra/properties/python/required", keyword: "required", params: { missingProperty: "provider_source" }, message: "must have required property 'provider_source'", schema: u.properties.extra.properties.python.required, parentSchema: u.properties.extra.properties.python, data: e };
              t === null ? t = [s] : t.push(s), o++;
            }
            if (e.provider_source !== void 0) {
              let s = e.provider_source;
              if (typeof s != "string") {
                let i = typeof s, a;
                if (a === void 0) if (i == "number" || i == "boolean") a = "" + s;
                else if (s === null) a = "";
                else {
                  const r = { instancePath: p + "/extra/python/provider_source", schemaPath: "#/properties/extra/properties/python/properties/provider_source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.extra.properties.python.properties.provider_source.type, parentSchema: u.properties.extra.properties.python.properties.provider_source, data: s };
                  t === null ? t = [r] : t.push(r), o++;
                }
                a !== void 0 && (s = a, e !== void 0 && (e.provider_source = a));
              }
              if (typeof s == "string" && c(s) < 1) {
                const i = { instancePath: p + "/extra/python/provider_source", schemaPath: "#/properties/extra/properties/python/properties/provider_source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.extra.properties.python.properties.provider_source, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
            if (e.model_sources !== void 0) {
              let s = e.model_sources;
              if (Array.isArray(s)) {
                const i = s.length;
                for (let a = 0; a < i; a++) {
                  let r = s[a];
                  if (typeof r != "string") {
                    let l = typeof r, f;
                    if (f === void 0) if (l == "number" || l == "boolean") f = "" + r;
                    else if (r === null) f = "";
                    else {
                      const y = { instancePath: p + "/extra/python/model_sources/" + a, schemaPath: "#/properties/extra/properties/python/properties/model_sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.properties.extra.properties.python.properties.model_sources.items.type, parentSchema: u.properties.extra.properties.python.properties.model_sources.items, data: r };
                      t === null ? t = [y] : t.push(y), o++;
                    }
                    f !== void 0 && (r = f, s !== void 0 && (s[a] = f));
                  }
                  if (typeof r == "string" && c(r) < 1) {
                    const l = { instancePath: p + "/extra/python/model_sources/" + a, schemaPath: "#/properties/extra/properties/python/properties/model_sources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: u.properties.extra.properties.python.properties.model_sources.items, data: r };
                    t === null ? t = [l] : t.push(l), o++;
                  }
                }
              } else {
                const i = { instancePath: p + "/extra/python/model_sources", schemaPath: "#/properties/extra/properties/python/properties/model_sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: u.properties.extra.properties.python.properties.model_sources.type, parentSchema: u.properties.extra.properties.python.properties.model_sources, data: s };
                t === null ? t = [i] : t.push(i), o++;
              }
            }
          } else {
            const s = { instancePath: p + "/extra/python", schemaPath: "#/properties/extra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.properties.extra.properties.python.type, parentSchema: u.properties.extra.properties.python, data: e };
            t === null ? t = [s] : t.push(s), o++;
          }
        }
      } else {
        const e = { instancePath: p + "/extra", schemaPath: "#/properties/extra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.properties.extra.type, parentSchema: u.properties.extra, data: n };
        t === null ? t = [e] : t.push(e), o++;
      }
    }
  } else {
    const n = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: u.type, parentSchema: u, data: m };
    t === null ? t = [n] : t.push(n), o++;
  }
  return B.errors = t, o === 0;
}
var J = H;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
