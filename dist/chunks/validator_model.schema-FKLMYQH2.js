import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-LAHQSF4M.js";
import "./chunk-V6G54X4G.js";

// dpr:validator:model.schema.json
var L = T;
var m = { $schema: "http://json-schema.org/draft-07/schema#", $id: "model.schema.json", title: "Dify model (a file matched by a model provider's predefined globs)", description: "daemon pkg/entities/plugin_entities/model_declaration.go (ModelDeclaration, ModelParameterRule); SDK entities/model/schema.py (AIModelEntity, ParameterRule).", type: "object", required: ["model", "model_type", "model_properties"], properties: { model: { description: "The model's name, as sent to the provider's API.", type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, label: { $ref: "common.schema.json#/definitions/i18nNullable" }, model_type: { $ref: "model-provider.schema.json#/definitions/modelType" }, features: { type: ["array", "null"], maxItems: 256, items: { type: "string", enum: ["tool-call", "multi-tool-call", "agent-thought", "vision", "stream-tool-call", "document", "video", "audio", "structured-output", "polling"], "x-dpr-fix": "Use the SDK's model features: tool-call, multi-tool-call, agent-thought, vision, stream-tool-call, document, video, audio, structured-output, polling." } }, fetch_from: { type: "string", enum: ["predefined-model", "customizable-model"] }, model_properties: { description: "Keyed by the SDK's ModelPropertyKey: any other key makes the SDK refuse the model.", type: "object", properties: { mode: {}, context_size: {}, max_chunks: {}, file_upload_limit: {}, supported_file_extensions: {}, max_characters_per_chunk: {}, default_voice: {}, voices: {}, word_limit: {}, audio_type: {}, max_workers: {} }, additionalProperties: { not: {}, "x-dpr-code": "DPR103", "x-dpr-fix": "The SDK accepts only these model_properties keys: mode, context_size, max_chunks, file_upload_limit, supported_file_extensions, max_characters_per_chunk, default_voice, voices, word_limit, audio_type, max_workers; any other key makes it refuse the model." }, "x-dpr-fix": "Add model_properties, e.g. `{mode: chat, context_size: 128000}` for an LLM (the SDK requires the mapping)." }, deprecated: { type: ["boolean", "null"] }, parameter_rules: { type: ["array", "null"], maxItems: 128, items: { $ref: "#/definitions/parameterRule" } }, pricing: { type: ["object", "null"], required: ["input", "unit", "currency"], properties: { input: { type: "number" }, output: { type: ["number", "null"] }, unit: { type: "number" }, currency: { type: "string", minLength: 1, "x-dpr-string": true } }, additionalProperties: false } }, additionalProperties: false, definitions: { parameterRule: { description: "A model parameter. With use_template, the template fills label, type, help, default, min, max and precision.", type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, use_template: { description: "A daemon template name; checked in `then` below, as an empty value means no template.", type: ["string", "null"] }, label: { $ref: "common.schema.json#/definitions/i18nNullable" }, type: { type: "string", enum: ["float", "int", "string", "boolean", "text"], "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text." }, help: { $ref: "common.schema.json#/definitions/i18nNullable" }, required: { type: ["boolean", "null"] }, default: {}, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { type: "array", items: { type: "string", maxLength: 255, "x-dpr-string": true } } }, if: { properties: { use_template: { type: "string", minLength: 1 } }, required: ["use_template"] }, then: { properties: { use_template: { enum: ["temperature", "top_p", "top_k", "presence_penalty", "frequency_penalty", "max_tokens", "response_format", "json_schema"], "x-dpr-code": "DPR118", "x-dpr-fix": "Use one of the daemon's templates (temperature, top_p, top_k, presence_penalty, frequency_penalty, max_tokens, response_format, json_schema), or drop use_template and give label and type." } } }, else: { properties: { type: { "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text." } }, required: ["type"] }, additionalProperties: false } } };
var q = Object.prototype.hasOwnProperty;
var g = require_ucs2length().default;
var h = { description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.", "x-dpr-i18n": true, type: ["object", "null"], required: ["en_US"], properties: { en_US: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true }, zh_Hans: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, ja_JP: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true }, pt_BR: { type: ["string", "null"], maxLength: 1023, "x-dpr-string": true } }, additionalProperties: { type: ["string", "null"] } };
function _(i, { instancePath: l = "", parentData: x, parentDataProperty: k, rootData: P = i } = {}) {
  let e = null, p = 0;
  if (!(i && typeof i == "object" && !Array.isArray(i)) && i !== null) {
    let r;
    if (r === void 0) if (i === "" || i === 0 || i === false) r = null;
    else {
      const t = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: h.type }, message: "must be object,null", schema: h.type, parentSchema: h, data: i };
      e === null ? e = [t] : e.push(t), p++;
    }
    r !== void 0 && (i = r, x !== void 0 && (x[k] = r));
  }
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.en_US === void 0) {
      const r = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "en_US" }, message: "must have required property 'en_US'", schema: h.required, parentSchema: h, data: i };
      e === null ? e = [r] : e.push(r), p++;
    }
    for (const r in i) if (!(r === "en_US" || r === "zh_Hans" || r === "ja_JP" || r === "pt_BR")) {
      let t = i[r];
      if (typeof t != "string" && t !== null) {
        let n = typeof t, a;
        if (a === void 0) if (n == "number" || n == "boolean") a = "" + t;
        else if (t === null) a = "";
        else if (t === "" || t === 0 || t === false) a = null;
        else {
          const c = { instancePath: l + "/" + r.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: h.additionalProperties.type }, message: "must be string,null", schema: h.additionalProperties.type, parentSchema: h.additionalProperties, data: t };
          e === null ? e = [c] : e.push(c), p++;
        }
        a !== void 0 && (t = a, i !== void 0 && (i[r] = a));
      }
    }
    if (i.en_US !== void 0) {
      let r = i.en_US;
      if (typeof r != "string") {
        let t = typeof r, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + r;
        else if (r === null) n = "";
        else {
          const a = { instancePath: l + "/en_US", schemaPath: "#/properties/en_US/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: h.properties.en_US.type, parentSchema: h.properties.en_US, data: r };
          e === null ? e = [a] : e.push(a), p++;
        }
        n !== void 0 && (r = n, i !== void 0 && (i.en_US = n));
      }
      if (typeof r == "string") {
        if (g(r) > 1023) {
          const t = { instancePath: l + "/en_US", schemaPath: "#/properties/en_US/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.en_US, data: r };
          e === null ? e = [t] : e.push(t), p++;
        }
        if (g(r) < 1) {
          const t = { instancePath: l + "/en_US", schemaPath: "#/properties/en_US/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: h.properties.en_US, data: r };
          e === null ? e = [t] : e.push(t), p++;
        }
      }
    }
    if (i.zh_Hans !== void 0) {
      let r = i.zh_Hans;
      if (typeof r != "string" && r !== null) {
        let t = typeof r, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + r;
        else if (r === null) n = "";
        else if (r === "" || r === 0 || r === false) n = null;
        else {
          const a = { instancePath: l + "/zh_Hans", schemaPath: "#/properties/zh_Hans/type", keyword: "type", params: { type: h.properties.zh_Hans.type }, message: "must be string,null", schema: h.properties.zh_Hans.type, parentSchema: h.properties.zh_Hans, data: r };
          e === null ? e = [a] : e.push(a), p++;
        }
        n !== void 0 && (r = n, i !== void 0 && (i.zh_Hans = n));
      }
      if (typeof r == "string" && g(r) > 1023) {
        const t = { instancePath: l + "/zh_Hans", schemaPath: "#/properties/zh_Hans/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.zh_Hans, data: r };
        e === null ? e = [t] : e.push(t), p++;
      }
    }
    if (i.ja_JP !== void 0) {
      let r = i.ja_JP;
      if (typeof r != "string" && r !== null) {
        let t = typeof r, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + r;
        else if (r === null) n = "";
        else if (r === "" || r === 0 || r === false) n = null;
        else {
          const a = { instancePath: l + "/ja_JP", schemaPath: "#/properties/ja_JP/type", keyword: "type", params: { type: h.properties.ja_JP.type }, message: "must be string,null", schema: h.properties.ja_JP.type, parentSchema: h.properties.ja_JP, data: r };
          e === null ? e = [a] : e.push(a), p++;
        }
        n !== void 0 && (r = n, i !== void 0 && (i.ja_JP = n));
      }
      if (typeof r == "string" && g(r) > 1023) {
        const t = { instancePath: l + "/ja_JP", schemaPath: "#/properties/ja_JP/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.ja_JP, data: r };
        e === null ? e = [t] : e.push(t), p++;
      }
    }
    if (i.pt_BR !== void 0) {
      let r = i.pt_BR;
      if (typeof r != "string" && r !== null) {
        let t = typeof r, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + r;
        else if (r === null) n = "";
        else if (r === "" || r === 0 || r === false) n = null;
        else {
          const a = { instancePath: l + "/pt_BR", schemaPath: "#/properties/pt_BR/type", keyword: "type", params: { type: h.properties.pt_BR.type }, message: "must be string,null", schema: h.properties.pt_BR.type, parentSchema: h.properties.pt_BR, data: r };
          e === null ? e = [a] : e.push(a), p++;
        }
        n !== void 0 && (r = n, i !== void 0 && (i.pt_BR = n));
      }
      if (typeof r == "string" && g(r) > 1023) {
        const t = { instancePath: l + "/pt_BR", schemaPath: "#/properties/pt_BR/maxLength", keyword: "maxLength", params: { limit: 1023 }, message: "must NOT have more than 1023 characters", schema: 1023, parentSchema: h.properties.pt_BR, data: r };
        e === null ? e = [t] : e.push(t), p++;
      }
    }
  }
  return _.errors = e, p === 0;
}
var S = { description: "Model types: the daemon's list (the SDK has all but the multimodal ones).", type: "string", enum: ["llm", "text-embedding", "rerank", "speech2text", "moderation", "tts", "text2img", "multimodal-embedding", "multimodal-rerank"], "x-dpr-fix": "Model types are written with a hyphen here: llm, text-embedding, rerank, speech2text, moderation, tts, text2img." };
function w(i, { instancePath: l = "", parentData: x, parentDataProperty: k, rootData: P = i } = {}) {
  let e = null, p = 0;
  if (typeof i != "string") {
    let r = typeof i, t;
    if (t === void 0) if (r == "number" || r == "boolean") t = "" + i;
    else if (i === null) t = "";
    else {
      const n = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: S.type, parentSchema: S, data: i };
      e === null ? e = [n] : e.push(n), p++;
    }
    t !== void 0 && (i = t, x !== void 0 && (x[k] = t));
  }
  if (!(i === "llm" || i === "text-embedding" || i === "rerank" || i === "speech2text" || i === "moderation" || i === "tts" || i === "text2img" || i === "multimodal-embedding" || i === "multimodal-rerank")) {
    const r = { instancePath: l, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: S.enum }, message: "must be equal to one of the allowed values", schema: S.enum, parentSchema: S, data: i };
    e === null ? e = [r] : e.push(r), p++;
  }
  return w.errors = e, p === 0;
}
var f = { description: "A model parameter. With use_template, the template fills label, type, help, default, min, max and precision.", type: "object", required: ["name"], properties: { name: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true }, use_template: { description: "A daemon template name; checked in `then` below, as an empty value means no template.", type: ["string", "null"] }, label: { $ref: "common.schema.json#/definitions/i18nNullable" }, type: { type: "string", enum: ["float", "int", "string", "boolean", "text"], "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text." }, help: { $ref: "common.schema.json#/definitions/i18nNullable" }, required: { type: ["boolean", "null"] }, default: {}, min: { type: ["number", "null"] }, max: { type: ["number", "null"] }, precision: { type: ["integer", "null"] }, options: { type: "array", items: { type: "string", maxLength: 255, "x-dpr-string": true } } }, if: { properties: { use_template: { type: "string", minLength: 1 } }, required: ["use_template"] }, then: { properties: { use_template: { enum: ["temperature", "top_p", "top_k", "presence_penalty", "frequency_penalty", "max_tokens", "response_format", "json_schema"], "x-dpr-code": "DPR118", "x-dpr-fix": "Use one of the daemon's templates (temperature, top_p, top_k, presence_penalty, frequency_penalty, max_tokens, response_format, json_schema), or drop use_template and give label and type." } } }, else: { properties: { type: { "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text." } }, required: ["type"] }, additionalProperties: false };
function v(i, { instancePath: l = "", parentData: x, parentDataProperty: k, rootData: P = i } = {}) {
  let e = null, p = 0;
  const r = p;
  let t = true;
  const n = p;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    let s;
    if (i.use_template === void 0 && (s = "use_template")) {
      const u = {};
      e === null ? e = [u] : e.push(u), p++;
    } else if (i.use_template !== void 0) {
      let u = i.use_template;
      const o = p;
      if (typeof u != "string") {
        let d = typeof u, y;
        if (y === void 0) if (d == "number" || d == "boolean") y = "" + u;
        else if (u === null) y = "";
        else {
          const b = {};
          e === null ? e = [b] : e.push(b), p++;
        }
        y !== void 0 && (u = y, i !== void 0 && (i.use_template = y));
      }
      if (p === o && typeof u == "string" && g(u) < 1) {
        const d = {};
        e === null ? e = [d] : e.push(d), p++;
      }
    }
  }
  var a = n === p;
  p = r, e !== null && (r ? e.length = r : e = null);
  let c;
  if (a) {
    const s = p;
    if (i && typeof i == "object" && !Array.isArray(i) && i.use_template !== void 0) {
      let o = i.use_template;
      if (!(o === "temperature" || o === "top_p" || o === "top_k" || o === "presence_penalty" || o === "frequency_penalty" || o === "max_tokens" || o === "response_format" || o === "json_schema")) {
        const d = { instancePath: l + "/use_template", schemaPath: "#/then/properties/use_template/enum", keyword: "enum", params: { allowedValues: f.then.properties.use_template.enum }, message: "must be equal to one of the allowed values", schema: f.then.properties.use_template.enum, parentSchema: f.then.properties.use_template, data: o };
        e === null ? e = [d] : e.push(d), p++;
      }
    }
    var a = s === p;
    t = a, c = "then";
  } else {
    const s = p;
    if (i && typeof i == "object" && !Array.isArray(i) && i.type === void 0) {
      const o = { instancePath: l, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: f.else.required, parentSchema: f.else, data: i };
      e === null ? e = [o] : e.push(o), p++;
    }
    var a = s === p;
    t = a, c = "else";
  }
  if (!t) {
    const s = { instancePath: l, schemaPath: "#/if", keyword: "if", params: { failingKeyword: c }, message: 'must match "' + c + '" schema', schema: f.if, parentSchema: f, data: i };
    e === null ? e = [s] : e.push(s), p++;
  }
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.name === void 0) {
      const s = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: f.required, parentSchema: f, data: i };
      e === null ? e = [s] : e.push(s), p++;
    }
    for (const s in i) if (!q.call(f.properties, s)) {
      const u = { instancePath: l, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: f, data: i };
      e === null ? e = [u] : e.push(u), p++;
    }
    if (i.name !== void 0) {
      let s = i.name;
      if (typeof s != "string") {
        let u = typeof s, o;
        if (o === void 0) if (u == "number" || u == "boolean") o = "" + s;
        else if (s === null) o = "";
        else {
          const d = { instancePath: l + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.name.type, parentSchema: f.properties.name, data: s };
          e === null ? e = [d] : e.push(d), p++;
        }
        o !== void 0 && (s = o, i !== void 0 && (i.name = o));
      }
      if (typeof s == "string") {
        if (g(s) > 255) {
          const u = { instancePath: l + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: f.properties.name, data: s };
          e === null ? e = [u] : e.push(u), p++;
        }
        if (g(s) < 1) {
          const u = { instancePath: l + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: f.properties.name, data: s };
          e === null ? e = [u] : e.push(u), p++;
        }
      }
    }
    if (i.use_template !== void 0) {
      let s = i.use_template;
      if (typeof s != "string" && s !== null) {
        let u = typeof s, o;
        if (o === void 0) if (u == "number" || u == "boolean") o = "" + s;
        else if (s === null) o = "";
        else if (s === "" || s === 0 || s === false) o = null;
        else {
          const d = { instancePath: l + "/use_template", schemaPath: "#/properties/use_template/type", keyword: "type", params: { type: f.properties.use_template.type }, message: "must be string,null", schema: f.properties.use_template.type, parentSchema: f.properties.use_template, data: s };
          e === null ? e = [d] : e.push(d), p++;
        }
        o !== void 0 && (s = o, i !== void 0 && (i.use_template = o));
      }
    }
    if (i.label !== void 0 && (_(i.label, { instancePath: l + "/label", parentData: i, parentDataProperty: "label", rootData: P }) || (e = e === null ? _.errors : e.concat(_.errors), p = e.length)), i.type !== void 0) {
      let s = i.type;
      if (typeof s != "string") {
        let u = typeof s, o;
        if (o === void 0) if (u == "number" || u == "boolean") o = "" + s;
        else if (s === null) o = "";
        else {
          const d = { instancePath: l + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.type.type, parentSchema: f.properties.type, data: s };
          e === null ? e = [d] : e.push(d), p++;
        }
        o !== void 0 && (s = o, i !== void 0 && (i.type = o));
      }
      if (!(s === "float" || s === "int" || s === "string" || s === "boolean" || s === "text")) {
        const u = { instancePath: l + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: f.properties.type.enum }, message: "must be equal to one of the allowed values", schema: f.properties.type.enum, parentSchema: f.properties.type, data: s };
        e === null ? e = [u] : e.push(u), p++;
      }
    }
    if (i.help !== void 0 && (_(i.help, { instancePath: l + "/help", parentData: i, parentDataProperty: "help", rootData: P }) || (e = e === null ? _.errors : e.concat(_.errors), p = e.length)), i.required !== void 0) {
      let s = i.required;
      if (typeof s != "boolean" && s !== null) {
        let u;
        if (u === void 0) if (s === "false" || s === 0 || s === null) u = false;
        else if (s === "true" || s === 1) u = true;
        else if (s === "" || s === 0 || s === false) u = null;
        else {
          const o = { instancePath: l + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: f.properties.required.type }, message: "must be boolean,null", schema: f.properties.required.type, parentSchema: f.properties.required, data: s };
          e === null ? e = [o] : e.push(o), p++;
        }
        u !== void 0 && (s = u, i !== void 0 && (i.required = u));
      }
    }
    if (i.min !== void 0) {
      let s = i.min;
      if (!(typeof s == "number" && isFinite(s)) && s !== null) {
        let u = typeof s, o;
        if (o === void 0) if (u == "boolean" || s === null || u == "string" && s && s == +s) o = +s;
        else if (s === "" || s === 0 || s === false) o = null;
        else {
          const d = { instancePath: l + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: f.properties.min.type }, message: "must be number,null", schema: f.properties.min.type, parentSchema: f.properties.min, data: s };
          e === null ? e = [d] : e.push(d), p++;
        }
        o !== void 0 && (s = o, i !== void 0 && (i.min = o));
      }
    }
    if (i.max !== void 0) {
      let s = i.max;
      if (!(typeof s == "number" && isFinite(s)) && s !== null) {
        let u = typeof s, o;
        if (o === void 0) if (u == "boolean" || s === null || u == "string" && s && s == +s) o = +s;
        else if (s === "" || s === 0 || s === false) o = null;
        else {
          const d = { instancePath: l + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: f.properties.max.type }, message: "must be number,null", schema: f.properties.max.type, parentSchema: f.properties.max, data: s };
          e === null ? e = [d] : e.push(d), p++;
        }
        o !== void 0 && (s = o, i !== void 0 && (i.max = o));
      }
    }
    if (i.precision !== void 0) {
      let s = i.precision;
      if (!(typeof s == "number" && !(s % 1) && !isNaN(s) && isFinite(s)) && s !== null) {
        let u = typeof s, o;
        if (o === void 0) if (u === "boolean" || s === null || u === "string" && s && s == +s && !(s % 1)) o = +s;
        else if (s === "" || s === 0 || s === false) o = null;
        else {
          const d = { instancePath: l + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: f.properties.precision.type }, message: "must be integer,null", schema: f.properties.precision.type, parentSchema: f.properties.precision, data: s };
          e === null ? e = [d] : e.push(d), p++;
        }
        o !== void 0 && (s = o, i !== void 0 && (i.precision = o));
      }
    }
    if (i.options !== void 0) {
      let s = i.options;
      if (Array.isArray(s)) {
        const u = s.length;
        for (let o = 0; o < u; o++) {
          let d = s[o];
          if (typeof d != "string") {
            let y = typeof d, b;
            if (b === void 0) if (y == "number" || y == "boolean") b = "" + d;
            else if (d === null) b = "";
            else {
              const j = { instancePath: l + "/options/" + o, schemaPath: "#/properties/options/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.properties.options.items.type, parentSchema: f.properties.options.items, data: d };
              e === null ? e = [j] : e.push(j), p++;
            }
            b !== void 0 && (d = b, s !== void 0 && (s[o] = b));
          }
          if (typeof d == "string" && g(d) > 255) {
            const y = { instancePath: l + "/options/" + o, schemaPath: "#/properties/options/items/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: f.properties.options.items, data: d };
            e === null ? e = [y] : e.push(y), p++;
          }
        }
      } else {
        const u = { instancePath: l + "/options", schemaPath: "#/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: f.properties.options.type, parentSchema: f.properties.options, data: s };
        e === null ? e = [u] : e.push(u), p++;
      }
    }
  } else {
    const s = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: f.type, parentSchema: f, data: i };
    e === null ? e = [s] : e.push(s), p++;
  }
  return v.errors = e, p === 0;
}
function T(i, { instancePath: l = "", parentData: x, parentDataProperty: k, rootData: P = i } = {}) {
  let e = null, p = 0;
  if (i && typeof i == "object" && !Array.isArray(i)) {
    if (i.model === void 0) {
      const r = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: m.required, parentSchema: m, data: i };
      e === null ? e = [r] : e.push(r), p++;
    }
    if (i.model_type === void 0) {
      const r = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_type" }, message: "must have required property 'model_type'", schema: m.required, parentSchema: m, data: i };
      e === null ? e = [r] : e.push(r), p++;
    }
    if (i.model_properties === void 0) {
      const r = { instancePath: l, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model_properties" }, message: "must have required property 'model_properties'", schema: m.required, parentSchema: m, data: i };
      e === null ? e = [r] : e.push(r), p++;
    }
    for (const r in i) if (!q.call(m.properties, r)) {
      const t = { instancePath: l, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: m, data: i };
      e === null ? e = [t] : e.push(t), p++;
    }
    if (i.model !== void 0) {
      let r = i.model;
      if (typeof r != "string") {
        let t = typeof r, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + r;
        else if (r === null) n = "";
        else {
          const a = { instancePath: l + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.model.type, parentSchema: m.properties.model, data: r };
          e === null ? e = [a] : e.push(a), p++;
        }
        n !== void 0 && (r = n, i !== void 0 && (i.model = n));
      }
      if (typeof r == "string") {
        if (g(r) > 255) {
          const t = { instancePath: l + "/model", schemaPath: "#/properties/model/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: m.properties.model, data: r };
          e === null ? e = [t] : e.push(t), p++;
        }
        if (g(r) < 1) {
          const t = { instancePath: l + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.model, data: r };
          e === null ? e = [t] : e.push(t), p++;
        }
      }
    }
    if (i.label !== void 0 && (_(i.label, { instancePath: l + "/label", parentData: i, parentDataProperty: "label", rootData: P }) || (e = e === null ? _.errors : e.concat(_.errors), p = e.length)), i.model_type !== void 0 && (w(i.model_type, { instancePath: l + "/model_type", parentData: i, parentDataProperty: "model_type", rootData: P }) || (e = e === null ? w.errors : e.concat(w.errors), p = e.length)), i.features !== void 0) {
      let r = i.features;
      if (!Array.isArray(r) && r !== null) {
        let t;
        if (t === void 0) if (r === "" || r === 0 || r === false) t = null;
        else {
          const n = { instancePath: l + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: m.properties.features.type }, message: "must be array,null", schema: m.properties.features.type, parentSchema: m.properties.features, data: r };
          e === null ? e = [n] : e.push(n), p++;
        }
        t !== void 0 && (r = t, i !== void 0 && (i.features = t));
      }
      if (Array.isArray(r)) {
        if (r.length > 256) {
          const n = { instancePath: l + "/features", schemaPath: "#/properties/features/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items", schema: 256, parentSchema: m.properties.features, data: r };
          e === null ? e = [n] : e.push(n), p++;
        }
        const t = r.length;
        for (let n = 0; n < t; n++) {
          let a = r[n];
          if (typeof a != "string") {
            let c = typeof a, s;
            if (s === void 0) if (c == "number" || c == "boolean") s = "" + a;
            else if (a === null) s = "";
            else {
              const u = { instancePath: l + "/features/" + n, schemaPath: "#/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.features.items.type, parentSchema: m.properties.features.items, data: a };
              e === null ? e = [u] : e.push(u), p++;
            }
            s !== void 0 && (a = s, r !== void 0 && (r[n] = s));
          }
          if (!(a === "tool-call" || a === "multi-tool-call" || a === "agent-thought" || a === "vision" || a === "stream-tool-call" || a === "document" || a === "video" || a === "audio" || a === "structured-output" || a === "polling")) {
            const c = { instancePath: l + "/features/" + n, schemaPath: "#/properties/features/items/enum", keyword: "enum", params: { allowedValues: m.properties.features.items.enum }, message: "must be equal to one of the allowed values", schema: m.properties.features.items.enum, parentSchema: m.properties.features.items, data: a };
            e === null ? e = [c] : e.push(c), p++;
          }
        }
      }
    }
    if (i.fetch_from !== void 0) {
      let r = i.fetch_from;
      if (typeof r != "string") {
        let t = typeof r, n;
        if (n === void 0) if (t == "number" || t == "boolean") n = "" + r;
        else if (r === null) n = "";
        else {
          const a = { instancePath: l + "/fetch_from", schemaPath: "#/properties/fetch_from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.fetch_from.type, parentSchema: m.properties.fetch_from, data: r };
          e === null ? e = [a] : e.push(a), p++;
        }
        n !== void 0 && (r = n, i !== void 0 && (i.fetch_from = n));
      }
      if (!(r === "predefined-model" || r === "customizable-model")) {
        const t = { instancePath: l + "/fetch_from", schemaPath: "#/properties/fetch_from/enum", keyword: "enum", params: { allowedValues: m.properties.fetch_from.enum }, message: "must be equal to one of the allowed values", schema: m.properties.fetch_from.enum, parentSchema: m.properties.fetch_from, data: r };
        e === null ? e = [t] : e.push(t), p++;
      }
    }
    if (i.model_properties !== void 0) {
      let r = i.model_properties;
      if (r && typeof r == "object" && !Array.isArray(r)) {
        for (const t in r) if (!q.call(m.properties.model_properties.properties, t)) {
          const n = { instancePath: l + "/model_properties/" + t.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/model_properties/additionalProperties/not", keyword: "not", params: {}, message: "must NOT be valid", schema: m.properties.model_properties.additionalProperties.not, parentSchema: m.properties.model_properties.additionalProperties, data: r[t] };
          e === null ? e = [n] : e.push(n), p++;
        }
      } else {
        const t = { instancePath: l + "/model_properties", schemaPath: "#/properties/model_properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.properties.model_properties.type, parentSchema: m.properties.model_properties, data: r };
        e === null ? e = [t] : e.push(t), p++;
      }
    }
    if (i.deprecated !== void 0) {
      let r = i.deprecated;
      if (typeof r != "boolean" && r !== null) {
        let t;
        if (t === void 0) if (r === "false" || r === 0 || r === null) t = false;
        else if (r === "true" || r === 1) t = true;
        else if (r === "" || r === 0 || r === false) t = null;
        else {
          const n = { instancePath: l + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: m.properties.deprecated.type }, message: "must be boolean,null", schema: m.properties.deprecated.type, parentSchema: m.properties.deprecated, data: r };
          e === null ? e = [n] : e.push(n), p++;
        }
        t !== void 0 && (r = t, i !== void 0 && (i.deprecated = t));
      }
    }
    if (i.parameter_rules !== void 0) {
      let r = i.parameter_rules;
      if (!Array.isArray(r) && r !== null) {
        let t;
        if (t === void 0) if (r === "" || r === 0 || r === false) t = null;
        else {
          const n = { instancePath: l + "/parameter_rules", schemaPath: "#/properties/parameter_rules/type", keyword: "type", params: { type: m.properties.parameter_rules.type }, message: "must be array,null", schema: m.properties.parameter_rules.type, parentSchema: m.properties.parameter_rules, data: r };
          e === null ? e = [n] : e.push(n), p++;
        }
        t !== void 0 && (r = t, i !== void 0 && (i.parameter_rules = t));
      }
      if (Array.isArray(r)) {
        if (r.length > 128) {
          const n = { instancePath: l + "/parameter_rules", schemaPath: "#/properties/parameter_rules/maxItems", keyword: "maxItems", params: { limit: 128 }, message: "must NOT have more than 128 items", schema: 128, parentSchema: m.properties.parameter_rules, data: r };
          e === null ? e = [n] : e.push(n), p++;
        }
        const t = r.length;
        for (let n = 0; n < t; n++) v(r[n], { instancePath: l + "/parameter_rules/" + n, parentData: r, parentDataProperty: n, rootData: P }) || (e = e === null ? v.errors : e.concat(v.errors), p = e.length);
      }
    }
    if (i.pricing !== void 0) {
      let r = i.pricing;
      if (!(r && typeof r == "object" && !Array.isArray(r)) && r !== null) {
        let t;
        if (t === void 0) if (r === "" || r === 0 || r === false) t = null;
        else {
          const n = { instancePath: l + "/pricing", schemaPath: "#/properties/pricing/type", keyword: "type", params: { type: m.properties.pricing.type }, message: "must be object,null", schema: m.properties.pricing.type, parentSchema: m.properties.pricing, data: r };
          e === null ? e = [n] : e.push(n), p++;
        }
        t !== void 0 && (r = t, i !== void 0 && (i.pricing = t));
      }
      if (r && typeof r == "object" && !Array.isArray(r)) {
        if (r.input === void 0) {
          const t = { instancePath: l + "/pricing", schemaPath: "#/properties/pricing/required", keyword: "required", params: { missingProperty: "input" }, message: "must have required property 'input'", schema: m.properties.pricing.required, parentSchema: m.properties.pricing, data: r };
          e === null ? e = [t] : e.push(t), p++;
        }
        if (r.unit === void 0) {
          const t = { instancePath: l + "/pricing", schemaPath: "#/properties/pricing/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: m.properties.pricing.required, parentSchema: m.properties.pricing, data: r };
          e === null ? e = [t] : e.push(t), p++;
        }
        if (r.currency === void 0) {
          const t = { instancePath: l + "/pricing", schemaPath: "#/properties/pricing/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'", schema: m.properties.pricing.required, parentSchema: m.properties.pricing, data: r };
          e === null ? e = [t] : e.push(t), p++;
        }
        for (const t in r) if (!(t === "input" || t === "output" || t === "unit" || t === "currency")) {
          const n = { instancePath: l + "/pricing", schemaPath: "#/properties/pricing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: m.properties.pricing, data: r };
          e === null ? e = [n] : e.push(n), p++;
        }
        if (r.input !== void 0) {
          let t = r.input;
          if (!(typeof t == "number" && isFinite(t))) {
            let n = typeof t, a;
            if (a === void 0) if (n == "boolean" || t === null || n == "string" && t && t == +t) a = +t;
            else {
              const c = { instancePath: l + "/pricing/input", schemaPath: "#/properties/pricing/properties/input/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: m.properties.pricing.properties.input.type, parentSchema: m.properties.pricing.properties.input, data: t };
              e === null ? e = [c] : e.push(c), p++;
            }
            a !== void 0 && (t = a, r !== void 0 && (r.input = a));
          }
        }
        if (r.output !== void 0) {
          let t = r.output;
          if (!(typeof t == "number" && isFinite(t)) && t !== null) {
            let n = typeof t, a;
            if (a === void 0) if (n == "boolean" || t === null || n == "string" && t && t == +t) a = +t;
            else if (t === "" || t === 0 || t === false) a = null;
            else {
              const c = { instancePath: l + "/pricing/output", schemaPath: "#/properties/pricing/properties/output/type", keyword: "type", params: { type: m.properties.pricing.properties.output.type }, message: "must be number,null", schema: m.properties.pricing.properties.output.type, parentSchema: m.properties.pricing.properties.output, data: t };
              e === null ? e = [c] : e.push(c), p++;
            }
            a !== void 0 && (t = a, r !== void 0 && (r.output = a));
          }
        }
        if (r.unit !== void 0) {
          let t = r.unit;
          if (!(typeof t == "number" && isFinite(t))) {
            let n = typeof t, a;
            if (a === void 0) if (n == "boolean" || t === null || n == "string" && t && t == +t) a = +t;
            else {
              const c = { instancePath: l + "/pricing/unit", schemaPath: "#/properties/pricing/properties/unit/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: m.properties.pricing.properties.unit.type, parentSchema: m.properties.pricing.properties.unit, data: t };
              e === null ? e = [c] : e.push(c), p++;
            }
            a !== void 0 && (t = a, r !== void 0 && (r.unit = a));
          }
        }
        if (r.currency !== void 0) {
          let t = r.currency;
          if (typeof t != "string") {
            let n = typeof t, a;
            if (a === void 0) if (n == "number" || n == "boolean") a = "" + t;
            else if (t === null) a = "";
            else {
              const c = { instancePath: l + "/pricing/currency", schemaPath: "#/properties/pricing/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: m.properties.pricing.properties.currency.type, parentSchema: m.properties.pricing.properties.currency, data: t };
              e === null ? e = [c] : e.push(c), p++;
            }
            a !== void 0 && (t = a, r !== void 0 && (r.currency = a));
          }
          if (typeof t == "string" && g(t) < 1) {
            const n = { instancePath: l + "/pricing/currency", schemaPath: "#/properties/pricing/properties/currency/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: m.properties.pricing.properties.currency, data: t };
            e === null ? e = [n] : e.push(n), p++;
          }
        }
      }
    }
  } else {
    const r = { instancePath: l, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: m.type, parentSchema: m, data: i };
    e === null ? e = [r] : e.push(r), p++;
  }
  return T.errors = e, p === 0;
}
var A = L;
export {
  A as default,
  L as v
};
