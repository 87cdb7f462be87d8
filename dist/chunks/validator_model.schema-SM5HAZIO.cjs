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
  default: () => N,
  v: () => q
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var q = j;
var f = { $schema: "http://json-schema.org/draft-07/schema#", $id: "model.schema.json", title: "Dify model (a file matched by a model provider's predefined globs)", description: "daemon pkg/entities/plugin_entities/model_declaration.go (ModelDeclaration, ModelParameterRule); SDK entities/model/schema.py (AIModelEntity, ParameterRule).", type: "object", required: ["model", "model_type", "model_properties"], properties: { model: { description: "The model's name, as sent to the provider's API.", type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18nNullable" }, model_type: { $ref: "model-provider.schema.json#/definitions/modelType" }, features: { type: ["array", "null"], maxItems: 256, items: { type: "string", enum: ["tool-call", "multi-tool-call", "agent-thought", "vision", "stream-tool-call", "document", "video", "audio", "structured-output", "polling"], "x-dpr-fix": "Use the SDK's model features: tool-call, multi-tool-call, agent-thought, vision, stream-tool-call, document, video, audio, structured-output, polling." } }, fetch_from: { type: "string", enum: ["predefined-model", "customizable-model"] }, model_properties: { description: "Keyed by the SDK's ModelPropertyKey: any other key makes the SDK refuse the model.", type: "object", properties: { mode: {}, context_size: {}, max_chunks: {}, file_upload_limit: {}, supported_file_extensions: {}, max_characters_per_chunk: {}, default_voice: {}, voices: {}, word_limit: {}, audio_type: {}, max_workers: {} }, additionalProperties: { not: {}, "x-dpr-code": "DPR103", "x-dpr-fix": "The SDK accepts only these model_properties keys: mode, context_size, max_chunks, file_upload_limit, supported_file_extensions, max_characters_per_chunk, default_voice, voices, word_limit, audio_type, max_workers; any other key makes it refuse the model." }, "x-dpr-fix": "Add model_properties, e.g. `{mode: chat, context_size: 128000}` for an LLM (the SDK requires the mapping)." }, deprecated: { type: ["boolean", "null"] }, parameter_rules: { type: ["array", "null"], maxItems: 128, items: { $ref: "#/definitions/parameterRule" } }, pricing: { type: ["object", "null"], required: ["input", "unit", "currency"], properties: { input: { type: "number" }, output: { type: ["number", "null"] }, unit: { type: "number" }, currency: { type: "string", minLength: 1, "x-dpr-string": true } }, additionalProperties: false } }, additionalProperties: false, definitions: { parameterRule: { description: "A model parameter. With use_template, the template fills label, type, help, default, min, max and precision.", type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, use_template: { description: "A daemon template name; checked in `then` below, as an empty value means no template.", type: ["string", "null"] }, label: { $ref: "common.schema.json#/definitions/i18nNullable" }, type: { type: "string", enum: ["float", "int", "string", "boolean", "text"], "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text." }, help: { $ref: "common.schema.json#/definitions/i18nNullable" }, required: { type: ["boolean", "null"] }, default: {}, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { type: "array", items: { type: "string", maxLength: 255, "x-dpr-string": true } } }, if: { properties: { use_template: { type: "string", minLength: 1 } }, required: ["use_template"] }, then: { properties: { use_template: { enum: ["temperature", "top_p", "top_k", "presence_penalty", "frequency_penalty", "max_tokens", "response_format", "json_schema"], "x-dpr-code": "DPR118", "x-dpr-fix": "Use one of the daemon's templates (temperature, top_p, top_k, presence_penalty, frequency_penalty, max_tokens, response_format, json_schema), or drop use_template and give label and type." } } }, else: { properties: { type: { "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text." } }, required: ["type"] }, additionalProperties: false } } };
var d = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
var b = { description: "Model types: the daemon's list (the SDK has all but the multimodal ones).", type: "string", enum: ["llm", "text-embedding", "rerank", "speech2text", "moderation", "tts", "text2img", "multimodal-embedding", "multimodal-rerank"], "x-dpr-fix": "Model types are written with a hyphen here: llm, text-embedding, rerank, speech2text, moderation, tts, text2img." };
var S = Object.prototype.hasOwnProperty;
var g = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var y = { description: "A model parameter. With use_template, the template fills label, type, help, default, min, max and precision.", type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, use_template: { description: "A daemon template name; checked in `then` below, as an empty value means no template.", type: ["string", "null"] }, label: { $ref: "common.schema.json#/definitions/i18nNullable" }, type: { type: "string", enum: ["float", "int", "string", "boolean", "text"], "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text." }, help: { $ref: "common.schema.json#/definitions/i18nNullable" }, required: { type: ["boolean", "null"] }, default: {}, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { type: "array", items: { type: "string", maxLength: 255, "x-dpr-string": true } } }, if: { properties: { use_template: { type: "string", minLength: 1 } }, required: ["use_template"] }, then: { properties: { use_template: { enum: ["temperature", "top_p", "top_k", "presence_penalty", "frequency_penalty", "max_tokens", "response_format", "json_schema"], "x-dpr-code": "DPR118", "x-dpr-fix": "Use one of the daemon's templates (temperature, top_p, top_k, presence_penalty, frequency_penalty, max_tokens, response_format, json_schema), or drop use_template and give label and type." } } }, else: { properties: { type: { "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text." } }, required: ["type"] }, additionalProperties: false };
function P(p, { instancePath: u = "", parentData: w, parentDataProperty: v, rootData: x = p } = {}) {
  let e = null, o = 0;
  const s = o;
  let n = true;
  const a = o;
  if (p && typeof p == "object" && !Array.isArray(p)) {
    let t;
    if (p.use_template === void 0 && (t = "use_template")) {
      const r = {};
      e === null ? e = [r] : e.push(r), o++;
    } else if (p.use_template !== void 0) {
      let r = p.use_template;
      const i = o;
      if (typeof r != "string") {
        let l = typeof r, c;
        if (c === void 0) if (l == "number" || l == "boolean") c = "" + r;
        else if (r === null) c = "";
        else {
          const _ = {};
          e === null ? e = [_] : e.push(_), o++;
        }
        c !== void 0 && (r = c, p !== void 0 && (p.use_template = c));
      }
      if (o === i && typeof r == "string" && g(r) < 1) {
        const l = {};
        e === null ? e = [l] : e.push(l), o++;
      }
    }
  }
  var m = a === o;
  o = s, e !== null && (s ? e.length = s : e = null);
  let h;
  if (m) {
    const t = o;
    if (p && typeof p == "object" && !Array.isArray(p) && p.use_template !== void 0) {
      let i = p.use_template;
      if (!(i === "temperature" || i === "top_p" || i === "top_k" || i === "presence_penalty" || i === "frequency_penalty" || i === "max_tokens" || i === "response_format" || i === "json_schema")) {
        const l = { instancePath: u + "/use_template", schemaPath: "#/then/properties/use_template/enum", keyword: "enum", params: { allowedValues: y.then.properties.use_template.enum }, message: "must be equal to one of the allowed values", schema: y.then.properties.use_template.enum, parentSchema: y.then.properties.use_template, data: i };
        e === null ? e = [l] : e.push(l), o++;
      }
    }
    var m = t === o;
    n = m, h = "then";
  } else {
    const t = o;
    if (p && typeof p == "object" && !Array.isArray(p) && p.type === void 0) {
      const i = { instancePath: u, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: y.else.required, parentSchema: y.else, data: p };
      e === null ? e = [i] : e.push(i), o++;
    }
    var m = t === o;
    n = m, h = "else";
  }
  if (!n) {
    const t = { instancePath: u, schemaPath: "#/if", keyword: "if", params: { failingKeyword: h }, message: 'must match "' + h + '" schema', schema: y.if, parentSchema: y, data: p };
    e === null ? e = [t] : e.push(t), o++;
  }
  if (p && typeof p == "object" && !Array.isArray(p)) {
    if (p.name === void 0) {
      const t = { instancePath: u, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: y.required, parentSchema: y, data: p };
      e === null ? e = [t] : e.push(t), o++;
    }
    for (const t in p) if (!S.call(y.properties, t)) {
      const r = { instancePath: u, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: y, data: p };
      e === null ? e = [r] : e.push(r), o++;
    }
    if (p.name !== void 0) {
      let t = p.name;
      if (typeof t != "string") {
        let r = typeof t, i;
        if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const l = { instancePath: u + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.properties.name.type, parentSchema: y.properties.name, data: t };
          e === null ? e = [l] : e.push(l), o++;
        }
        i !== void 0 && (t = i, p !== void 0 && (p.name = i));
      }
      if (typeof t == "string") {
        if (g(t) > 255) {
          const r = { instancePath: u + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: y.properties.name, data: t };
          e === null ? e = [r] : e.push(r), o++;
        }
        if (g(t) < 1) {
          const r = { instancePath: u + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: y.properties.name, data: t };
          e === null ? e = [r] : e.push(r), o++;
        }
      }
    }
    if (p.use_template !== void 0) {
      let t = p.use_template;
      if (typeof t != "string" && t !== null) {
        let r = typeof t, i;
        if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
        else if (t === null) i = "";
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const l = { instancePath: u + "/use_template", schemaPath: "#/properties/use_template/type", keyword: "type", params: { type: y.properties.use_template.type }, message: "must be string,null", schema: y.properties.use_template.type, parentSchema: y.properties.use_template, data: t };
          e === null ? e = [l] : e.push(l), o++;
        }
        i !== void 0 && (t = i, p !== void 0 && (p.use_template = i));
      }
    }
    if (p.label !== void 0) {
      let t = p.label;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let r;
        if (r === void 0) if (t === "" || t === 0 || t === false) r = null;
        else {
          const i = { instancePath: u + "/label", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: t };
          e === null ? e = [i] : e.push(i), o++;
        }
        r !== void 0 && (t = r, p !== void 0 && (p.label = r));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const r = { instancePath: u + "/label", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: t };
          e === null ? e = [r] : e.push(r), o++;
        }
        for (const r in t) if (!(r === "en_US" || r === "zh_Hans" || r === "ja_JP" || r === "pt_BR")) {
          let i = t[r];
          if (typeof i != "string" && i !== null) {
            let l = typeof i, c;
            if (c === void 0) if (l == "number" || l == "boolean") c = "" + i;
            else if (i === null) c = "";
            else if (i === "" || i === 0 || i === false) c = null;
            else {
              const _ = { instancePath: u + "/label/" + r.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: i };
              e === null ? e = [_] : e.push(_), o++;
            }
            c !== void 0 && (i = c, t !== void 0 && (t[r] = c));
          }
        }
        if (t.en_US !== void 0) {
          let r = t.en_US;
          if (typeof r != "string") {
            let i = typeof r, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + r;
            else if (r === null) l = "";
            else {
              const c = { instancePath: u + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: r };
              e === null ? e = [c] : e.push(c), o++;
            }
            l !== void 0 && (r = l, t !== void 0 && (t.en_US = l));
          }
          if (typeof r == "string") {
            if (g(r) > 1023) {
              const i = { instancePath: u + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: r };
              e === null ? e = [i] : e.push(i), o++;
            }
            if (g(r) < 1) {
              const i = { instancePath: u + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: r };
              e === null ? e = [i] : e.push(i), o++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let r = t.zh_Hans;
          if (typeof r != "string" && r !== null) {
            let i = typeof r, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + r;
            else if (r === null) l = "";
            else if (r === "" || r === 0 || r === false) l = null;
            else {
              const c = { instancePath: u + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: r };
              e === null ? e = [c] : e.push(c), o++;
            }
            l !== void 0 && (r = l, t !== void 0 && (t.zh_Hans = l));
          }
          if (typeof r == "string" && g(r) > 1023) {
            const i = { instancePath: u + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: r };
            e === null ? e = [i] : e.push(i), o++;
          }
        }
        if (t.ja_JP !== void 0) {
          let r = t.ja_JP;
          if (typeof r != "string" && r !== null) {
            let i = typeof r, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + r;
            else if (r === null) l = "";
            else if (r === "" || r === 0 || r === false) l = null;
            else {
              const c = { instancePath: u + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: r };
              e === null ? e = [c] : e.push(c), o++;
            }
            l !== void 0 && (r = l, t !== void 0 && (t.ja_JP = l));
          }
          if (typeof r == "string" && g(r) > 1023) {
            const i = { instancePath: u + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: r };
            e === null ? e = [i] : e.push(i), o++;
          }
        }
        if (t.pt_BR !== void 0) {
          let r = t.pt_BR;
          if (typeof r != "string" && r !== null) {
            let i = typeof r, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + r;
            else if (r === null) l = "";
            else if (r === "" || r === 0 || r === false) l = null;
            else {
              const c = { instancePath: u + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: r };
              e === null ? e = [c] : e.push(c), o++;
            }
            l !== void 0 && (r = l, t !== void 0 && (t.pt_BR = l));
          }
          if (typeof r == "string" && g(r) > 1023) {
            const i = { instancePath: u + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: r };
            e === null ? e = [i] : e.push(i), o++;
          }
        }
      }
    }
    if (p.type !== void 0) {
      let t = p.type;
      if (typeof t != "string") {
        let r = typeof t, i;
        if (i === void 0) if (r == "number" || r == "boolean") i = "" + t;
        else if (t === null) i = "";
        else {
          const l = { instancePath: u + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.properties.type.type, parentSchema: y.properties.type, data: t };
          e === null ? e = [l] : e.push(l), o++;
        }
        i !== void 0 && (t = i, p !== void 0 && (p.type = i));
      }
      if (!(t === "float" || t === "int" || t === "string" || t === "boolean" || t === "text")) {
        const r = { instancePath: u + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: y.properties.type.enum }, message: "must be equal to one of the allowed values", schema: y.properties.type.enum, parentSchema: y.properties.type, data: t };
        e === null ? e = [r] : e.push(r), o++;
      }
    }
    if (p.help !== void 0) {
      let t = p.help;
      if (!(t && typeof t == "object" && !Array.isArray(t)) && t !== null) {
        let r;
        if (r === void 0) if (t === "" || t === 0 || t === false) r = null;
        else {
          const i = { instancePath: u + "/help", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: t };
          e === null ? e = [i] : e.push(i), o++;
        }
        r !== void 0 && (t = r, p !== void 0 && (p.help = r));
      }
      if (t && typeof t == "object" && !Array.isArray(t)) {
        if (t.en_US === void 0) {
          const r = { instancePath: u + "/help", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: t };
          e === null ? e = [r] : e.push(r), o++;
        }
        for (const r in t) if (!(r === "en_US" || r === "zh_Hans" || r === "ja_JP" || r === "pt_BR")) {
          let i = t[r];
          if (typeof i != "string" && i !== null) {
            let l = typeof i, c;
            if (c === void 0) if (l == "number" || l == "boolean") c = "" + i;
            else if (i === null) c = "";
            else if (i === "" || i === 0 || i === false) c = null;
            else {
              const _ = { instancePath: u + "/help/" + r.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: i };
              e === null ? e = [_] : e.push(_), o++;
            }
            c !== void 0 && (i = c, t !== void 0 && (t[r] = c));
          }
        }
        if (t.en_US !== void 0) {
          let r = t.en_US;
          if (typeof r != "string") {
            let i = typeof r, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + r;
            else if (r === null) l = "";
            else {
              const c = { instancePath: u + "/help/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: r };
              e === null ? e = [c] : e.push(c), o++;
            }
            l !== void 0 && (r = l, t !== void 0 && (t.en_US = l));
          }
          if (typeof r == "string") {
            if (g(r) > 1023) {
              const i = { instancePath: u + "/help/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: r };
              e === null ? e = [i] : e.push(i), o++;
            }
            if (g(r) < 1) {
              const i = { instancePath: u + "/help/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: r };
              e === null ? e = [i] : e.push(i), o++;
            }
          }
        }
        if (t.zh_Hans !== void 0) {
          let r = t.zh_Hans;
          if (typeof r != "string" && r !== null) {
            let i = typeof r, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + r;
            else if (r === null) l = "";
            else if (r === "" || r === 0 || r === false) l = null;
            else {
              const c = { instancePath: u + "/help/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: r };
              e === null ? e = [c] : e.push(c), o++;
            }
            l !== void 0 && (r = l, t !== void 0 && (t.zh_Hans = l));
          }
          if (typeof r == "string" && g(r) > 1023) {
            const i = { instancePath: u + "/help/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: r };
            e === null ? e = [i] : e.push(i), o++;
          }
        }
        if (t.ja_JP !== void 0) {
          let r = t.ja_JP;
          if (typeof r != "string" && r !== null) {
            let i = typeof r, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + r;
            else if (r === null) l = "";
            else if (r === "" || r === 0 || r === false) l = null;
            else {
              const c = { instancePath: u + "/help/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: r };
              e === null ? e = [c] : e.push(c), o++;
            }
            l !== void 0 && (r = l, t !== void 0 && (t.ja_JP = l));
          }
          if (typeof r == "string" && g(r) > 1023) {
            const i = { instancePath: u + "/help/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: r };
            e === null ? e = [i] : e.push(i), o++;
          }
        }
        if (t.pt_BR !== void 0) {
          let r = t.pt_BR;
          if (typeof r != "string" && r !== null) {
            let i = typeof r, l;
            if (l === void 0) if (i == "number" || i == "boolean") l = "" + r;
            else if (r === null) l = "";
            else if (r === "" || r === 0 || r === false) l = null;
            else {
              const c = { instancePath: u + "/help/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: r };
              e === null ? e = [c] : e.push(c), o++;
            }
            l !== void 0 && (r = l, t !== void 0 && (t.pt_BR = l));
          }
          if (typeof r == "string" && g(r) > 1023) {
            const i = { instancePath: u + "/help/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: r };
            e === null ? e = [i] : e.push(i), o++;
          }
        }
      }
    }
    if (p.required !== void 0) {
      let t = p.required;
      if (typeof t != "boolean" && t !== null) {
        let r;
        if (r === void 0) if (t === "false" || t === 0 || t === null) r = false;
        else if (t === "true" || t === 1) r = true;
        else if (t === "" || t === 0 || t === false) r = null;
        else {
          const i = { instancePath: u + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: y.properties.required.type }, message: "must be boolean,null", schema: y.properties.required.type, parentSchema: y.properties.required, data: t };
          e === null ? e = [i] : e.push(i), o++;
        }
        r !== void 0 && (t = r, p !== void 0 && (p.required = r));
      }
    }
    if (p.min !== void 0) {
      let t = p.min;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let r = typeof t, i;
        if (i === void 0) if (r == "boolean" || t === null || r == "string" && t && t == +t) i = +t;
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const l = { instancePath: u + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: y.properties.min.type }, message: "must be number,null", schema: y.properties.min.type, parentSchema: y.properties.min, data: t };
          e === null ? e = [l] : e.push(l), o++;
        }
        i !== void 0 && (t = i, p !== void 0 && (p.min = i));
      }
    }
    if (p.max !== void 0) {
      let t = p.max;
      if (!(typeof t == "number" && isFinite(t)) && t !== null) {
        let r = typeof t, i;
        if (i === void 0) if (r == "boolean" || t === null || r == "string" && t && t == +t) i = +t;
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const l = { instancePath: u + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: y.properties.max.type }, message: "must be number,null", schema: y.properties.max.type, parentSchema: y.properties.max, data: t };
          e === null ? e = [l] : e.push(l), o++;
        }
        i !== void 0 && (t = i, p !== void 0 && (p.max = i));
      }
    }
    if (p.precision !== void 0) {
      let t = p.precision;
      if (!(typeof t == "number" && !(t % 1) && !isNaN(t) && isFinite(t)) && t !== null) {
        let r = typeof t, i;
        if (i === void 0) if (r === "boolean" || t === null || r === "string" && t && t == +t && !(t % 1)) i = +t;
        else if (t === "" || t === 0 || t === false) i = null;
        else {
          const l = { instancePath: u + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: y.properties.precision.type }, message: "must be integer,null", schema: y.properties.precision.type, parentSchema: y.properties.precision, data: t };
          e === null ? e = [l] : e.push(l), o++;
        }
        i !== void 0 && (t = i, p !== void 0 && (p.precision = i));
      }
    }
    if (p.options !== void 0) {
      let t = p.options;
      if (Array.isArray(t)) {
        const r = t.length;
        for (let i = 0; i < r; i++) {
          let l = t[i];
          if (typeof l != "string") {
            let c = typeof l, _;
            if (_ === void 0) if (c == "number" || c == "boolean") _ = "" + l;
            else if (l === null) _ = "";
            else {
              const k = { instancePath: u + "/options/" + i, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: y.properties.options.items.type, parentSchema: y.properties.options.items, data: l };
              e === null ? e = [k] : e.push(k), o++;
            }
            _ !== void 0 && (l = _, t !== void 0 && (t[i] = _));
          }
          if (typeof l == "string" && g(l) > 255) {
            const c = { instancePath: u + "/options/" + i, schemaPath: "#/properties/options/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: y.properties.options.items, data: l };
            e === null ? e = [c] : e.push(c), o++;
          }
        }
      } else {
        const r = { instancePath: u + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: y.properties.options.type, parentSchema: y.properties.options, data: t };
        e === null ? e = [r] : e.push(r), o++;
      }
    }
  } else {
    const t = { instancePath: u, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: y.type, parentSchema: y, data: p };
    e === null ? e = [t] : e.push(t), o++;
  }
  return P.errors = e, o === 0;
}
function j(p, { instancePath: u = "", parentData: w, parentDataProperty: v, rootData: x = p } = {}) {
  let e = null, o = 0;
  if (p && typeof p == "object" && !Array.isArray(p)) {
    if (p.model === void 0) {
      const s = { instancePath: u, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: f.required, parentSchema: f, data: p };
      e === null ? e = [s] : e.push(s), o++;
    }
    if (p.model_type === void 0) {
      const s = { instancePath: u, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_type" }, message: "must have required property 'model_type'", schema: f.required, parentSchema: f, data: p };
      e === null ? e = [s] : e.push(s), o++;
    }
    if (p.model_properties === void 0) {
      const s = { instancePath: u, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_properties" }, message: "must have required property 'model_properties'", schema: f.required, parentSchema: f, data: p };
      e === null ? e = [s] : e.push(s), o++;
    }
    for (const s in p) if (!S.call(f.properties, s)) {
      const n = { instancePath: u, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: f, data: p };
      e === null ? e = [n] : e.push(n), o++;
    }
    if (p.model !== void 0) {
      let s = p.model;
      if (typeof s != "string") {
        let n = typeof s, a;
        if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
        else if (s === null) a = "";
        else {
          const m = { instancePath: u + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.model.type, parentSchema: f.properties.model, data: s };
          e === null ? e = [m] : e.push(m), o++;
        }
        a !== void 0 && (s = a, p !== void 0 && (p.model = a));
      }
      if (typeof s == "string") {
        if (g(s) > 255) {
          const n = { instancePath: u + "/model", schemaPath: "#/properties/model/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: f.properties.model, data: s };
          e === null ? e = [n] : e.push(n), o++;
        }
        if (g(s) < 1) {
          const n = { instancePath: u + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.model, data: s };
          e === null ? e = [n] : e.push(n), o++;
        }
      }
    }
    if (p.label !== void 0) {
      let s = p.label;
      if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
        let n;
        if (n === void 0) if (s === "" || s === 0 || s === false) n = null;
        else {
          const a = { instancePath: u + "/label", schemaPath: "common.schema.json#/definitions/i18nNullable/type", keyword: "type", params: { type: d.type }, message: "must be object,null", schema: d.type, parentSchema: d, data: s };
          e === null ? e = [a] : e.push(a), o++;
        }
        n !== void 0 && (s = n, p !== void 0 && (p.label = n));
      }
      if (s && typeof s == "object" && !Array.isArray(s)) {
        if (s.en_US === void 0) {
          const n = { instancePath: u + "/label", schemaPath: "common.schema.json#/definitions/i18nNullable/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: d.required, parentSchema: d, data: s };
          e === null ? e = [n] : e.push(n), o++;
        }
        for (const n in s) if (!(n === "en_US" || n === "zh_Hans" || n === "ja_JP" || n === "pt_BR")) {
          let a = s[n];
          if (typeof a != "string" && a !== null) {
            let m = typeof a, h;
            if (h === void 0) if (m == "number" || m == "boolean") h = "" + a;
            else if (a === null) h = "";
            else if (a === "" || a === 0 || a === false) h = null;
            else {
              const t = { instancePath: u + "/label/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "common.schema.json#/definitions/i18nNullable/additionalProperties/type", keyword: "type", params: { type: d.additionalProperties.type }, message: "must be string,null", schema: d.additionalProperties.type, parentSchema: d.additionalProperties, data: a };
              e === null ? e = [t] : e.push(t), o++;
            }
            h !== void 0 && (a = h, s !== void 0 && (s[n] = h));
          }
        }
        if (s.en_US !== void 0) {
          let n = s.en_US;
          if (typeof n != "string") {
            let a = typeof n, m;
            if (m === void 0) if (a == "number" || a == "boolean") m = "" + n;
            else if (n === null) m = "";
            else {
              const h = { instancePath: u + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.en_US.type, parentSchema: d.properties.en_US, data: n };
              e === null ? e = [h] : e.push(h), o++;
            }
            m !== void 0 && (n = m, s !== void 0 && (s.en_US = m));
          }
          if (typeof n == "string") {
            if (g(n) > 1023) {
              const a = { instancePath: u + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.en_US, data: n };
              e === null ? e = [a] : e.push(a), o++;
            }
            if (g(n) < 1) {
              const a = { instancePath: u + "/label/en_US", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.en_US, data: n };
              e === null ? e = [a] : e.push(a), o++;
            }
          }
        }
        if (s.zh_Hans !== void 0) {
          let n = s.zh_Hans;
          if (typeof n != "string" && n !== null) {
            let a = typeof n, m;
            if (m === void 0) if (a == "number" || a == "boolean") m = "" + n;
            else if (n === null) m = "";
            else if (n === "" || n === 0 || n === false) m = null;
            else {
              const h = { instancePath: u + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/type", keyword: "type", params: { type: d.properties.zh_Hans.type }, message: "must be string,null", schema: d.properties.zh_Hans.type, parentSchema: d.properties.zh_Hans, data: n };
              e === null ? e = [h] : e.push(h), o++;
            }
            m !== void 0 && (n = m, s !== void 0 && (s.zh_Hans = m));
          }
          if (typeof n == "string" && g(n) > 1023) {
            const a = { instancePath: u + "/label/zh_Hans", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.zh_Hans, data: n };
            e === null ? e = [a] : e.push(a), o++;
          }
        }
        if (s.ja_JP !== void 0) {
          let n = s.ja_JP;
          if (typeof n != "string" && n !== null) {
            let a = typeof n, m;
            if (m === void 0) if (a == "number" || a == "boolean") m = "" + n;
            else if (n === null) m = "";
            else if (n === "" || n === 0 || n === false) m = null;
            else {
              const h = { instancePath: u + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/type", keyword: "type", params: { type: d.properties.ja_JP.type }, message: "must be string,null", schema: d.properties.ja_JP.type, parentSchema: d.properties.ja_JP, data: n };
              e === null ? e = [h] : e.push(h), o++;
            }
            m !== void 0 && (n = m, s !== void 0 && (s.ja_JP = m));
          }
          if (typeof n == "string" && g(n) > 1023) {
            const a = { instancePath: u + "/label/ja_JP", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.ja_JP, data: n };
            e === null ? e = [a] : e.push(a), o++;
          }
        }
        if (s.pt_BR !== void 0) {
          let n = s.pt_BR;
          if (typeof n != "string" && n !== null) {
            let a = typeof n, m;
            if (m === void 0) if (a == "number" || a == "boolean") m = "" + n;
            else if (n === null) m = "";
            else if (n === "" || n === 0 || n === false) m = null;
            else {
              const h = { instancePath: u + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/type", keyword: "type", params: { type: d.properties.pt_BR.type }, message: "must be string,null", schema: d.properties.pt_BR.type, parentSchema: d.properties.pt_BR, data: n };
              e === null ? e = [h] : e.push(h), o++;
            }
            m !== void 0 && (n = m, s !== void 0 && (s.pt_BR = m));
          }
          if (typeof n == "string" && g(n) > 1023) {
            const a = { instancePath: u + "/label/pt_BR", schemaPath: "common.schema.json#/definitions/i18nNullable/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: d.properties.pt_BR, data: n };
            e === null ? e = [a] : e.push(a), o++;
          }
        }
      }
    }
    if (p.model_type !== void 0) {
      let s = p.model_type;
      if (typeof s != "string") {
        let n = typeof s, a;
        if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
        else if (s === null) a = "";
        else {
          const m = { instancePath: u + "/model_type", schemaPath: "model-provider.schema.json#/definitions/modelType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: b.type, parentSchema: b, data: s };
          e === null ? e = [m] : e.push(m), o++;
        }
        a !== void 0 && (s = a, p !== void 0 && (p.model_type = a));
      }
      if (!(s === "llm" || s === "text-embedding" || s === "rerank" || s === "speech2text" || s === "moderation" || s === "tts" || s === "text2img" || s === "multimodal-embedding" || s === "multimodal-rerank")) {
        const n = { instancePath: u + "/model_type", schemaPath: "model-provider.schema.json#/definitions/modelType/enum", keyword: "enum", params: { allowedValues: b.enum }, message: "must be equal to one of the allowed values", schema: b.enum, parentSchema: b, data: s };
        e === null ? e = [n] : e.push(n), o++;
      }
    }
    if (p.features !== void 0) {
      let s = p.features;
      if (!Array.isArray(s) && s !== null) {
        let n;
        if (n === void 0) if (s === "" || s === 0 || s === false) n = null;
        else {
          const a = { instancePath: u + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: f.properties.features.type }, message: "must be array,null", schema: f.properties.features.type, parentSchema: f.properties.features, data: s };
          e === null ? e = [a] : e.push(a), o++;
        }
        n !== void 0 && (s = n, p !== void 0 && (p.features = n));
      }
      if (Array.isArray(s)) {
        if (s.length > 256) {
          const a = { instancePath: u + "/features", schemaPath: "#/properties/features/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items", schema: 256, parentSchema: f.properties.features, data: s };
          e === null ? e = [a] : e.push(a), o++;
        }
        const n = s.length;
        for (let a = 0; a < n; a++) {
          let m = s[a];
          if (typeof m != "string") {
            let h = typeof m, t;
            if (t === void 0) if (h == "number" || h == "boolean") t = "" + m;
            else if (m === null) t = "";
            else {
              const r = { instancePath: u + "/features/" + a, schemaPath: "#/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.features.items.type, parentSchema: f.properties.features.items, data: m };
              e === null ? e = [r] : e.push(r), o++;
            }
            t !== void 0 && (m = t, s !== void 0 && (s[a] = t));
          }
          if (!(m === "tool-call" || m === "multi-tool-call" || m === "agent-thought" || m === "vision" || m === "stream-tool-call" || m === "document" || m === "video" || m === "audio" || m === "structured-output" || m === "polling")) {
            const h = { instancePath: u + "/features/" + a, schemaPath: "#/properties/features/items/enum", keyword: "enum", params: { allowedValues: f.properties.features.items.enum }, message: "must be equal to one of the allowed values", schema: f.properties.features.items.enum, parentSchema: f.properties.features.items, data: m };
            e === null ? e = [h] : e.push(h), o++;
          }
        }
      }
    }
    if (p.fetch_from !== void 0) {
      let s = p.fetch_from;
      if (typeof s != "string") {
        let n = typeof s, a;
        if (a === void 0) if (n == "number" || n == "boolean") a = "" + s;
        else if (s === null) a = "";
        else {
          const m = { instancePath: u + "/fetch_from", schemaPath: "#/properties/fetch_from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.fetch_from.type, parentSchema: f.properties.fetch_from, data: s };
          e === null ? e = [m] : e.push(m), o++;
        }
        a !== void 0 && (s = a, p !== void 0 && (p.fetch_from = a));
      }
      if (!(s === "predefined-model" || s === "customizable-model")) {
        const n = { instancePath: u + "/fetch_from", schemaPath: "#/properties/fetch_from/enum", keyword: "enum", params: { allowedValues: f.properties.fetch_from.enum }, message: "must be equal to one of the allowed values", schema: f.properties.fetch_from.enum, parentSchema: f.properties.fetch_from, data: s };
        e === null ? e = [n] : e.push(n), o++;
      }
    }
    if (p.model_properties !== void 0) {
      let s = p.model_properties;
      if (s && typeof s == "object" && !Array.isArray(s)) {
        for (const n in s) if (!S.call(f.properties.model_properties.properties, n)) {
          const a = { instancePath: u + "/model_properties/" + n.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/model_properties/additionalProperties/not", keyword: "not", params: {}, message: "must NOT be valid", schema: f.properties.model_properties.additionalProperties.not, parentSchema: f.properties.model_properties.additionalProperties, data: s[n] };
          e === null ? e = [a] : e.push(a), o++;
        }
      } else {
        const n = { instancePath: u + "/model_properties", schemaPath: "#/properties/model_properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.properties.model_properties.type, parentSchema: f.properties.model_properties, data: s };
        e === null ? e = [n] : e.push(n), o++;
      }
    }
    if (p.deprecated !== void 0) {
      let s = p.deprecated;
      if (typeof s != "boolean" && s !== null) {
        let n;
        if (n === void 0) if (s === "false" || s === 0 || s === null) n = false;
        else if (s === "true" || s === 1) n = true;
        else if (s === "" || s === 0 || s === false) n = null;
        else {
          const a = { instancePath: u + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: f.properties.deprecated.type }, message: "must be boolean,null", schema: f.properties.deprecated.type, parentSchema: f.properties.deprecated, data: s };
          e === null ? e = [a] : e.push(a), o++;
        }
        n !== void 0 && (s = n, p !== void 0 && (p.deprecated = n));
      }
    }
    if (p.parameter_rules !== void 0) {
      let s = p.parameter_rules;
      if (!Array.isArray(s) && s !== null) {
        let n;
        if (n === void 0) if (s === "" || s === 0 || s === false) n = null;
        else {
          const a = { instancePath: u + "/parameter_rules", schemaPath: "#/properties/parameter_rules/type", keyword: "type", params: { type: f.properties.parameter_rules.type }, message: "must be array,null", schema: f.properties.parameter_rules.type, parentSchema: f.properties.parameter_rules, data: s };
          e === null ? e = [a] : e.push(a), o++;
        }
        n !== void 0 && (s = n, p !== void 0 && (p.parameter_rules = n));
      }
      if (Array.isArray(s)) {
        if (s.length > 128) {
          const a = { instancePath: u + "/parameter_rules", schemaPath: "#/properties/parameter_rules/maxItems", keyword: "maxItems", params: { limit: 128 }, message: "must NOT have more than 128 items", schema: 128, parentSchema: f.properties.parameter_rules, data: s };
          e === null ? e = [a] : e.push(a), o++;
        }
        const n = s.length;
        for (let a = 0; a < n; a++) P(s[a], { instancePath: u + "/parameter_rules/" + a, parentData: s, parentDataProperty: a, rootData: x }) || (e = e === null ? P.errors : e.concat(P.errors), o = e.length);
      }
    }
    if (p.pricing !== void 0) {
      let s = p.pricing;
      if (!(s && typeof s == "object" && !Array.isArray(s)) && s !== null) {
        let n;
        if (n === void 0) if (s === "" || s === 0 || s === false) n = null;
        else {
          const a = { instancePath: u + "/pricing", schemaPath: "#/properties/pricing/type", keyword: "type", params: { type: f.properties.pricing.type }, message: "must be object,null", schema: f.properties.pricing.type, parentSchema: f.properties.pricing, data: s };
          e === null ? e = [a] : e.push(a), o++;
        }
        n !== void 0 && (s = n, p !== void 0 && (p.pricing = n));
      }
      if (s && typeof s == "object" && !Array.isArray(s)) {
        if (s.input === void 0) {
          const n = { instancePath: u + "/pricing", schemaPath: "#/properties/pricing/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: f.properties.pricing.required, parentSchema: f.properties.pricing, data: s };
          e === null ? e = [n] : e.push(n), o++;
        }
        if (s.unit === void 0) {
          const n = { instancePath: u + "/pricing", schemaPath: "#/properties/pricing/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: f.properties.pricing.required, parentSchema: f.properties.pricing, data: s };
          e === null ? e = [n] : e.push(n), o++;
        }
        if (s.currency === void 0) {
          const n = { instancePath: u + "/pricing", schemaPath: "#/properties/pricing/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'", schema: f.properties.pricing.required, parentSchema: f.properties.pricing, data: s };
          e === null ? e = [n] : e.push(n), o++;
        }
        for (const n in s) if (!(n === "input" || n === "output" || n === "unit" || n === "currency")) {
          const a = { instancePath: u + "/pricing", schemaPath: "#/properties/pricing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: f.properties.pricing, data: s };
          e === null ? e = [a] : e.push(a), o++;
        }
        if (s.input !== void 0) {
          let n = s.input;
          if (!(typeof n == "number" && isFinite(n))) {
            let a = typeof n, m;
            if (m === void 0) if (a == "boolean" || n === null || a == "string" && n && n == +n) m = +n;
            else {
              const h = { instancePath: u + "/pricing/input", schemaPath: "#/properties/pricing/properties/input/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: f.properties.pricing.properties.input.type, parentSchema: f.properties.pricing.properties.input, data: n };
              e === null ? e = [h] : e.push(h), o++;
            }
            m !== void 0 && (n = m, s !== void 0 && (s.input = m));
          }
        }
        if (s.output !== void 0) {
          let n = s.output;
          if (!(typeof n == "number" && isFinite(n)) && n !== null) {
            let a = typeof n, m;
            if (m === void 0) if (a == "boolean" || n === null || a == "string" && n && n == +n) m = +n;
            else if (n === "" || n === 0 || n === false) m = null;
            else {
              const h = { instancePath: u + "/pricing/output", schemaPath: "#/properties/pricing/properties/output/type", keyword: "type", params: { type: f.properties.pricing.properties.output.type }, message: "must be number,null", schema: f.properties.pricing.properties.output.type, parentSchema: f.properties.pricing.properties.output, data: n };
              e === null ? e = [h] : e.push(h), o++;
            }
            m !== void 0 && (n = m, s !== void 0 && (s.output = m));
          }
        }
        if (s.unit !== void 0) {
          let n = s.unit;
          if (!(typeof n == "number" && isFinite(n))) {
            let a = typeof n, m;
            if (m === void 0) if (a == "boolean" || n === null || a == "string" && n && n == +n) m = +n;
            else {
              const h = { instancePath: u + "/pricing/unit", schemaPath: "#/properties/pricing/properties/unit/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: f.properties.pricing.properties.unit.type, parentSchema: f.properties.pricing.properties.unit, data: n };
              e === null ? e = [h] : e.push(h), o++;
            }
            m !== void 0 && (n = m, s !== void 0 && (s.unit = m));
          }
        }
        if (s.currency !== void 0) {
          let n = s.currency;
          if (typeof n != "string") {
            let a = typeof n, m;
            if (m === void 0) if (a == "number" || a == "boolean") m = "" + n;
            else if (n === null) m = "";
            else {
              const h = { instancePath: u + "/pricing/currency", schemaPath: "#/properties/pricing/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.pricing.properties.currency.type, parentSchema: f.properties.pricing.properties.currency, data: n };
              e === null ? e = [h] : e.push(h), o++;
            }
            m !== void 0 && (n = m, s !== void 0 && (s.currency = m));
          }
          if (typeof n == "string" && g(n) < 1) {
            const a = { instancePath: u + "/pricing/currency", schemaPath: "#/properties/pricing/properties/currency/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.pricing.properties.currency, data: n };
            e === null ? e = [a] : e.push(a), o++;
          }
        }
      }
    }
  } else {
    const s = { instancePath: u, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.type, parentSchema: f, data: p };
    e === null ? e = [s] : e.push(s), o++;
  }
  return j.errors = e, o === 0;
}
var N = q;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  v
});
