import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:model-provider.schema.json
var H = B;
var l = { $schema: "http://json-schema.org/draft-07/schema#", $id: "model-provider.schema.json", title: "Dify model provider (the file listed under plugins.models)", description: "daemon pkg/entities/plugin_entities/model_declaration.go (ModelProviderDeclaration); SDK entities/model/provider.py (ModelProviderConfiguration).", type: "object", required: ["provider", "label", "supported_model_types", "configurate_methods", "extra"], properties: { provider: { description: "The provider's name, unique within the plugin.", type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, description: { $ref: "common.schema.json#/definitions/i18nNullable" }, icon_small: { $ref: "common.schema.json#/definitions/i18nNullable" }, icon_large: { $ref: "common.schema.json#/definitions/i18nNullable" }, icon_small_dark: { $ref: "common.schema.json#/definitions/i18nNullable" }, icon_large_dark: { $ref: "common.schema.json#/definitions/i18nNullable" }, background: { type: ["string", "null"] }, help: { type: ["object", "null"], required: ["title", "url"], properties: { title: { $ref: "common.schema.json#/definitions/i18n" }, url: { $ref: "common.schema.json#/definitions/i18n" } }, additionalProperties: false }, supported_model_types: { type: "array", items: { $ref: "#/definitions/modelType" }, "x-dpr-fix": "List the model types the provider offers, e.g. `[llm, text-embedding]`." }, configurate_methods: { type: "array", items: { type: "string", enum: ["predefined-model", "customizable-model"], "x-dpr-fix": "Use predefined-model (models listed in YAML files) and/or customizable-model (users add models)." }, "x-dpr-fix": "List how models are configured: `[predefined-model]`, `[customizable-model]` or both." }, provider_credential_schema: { type: ["object", "null"], required: ["credential_form_schemas"], properties: { credential_form_schemas: { $ref: "#/definitions/credentialForms" } }, additionalProperties: false }, model_credential_schema: { type: ["object", "null"], required: ["model", "credential_form_schemas"], properties: { model: { type: "object", required: ["label"], properties: { label: { $ref: "common.schema.json#/definitions/i18n" }, placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" } }, additionalProperties: false }, credential_form_schemas: { $ref: "#/definitions/credentialForms" } }, additionalProperties: false }, models: { description: "Where the predefined models are: per model type, globs of model YAML files and a _position.yaml. The SDK requires a mapping (a list of inline models is daemon-only).", type: "object", properties: { llm: { $ref: "#/definitions/modelFiles" }, text_embedding: { $ref: "#/definitions/modelFiles" }, rerank: { $ref: "#/definitions/modelFiles" }, tts: { $ref: "#/definitions/modelFiles" }, speech2text: { $ref: "#/definitions/modelFiles" }, moderation: { $ref: "#/definitions/modelFiles" } }, additionalProperties: false, "x-dpr-fix": 'Write models as a mapping by type, e.g. `models: {llm: {predefined: ["models/llm/*.yaml"]}}`.' }, position: { description: "Model order per type, written inline (usually loaded from _position.yaml files instead).", type: ["object", "null"], properties: { llm: { $ref: "model-position.schema.json" }, text_embedding: { $ref: "model-position.schema.json" }, rerank: { $ref: "model-position.schema.json" }, tts: { $ref: "model-position.schema.json" }, speech2text: { $ref: "model-position.schema.json" }, moderation: { $ref: "model-position.schema.json" } }, additionalProperties: false }, extra: { description: "SDK-required: the provider's Python file and the model implementations.", type: "object", required: ["python"], properties: { python: { type: "object", required: ["provider_source"], properties: { provider_source: { type: "string", minLength: 1, "x-dpr-fix": "Name the provider's Python file, e.g. `provider_source: provider/my_provider.py`." }, model_sources: { type: "array", items: { type: "string", minLength: 1 } } } } }, "x-dpr-fix": "Add `extra: {python: {provider_source: provider/my_provider.py, model_sources: [models/llm/llm.py]}}`: the SDK needs it to start." } }, additionalProperties: false, definitions: { modelType: { description: "Model types: the daemon's list (the SDK has all but the multimodal ones).", type: "string", enum: ["llm", "text-embedding", "rerank", "speech2text", "moderation", "tts", "text2img", "multimodal-embedding", "multimodal-rerank"], "x-dpr-fix": "Model types are written with a hyphen here: llm, text-embedding, rerank, speech2text, moderation, tts, text2img." }, modelFiles: { description: "The files of one model type. The SDK reads this as a mapping and iterates `predefined`.", type: "object", properties: { position: { description: "Path of the _position.yaml that orders the models; the daemon reads it and fails when it is missing.", type: "string", minLength: 1, maxLength: 1024 }, predefined: { description: "Globs (Go filepath.Match, from the plugin root) of model YAML files.", type: "array", items: { type: "string", minLength: 1 }, "x-dpr-fix": 'List globs of model files, e.g. `predefined: ["models/llm/*.yaml"]`.' } }, additionalProperties: false }, credentialForms: { type: "array", maxItems: 32, items: { $ref: "#/definitions/credentialForm" }, "x-dpr-fix": "List the form fields, e.g. `- variable: api_key` with label and type; write `credential_form_schemas: []` for none." }, credentialForm: { description: "A model credential field (daemon ModelProviderCredentialFormSchema; SDK CredentialFormSchema).", type: "object", required: ["variable", "label", "type"], properties: { variable: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["text-input", "secret-input", "select", "radio", "switch"], "x-dpr-fix": "Model credential fields use text-input, secret-input, select, radio or switch (not the tool field types)." }, required: { type: ["boolean", "null"] }, default: { type: ["string", "null"], maxLength: 255, "x-dpr-string": true }, options: { type: ["array", "null"], maxItems: 128, items: { type: "object", required: ["label", "value"], properties: { label: { $ref: "common.schema.json#/definitions/i18n" }, value: { type: "string", maxLength: 255, "x-dpr-string": true }, show_on: { $ref: "common.schema.json#/definitions/formShowOn" } }, additionalProperties: false } }, help: { $ref: "common.schema.json#/definitions/i18nDaemonOnly" }, url: { type: ["string", "null"] }, placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" }, max_length: { type: ["integer", "null"] }, show_on: { $ref: "common.schema.json#/definitions/formShowOn" } }, additionalProperties: false } } };
var $ = Object.prototype.hasOwnProperty;
var h = require_ucs2length().default;
var _ = { description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.", "x-dpr-i18n": true, type: "object", required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: "string", maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: "string", maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: "string", maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function P(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: _.required, parentSchema: _, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    for (const e in i) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = i[e];
      if (typeof t != "string" && t !== null) {
        let s = typeof t, a;
        if (a === void 0) if (s == "number" || s == "boolean") a = "" + t;
        else if (t === null) a = "";
        else if (t === "" || t === 0 || t === false) a = null;
        else {
          const o = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: _.additionalProperties.type }, message: "must be string,null", schema: _.additionalProperties.type, parentSchema: _.additionalProperties, data: t };
          r === null ? r = [o] : r.push(o), n++;
        }
        a !== void 0 && (t = a, i !== void 0 && (i[e] = a));
      }
    }
    if (i.en_US !== void 0) {
      let e = i.en_US;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.en_US.type, parentSchema: _.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.en_US = s));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: _.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (h(e) < 1) {
          const t = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: _.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (i.zh_Hans !== void 0) {
      let e = i.zh_Hans;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.zh_Hans.type, parentSchema: _.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.zh_Hans = s));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: _.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.ja_JP !== void 0) {
      let e = i.ja_JP;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.ja_JP.type, parentSchema: _.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.ja_JP = s));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: _.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.pt_BR !== void 0) {
      let e = i.pt_BR;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: _.properties.pt_BR.type, parentSchema: _.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.pt_BR = s));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: _.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: _.type, parentSchema: _, data: i };
    r === null ? r = [e] : r.push(e), n++;
  }
  return P.errors = r, n === 0;
}
var c = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function g(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (!(i && typeof i == "object" && !Array.isArray(i)) && i !== null) {
    let e;
    if (e === void 0) if (i === "" || i === 0 || i === false) e = null;
    else {
      const t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: c.type }, message: "must be object,null", schema: c.type, parentSchema: c, data: i };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (i = e, b !== void 0 && (b[k] = e));
  }
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: c.required, parentSchema: c, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    for (const e in i) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = i[e];
      if (typeof t != "string" && t !== null) {
        let s = typeof t, a;
        if (a === void 0) if (s == "number" || s == "boolean") a = "" + t;
        else if (t === null) a = "";
        else if (t === "" || t === 0 || t === false) a = null;
        else {
          const o = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: c.additionalProperties.type }, message: "must be string,null", schema: c.additionalProperties.type, parentSchema: c.additionalProperties, data: t };
          r === null ? r = [o] : r.push(o), n++;
        }
        a !== void 0 && (t = a, i !== void 0 && (i[e] = a));
      }
    }
    if (i.en_US !== void 0) {
      let e = i.en_US;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: c.properties.en_US.type, parentSchema: c.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.en_US = s));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (h(e) < 1) {
          const t = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: c.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (i.zh_Hans !== void 0) {
      let e = i.zh_Hans;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: c.properties.zh_Hans.type }, message: "must be string,null", schema: c.properties.zh_Hans.type, parentSchema: c.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.zh_Hans = s));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.ja_JP !== void 0) {
      let e = i.ja_JP;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: c.properties.ja_JP.type }, message: "must be string,null", schema: c.properties.ja_JP.type, parentSchema: c.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.ja_JP = s));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.pt_BR !== void 0) {
      let e = i.pt_BR;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: c.properties.pt_BR.type }, message: "must be string,null", schema: c.properties.pt_BR.type, parentSchema: c.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.pt_BR = s));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: c.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  }
  return g.errors = r, n === 0;
}
var A = { description: "Model types: the daemon's list (the SDK has all but the multimodal ones).", type: "string", enum: ["llm", "text-embedding", "rerank", "speech2text", "moderation", "tts", "text2img", "multimodal-embedding", "multimodal-rerank"], "x-dpr-fix": "Model types are written with a hyphen here: llm, text-embedding, rerank, speech2text, moderation, tts, text2img." };
function D(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (typeof i != "string") {
    let e = typeof i, t;
    if (t === void 0) if (e == "number" || e == "boolean") t = "" + i;
    else if (i === null) t = "";
    else {
      const s = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: A.type, parentSchema: A, data: i };
      r === null ? r = [s] : r.push(s), n++;
    }
    t !== void 0 && (i = t, b !== void 0 && (b[k] = t));
  }
  if (!(i === "llm" || i === "text-embedding" || i === "rerank" || i === "speech2text" || i === "moderation" || i === "tts" || i === "text2img" || i === "multimodal-embedding" || i === "multimodal-rerank")) {
    const e = { instancePath: p, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: A.enum }, message: "must be equal to one of the allowed values", schema: A.enum, parentSchema: A, data: i };
    r === null ? r = [e] : r.push(e), n++;
  }
  return D.errors = r, n === 0;
}
var O = { type: "array", maxItems: 32, items: { $ref: "#/definitions/credentialForm" }, "x-dpr-fix": "List the form fields, e.g. `- variable: api_key` with label and type; write `credential_form_schemas: []` for none." };
var d = { description: "A model credential field (daemon ModelProviderCredentialFormSchema; SDK CredentialFormSchema).", type: "object", required: ["variable", "label", "type"], properties: { variable: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18n" }, type: { type: "string", enum: ["text-input", "secret-input", "select", "radio", "switch"], "x-dpr-fix": "Model credential fields use text-input, secret-input, select, radio or switch (not the tool field types)." }, required: { type: ["boolean", "null"] }, default: { type: ["string", "null"], maxLength: 255, "x-dpr-string": true }, options: { type: ["array", "null"], maxItems: 128, items: { type: "object", required: ["label", "value"], properties: { label: { $ref: "common.schema.json#/definitions/i18n" }, value: { type: "string", maxLength: 255, "x-dpr-string": true }, show_on: { $ref: "common.schema.json#/definitions/formShowOn" } }, additionalProperties: false } }, help: { $ref: "common.schema.json#/definitions/i18nDaemonOnly" }, url: { type: ["string", "null"] }, placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" }, max_length: { type: ["integer", "null"] }, show_on: { $ref: "common.schema.json#/definitions/formShowOn" } }, additionalProperties: false };
var S = { description: "A model credential form condition (SDK FormShowOnObject): both fields are strings.", type: ["array", "null"], items: { type: "object", required: ["variable", "value"], properties: { variable: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, value: { type: "string", maxLength: 255, "x-dpr-string": true } }, additionalProperties: false } };
function q(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (!Array.isArray(i) && i !== null) {
    let e;
    if (e === void 0) if (i === "" || i === 0 || i === false) e = null;
    else {
      const t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: S.type }, message: "must be array,null", schema: S.type, parentSchema: S, data: i };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (i = e, b !== void 0 && (b[k] = e));
  }
  if (Array.isArray(i)) {
    const e = i.length;
    for (let t = 0; t < e; t++) {
      let s = i[t];
      if (s && typeof s == "object" && !Array.isArray(s)) {
        if (s.variable === void 0) {
          const a = { instancePath: p + "/" + t, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "variable" }, message: "must have required property 'variable'", schema: S.items.required, parentSchema: S.items, data: s };
          r === null ? r = [a] : r.push(a), n++;
        }
        if (s.value === void 0) {
          const a = { instancePath: p + "/" + t, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: S.items.required, parentSchema: S.items, data: s };
          r === null ? r = [a] : r.push(a), n++;
        }
        for (const a in s) if (!(a === "variable" || a === "value")) {
          const o = { instancePath: p + "/" + t, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: a }, message: "must NOT have additional properties", schema: false, parentSchema: S.items, data: s };
          r === null ? r = [o] : r.push(o), n++;
        }
        if (s.variable !== void 0) {
          let a = s.variable;
          if (typeof a != "string") {
            let o = typeof a, m;
            if (m === void 0) if (o == "number" || o == "boolean") m = "" + a;
            else if (a === null) m = "";
            else {
              const u = { instancePath: p + "/" + t + "/variable", schemaPath: "#/items/properties/variable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.items.properties.variable.type, parentSchema: S.items.properties.variable, data: a };
              r === null ? r = [u] : r.push(u), n++;
            }
            m !== void 0 && (a = m, s !== void 0 && (s.variable = m));
          }
          if (typeof a == "string") {
            if (h(a) > 255) {
              const o = { instancePath: p + "/" + t + "/variable", schemaPath: "#/items/properties/variable/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: S.items.properties.variable, data: a };
              r === null ? r = [o] : r.push(o), n++;
            }
            if (h(a) < 1) {
              const o = { instancePath: p + "/" + t + "/variable", schemaPath: "#/items/properties/variable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: S.items.properties.variable, data: a };
              r === null ? r = [o] : r.push(o), n++;
            }
          }
        }
        if (s.value !== void 0) {
          let a = s.value;
          if (typeof a != "string") {
            let o = typeof a, m;
            if (m === void 0) if (o == "number" || o == "boolean") m = "" + a;
            else if (a === null) m = "";
            else {
              const u = { instancePath: p + "/" + t + "/value", schemaPath: "#/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.items.properties.value.type, parentSchema: S.items.properties.value, data: a };
              r === null ? r = [u] : r.push(u), n++;
            }
            m !== void 0 && (a = m, s !== void 0 && (s.value = m));
          }
          if (typeof a == "string" && h(a) > 255) {
            const o = { instancePath: p + "/" + t + "/value", schemaPath: "#/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: S.items.properties.value, data: a };
            r === null ? r = [o] : r.push(o), n++;
          }
        }
      } else {
        const a = { instancePath: p + "/" + t, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: S.items.type, parentSchema: S.items, data: s };
        r === null ? r = [a] : r.push(a), n++;
      }
    }
  }
  return q.errors = r, n === 0;
}
var y = { description: "Localized text only the daemon reads (the SDK's model has no such field): Go ignores unknown keys, and its struct tags (en_US required) are checked only by remote debugging.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] }, "x-dpr-severity": "warning", "x-dpr-layer": "remote-debug" };
function U(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (!(i && typeof i == "object" && !Array.isArray(i)) && i !== null) {
    let e;
    if (e === void 0) if (i === "" || i === 0 || i === false) e = null;
    else {
      const t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: y.type }, message: "must be object,null", schema: y.type, parentSchema: y, data: i };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (i = e, b !== void 0 && (b[k] = e));
  }
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.en_US === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: y.required, parentSchema: y, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    for (const e in i) if (!(e === "en_US" || e === "zh_Hans" || e === "ja_JP" || e === "pt_BR")) {
      let t = i[e];
      if (typeof t != "string" && t !== null) {
        let s = typeof t, a;
        if (a === void 0) if (s == "number" || s == "boolean") a = "" + t;
        else if (t === null) a = "";
        else if (t === "" || t === 0 || t === false) a = null;
        else {
          const o = { instancePath: p + "/" + e.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: y.additionalProperties.type }, message: "must be string,null", schema: y.additionalProperties.type, parentSchema: y.additionalProperties, data: t };
          r === null ? r = [o] : r.push(o), n++;
        }
        a !== void 0 && (t = a, i !== void 0 && (i[e] = a));
      }
    }
    if (i.en_US !== void 0) {
      let e = i.en_US;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.properties.en_US.type, parentSchema: y.properties.en_US, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.en_US = s));
      }
      if (typeof e == "string") {
        if (h(e) > 1023) {
          const t = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: y.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (h(e) < 1) {
          const t = { instancePath: p + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: y.properties.en_US, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (i.zh_Hans !== void 0) {
      let e = i.zh_Hans;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: y.properties.zh_Hans.type }, message: "must be string,null", schema: y.properties.zh_Hans.type, parentSchema: y.properties.zh_Hans, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.zh_Hans = s));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: p + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: y.properties.zh_Hans, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.ja_JP !== void 0) {
      let e = i.ja_JP;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: y.properties.ja_JP.type }, message: "must be string,null", schema: y.properties.ja_JP.type, parentSchema: y.properties.ja_JP, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.ja_JP = s));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: p + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: y.properties.ja_JP, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.pt_BR !== void 0) {
      let e = i.pt_BR;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: y.properties.pt_BR.type }, message: "must be string,null", schema: y.properties.pt_BR.type, parentSchema: y.properties.pt_BR, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.pt_BR = s));
      }
      if (typeof e == "string" && h(e) > 1023) {
        const t = { instancePath: p + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: y.properties.pt_BR, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  }
  return U.errors = r, n === 0;
}
function N(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.variable === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "variable" }, message: "must have required property 'variable'", schema: d.required, parentSchema: d, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (i.label === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: d.required, parentSchema: d, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (i.type === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: d.required, parentSchema: d, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    for (const e in i) if (!$.call(d.properties, e)) {
      const t = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: d, data: i };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (i.variable !== void 0) {
      let e = i.variable;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/variable", schemaPath: "#/properties/variable/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.variable.type, parentSchema: d.properties.variable, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.variable = s));
      }
      if (typeof e == "string") {
        if (h(e) > 255) {
          const t = { instancePath: p + "/variable", schemaPath: "#/properties/variable/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: d.properties.variable, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (h(e) < 1) {
          const t = { instancePath: p + "/variable", schemaPath: "#/properties/variable/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.variable, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (i.label !== void 0 && (P(i.label, { instancePath: p + "/label", parentData: i, parentDataProperty: "label", rootData: f }) || (r = r === null ? P.errors : r.concat(P.errors), n = r.length)), i.type !== void 0) {
      let e = i.type;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.type.type, parentSchema: d.properties.type, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.type = s));
      }
      if (!(e === "text-input" || e === "secret-input" || e === "select" || e === "radio" || e === "switch")) {
        const t = { instancePath: p + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: d.properties.type.enum }, message: "must be equal to one of the allowed values", schema: d.properties.type.enum, parentSchema: d.properties.type, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.required !== void 0) {
      let e = i.required;
      if (typeof e != "boolean" && e !== null) {
        let t;
        if (t === void 0) if (e === "false" || e === 0 || e === null) t = false;
        else if (e === "true" || e === 1) t = true;
        else if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: p + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: d.properties.required.type }, message: "must be boolean,null", schema: d.properties.required.type, parentSchema: d.properties.required, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        t !== void 0 && (e = t, i !== void 0 && (i.required = t));
      }
    }
    if (i.default !== void 0) {
      let e = i.default;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: d.properties.default.type }, message: "must be string,null", schema: d.properties.default.type, parentSchema: d.properties.default, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.default = s));
      }
      if (typeof e == "string" && h(e) > 255) {
        const t = { instancePath: p + "/default", schemaPath: "#/properties/default/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: d.properties.default, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.options !== void 0) {
      let e = i.options;
      if (!Array.isArray(e) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: p + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: d.properties.options.type }, message: "must be array,null", schema: d.properties.options.type, parentSchema: d.properties.options, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        t !== void 0 && (e = t, i !== void 0 && (i.options = t));
      }
      if (Array.isArray(e)) {
        if (e.length > 128) {
          const s = { instancePath: p + "/options", schemaPath: "#/properties/options/maxItems", keyword: "maxItems", params: { limit: 128 }, message: "must NOT have more than 128 items", schema: 128, parentSchema: d.properties.options, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        const t = e.length;
        for (let s = 0; s < t; s++) {
          let a = e[s];
          if (a && typeof a == "object" && !Array.isArray(a)) {
            if (a.label === void 0) {
              const o = { instancePath: p + "/options/" + s, schemaPath: "#/properties/options/items/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: d.properties.options.items.required, parentSchema: d.properties.options.items, data: a };
              r === null ? r = [o] : r.push(o), n++;
            }
            if (a.value === void 0) {
              const o = { instancePath: p + "/options/" + s, schemaPath: "#/properties/options/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: d.properties.options.items.required, parentSchema: d.properties.options.items, data: a };
              r === null ? r = [o] : r.push(o), n++;
            }
            for (const o in a) if (!(o === "label" || o === "value" || o === "show_on")) {
              const m = { instancePath: p + "/options/" + s, schemaPath: "#/properties/options/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties", schema: false, parentSchema: d.properties.options.items, data: a };
              r === null ? r = [m] : r.push(m), n++;
            }
            if (a.label !== void 0 && (P(a.label, { instancePath: p + "/options/" + s + "/label", parentData: a, parentDataProperty: "label", rootData: f }) || (r = r === null ? P.errors : r.concat(P.errors), n = r.length)), a.value !== void 0) {
              let o = a.value;
              if (typeof o != "string") {
                let m = typeof o, u;
                if (u === void 0) if (m == "number" || m == "boolean") u = "" + o;
                else if (o === null) u = "";
                else {
                  const j = { instancePath: p + "/options/" + s + "/value", schemaPath: "#/properties/options/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.options.items.properties.value.type, parentSchema: d.properties.options.items.properties.value, data: o };
                  r === null ? r = [j] : r.push(j), n++;
                }
                u !== void 0 && (o = u, a !== void 0 && (a.value = u));
              }
              if (typeof o == "string" && h(o) > 255) {
                const m = { instancePath: p + "/options/" + s + "/value", schemaPath: "#/properties/options/items/properties/value/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: d.properties.options.items.properties.value, data: o };
                r === null ? r = [m] : r.push(m), n++;
              }
            }
            a.show_on !== void 0 && (q(a.show_on, { instancePath: p + "/options/" + s + "/show_on", parentData: a, parentDataProperty: "show_on", rootData: f }) || (r = r === null ? q.errors : r.concat(q.errors), n = r.length));
          } else {
            const o = { instancePath: p + "/options/" + s, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.properties.options.items.type, parentSchema: d.properties.options.items, data: a };
            r === null ? r = [o] : r.push(o), n++;
          }
        }
      }
    }
    if (i.help !== void 0 && (U(i.help, { instancePath: p + "/help", parentData: i, parentDataProperty: "help", rootData: f }) || (r = r === null ? U.errors : r.concat(U.errors), n = r.length)), i.url !== void 0) {
      let e = i.url;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: d.properties.url.type }, message: "must be string,null", schema: d.properties.url.type, parentSchema: d.properties.url, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.url = s));
      }
    }
    if (i.placeholder !== void 0 && (g(i.placeholder, { instancePath: p + "/placeholder", parentData: i, parentDataProperty: "placeholder", rootData: f }) || (r = r === null ? g.errors : r.concat(g.errors), n = r.length)), i.max_length !== void 0) {
      let e = i.max_length;
      if (!(typeof e == "number" && !(e % 1) && !isNaN(e) && isFinite(e)) && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t === "boolean" || e === null || t === "string" && e && e == +e && !(e % 1)) s = +e;
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/max_length", schemaPath: "#/properties/max_length/type", keyword: "type", params: { type: d.properties.max_length.type }, message: "must be integer,null", schema: d.properties.max_length.type, parentSchema: d.properties.max_length, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.max_length = s));
      }
    }
    i.show_on !== void 0 && (q(i.show_on, { instancePath: p + "/show_on", parentData: i, parentDataProperty: "show_on", rootData: f }) || (r = r === null ? q.errors : r.concat(q.errors), n = r.length));
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.type, parentSchema: d, data: i };
    r === null ? r = [e] : r.push(e), n++;
  }
  return N.errors = r, n === 0;
}
function L(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (Array.isArray(i)) {
    if (i.length > 32) {
      const t = { instancePath: p, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: O, data: i };
      r === null ? r = [t] : r.push(t), n++;
    }
    const e = i.length;
    for (let t = 0; t < e; t++) N(i[t], { instancePath: p + "/" + t, parentData: i, parentDataProperty: t, rootData: f }) || (r = r === null ? N.errors : r.concat(N.errors), n = r.length);
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: O.type, parentSchema: O, data: i };
    r === null ? r = [e] : r.push(e), n++;
  }
  return L.errors = r, n === 0;
}
var w = { description: "The files of one model type. The SDK reads this as a mapping and iterates `predefined`.", type: "object", properties: { position: { description: "Path of the _position.yaml that orders the models; the daemon reads it and fails when it is missing.", type: "string", minLength: 1, maxLength: 1024 }, predefined: { description: "Globs (Go filepath.Match, from the plugin root) of model YAML files.", type: "array", items: { type: "string", minLength: 1 }, "x-dpr-fix": 'List globs of model files, e.g. `predefined: ["models/llm/*.yaml"]`.' } }, additionalProperties: false };
function v(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    for (const e in i) if (!(e === "position" || e === "predefined")) {
      const t = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: w, data: i };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (i.position !== void 0) {
      let e = i.position;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/position", schemaPath: "#/properties/position/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: w.properties.position.type, parentSchema: w.properties.position, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.position = s));
      }
      if (typeof e == "string") {
        if (h(e) > 1024) {
          const t = { instancePath: p + "/position", schemaPath: "#/properties/position/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: w.properties.position, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (h(e) < 1) {
          const t = { instancePath: p + "/position", schemaPath: "#/properties/position/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: w.properties.position, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (i.predefined !== void 0) {
      let e = i.predefined;
      if (Array.isArray(e)) {
        const t = e.length;
        for (let s = 0; s < t; s++) {
          let a = e[s];
          if (typeof a != "string") {
            let o = typeof a, m;
            if (m === void 0) if (o == "number" || o == "boolean") m = "" + a;
            else if (a === null) m = "";
            else {
              const u = { instancePath: p + "/predefined/" + s, schemaPath: "#/properties/predefined/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: w.properties.predefined.items.type, parentSchema: w.properties.predefined.items, data: a };
              r === null ? r = [u] : r.push(u), n++;
            }
            m !== void 0 && (a = m, e !== void 0 && (e[s] = m));
          }
          if (typeof a == "string" && h(a) < 1) {
            const o = { instancePath: p + "/predefined/" + s, schemaPath: "#/properties/predefined/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: w.properties.predefined.items, data: a };
            r === null ? r = [o] : r.push(o), n++;
          }
        }
      } else {
        const t = { instancePath: p + "/predefined", schemaPath: "#/properties/predefined/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: w.properties.predefined.type, parentSchema: w.properties.predefined, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: w.type, parentSchema: w, data: i };
    r === null ? r = [e] : r.push(e), n++;
  }
  return v.errors = r, n === 0;
}
var T = { $schema: "http://json-schema.org/draft-07/schema#", $id: "model-position.schema.json", title: "Dify model order (a _position.yaml named by a model provider)", description: "A YAML list of model names, first shown first. The daemon decodes it as []string (pkg/plugin_packager/decoder/helper.go); the SDK as list[str] (entities/model/provider.py ModelPosition).", type: ["array", "null"], items: { type: ["string", "null"], "x-dpr-fix": "Write one model name per line, as it appears in the model's `model:` field." }, "x-dpr-fix": "Write the file as a YAML list of model names, e.g. `- gpt-4o`." };
function x(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (!Array.isArray(i) && i !== null) {
    let e;
    if (e === void 0) if (i === "" || i === 0 || i === false) e = null;
    else {
      const t = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: T.type }, message: "must be array,null", schema: T.type, parentSchema: T, data: i };
      r === null ? r = [t] : r.push(t), n++;
    }
    e !== void 0 && (i = e, b !== void 0 && (b[k] = e));
  }
  if (Array.isArray(i)) {
    const e = i.length;
    for (let t = 0; t < e; t++) {
      let s = i[t];
      if (typeof s != "string" && s !== null) {
        let a = typeof s, o;
        if (o === void 0) if (a == "number" || a == "boolean") o = "" + s;
        else if (s === null) o = "";
        else if (s === "" || s === 0 || s === false) o = null;
        else {
          const m = { instancePath: p + "/" + t, schemaPath: "#/items/type", keyword: "type", params: { type: T.items.type }, message: "must be string,null", schema: T.items.type, parentSchema: T.items, data: s };
          r === null ? r = [m] : r.push(m), n++;
        }
        o !== void 0 && (s = o, i !== void 0 && (i[t] = o));
      }
    }
  }
  return x.errors = r, n === 0;
}
function B(i, { instancePath: p = "", parentData: b, parentDataProperty: k, rootData: f = i } = {}) {
  let r = null, n = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.provider === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: l.required, parentSchema: l, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (i.label === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: l.required, parentSchema: l, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (i.supported_model_types === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "supported_model_types" }, message: "must have required property 'supported_model_types'", schema: l.required, parentSchema: l, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (i.configurate_methods === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "configurate_methods" }, message: "must have required property 'configurate_methods'", schema: l.required, parentSchema: l, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    if (i.extra === void 0) {
      const e = { instancePath: p, schemaPath: "#/required", keyword: "required", params: { missingProperty: "extra" }, message: "must have required property 'extra'", schema: l.required, parentSchema: l, data: i };
      r === null ? r = [e] : r.push(e), n++;
    }
    for (const e in i) if (!$.call(l.properties, e)) {
      const t = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: e }, message: "must NOT have additional properties", schema: false, parentSchema: l, data: i };
      r === null ? r = [t] : r.push(t), n++;
    }
    if (i.provider !== void 0) {
      let e = i.provider;
      if (typeof e != "string") {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else {
          const a = { instancePath: p + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.provider.type, parentSchema: l.properties.provider, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.provider = s));
      }
      if (typeof e == "string") {
        if (h(e) > 255) {
          const t = { instancePath: p + "/provider", schemaPath: "#/properties/provider/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: l.properties.provider, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (h(e) < 1) {
          const t = { instancePath: p + "/provider", schemaPath: "#/properties/provider/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.provider, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
      }
    }
    if (i.label !== void 0 && (P(i.label, { instancePath: p + "/label", parentData: i, parentDataProperty: "label", rootData: f }) || (r = r === null ? P.errors : r.concat(P.errors), n = r.length)), i.description !== void 0 && (g(i.description, { instancePath: p + "/description", parentData: i, parentDataProperty: "description", rootData: f }) || (r = r === null ? g.errors : r.concat(g.errors), n = r.length)), i.icon_small !== void 0 && (g(i.icon_small, { instancePath: p + "/icon_small", parentData: i, parentDataProperty: "icon_small", rootData: f }) || (r = r === null ? g.errors : r.concat(g.errors), n = r.length)), i.icon_large !== void 0 && (g(i.icon_large, { instancePath: p + "/icon_large", parentData: i, parentDataProperty: "icon_large", rootData: f }) || (r = r === null ? g.errors : r.concat(g.errors), n = r.length)), i.icon_small_dark !== void 0 && (g(i.icon_small_dark, { instancePath: p + "/icon_small_dark", parentData: i, parentDataProperty: "icon_small_dark", rootData: f }) || (r = r === null ? g.errors : r.concat(g.errors), n = r.length)), i.icon_large_dark !== void 0 && (g(i.icon_large_dark, { instancePath: p + "/icon_large_dark", parentData: i, parentDataProperty: "icon_large_dark", rootData: f }) || (r = r === null ? g.errors : r.concat(g.errors), n = r.length)), i.background !== void 0) {
      let e = i.background;
      if (typeof e != "string" && e !== null) {
        let t = typeof e, s;
        if (s === void 0) if (t == "number" || t == "boolean") s = "" + e;
        else if (e === null) s = "";
        else if (e === "" || e === 0 || e === false) s = null;
        else {
          const a = { instancePath: p + "/background", schemaPath: "#/properties/background/type", keyword: "type", params: { type: l.properties.background.type }, message: "must be string,null", schema: l.properties.background.type, parentSchema: l.properties.background, data: e };
          r === null ? r = [a] : r.push(a), n++;
        }
        s !== void 0 && (e = s, i !== void 0 && (i.background = s));
      }
    }
    if (i.help !== void 0) {
      let e = i.help;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: p + "/help", schemaPath: "#/properties/help/type", keyword: "type", params: { type: l.properties.help.type }, message: "must be object,null", schema: l.properties.help.type, parentSchema: l.properties.help, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        t !== void 0 && (e = t, i !== void 0 && (i.help = t));
      }
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.title === void 0) {
          const t = { instancePath: p + "/help", schemaPath: "#/properties/help/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: l.properties.help.required, parentSchema: l.properties.help, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.url === void 0) {
          const t = { instancePath: p + "/help", schemaPath: "#/properties/help/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: l.properties.help.required, parentSchema: l.properties.help, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        for (const t in e) if (!(t === "title" || t === "url")) {
          const s = { instancePath: p + "/help", schemaPath: "#/properties/help/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.help, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        e.title !== void 0 && (P(e.title, { instancePath: p + "/help/title", parentData: e, parentDataProperty: "title", rootData: f }) || (r = r === null ? P.errors : r.concat(P.errors), n = r.length)), e.url !== void 0 && (P(e.url, { instancePath: p + "/help/url", parentData: e, parentDataProperty: "url", rootData: f }) || (r = r === null ? P.errors : r.concat(P.errors), n = r.length));
      }
    }
    if (i.supported_model_types !== void 0) {
      let e = i.supported_model_types;
      if (Array.isArray(e)) {
        const t = e.length;
        for (let s = 0; s < t; s++) D(e[s], { instancePath: p + "/supported_model_types/" + s, parentData: e, parentDataProperty: s, rootData: f }) || (r = r === null ? D.errors : r.concat(D.errors), n = r.length);
      } else {
        const t = { instancePath: p + "/supported_model_types", schemaPath: "#/properties/supported_model_types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: l.properties.supported_model_types.type, parentSchema: l.properties.supported_model_types, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.configurate_methods !== void 0) {
      let e = i.configurate_methods;
      if (Array.isArray(e)) {
        const t = e.length;
        for (let s = 0; s < t; s++) {
          let a = e[s];
          if (typeof a != "string") {
            let o = typeof a, m;
            if (m === void 0) if (o == "number" || o == "boolean") m = "" + a;
            else if (a === null) m = "";
            else {
              const u = { instancePath: p + "/configurate_methods/" + s, schemaPath: "#/properties/configurate_methods/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.configurate_methods.items.type, parentSchema: l.properties.configurate_methods.items, data: a };
              r === null ? r = [u] : r.push(u), n++;
            }
            m !== void 0 && (a = m, e !== void 0 && (e[s] = m));
          }
          if (!(a === "predefined-model" || a === "customizable-model")) {
            const o = { instancePath: p + "/configurate_methods/" + s, schemaPath: "#/properties/configurate_methods/items/enum", keyword: "enum", params: { allowedValues: l.properties.configurate_methods.items.enum }, message: "must be equal to one of the allowed values", schema: l.properties.configurate_methods.items.enum, parentSchema: l.properties.configurate_methods.items, data: a };
            r === null ? r = [o] : r.push(o), n++;
          }
        }
      } else {
        const t = { instancePath: p + "/configurate_methods", schemaPath: "#/properties/configurate_methods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: l.properties.configurate_methods.type, parentSchema: l.properties.configurate_methods, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.provider_credential_schema !== void 0) {
      let e = i.provider_credential_schema;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: p + "/provider_credential_schema", schemaPath: "#/properties/provider_credential_schema/type", keyword: "type", params: { type: l.properties.provider_credential_schema.type }, message: "must be object,null", schema: l.properties.provider_credential_schema.type, parentSchema: l.properties.provider_credential_schema, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        t !== void 0 && (e = t, i !== void 0 && (i.provider_credential_schema = t));
      }
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.credential_form_schemas === void 0) {
          const t = { instancePath: p + "/provider_credential_schema", schemaPath: "#/properties/provider_credential_schema/required", keyword: "required", params: { missingProperty: "credential_form_schemas" }, message: "must have required property 'credential_form_schemas'", schema: l.properties.provider_credential_schema.required, parentSchema: l.properties.provider_credential_schema, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        for (const t in e) if (t !== "credential_form_schemas") {
          const s = { instancePath: p + "/provider_credential_schema", schemaPath: "#/properties/provider_credential_schema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.provider_credential_schema, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        e.credential_form_schemas !== void 0 && (L(e.credential_form_schemas, { instancePath: p + "/provider_credential_schema/credential_form_schemas", parentData: e, parentDataProperty: "credential_form_schemas", rootData: f }) || (r = r === null ? L.errors : r.concat(L.errors), n = r.length));
      }
    }
    if (i.model_credential_schema !== void 0) {
      let e = i.model_credential_schema;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: p + "/model_credential_schema", schemaPath: "#/properties/model_credential_schema/type", keyword: "type", params: { type: l.properties.model_credential_schema.type }, message: "must be object,null", schema: l.properties.model_credential_schema.type, parentSchema: l.properties.model_credential_schema, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        t !== void 0 && (e = t, i !== void 0 && (i.model_credential_schema = t));
      }
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.model === void 0) {
          const t = { instancePath: p + "/model_credential_schema", schemaPath: "#/properties/model_credential_schema/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: l.properties.model_credential_schema.required, parentSchema: l.properties.model_credential_schema, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.credential_form_schemas === void 0) {
          const t = { instancePath: p + "/model_credential_schema", schemaPath: "#/properties/model_credential_schema/required", keyword: "required", params: { missingProperty: "credential_form_schemas" }, message: "must have required property 'credential_form_schemas'", schema: l.properties.model_credential_schema.required, parentSchema: l.properties.model_credential_schema, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        for (const t in e) if (!(t === "model" || t === "credential_form_schemas")) {
          const s = { instancePath: p + "/model_credential_schema", schemaPath: "#/properties/model_credential_schema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.model_credential_schema, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        if (e.model !== void 0) {
          let t = e.model;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.label === void 0) {
              const s = { instancePath: p + "/model_credential_schema/model", schemaPath: "#/properties/model_credential_schema/properties/model/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: l.properties.model_credential_schema.properties.model.required, parentSchema: l.properties.model_credential_schema.properties.model, data: t };
              r === null ? r = [s] : r.push(s), n++;
            }
            for (const s in t) if (!(s === "label" || s === "placeholder")) {
              const a = { instancePath: p + "/model_credential_schema/model", schemaPath: "#/properties/model_credential_schema/properties/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.model_credential_schema.properties.model, data: t };
              r === null ? r = [a] : r.push(a), n++;
            }
            t.label !== void 0 && (P(t.label, { instancePath: p + "/model_credential_schema/model/label", parentData: t, parentDataProperty: "label", rootData: f }) || (r = r === null ? P.errors : r.concat(P.errors), n = r.length)), t.placeholder !== void 0 && (g(t.placeholder, { instancePath: p + "/model_credential_schema/model/placeholder", parentData: t, parentDataProperty: "placeholder", rootData: f }) || (r = r === null ? g.errors : r.concat(g.errors), n = r.length));
          } else {
            const s = { instancePath: p + "/model_credential_schema/model", schemaPath: "#/properties/model_credential_schema/properties/model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.properties.model_credential_schema.properties.model.type, parentSchema: l.properties.model_credential_schema.properties.model, data: t };
            r === null ? r = [s] : r.push(s), n++;
          }
        }
        e.credential_form_schemas !== void 0 && (L(e.credential_form_schemas, { instancePath: p + "/model_credential_schema/credential_form_schemas", parentData: e, parentDataProperty: "credential_form_schemas", rootData: f }) || (r = r === null ? L.errors : r.concat(L.errors), n = r.length));
      }
    }
    if (i.models !== void 0) {
      let e = i.models;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        for (const t in e) if (!(t === "llm" || t === "text_embedding" || t === "rerank" || t === "tts" || t === "speech2text" || t === "moderation")) {
          const s = { instancePath: p + "/models", schemaPath: "#/properties/models/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.models, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        e.llm !== void 0 && (v(e.llm, { instancePath: p + "/models/llm", parentData: e, parentDataProperty: "llm", rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length)), e.text_embedding !== void 0 && (v(e.text_embedding, { instancePath: p + "/models/text_embedding", parentData: e, parentDataProperty: "text_embedding", rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length)), e.rerank !== void 0 && (v(e.rerank, { instancePath: p + "/models/rerank", parentData: e, parentDataProperty: "rerank", rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length)), e.tts !== void 0 && (v(e.tts, { instancePath: p + "/models/tts", parentData: e, parentDataProperty: "tts", rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length)), e.speech2text !== void 0 && (v(e.speech2text, { instancePath: p + "/models/speech2text", parentData: e, parentDataProperty: "speech2text", rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length)), e.moderation !== void 0 && (v(e.moderation, { instancePath: p + "/models/moderation", parentData: e, parentDataProperty: "moderation", rootData: f }) || (r = r === null ? v.errors : r.concat(v.errors), n = r.length));
      } else {
        const t = { instancePath: p + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.properties.models.type, parentSchema: l.properties.models, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
    if (i.position !== void 0) {
      let e = i.position;
      if (!(e && typeof e == "object" && !Array.isArray(e)) && e !== null) {
        let t;
        if (t === void 0) if (e === "" || e === 0 || e === false) t = null;
        else {
          const s = { instancePath: p + "/position", schemaPath: "#/properties/position/type", keyword: "type", params: { type: l.properties.position.type }, message: "must be object,null", schema: l.properties.position.type, parentSchema: l.properties.position, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        t !== void 0 && (e = t, i !== void 0 && (i.position = t));
      }
      if (e && typeof e == "object" && !Array.isArray(e)) {
        for (const t in e) if (!(t === "llm" || t === "text_embedding" || t === "rerank" || t === "tts" || t === "speech2text" || t === "moderation")) {
          const s = { instancePath: p + "/position", schemaPath: "#/properties/position/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: l.properties.position, data: e };
          r === null ? r = [s] : r.push(s), n++;
        }
        e.llm !== void 0 && (x(e.llm, { instancePath: p + "/position/llm", parentData: e, parentDataProperty: "llm", rootData: f }) || (r = r === null ? x.errors : r.concat(x.errors), n = r.length)), e.text_embedding !== void 0 && (x(e.text_embedding, { instancePath: p + "/position/text_embedding", parentData: e, parentDataProperty: "text_embedding", rootData: f }) || (r = r === null ? x.errors : r.concat(x.errors), n = r.length)), e.rerank !== void 0 && (x(e.rerank, { instancePath: p + "/position/rerank", parentData: e, parentDataProperty: "rerank", rootData: f }) || (r = r === null ? x.errors : r.concat(x.errors), n = r.length)), e.tts !== void 0 && (x(e.tts, { instancePath: p + "/position/tts", parentData: e, parentDataProperty: "tts", rootData: f }) || (r = r === null ? x.errors : r.concat(x.errors), n = r.length)), e.speech2text !== void 0 && (x(e.speech2text, { instancePath: p + "/position/speech2text", parentData: e, parentDataProperty: "speech2text", rootData: f }) || (r = r === null ? x.errors : r.concat(x.errors), n = r.length)), e.moderation !== void 0 && (x(e.moderation, { instancePath: p + "/position/moderation", parentData: e, parentDataProperty: "moderation", rootData: f }) || (r = r === null ? x.errors : r.concat(x.errors), n = r.length));
      }
    }
    if (i.extra !== void 0) {
      let e = i.extra;
      if (e && typeof e == "object" && !Array.isArray(e)) {
        if (e.python === void 0) {
          const t = { instancePath: p + "/extra", schemaPath: "#/properties/extra/required", keyword: "required", params: { missingProperty: "python" }, message: "must have required property 'python'", schema: l.properties.extra.required, parentSchema: l.properties.extra, data: e };
          r === null ? r = [t] : r.push(t), n++;
        }
        if (e.python !== void 0) {
          let t = e.python;
          if (t && typeof t == "object" && !Array.isArray(t)) {
            if (t.provider_source === void 0) {
              const s = { instancePath: p + "/extra/python", schemaPath: "#/properties/extra/properties/python/required", keyword: "required", params: { missingProperty: "provider_source" }, message: "must have required property 'provider_source'", schema: l.properties.extra.properties.python.required, parentSchema: l.properties.extra.properties.python, data: t };
              r === null ? r = [s] : r.push(s), n++;
            }
            if (t.provider_source !== void 0) {
              let s = t.provider_source;
              if (typeof s != "string") {
                let a = typeof s, o;
                if (o === void 0) if (a == "number" || a == "boolean") o = "" + s;
                else if (s === null) o = "";
                else {
                  const m = { instancePath: p + "/extra/python/provider_source", schemaPath: "#/properties/extra/properties/python/properties/provider_source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.extra.properties.python.properties.provider_source.type, parentSchema: l.properties.extra.properties.python.properties.provider_source, data: s };
                  r === null ? r = [m] : r.push(m), n++;
                }
                o !== void 0 && (s = o, t !== void 0 && (t.provider_source = o));
              }
              if (typeof s == "string" && h(s) < 1) {
                const a = { instancePath: p + "/extra/python/provider_source", schemaPath: "#/properties/extra/properties/python/properties/provider_source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.extra.properties.python.properties.provider_source, data: s };
                r === null ? r = [a] : r.push(a), n++;
              }
            }
            if (t.model_sources !== void 0) {
              let s = t.model_sources;
              if (Array.isArray(s)) {
                const a = s.length;
                for (let o = 0; o < a; o++) {
                  let m = s[o];
                  if (typeof m != "string") {
                    let u = typeof m, j;
                    if (j === void 0) if (u == "number" || u == "boolean") j = "" + m;
                    else if (m === null) j = "";
                    else {
                      const z = { instancePath: p + "/extra/python/model_sources/" + o, schemaPath: "#/properties/extra/properties/python/properties/model_sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: l.properties.extra.properties.python.properties.model_sources.items.type, parentSchema: l.properties.extra.properties.python.properties.model_sources.items, data: m };
                      r === null ? r = [z] : r.push(z), n++;
                    }
                    j !== void 0 && (m = j, s !== void 0 && (s[o] = j));
                  }
                  if (typeof m == "string" && h(m) < 1) {
                    const u = { instancePath: p + "/extra/python/model_sources/" + o, schemaPath: "#/properties/extra/properties/python/properties/model_sources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: l.properties.extra.properties.python.properties.model_sources.items, data: m };
                    r === null ? r = [u] : r.push(u), n++;
                  }
                }
              } else {
                const a = { instancePath: p + "/extra/python/model_sources", schemaPath: "#/properties/extra/properties/python/properties/model_sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: l.properties.extra.properties.python.properties.model_sources.type, parentSchema: l.properties.extra.properties.python.properties.model_sources, data: s };
                r === null ? r = [a] : r.push(a), n++;
              }
            }
          } else {
            const s = { instancePath: p + "/extra/python", schemaPath: "#/properties/extra/properties/python/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.properties.extra.properties.python.type, parentSchema: l.properties.extra.properties.python, data: t };
            r === null ? r = [s] : r.push(s), n++;
          }
        }
      } else {
        const t = { instancePath: p + "/extra", schemaPath: "#/properties/extra/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.properties.extra.type, parentSchema: l.properties.extra, data: e };
        r === null ? r = [t] : r.push(t), n++;
      }
    }
  } else {
    const e = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: l.type, parentSchema: l, data: i };
    r === null ? r = [e] : r.push(e), n++;
  }
  return B.errors = r, n === 0;
}
var J = H;
export {
  J as default,
  H as v
};
