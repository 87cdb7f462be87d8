"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  capRepeated: () => capRepeated,
  loadPlugin: () => loadPlugin,
  resolveReference: () => resolveReference
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_OMGGYXM6 = require("./chunk-OMGGYXM6.cjs");
var import_chunk_GMYZR33R = require("./chunk-GMYZR33R.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var MAX_REPEATED = 100;
var standsFor = /* @__PURE__ */ new WeakMap();
function moreFinding(like, n) {
  const f = { ...like, message: `${n} more ${like.code} findings` };
  standsFor.set(f, n);
  return f;
}
function capRepeated(findings, max = MAX_REPEATED) {
  const counts = /* @__PURE__ */ new Map();
  const hidden = /* @__PURE__ */ new Map();
  const firsts = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const key = `${f.code}|${f.file ?? ""}`;
    if (!firsts.has(key)) firsts.set(key, f);
    const more = standsFor.get(f);
    if (more !== void 0) {
      hidden.set(key, (hidden.get(key) ?? 0) + more);
      continue;
    }
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n <= max) out.push(f);
  }
  for (const [key, first] of firsts) {
    const listed = Math.min(counts.get(key) ?? 0, max);
    const left = (counts.get(key) ?? 0) - listed + (hidden.get(key) ?? 0);
    if (left <= 0) continue;
    out.push({
      code: first.code,
      severity: first.severity,
      category: first.category,
      message: `${left} more ${first.code} findings${first.file ? ` in ${first.file}` : ""} are not listed (${listed + left} in all)`,
      ...first.file ? { file: first.file } : {},
      ...first.fix ? { fix: first.fix } : {}
    });
  }
  return out;
}
function notADifyManifest(manifest) {
  const value = manifest.value;
  const at = { file: import_chunk_RSCBOPBN.MANIFEST, line: 1, column: 1 };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return (0, import_chunk_AIBAUOYI.finding)("DPR006", `${import_chunk_RSCBOPBN.MANIFEST} is not a Dify plugin manifest: it is not a mapping of keys`, {
      ...at,
      fix: "A Dify manifest starts with keys such as version, type: plugin, author, name, plugins and meta."
    });
  }
  const v = value;
  if (v.type === "bundle") {
    return (0, import_chunk_AIBAUOYI.finding)("DPR006", `${import_chunk_RSCBOPBN.MANIFEST} is a Dify bundle manifest, not a plugin manifest`, {
      ...manifest.locate("/type"),
      fix: "Check bundles with `dify-plugin-release bundle`."
    });
  }
  const hallmarks = ["plugins", "meta", "resource", "created_at", "label", "icon"].filter(
    (k) => k in v
  ).length;
  if (v.type !== "plugin" && hallmarks < 2) {
    const keys = Object.keys(v).slice(0, 5).join(", ");
    return (0, import_chunk_AIBAUOYI.finding)("DPR006", `${import_chunk_RSCBOPBN.MANIFEST} is not a Dify plugin manifest (its keys: ${keys || "none"})`, {
      ...at,
      fix: "A Dify manifest has `type: plugin` with plugins, meta and resource; if this directory is not a plugin, validate its parent or another path."
    });
  }
  return void 0;
}
function closest(word, candidates) {
  let best;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : distance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
function resolveReference(ref, from, files, findings, what, whyMissing) {
  const at = from.file.locate(from.pointer);
  const normalized = import_node_path.default.posix.normalize(ref.replace(/\\/g, "/"));
  if (ref.startsWith("/") || /^[A-Za-z]:[\\/]/.test(ref) || normalized === ".." || normalized.startsWith("../")) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR302", `"${ref}" points outside the plugin`, {
        ...at,
        fix: "Reference files by their path relative to the plugin root, e.g. provider/tool.yaml."
      })
    );
    return void 0;
  }
  const exists = files.has(normalized);
  if (normalized !== ref) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR304", `"${ref}" works on disk but the daemon cannot open it inside the package`, {
        ...at,
        fix: `Write it as "${normalized}": the daemon opens package files by exact, clean paths.`
      })
    );
    return exists ? normalized : void 0;
  }
  if (!exists) {
    const code = what === "python" ? "DPR307" : what === "privacy" ? "DPR310" : "DPR301";
    const excluded = whyMissing?.(normalized);
    const caseless = [...files].find((f) => f.toLowerCase() === normalized.toLowerCase());
    const near = caseless ? void 0 : nearestFile(normalized, files);
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        code,
        `${describeRef(what)} "${ref}" ${excluded ? `is not in the package: ${excluded}` : "does not exist"}`,
        {
          ...at,
          fix: excluded ? "Stop ignoring it (or reference a file that is packaged): the daemon reads only what is in the package." : caseless ? `The file is "${caseless}": paths are case-sensitive inside the package.` : near ? `Did you mean "${near}"?` : `Create ${ref}, or fix the path (relative to the plugin root).`
        }
      )
    );
    return void 0;
  }
  return normalized;
}
function nearestFile(missing, files) {
  const ext = import_node_path.default.posix.extname(missing);
  const candidates = [...files].filter((f) => import_node_path.default.posix.extname(f) === ext);
  const typo = closest(missing, candidates);
  if (typo) return typo;
  const base = import_node_path.default.posix.basename(missing);
  const moved = candidates.filter((f) => import_node_path.default.posix.basename(f) === base);
  return moved.length === 1 ? moved[0] : void 0;
}
function describeRef(what) {
  return what === "python" ? "Python source" : what === "privacy" ? "privacy policy" : "referenced file";
}
function annotate(schemaId, data, documents) {
  const out = { strings: /* @__PURE__ */ new Map(), i18n: /* @__PURE__ */ new Map() };
  const root = documents(schemaId);
  if (root) visit(root, schemaId, data, "", out, documents, 0);
  return out;
}
function visit(schema, docId, value, pointer, out, documents, depth) {
  if (depth > 64) return;
  const resolved = resolve(schema, docId, documents);
  if (!resolved) return;
  const [node, id] = resolved;
  const str = node["x-dpr-string"];
  if (str === true || str === "coerce") out.strings.set(pointer, str);
  if (node["x-dpr-i18n"] === true) out.i18n.set(pointer, true);
  for (const key of ["then", "else"]) {
    const sub = node[key];
    if (sub && typeof sub === "object") visit(sub, id, value, pointer, out, documents, depth + 1);
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list = node[key];
    if (Array.isArray(list))
      for (const sub of list) visit(sub, id, value, pointer, out, documents, depth + 1);
  }
  if (Array.isArray(value)) {
    const items = node.items;
    if (items && typeof items === "object" && !Array.isArray(items)) {
      for (const [i, v] of value.entries())
        visit(items, id, v, `${pointer}/${i}`, out, documents, depth + 1);
    }
  } else if (value !== null && typeof value === "object") {
    const props = node.properties ?? {};
    const extra = node.additionalProperties;
    for (const [key, v] of Object.entries(value)) {
      const sub = Object.hasOwn(props, key) ? props[key] : extra && typeof extra === "object" ? extra : void 0;
      if (sub) visit(sub, id, v, `${pointer}/${(0, import_chunk_R6ZEAHMN.escapePointer)(key)}`, out, documents, depth + 1);
    }
  }
}
function resolve(schema, docId, documents, depth = 0) {
  const ref = schema.$ref;
  if (!ref || depth > 16) return [schema, docId];
  const [file, fragment = ""] = ref.split("#");
  const id = file ? file : docId;
  let target = documents(id);
  for (const part of fragment.split("/").filter(Boolean)) target = target?.[part];
  return target ? resolve(target, id, documents, depth + 1) : void 0;
}
var LOADERS = {
  "manifest.schema.json": () => Promise.resolve().then(() => require("./validator_manifest.schema-PIFCPCBR.cjs")),
  "tool-provider.schema.json": () => Promise.resolve().then(() => require("./validator_tool-provider.schema-YVHN65IU.cjs")),
  "tool.schema.json": () => Promise.resolve().then(() => require("./validator_tool.schema-7HQDT2H4.cjs")),
  "model-provider.schema.json": () => Promise.resolve().then(() => require("./validator_model-provider.schema-HN7HS3JM.cjs")),
  "model.schema.json": () => Promise.resolve().then(() => require("./validator_model.schema-SM5HAZIO.cjs")),
  "model-position.schema.json": () => Promise.resolve().then(() => require("./validator_model-position.schema-LVSVTCBB.cjs")),
  "endpoint-group.schema.json": () => Promise.resolve().then(() => require("./validator_endpoint-group.schema-HOVM5QQ6.cjs")),
  "endpoint.schema.json": () => Promise.resolve().then(() => require("./validator_endpoint.schema-WSU3R6IC.cjs")),
  "agent-strategy-provider.schema.json": () => Promise.resolve().then(() => require("./validator_agent-strategy-provider.schema-MJUAD2NE.cjs")),
  "agent-strategy.schema.json": () => Promise.resolve().then(() => require("./validator_agent-strategy.schema-HGFVE6LX.cjs")),
  "datasource-provider.schema.json": () => Promise.resolve().then(() => require("./validator_datasource-provider.schema-N3F4AJUM.cjs")),
  "datasource.schema.json": () => Promise.resolve().then(() => require("./validator_datasource.schema-GFLDTYW5.cjs")),
  "trigger-provider.schema.json": () => Promise.resolve().then(() => require("./validator_trigger-provider.schema-H75DUA7L.cjs")),
  "event.schema.json": () => Promise.resolve().then(() => require("./validator_event.schema-J7VXHV5U.cjs"))
};
async function precompiled(id) {
  const load = LOADERS[id];
  return load ? (await load()).default : void 0;
}
var agent_strategy_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "agent-strategy.schema.json",
  title: "Dify agent strategy (a file listed under an agent strategy provider's strategies)",
  description: "daemon pkg/entities/plugin_entities/agent_declaration.go (AgentStrategyDeclaration, AgentStrategyParameter); SDK entities/agent.py (AgentStrategyConfiguration, AgentStrategyParameter).",
  type: "object",
  required: ["identity", "description", "extra"],
  properties: {
    identity: {
      type: "object",
      required: ["author", "name", "label"],
      properties: {
        author: { type: "string", minLength: 1, "x-dpr-string": true },
        name: { $ref: "common.schema.json#/definitions/identityName" },
        label: { $ref: "common.schema.json#/definitions/i18n" }
      },
      additionalProperties: false
    },
    description: {
      description: "A plain localized text (not a tool's {human, llm}).",
      $ref: "common.schema.json#/definitions/i18n"
    },
    parameters: {
      type: ["array", "null"],
      items: { $ref: "#/definitions/parameter" }
    },
    output_schema: { type: ["object", "null"] },
    features: {
      type: ["array", "null"],
      items: {
        type: "string",
        enum: ["history-messages"],
        "x-dpr-severity": "warning",
        "x-dpr-fix": "Dify's SDK and API know only the feature history-messages; others are refused by their feature enum or ignored."
      }
    },
    has_runtime_parameters: { type: ["boolean", "null"] },
    extra: {
      $ref: "common.schema.json#/definitions/sdkExtra",
      "x-dpr-fix": "Add `extra: {python: {source: strategies/my_strategy.py}}`: the SDK needs it to load the strategy."
    }
  },
  additionalProperties: false,
  definitions: {
    parameter: {
      type: "object",
      required: ["name", "label", "type"],
      properties: {
        name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        help: { $ref: "common.schema.json#/definitions/i18nNullable" },
        type: {
          type: "string",
          enum: [
            "string",
            "number",
            "boolean",
            "select",
            "secret-input",
            "file",
            "files",
            "app-selector",
            "model-selector",
            "array[tools]",
            "any",
            "object",
            "array"
          ],
          "x-dpr-fix": "Agent strategy parameters are string, number, boolean, select, secret-input, file, files, app-selector, model-selector, array[tools], any, object or array."
        },
        auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" },
        template: { $ref: "common.schema.json#/definitions/template" },
        scope: { type: ["string", "null"], maxLength: 1024 },
        required: { type: ["boolean", "null"] },
        default: {
          description: "SDK: int, float or str.",
          type: ["string", "number", "boolean", "null"]
        },
        min: { type: ["number", "null"] },
        max: { type: ["number", "null"] },
        precision: { type: ["integer", "null"] },
        options: { $ref: "common.schema.json#/definitions/parameterOptions" }
      },
      additionalProperties: false
    }
  }
};
var agent_strategy_provider_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "agent-strategy-provider.schema.json",
  title: "Dify agent strategy provider (the file listed under plugins.agent_strategies)",
  description: "daemon pkg/entities/plugin_entities/agent_declaration.go (AgentStrategyProviderDeclaration); SDK entities/agent.py (AgentStrategyProviderConfiguration).",
  type: "object",
  required: ["identity", "strategies"],
  properties: {
    identity: {
      description: "Same shape as a tool provider's identity; the SDK requires description and icon.",
      type: "object",
      required: ["author", "name", "label", "description", "icon"],
      properties: {
        author: { type: "string", minLength: 1, "x-dpr-string": true },
        name: { $ref: "common.schema.json#/definitions/identityName" },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        description: { $ref: "common.schema.json#/definitions/i18n" },
        icon: { type: "string", minLength: 1 },
        icon_dark: { type: ["string", "null"] },
        tags: { $ref: "common.schema.json#/definitions/tags" }
      },
      additionalProperties: false
    },
    strategies: {
      description: "Paths of the strategy YAML files (the SDK refuses strategies written inline).",
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        "x-dpr-fix": "Put the strategy in its own YAML file and list its path: the SDK accepts only paths here."
      },
      "x-dpr-fix": "List the strategy files, e.g. `strategies: [strategies/my_strategy.yaml]`."
    },
    extra: { $ref: "common.schema.json#/definitions/pythonExtra" }
  },
  additionalProperties: false
};
var datasource_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "datasource.schema.json",
  title: "Dify datasource (a file listed under a datasource provider's datasources)",
  description: "daemon pkg/entities/plugin_entities/datasource_declaration.go (DatasourceDeclaration, DatasourceParameter); SDK entities/datasource_manifest.py (DatasourceEntity, DatasourceParameter).",
  type: "object",
  required: ["identity", "description", "extra"],
  properties: {
    identity: {
      type: "object",
      required: ["author", "name", "label"],
      properties: {
        author: { type: "string", minLength: 1, "x-dpr-string": true },
        name: { $ref: "datasource-provider.schema.json#/definitions/name" },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        icon: { type: ["string", "null"] }
      },
      additionalProperties: false
    },
    parameters: {
      type: ["array", "null"],
      items: { $ref: "#/definitions/parameter" }
    },
    description: {
      description: "A plain localized text (not a tool's {human, llm}).",
      $ref: "common.schema.json#/definitions/i18n"
    },
    output_schema: { type: "object" },
    extra: {
      $ref: "common.schema.json#/definitions/sdkExtra",
      "x-dpr-fix": "Add `extra: {python: {source: datasources/my_source.py}}`: the SDK needs it to load the datasource."
    }
  },
  additionalProperties: false,
  definitions: {
    parameter: {
      type: "object",
      required: ["name", "label", "type", "description"],
      properties: {
        name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        type: {
          type: "string",
          enum: ["string", "number", "boolean", "select", "secret-input", "file", "files"],
          "x-dpr-fix": "Datasource parameters are string, number, boolean, select, secret-input, file or files."
        },
        description: {
          $ref: "common.schema.json#/definitions/i18n",
          "x-dpr-fix": "Add a `description:` with en_US: datasource parameters need one (it is not the tool's human_description)."
        },
        placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" },
        scope: { type: ["string", "null"], maxLength: 1024 },
        required: { type: ["boolean", "null"] },
        auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" },
        template: { $ref: "common.schema.json#/definitions/template" },
        default: {
          description: "SDK: float, int or str.",
          type: ["string", "number", "boolean", "null"]
        },
        min: { type: ["number", "null"] },
        max: { type: ["number", "null"] },
        precision: { type: ["integer", "null"] },
        options: { $ref: "common.schema.json#/definitions/parameterOptions" }
      },
      additionalProperties: false
    }
  }
};
var datasource_provider_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "datasource-provider.schema.json",
  title: "Dify datasource provider (the file listed under plugins.datasources)",
  description: "daemon pkg/entities/plugin_entities/datasource_declaration.go (DatasourceProviderDeclaration); SDK entities/datasource_manifest.py (DatasourceProviderManifest).",
  type: "object",
  required: ["identity", "provider_type", "extra"],
  properties: {
    identity: {
      type: "object",
      required: ["author", "name", "label", "description", "icon"],
      properties: {
        author: { type: "string", minLength: 1, "x-dpr-string": true },
        name: { $ref: "#/definitions/name" },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        description: { $ref: "common.schema.json#/definitions/i18n" },
        icon: { type: "string", minLength: 1 },
        tags: {
          type: ["array", "null"],
          items: {
            type: "string",
            enum: [
              "search",
              "image",
              "videos",
              "weather",
              "finance",
              "design",
              "travel",
              "social",
              "news",
              "medical",
              "productivity",
              "education",
              "business",
              "entertainment",
              "utilities",
              "other"
            ],
            "x-dpr-code": "DPR113",
            "x-dpr-fix": "Datasource tags are the SDK's DatasourceLabelEnum: the plugin tags without agent, rag and trigger (put those in manifest.yaml's tags)."
          }
        }
      },
      additionalProperties: false
    },
    credentials_schema: {
      description: "A list of named fields: the SDK refuses the mapping form for datasources.",
      $ref: "common.schema.json#/definitions/providerConfigList"
    },
    oauth_schema: { $ref: "common.schema.json#/definitions/oauthSchemaList" },
    provider_type: {
      type: "string",
      enum: ["website_crawl", "online_document", "online_drive"],
      "x-dpr-fix": "Set provider_type to website_crawl, online_document or online_drive."
    },
    datasources: {
      description: "Paths of the datasource YAML files (the SDK refuses datasources written inline).",
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        "x-dpr-fix": "Put the datasource in its own YAML file and list its path: the SDK accepts only paths here."
      },
      "x-dpr-fix": "List the datasource files, e.g. `datasources: [datasources/my_source.yaml]`."
    },
    extra: {
      $ref: "common.schema.json#/definitions/sdkExtra",
      "x-dpr-fix": "Add `extra: {python: {source: provider/my_provider.py}}`: the SDK needs it to start."
    }
  },
  additionalProperties: false,
  definitions: {
    name: {
      description: "Neither the daemon nor the SDK checks a pattern here, but Dify builds provider ids (author/plugin/name) from it.",
      type: "string",
      minLength: 1,
      pattern: "^[a-zA-Z0-9_-]+$",
      "x-dpr-string": true,
      "x-dpr-code": "DPR117",
      "x-dpr-severity": "warning",
      "x-dpr-fix": "Use only letters, digits, `_` and `-`, like every other identity name (Dify joins it into provider ids with `/`)."
    }
  }
};
var endpoint_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "endpoint.schema.json",
  title: "Dify endpoint (a file listed under an endpoint group's endpoints)",
  description: "daemon pkg/entities/plugin_entities/endpoint_declaration.go (EndpointDeclaration); SDK entities/endpoint.py (EndpointConfiguration), registered as a werkzeug routing Rule.",
  type: "object",
  required: ["path", "method", "extra"],
  properties: {
    path: {
      description: "The URL path under the endpoint's base URL; werkzeug refuses a rule without a leading slash.",
      type: "string",
      minLength: 1,
      pattern: "^/",
      "x-dpr-fix": "Start the path with a slash, e.g. `path: /webhook` (the SDK's router refuses it otherwise and the plugin does not start)."
    },
    method: {
      type: "string",
      enum: ["HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS"],
      "x-dpr-string": true,
      "x-dpr-fix": "Use one HTTP method in capitals: GET, POST, PUT, DELETE, HEAD or OPTIONS."
    },
    hidden: { type: ["boolean", "null"] },
    extra: {
      $ref: "common.schema.json#/definitions/sdkExtra",
      "x-dpr-fix": "Add `extra: {python: {source: endpoints/my_endpoint.py}}`: the SDK needs it to load the endpoint."
    }
  },
  additionalProperties: false
};
var endpoint_group_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "endpoint-group.schema.json",
  title: "Dify endpoint group (the file listed under plugins.endpoints)",
  description: "daemon pkg/entities/plugin_entities/endpoint_declaration.go (EndpointProviderDeclaration); SDK entities/endpoint.py (EndpointProviderConfiguration).",
  type: "object",
  properties: {
    settings: {
      description: "The fields users fill in when they set up an endpoint: a list (the daemon decodes a plain list).",
      $ref: "common.schema.json#/definitions/providerConfigList"
    },
    endpoints: {
      description: "Endpoint declarations: paths of endpoint YAML files, or endpoints written inline.",
      type: "array",
      items: {
        type: ["string", "object"],
        if: { type: "object" },
        then: { $ref: "endpoint.schema.json" },
        else: { minLength: 1 }
      },
      "x-dpr-fix": "List the endpoint files, e.g. `endpoints: [endpoints/hook.yaml]`."
    }
  },
  additionalProperties: false
};
var event_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "event.schema.json",
  title: "Dify trigger event (a file listed under a trigger provider's events)",
  description: "daemon pkg/entities/plugin_entities/trigger_declaration.go (EventDeclaration, EventParameter); SDK entities/trigger.py (EventConfiguration, EventParameter).",
  type: "object",
  required: ["identity", "description", "extra"],
  properties: {
    identity: {
      type: "object",
      required: ["author", "name", "label"],
      properties: {
        author: { type: "string", minLength: 1, "x-dpr-string": true },
        name: { $ref: "common.schema.json#/definitions/identityName" },
        label: { $ref: "common.schema.json#/definitions/i18n" }
      },
      additionalProperties: false
    },
    parameters: {
      type: ["array", "null"],
      items: { $ref: "#/definitions/parameter" }
    },
    description: {
      description: "A plain localized text (not a tool's {human, llm}).",
      $ref: "common.schema.json#/definitions/i18n"
    },
    output_schema: { type: ["object", "null"] },
    extra: {
      $ref: "common.schema.json#/definitions/sdkExtra",
      "x-dpr-fix": "Add `extra: {python: {source: events/my_event.py}}`: the SDK needs it to load the event."
    }
  },
  additionalProperties: false,
  definitions: {
    parameter: {
      description: "An event parameter, also used by a trigger provider's subscription_constructor.",
      type: "object",
      required: ["name", "label", "type"],
      properties: {
        name: { type: "string", minLength: 1, maxLength: 1023, "x-dpr-string": true },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        type: {
          type: "string",
          enum: [
            "string",
            "number",
            "boolean",
            "select",
            "file",
            "files",
            "model-selector",
            "app-selector",
            "object",
            "array",
            "dynamic-select",
            "checkbox",
            "secret-input"
          ],
          "x-dpr-fix": "Event parameters are string, number, boolean, select, file, files, model-selector, app-selector, object, array, dynamic-select or checkbox (no secret-input)."
        },
        auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" },
        template: { $ref: "common.schema.json#/definitions/template" },
        scope: { type: ["string", "null"], maxLength: 1024 },
        required: { type: ["boolean", "null"] },
        multiple: { type: ["boolean", "null"] },
        default: {
          description: "SDK: int, float, str or a list.",
          type: ["string", "number", "boolean", "array", "null"]
        },
        min: { type: ["number", "null"] },
        max: { type: ["number", "null"] },
        precision: { type: ["integer", "null"] },
        options: { $ref: "common.schema.json#/definitions/parameterOptions" },
        description: { $ref: "common.schema.json#/definitions/i18nNullable" }
      },
      additionalProperties: false
    }
  }
};
var manifest_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "manifest.schema.json",
  title: "Dify plugin manifest (manifest.yaml)",
  description: "The rules Dify's CLI and plugin daemon enforce on manifest.yaml (daemon pkg/entities/plugin_entities/plugin_declaration.go).",
  type: "object",
  required: [
    "version",
    "type",
    "author",
    "name",
    "label",
    "description",
    "icon",
    "resource",
    "plugins",
    "meta",
    "created_at"
  ],
  properties: {
    version: {
      description: "Plugin version: exactly three numbers of 1-4 digits, optionally -suffix.",
      type: "string",
      pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$",
      "x-dpr-code": "DPR110",
      "x-dpr-string": true,
      "x-dpr-fix": "Write the version as MAJOR.MINOR.PATCH, e.g. 1.2.0 (a -suffix such as 1.2.0-beta1 is allowed)."
    },
    type: {
      const: "plugin",
      "x-dpr-fix": "Set `type: plugin` (bundles use their own manifest)."
    },
    author: {
      description: "Lowercase letters, digits, _ and - (the daemon's rule; the SDK also allows uppercase).",
      type: "string",
      maxLength: 64,
      pattern: "^[a-z0-9_-]{1,64}$",
      "x-dpr-code": "DPR111",
      "x-dpr-fix": "Use 1-64 lowercase letters, digits, `_` or `-`: the daemon refuses anything else at install."
    },
    name: {
      type: "string",
      maxLength: 128,
      pattern: "^[a-z0-9_-]{1,128}$",
      "x-dpr-code": "DPR112",
      "x-dpr-fix": "Use 1-128 lowercase letters, digits, `_` or `-`: the daemon refuses anything else at install."
    },
    label: { $ref: "common.schema.json#/definitions/i18n" },
    description: { $ref: "common.schema.json#/definitions/i18n" },
    icon: {
      description: "File name under _assets/.",
      type: "string",
      minLength: 1,
      maxLength: 128
    },
    icon_dark: { type: ["string", "null"], maxLength: 128 },
    resource: {
      type: "object",
      required: ["memory"],
      properties: {
        memory: {
          description: "Memory in bytes.",
          type: "integer",
          not: { const: 0 },
          "x-dpr-fix": "Set resource.memory in bytes, e.g. 268435456 (256 MiB)."
        },
        permission: { $ref: "#/definitions/permission" }
      },
      additionalProperties: false
    },
    plugins: {
      type: "object",
      properties: {
        tools: { $ref: "#/definitions/fileList" },
        models: { $ref: "#/definitions/fileList" },
        endpoints: { $ref: "#/definitions/fileList" },
        agent_strategies: { $ref: "#/definitions/fileList" },
        datasources: { $ref: "#/definitions/fileList" },
        triggers: { $ref: "#/definitions/fileList" }
      },
      additionalProperties: false
    },
    meta: {
      type: "object",
      required: ["version", "arch", "runner"],
      properties: {
        version: {
          description: "Manifest format version; only 0.0.1 exists.",
          type: "string",
          pattern: "^\\d{1,4}(\\.\\d{1,4}){2}(-\\w{1,16})?$",
          "x-dpr-string": true,
          "x-dpr-fix": "Set meta.version to 0.0.1 (it is the manifest format version, not the plugin's)."
        },
        arch: {
          type: "array",
          minItems: 1,
          items: { type: "string", enum: ["amd64", "arm64"] },
          "x-dpr-severity": "warning",
          "x-dpr-fix": "List the architectures the plugin runs on: [amd64, arm64]."
        },
        runner: {
          type: "object",
          required: ["language", "version", "entrypoint"],
          properties: {
            language: { type: "string", enum: ["python"] },
            version: { type: "string", minLength: 1, maxLength: 128, "x-dpr-string": true },
            entrypoint: { type: "string", minLength: 1, maxLength: 256 }
          },
          additionalProperties: false
        },
        minimum_dify_version: { type: ["string", "null"], "x-dpr-string": true }
      },
      additionalProperties: false
    },
    tags: { $ref: "common.schema.json#/definitions/tags" },
    created_at: {
      description: 'RFC 3339 timestamp, e.g. "2024-07-12T08:03:44.658609186Z".',
      type: "string",
      minLength: 1,
      "x-dpr-code": "DPR115"
    },
    privacy: { type: ["string", "null"] },
    repo: {
      type: ["string", "null"],
      pattern: "^([a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+|file://.*)",
      "x-dpr-code": "DPR116",
      "x-dpr-fix": "Give the source repository as a full URL, e.g. https://github.com/you/your-plugin, or remove the key."
    },
    verified: {
      description: "Output only: the daemon sets it from the signature.",
      type: ["boolean", "null"]
    },
    contact: { description: "Marketplace: maintainer e-mail.", type: ["string", "null"] },
    network: { description: "Marketplace toolkit: declared access domains.", type: ["object", "null"] },
    permission: { description: "Misplaced: permissions belong under resource.permission." },
    tool: { $ref: "tool-provider.schema.json" },
    model: { $ref: "model-provider.schema.json" },
    endpoint: { $ref: "endpoint-group.schema.json" },
    agent_strategy: { $ref: "agent-strategy-provider.schema.json" },
    datasource: { $ref: "datasource-provider.schema.json" },
    trigger: { $ref: "trigger-provider.schema.json" }
  },
  additionalProperties: false,
  definitions: {
    fileList: {
      type: ["array", "null"],
      items: { type: "string", minLength: 1, maxLength: 128 }
    },
    enabled: {
      type: ["object", "null"],
      properties: { enabled: { type: ["boolean", "null"] } },
      additionalProperties: false
    },
    permission: {
      type: ["object", "null"],
      properties: {
        tool: { $ref: "#/definitions/enabled" },
        model: {
          type: ["object", "null"],
          properties: {
            enabled: { type: ["boolean", "null"] },
            llm: { type: ["boolean", "null"] },
            text_embedding: { type: ["boolean", "null"] },
            rerank: { type: ["boolean", "null"] },
            tts: { type: ["boolean", "null"] },
            speech2text: { type: ["boolean", "null"] },
            moderation: { type: ["boolean", "null"] }
          },
          additionalProperties: false
        },
        node: { $ref: "#/definitions/enabled" },
        endpoint: { $ref: "#/definitions/enabled" },
        app: { $ref: "#/definitions/enabled" },
        storage: {
          type: ["object", "null"],
          properties: {
            enabled: { type: ["boolean", "null"] },
            size: {
              type: "integer",
              minimum: 1024,
              maximum: 1073741824,
              "x-dpr-code": "DPR114",
              "x-dpr-fix": "Set storage.size between 1024 and 1073741824 bytes (1 KiB to 1 GiB), e.g. 1048576; the daemon checks it even when storage is disabled."
            }
          },
          required: ["size"],
          additionalProperties: false
        }
      },
      additionalProperties: false
    }
  }
};
var model_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "model.schema.json",
  title: "Dify model (a file matched by a model provider's predefined globs)",
  description: "daemon pkg/entities/plugin_entities/model_declaration.go (ModelDeclaration, ModelParameterRule); SDK entities/model/schema.py (AIModelEntity, ParameterRule).",
  type: "object",
  required: ["model", "model_type", "model_properties"],
  properties: {
    model: {
      description: "The model's name, as sent to the provider's API.",
      type: "string",
      minLength: 1,
      maxLength: 255,
      "x-dpr-string": true
    },
    label: { $ref: "common.schema.json#/definitions/i18nNullable" },
    model_type: { $ref: "model-provider.schema.json#/definitions/modelType" },
    features: {
      type: ["array", "null"],
      maxItems: 256,
      items: {
        type: "string",
        enum: [
          "tool-call",
          "multi-tool-call",
          "agent-thought",
          "vision",
          "stream-tool-call",
          "document",
          "video",
          "audio",
          "structured-output",
          "polling"
        ],
        "x-dpr-fix": "Use the SDK's model features: tool-call, multi-tool-call, agent-thought, vision, stream-tool-call, document, video, audio, structured-output, polling."
      }
    },
    fetch_from: {
      type: "string",
      enum: ["predefined-model", "customizable-model"]
    },
    model_properties: {
      description: "Keyed by the SDK's ModelPropertyKey: any other key makes the SDK refuse the model.",
      type: "object",
      properties: {
        mode: {},
        context_size: {},
        max_chunks: {},
        file_upload_limit: {},
        supported_file_extensions: {},
        max_characters_per_chunk: {},
        default_voice: {},
        voices: {},
        word_limit: {},
        audio_type: {},
        max_workers: {}
      },
      additionalProperties: {
        not: {},
        "x-dpr-code": "DPR103",
        "x-dpr-fix": "The SDK accepts only these model_properties keys: mode, context_size, max_chunks, file_upload_limit, supported_file_extensions, max_characters_per_chunk, default_voice, voices, word_limit, audio_type, max_workers; any other key makes it refuse the model."
      },
      "x-dpr-fix": "Add model_properties, e.g. `{mode: chat, context_size: 128000}` for an LLM (the SDK requires the mapping)."
    },
    deprecated: { type: ["boolean", "null"] },
    parameter_rules: {
      type: ["array", "null"],
      maxItems: 128,
      items: { $ref: "#/definitions/parameterRule" }
    },
    pricing: {
      type: ["object", "null"],
      required: ["input", "unit", "currency"],
      properties: {
        input: { type: "number" },
        output: { type: ["number", "null"] },
        unit: { type: "number" },
        currency: { type: "string", minLength: 1, "x-dpr-string": true }
      },
      additionalProperties: false
    }
  },
  additionalProperties: false,
  definitions: {
    parameterRule: {
      description: "A model parameter. With use_template, the template fills label, type, help, default, min, max and precision.",
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true },
        use_template: {
          description: "A daemon template name; checked in `then` below, as an empty value means no template.",
          type: ["string", "null"]
        },
        label: { $ref: "common.schema.json#/definitions/i18nNullable" },
        type: {
          type: "string",
          enum: ["float", "int", "string", "boolean", "text"],
          "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text."
        },
        help: { $ref: "common.schema.json#/definitions/i18nNullable" },
        required: { type: ["boolean", "null"] },
        default: {},
        min: { type: ["number", "null"] },
        max: { type: ["number", "null"] },
        precision: { type: ["integer", "null"] },
        options: {
          type: "array",
          items: { type: "string", maxLength: 255, "x-dpr-string": true }
        }
      },
      if: {
        properties: { use_template: { type: "string", minLength: 1 } },
        required: ["use_template"]
      },
      then: {
        properties: {
          use_template: {
            enum: [
              "temperature",
              "top_p",
              "top_k",
              "presence_penalty",
              "frequency_penalty",
              "max_tokens",
              "response_format",
              "json_schema"
            ],
            "x-dpr-code": "DPR118",
            "x-dpr-fix": "Use one of the daemon's templates (temperature, top_p, top_k, presence_penalty, frequency_penalty, max_tokens, response_format, json_schema), or drop use_template and give label and type."
          }
        }
      },
      else: {
        properties: {
          type: {
            "x-dpr-fix": "Without use_template, give the parameter a type: float, int, string, boolean or text."
          }
        },
        required: ["type"]
      },
      additionalProperties: false
    }
  }
};
var model_position_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "model-position.schema.json",
  title: "Dify model order (a _position.yaml named by a model provider)",
  description: "A YAML list of model names, first shown first. The daemon decodes it as []string (pkg/plugin_packager/decoder/helper.go); the SDK as list[str] (entities/model/provider.py ModelPosition).",
  type: ["array", "null"],
  items: {
    type: ["string", "null"],
    "x-dpr-fix": "Write one model name per line, as it appears in the model's `model:` field."
  },
  "x-dpr-fix": "Write the file as a YAML list of model names, e.g. `- gpt-4o`."
};
var model_provider_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "model-provider.schema.json",
  title: "Dify model provider (the file listed under plugins.models)",
  description: "daemon pkg/entities/plugin_entities/model_declaration.go (ModelProviderDeclaration); SDK entities/model/provider.py (ModelProviderConfiguration).",
  type: "object",
  required: ["provider", "label", "supported_model_types", "configurate_methods", "extra"],
  properties: {
    provider: {
      description: "The provider's name, unique within the plugin.",
      type: "string",
      minLength: 1,
      maxLength: 255,
      "x-dpr-string": true
    },
    label: { $ref: "common.schema.json#/definitions/i18n" },
    description: { $ref: "common.schema.json#/definitions/i18nNullable" },
    icon_small: { $ref: "common.schema.json#/definitions/i18nNullable" },
    icon_large: { $ref: "common.schema.json#/definitions/i18nNullable" },
    icon_small_dark: { $ref: "common.schema.json#/definitions/i18nNullable" },
    icon_large_dark: { $ref: "common.schema.json#/definitions/i18nNullable" },
    background: { type: ["string", "null"] },
    help: {
      type: ["object", "null"],
      required: ["title", "url"],
      properties: {
        title: { $ref: "common.schema.json#/definitions/i18n" },
        url: { $ref: "common.schema.json#/definitions/i18n" }
      },
      additionalProperties: false
    },
    supported_model_types: {
      type: "array",
      items: { $ref: "#/definitions/modelType" },
      "x-dpr-fix": "List the model types the provider offers, e.g. `[llm, text-embedding]`."
    },
    configurate_methods: {
      type: "array",
      items: {
        type: "string",
        enum: ["predefined-model", "customizable-model"],
        "x-dpr-fix": "Use predefined-model (models listed in YAML files) and/or customizable-model (users add models)."
      },
      "x-dpr-fix": "List how models are configured: `[predefined-model]`, `[customizable-model]` or both."
    },
    provider_credential_schema: {
      type: ["object", "null"],
      required: ["credential_form_schemas"],
      properties: {
        credential_form_schemas: { $ref: "#/definitions/credentialForms" }
      },
      additionalProperties: false
    },
    model_credential_schema: {
      type: ["object", "null"],
      required: ["model", "credential_form_schemas"],
      properties: {
        model: {
          type: "object",
          required: ["label"],
          properties: {
            label: { $ref: "common.schema.json#/definitions/i18n" },
            placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" }
          },
          additionalProperties: false
        },
        credential_form_schemas: { $ref: "#/definitions/credentialForms" }
      },
      additionalProperties: false
    },
    models: {
      description: "Where the predefined models are: per model type, globs of model YAML files and a _position.yaml. The SDK requires a mapping (a list of inline models is daemon-only).",
      type: "object",
      properties: {
        llm: { $ref: "#/definitions/modelFiles" },
        text_embedding: { $ref: "#/definitions/modelFiles" },
        rerank: { $ref: "#/definitions/modelFiles" },
        tts: { $ref: "#/definitions/modelFiles" },
        speech2text: { $ref: "#/definitions/modelFiles" },
        moderation: { $ref: "#/definitions/modelFiles" }
      },
      additionalProperties: false,
      "x-dpr-fix": 'Write models as a mapping by type, e.g. `models: {llm: {predefined: ["models/llm/*.yaml"]}}`.'
    },
    position: {
      description: "Model order per type, written inline (usually loaded from _position.yaml files instead).",
      type: ["object", "null"],
      properties: {
        llm: { $ref: "model-position.schema.json" },
        text_embedding: { $ref: "model-position.schema.json" },
        rerank: { $ref: "model-position.schema.json" },
        tts: { $ref: "model-position.schema.json" },
        speech2text: { $ref: "model-position.schema.json" },
        moderation: { $ref: "model-position.schema.json" }
      },
      additionalProperties: false
    },
    extra: {
      description: "SDK-required: the provider's Python file and the model implementations.",
      type: "object",
      required: ["python"],
      properties: {
        python: {
          type: "object",
          required: ["provider_source"],
          properties: {
            provider_source: {
              type: "string",
              minLength: 1,
              "x-dpr-fix": "Name the provider's Python file, e.g. `provider_source: provider/my_provider.py`."
            },
            model_sources: {
              type: "array",
              items: { type: "string", minLength: 1 }
            }
          }
        }
      },
      "x-dpr-fix": "Add `extra: {python: {provider_source: provider/my_provider.py, model_sources: [models/llm/llm.py]}}`: the SDK needs it to start."
    }
  },
  additionalProperties: false,
  definitions: {
    modelType: {
      description: "Model types: the daemon's list (the SDK has all but the multimodal ones).",
      type: "string",
      enum: [
        "llm",
        "text-embedding",
        "rerank",
        "speech2text",
        "moderation",
        "tts",
        "text2img",
        "multimodal-embedding",
        "multimodal-rerank"
      ],
      "x-dpr-fix": "Model types are written with a hyphen here: llm, text-embedding, rerank, speech2text, moderation, tts, text2img."
    },
    modelFiles: {
      description: "The files of one model type. The SDK reads this as a mapping and iterates `predefined`.",
      type: "object",
      properties: {
        position: {
          description: "Path of the _position.yaml that orders the models; the daemon reads it and fails when it is missing.",
          type: "string",
          minLength: 1,
          maxLength: 1024
        },
        predefined: {
          description: "Globs (Go filepath.Match, from the plugin root) of model YAML files.",
          type: "array",
          items: { type: "string", minLength: 1 },
          "x-dpr-fix": 'List globs of model files, e.g. `predefined: ["models/llm/*.yaml"]`.'
        }
      },
      additionalProperties: false
    },
    credentialForms: {
      type: "array",
      maxItems: 32,
      items: { $ref: "#/definitions/credentialForm" },
      "x-dpr-fix": "List the form fields, e.g. `- variable: api_key` with label and type; write `credential_form_schemas: []` for none."
    },
    credentialForm: {
      description: "A model credential field (daemon ModelProviderCredentialFormSchema; SDK CredentialFormSchema).",
      type: "object",
      required: ["variable", "label", "type"],
      properties: {
        variable: { type: "string", minLength: 1, maxLength: 255, "x-dpr-string": true },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        type: {
          type: "string",
          enum: ["text-input", "secret-input", "select", "radio", "switch"],
          "x-dpr-fix": "Model credential fields use text-input, secret-input, select, radio or switch (not the tool field types)."
        },
        required: { type: ["boolean", "null"] },
        default: { type: ["string", "null"], maxLength: 255, "x-dpr-string": true },
        options: {
          type: ["array", "null"],
          maxItems: 128,
          items: {
            type: "object",
            required: ["label", "value"],
            properties: {
              label: { $ref: "common.schema.json#/definitions/i18n" },
              value: { type: "string", maxLength: 255, "x-dpr-string": true },
              show_on: { $ref: "common.schema.json#/definitions/formShowOn" }
            },
            additionalProperties: false
          }
        },
        help: { $ref: "common.schema.json#/definitions/i18nDaemonOnly" },
        url: { type: ["string", "null"] },
        placeholder: { $ref: "common.schema.json#/definitions/i18nNullable" },
        max_length: { type: ["integer", "null"] },
        show_on: { $ref: "common.schema.json#/definitions/formShowOn" }
      },
      additionalProperties: false
    }
  }
};
var tool_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "tool.schema.json",
  title: "Dify tool (a file listed under a tool provider's tools)",
  description: "daemon pkg/entities/plugin_entities/tool_declaration.go (ToolDeclaration, ToolParameter); SDK entities/tool.py.",
  type: "object",
  required: ["identity", "description", "extra"],
  properties: {
    identity: {
      type: "object",
      required: ["author", "name", "label"],
      properties: {
        author: { type: "string", minLength: 1 },
        name: { $ref: "common.schema.json#/definitions/identityName" },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        icon: { type: ["string", "null"] },
        icon_dark: { type: ["string", "null"] }
      },
      additionalProperties: false
    },
    description: {
      type: "object",
      required: ["human", "llm"],
      properties: {
        human: { $ref: "common.schema.json#/definitions/i18n" },
        llm: { type: "string", minLength: 1 }
      },
      additionalProperties: false
    },
    parameters: {
      type: ["array", "null"],
      items: { $ref: "#/definitions/parameter" }
    },
    output_schema: { type: ["object", "null"] },
    has_runtime_parameters: { type: ["boolean", "null"] },
    extra: { $ref: "common.schema.json#/definitions/sdkExtra" }
  },
  additionalProperties: false,
  definitions: {
    parameter: {
      type: "object",
      required: ["name", "label", "human_description", "type", "form"],
      properties: {
        name: { type: "string", minLength: 1, maxLength: 1023 },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        human_description: { $ref: "common.schema.json#/definitions/i18n" },
        type: {
          type: "string",
          enum: [
            "string",
            "number",
            "boolean",
            "select",
            "secret-input",
            "file",
            "files",
            "app-selector",
            "model-selector",
            "any",
            "dynamic-select",
            "array",
            "object",
            "checkbox",
            "date",
            "date-range"
          ]
        },
        scope: { type: ["string", "null"], maxLength: 1024 },
        form: { type: "string", enum: ["schema", "form", "llm"] },
        llm_description: { type: ["string", "null"] },
        required: { type: ["boolean", "null"] },
        auto_generate: { $ref: "common.schema.json#/definitions/autoGenerate" },
        template: { $ref: "common.schema.json#/definitions/template" },
        default: {},
        min: { type: ["number", "null"] },
        max: { type: ["number", "null"] },
        precision: { type: ["integer", "null"] },
        multiple: { type: ["boolean", "null"] },
        options: {
          type: ["array", "null"],
          items: { $ref: "common.schema.json#/definitions/parameterOption" }
        },
        placeholder: { $ref: "common.schema.json#/definitions/i18nOptional" },
        input_schema: { type: ["object", "null"] },
        show_on: { type: ["array", "null"] }
      },
      additionalProperties: false
    }
  }
};
var tool_provider_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "tool-provider.schema.json",
  title: "Dify tool provider (the file listed under plugins.tools)",
  description: "daemon pkg/entities/plugin_entities/tool_declaration.go (ToolProviderDeclaration); SDK entities/tool.py.",
  type: "object",
  required: ["identity", "tools", "extra"],
  properties: {
    identity: {
      type: "object",
      required: ["author", "name", "label", "description", "icon"],
      properties: {
        author: { type: "string", minLength: 1 },
        name: { $ref: "common.schema.json#/definitions/identityName" },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        description: { $ref: "common.schema.json#/definitions/i18n" },
        icon: { type: "string", minLength: 1 },
        icon_dark: { type: ["string", "null"] },
        tags: {
          description: "The SDK's ToolLabelEnum: the plugin tags without agent and trigger.",
          type: ["array", "null"],
          items: {
            type: "string",
            enum: [
              "search",
              "image",
              "videos",
              "weather",
              "finance",
              "design",
              "travel",
              "social",
              "news",
              "medical",
              "productivity",
              "education",
              "business",
              "entertainment",
              "utilities",
              "rag",
              "other"
            ],
            "x-dpr-code": "DPR113",
            "x-dpr-fix": "Tool providers take the SDK's tool labels: the plugin tags without agent and trigger."
          }
        }
      },
      additionalProperties: false
    },
    credentials_schema: { $ref: "common.schema.json#/definitions/providerConfigs" },
    credentials_for_provider: {
      description: "The SDK's name for the credentials: a mapping from field name to field (the SDK calls .items() on it).",
      type: ["object", "null"],
      additionalProperties: { $ref: "common.schema.json#/definitions/providerConfig" },
      "x-dpr-fix": "Write credentials_for_provider as a mapping: `api_key: {type: secret-input, ...}`."
    },
    oauth_schema: { $ref: "common.schema.json#/definitions/oauthSchema" },
    tools: {
      description: "Tool declarations: paths of tool YAML files, or tools written inline.",
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        "x-dpr-fix": 'List tool YAML file paths: the SDK refuses tools written inline ("tool path should be a string").'
      }
    },
    extra: { $ref: "common.schema.json#/definitions/sdkExtra" }
  },
  additionalProperties: false
};
var trigger_provider_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "trigger-provider.schema.json",
  title: "Dify trigger provider (the file listed under plugins.triggers)",
  description: "daemon pkg/entities/plugin_entities/trigger_declaration.go (TriggerProviderDeclaration); SDK entities/trigger.py (TriggerProviderConfiguration).",
  type: "object",
  required: ["identity", "extra"],
  properties: {
    identity: {
      type: "object",
      required: ["author", "name", "label", "description", "icon"],
      properties: {
        author: { type: "string", minLength: 1, "x-dpr-string": true },
        name: { $ref: "common.schema.json#/definitions/identityName" },
        label: { $ref: "common.schema.json#/definitions/i18n" },
        description: { $ref: "common.schema.json#/definitions/i18n" },
        icon: { type: "string", minLength: 1 },
        icon_dark: { type: ["string", "null"] },
        tags: {
          type: ["array", "null"],
          items: {
            type: "string",
            enum: ["webhooks"],
            "x-dpr-code": "DPR113",
            "x-dpr-fix": "The SDK accepts only the trigger tag `webhooks` here; put plugin tags in manifest.yaml's tags (the daemon copies them when this list is empty)."
          }
        }
      },
      additionalProperties: false
    },
    subscription_schema: {
      description: "The fields of a subscription: a list of named fields (the SDK refuses the mapping form here).",
      $ref: "common.schema.json#/definitions/providerConfigList"
    },
    subscription_constructor: {
      type: ["object", "null"],
      properties: {
        parameters: {
          type: ["array", "null"],
          items: { $ref: "event.schema.json#/definitions/parameter" }
        },
        credentials_schema: { $ref: "common.schema.json#/definitions/providerConfigListOrMap" },
        oauth_schema: { $ref: "common.schema.json#/definitions/oauthSchemaList" },
        extra: { $ref: "common.schema.json#/definitions/pythonExtra" }
      },
      additionalProperties: false
    },
    events: {
      description: "Paths of the event YAML files (the SDK refuses events written inline).",
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        "x-dpr-fix": "Put the event in its own YAML file and list its path: the SDK accepts only paths here."
      },
      "x-dpr-fix": "List the event files, e.g. `events: [events/my_event.yaml]`."
    },
    extra: {
      $ref: "common.schema.json#/definitions/sdkExtra",
      "x-dpr-fix": "Add `extra: {python: {source: provider/my_trigger.py}}`: the SDK needs it to start."
    }
  },
  additionalProperties: false
};
var ALL = [
  import_chunk_OMGGYXM6.common_schema_default,
  manifest_schema_default,
  tool_provider_schema_default,
  tool_schema_default,
  model_provider_schema_default,
  model_schema_default,
  model_position_schema_default,
  endpoint_group_schema_default,
  endpoint_schema_default,
  agent_strategy_provider_schema_default,
  agent_strategy_schema_default,
  datasource_provider_schema_default,
  datasource_schema_default,
  trigger_provider_schema_default,
  event_schema_default
];
var EMBEDDED = Object.fromEntries(
  Object.entries(manifest_schema_default.properties).flatMap(
    ([key, value]) => value.$ref && /^[a-z-]+\.schema\.json$/.test(value.$ref) && value.$ref !== "common.schema.json" ? [[key, value.$ref]] : []
  )
);
var SCHEMA_DOCUMENTS = ALL.map(
  (doc) => doc.$id !== manifest_schema_default.$id ? doc : {
    ...manifest_schema_default,
    properties: Object.fromEntries(
      Object.entries(manifest_schema_default.properties).map(([k, v]) => [k, k in EMBEDDED ? true : v])
    )
  }
);
var ROOT_SCHEMAS = ALL.map((s) => s.$id).filter((id) => id !== "common.schema.json");
function schemaDocument(id) {
  return ALL.find((s) => s.$id === id);
}
var compiled = /* @__PURE__ */ new Map();
function validatorFor(id) {
  let fn = compiled.get(id);
  if (!fn) {
    fn = precompiled(id).then((v) => {
      if (!v) throw new Error(`internal: schema ${id} is not registered`);
      return v;
    });
    compiled.set(id, fn);
  }
  return fn;
}
async function validateWithSlots(id, data, typed) {
  const fn = await validatorFor(id);
  fn(data);
  const errors = [...fn.errors ?? []];
  if (id === "manifest.schema.json" && data !== null && typeof data === "object" && !Array.isArray(data)) {
    for (const [key, schema] of Object.entries(EMBEDDED)) {
      if (!Object.hasOwn(data, key)) continue;
      const inner = await validatorFor(schema);
      inner(data[key]);
      for (const e of inner.errors ?? []) errors.push({ ...e, instancePath: `/${key}${e.instancePath}` });
    }
  }
  return { errors, slots: annotate(id, typed, schemaDocument) };
}
function duplicateKeys(file, id) {
  return file.duplicates.map((d) => {
    const decoded = isDecodedPath(id, d.parent);
    const where = d.parent === "" ? "at the top level" : `in ${(0, import_chunk_R6ZEAHMN.pointerToPath)(d.parent)}`;
    return (0, import_chunk_AIBAUOYI.finding)(
      decoded ? "DPR003" : "DPR002",
      `key "${d.key}" appears twice ${where} (first on line ${d.first.line})${decoded ? "; the daemon refuses the file" : "; the last value wins"}`,
      { ...d.second, fix: "Keep one of the two entries." }
    );
  });
}
function isDecodedPath(id, pointer) {
  const root = schemaDocument(id);
  if (!root) return false;
  const segments = pointer === "" ? [] : pointer.slice(1).split("/");
  return walk(root, id, segments);
}
function walk(schema, docId, segments) {
  const resolved = resolve(schema, docId, schemaDocument);
  if (!resolved) return false;
  const [node, id] = resolved;
  if (node["x-dpr-daemon"] === false) return false;
  if (segments.length === 0) return true;
  const [head, ...rest] = segments;
  const props = node.properties;
  const types = [].concat(node.type ?? []);
  if (props && head in props) return walk(props[head], id, rest);
  if (/^\d+$/.test(head) && node.items && typeof node.items === "object")
    return walk(node.items, id, rest);
  if (node.additionalProperties && typeof node.additionalProperties === "object") {
    return walk(node.additionalProperties, id, rest);
  }
  if (types.length === 0 && !props) return true;
  return false;
}
var LOCALES = ["en_US", "zh_Hans", "ja_JP", "pt_BR"];
var LOCALE_ALIASES = {
  zh_cn: "zh_Hans",
  zh_hans: "zh_Hans",
  zh: "zh_Hans",
  "zh-cn": "zh_Hans",
  "zh-hans": "zh_Hans",
  en: "en_US",
  en_us: "en_US",
  "en-us": "en_US",
  ja: "ja_JP",
  ja_jp: "ja_JP",
  "ja-jp": "ja_JP",
  pt: "pt_BR",
  pt_br: "pt_BR",
  "pt-br": "pt_BR"
};
function localeRules(file, i18nPointers) {
  const out = [];
  for (const pointer of i18nPointers.keys()) {
    const value = (0, import_chunk_R6ZEAHMN.getAt)(file.value, pointer);
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    for (const [key, text] of Object.entries(value)) {
      if (LOCALES.includes(key)) continue;
      if (text !== null && typeof text === "object") continue;
      const meant = LOCALE_ALIASES[key.toLowerCase()];
      const at = file.locate(`${pointer}/${key}`, "key");
      if (meant) {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR207", `locale "${key}" is not one Dify knows: this text is dropped`, {
            ...at,
            fix: `Rename it to ${meant}.`
          })
        );
      } else {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR207",
            `locale "${key}" is dropped by the daemon, which keeps only ${LOCALES.join(", ")}`,
            {
              ...at,
              severity: "notice"
            }
          )
        );
      }
    }
  }
  return out;
}
var STRUCT_TAG_LIMITS = /* @__PURE__ */ new Set(["maxLength", "maxItems", "maximum", "exclusiveMaximum"]);
function toFinding(file, error, id) {
  if (id !== "manifest.schema.json" && STRUCT_TAG_LIMITS.has(error.keyword)) {
    const f = toFindingAt(file, error);
    if (!f) return void 0;
    return {
      ...f,
      severity: "warning",
      message: `${f.message}: remote debugging refuses this (a struct tag of the daemon), an installed package is accepted`,
      fix: "Stay within the limit if you debug the plugin remotely; installing the package is not affected."
    };
  }
  return toFindingAt(file, error);
}
function toFindingAt(file, error) {
  const parent = error.parentSchema ?? {};
  const pointer = error.instancePath;
  const where = (0, import_chunk_R6ZEAHMN.pointerToPath)(pointer);
  const params = error.params;
  switch (error.keyword) {
    case "if":
    case "anyOf":
    case "oneOf":
      return void 0;
    // the branch errors say what is wrong; the summary says nothing more
    case "required": {
      const missing = String(params.missingProperty);
      const property = parent.properties?.[missing] ?? {};
      const inside = pointer === "" ? "" : ` in ${where}`;
      const graded = {
        "x-dpr-severity": parent["x-dpr-severity"],
        "x-dpr-layer": parent["x-dpr-layer"],
        ...property
      };
      return make(file, "DPR101", `missing required field "${missing}"${inside}`, pointer, "key", graded, {
        fix: property["x-dpr-fix"]
      });
    }
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const child = `${pointer}/${(0, import_chunk_R6ZEAHMN.escapePointer)(key)}`;
      const known = Object.keys(parent.properties ?? {});
      const guess = closest(key, known);
      const inside = pointer === "" ? "at the top level" : `in ${where}`;
      return make(
        file,
        "DPR106",
        `unknown key "${key}" ${inside}; Dify ignores it`,
        child,
        "key",
        {},
        {
          fix: guess ? `Did you mean "${guess}"?` : `Remove it, or check the spelling against: ${known.join(", ")}.`
        }
      );
    }
  }
  const actual = (0, import_chunk_R6ZEAHMN.getAt)(file.value, pointer);
  const written = file.plainText.get(pointer);
  const shown = written !== void 0 && typeof actual !== "string" ? written : show(actual);
  let code = "DPR107";
  let message;
  switch (error.keyword) {
    case "type":
      code = "DPR102";
      message = `${where} must be ${typeName(String(params.type))}, not ${describe(actual)}`;
      break;
    case "enum": {
      code = "DPR103";
      const allowed = params.allowedValues.map(String);
      const guess = typeof actual === "string" ? closest(actual, allowed) : void 0;
      message = guess ? `${where} is ${shown}: did you mean "${guess}"? (one of: ${listOf(allowed)})` : `${where} is ${shown}, which is not one of: ${listOf(allowed)}`;
      if (guess && !parent["x-dpr-fix"]) {
        return make(file, code, message, pointer, "value", parent, { fix: `Write "${guess}".` });
      }
      break;
    }
    case "const":
      code = "DPR103";
      message = `${where} is ${shown}; it must be ${show(params.allowedValue)}`;
      break;
    case "not":
      code = "DPR105";
      message = `${where} must not be ${shown}`;
      break;
    case "pattern": {
      code = "DPR104";
      message = `${where} is ${shown}, which does not match ${params.pattern}`;
      const text = written ?? (typeof actual === "string" ? actual : void 0);
      if (parent["x-dpr-code"] === "DPR110" && text !== void 0 && /^\d{1,4}(\.\d{1,4}){0,1}$/.test(text)) {
        const padded = [...text.split("."), "0", "0"].slice(0, 3).join(".");
        return make(
          file,
          code,
          `${where} is ${text}: a plugin version has three parts`,
          pointer,
          "value",
          parent,
          {
            fix: `Write \`version: ${padded}\` (MAJOR.MINOR.PATCH).`
          }
        );
      }
      break;
    }
    case "format":
      code = "DPR104";
      message = `${where} ${shown} is not a valid ${params.format}`;
      break;
    case "minLength":
      code = params.limit === 1 ? "DPR101" : "DPR105";
      message = params.limit === 1 ? `${where} must not be empty` : `${where} must have at least ${params.limit} characters`;
      break;
    case "maxLength":
      code = "DPR105";
      message = `${where} has ${String(actual).length} characters; the limit is ${params.limit}`;
      break;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      code = "DPR105";
      message = `${where} is ${shown}; it must be ${params.comparison} ${params.limit}`;
      break;
    case "minItems":
      code = "DPR105";
      message = params.limit === 1 ? `${where} must not be empty` : `${where} needs at least ${params.limit} items`;
      break;
    case "maxItems":
      code = "DPR105";
      message = `${where} has ${actual.length} items; the limit is ${params.limit}`;
      break;
    default:
      message = `${where} ${error.message ?? "is invalid"}`;
  }
  return make(file, code, message, pointer, "value", parent, {
    fix: parent["x-dpr-fix"]
  });
}
function make(file, fallback, message, pointer, part, schema, extra) {
  const annotated = schema["x-dpr-code"];
  const code = annotated && annotated in (0, import_chunk_AIBAUOYI.codes)() ? annotated : fallback;
  const severity = schema["x-dpr-severity"];
  const remote = schema["x-dpr-layer"] === "remote-debug";
  return (0, import_chunk_AIBAUOYI.finding)(
    code,
    remote ? `${message}: only remote debugging refuses this (the SDK does not read it)` : message,
    {
      ...file.locate(pointer, part),
      severity,
      fix: extra.fix
    }
  );
}
function typeName(type) {
  const names = {
    string: "a string",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    array: "a list",
    object: "a mapping",
    null: "empty"
  };
  return type.split(",").map((t) => names[t] ?? t).join(" or ");
}
function describe(value) {
  if (value === null || value === void 0) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value === "string" ? "the string" : `the ${typeof value}`} ${show(value)}`;
}
function show(value) {
  if (typeof value === "string")
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === void 0) return "missing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function listOf(values) {
  const shown = values.slice(0, 20).map((v) => String(v));
  return values.length > 20 ? `${shown.join(", ")}, \u2026` : shown.join(", ");
}
var BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
var NULL = /^(?:~|null|Null|NULL|)$/;
var INT = /^[-+]?(?:0b[0-1_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var TIMESTAMP = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
function pyyamlPlain(text) {
  if (BOOL.test(text)) return { type: "bool", value: /^(?:yes|true|on)$/i.test(text) };
  if (NULL.test(text)) return { type: "NoneType" };
  if (INT.test(text)) return { type: "int", value: parseInt11(text) };
  if (FLOAT.test(text))
    return { type: "float", value: Number(text.replace(/_/g, "").replace(/^([-+]?)\./, "$10.")) };
  if (TIMESTAMP.test(text)) return { type: "datetime" };
  return { type: "str", value: text };
}
function parseInt11(text) {
  const t = text.replace(/_/g, "");
  const sign = t.startsWith("-") ? -1n : 1n;
  const body = t.replace(/^[-+]/, "");
  if (body.includes(":")) return sign * body.split(":").reduce((acc, part) => acc * 60n + BigInt(part), 0n);
  if (body.startsWith("0b")) return sign * BigInt(body);
  if (body.startsWith("0x")) return sign * BigInt(body);
  if (body.length > 1 && body.startsWith("0")) return sign * BigInt(`0o${body.slice(1)}`);
  return sign * BigInt(body);
}
function pythonStr(v) {
  switch (v.type) {
    case "str":
      return v.value;
    case "int":
      return v.value.toString();
    case "bool":
      return v.value ? "True" : "False";
    case "NoneType":
      return "None";
    case "datetime":
      return "(a datetime)";
    case "float": {
      if (Number.isNaN(v.value)) return "nan";
      if (!Number.isFinite(v.value)) return v.value > 0 ? "inf" : "-inf";
      const s = String(v.value);
      return /[.e]/.test(s) ? s : `${s}.0`;
    }
  }
}
function unquotedScalars(file, strings) {
  const out = [];
  for (const [pointer, mode] of strings) {
    const text = file.plainText.get(pointer);
    if (text === void 0) continue;
    const py = pyyamlPlain(text);
    if (py.type === "str" || py.type === "NoneType") continue;
    const str = pythonStr(py);
    if (mode === "coerce" && str === text) continue;
    const reading = mode === "coerce" ? `the SDK turns it into "${str}"` : `the SDK expects a string and gets a ${py.type}`;
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR007",
        `${(0, import_chunk_R6ZEAHMN.pointerToPath)(pointer)}: unquoted ${text} is read by PyYAML as ${py.type} ${str}; ${reading}`,
        {
          ...file.locate(pointer),
          fix: `Quote it: "${text}".`
        }
      )
    );
  }
  return out;
}
async function checkSchema(file, id) {
  const data = file.goValue();
  const { errors, slots } = await validateWithSlots(id, data, file.value);
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const misplaced = misplacedInI18n(file, slots.i18n);
  findings.push(...misplaced.findings);
  const perRule = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (misplaced.covers(error)) continue;
    const rule = perRule.get(error.schemaPath) ?? { n: 0, skipped: 0 };
    perRule.set(error.schemaPath, rule);
    if (rule.n >= MAX_REPEATED && rule.last) {
      rule.skipped++;
      continue;
    }
    const f = toFinding(file, error, id);
    if (!f) continue;
    const key = `${f.code}|${f.line}|${f.column}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
    rule.n++;
    rule.last = f;
  }
  for (const rule of perRule.values())
    if (rule.skipped > 0 && rule.last) findings.push(moreFinding(rule.last, rule.skipped));
  findings.push(...unquotedScalars(file, slots.strings));
  findings.push(...localeRules(file, slots.i18n));
  findings.push(...duplicateKeys(file, id));
  return findings;
}
function misplacedInI18n(file, i18n) {
  const findings = [];
  const covered = /* @__PURE__ */ new Set();
  for (const pointer of i18n.keys()) {
    const value = (0, import_chunk_R6ZEAHMN.getAt)(file.value, pointer);
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    const entries = Object.entries(value);
    const nested = entries.filter(([, v]) => v !== null && typeof v === "object");
    if (nested.length === 0) continue;
    const keys = nested.map(([k]) => k);
    for (const k of keys) covered.add(`${pointer}/${(0, import_chunk_R6ZEAHMN.escapePointer)(k)}`);
    const en = value.en_US;
    const shown = typeof en === "string" && en !== "" ? `shows "${en.length > 60 ? `${en.slice(0, 57)}...` : en}"` : "shows no text here (nothing is left in it)";
    const where = (0, import_chunk_R6ZEAHMN.pointerToPath)(pointer);
    const names = keys.map((k) => `\`${k}:\``).join(", ");
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR106",
        `${where} holds ${names} (${nested.length === 1 ? "a mapping" : "mappings"}) where only locale strings belong: the daemon and the SDK ignore ${nested.length === 1 ? "it" : "them"}, and Dify ${shown}`,
        {
          ...file.locate(`${pointer}/${(0, import_chunk_R6ZEAHMN.escapePointer)(keys[0])}`, "key"),
          fix: `Move ${names} out of ${where.split(".").pop()} (it is indented one level too deep, or wraps the locales in an extra key).`
        }
      )
    );
  }
  return {
    findings,
    covers(error) {
      const p = error.instancePath;
      for (const c of covered) if (p === c || p.startsWith(`${c}/`)) return true;
      if (error.keyword === "additionalProperties") {
        const child = `${p}/${(0, import_chunk_R6ZEAHMN.escapePointer)(String(error.params.additionalProperty))}`;
        if (covered.has(child)) return true;
      }
      return false;
    }
  };
}
var PROVIDER = {
  tools: { kind: "tool-provider", children: { key: "tools", kind: "tool" } },
  endpoints: { kind: "endpoint-group", children: { key: "endpoints", kind: "endpoint" } },
  models: { kind: "model-provider" },
  agent_strategies: {
    kind: "agent-strategy-provider",
    children: { key: "strategies", kind: "agent-strategy" }
  },
  datasources: { kind: "datasource-provider", children: { key: "datasources", kind: "datasource" } },
  triggers: { kind: "trigger-provider", children: { key: "events", kind: "event" } }
};
async function loadPlugin(source, options = {}) {
  const files = options.declarations === false ? [] : await source.files();
  const read = await readFrom(source, import_chunk_RSCBOPBN.MANIFEST);
  const bytes = read.bytes;
  const known = options.manifest;
  const manifest = known && bytes && Buffer.from(bytes).equals(known.bytes) ? known.file : (0, import_chunk_R6ZEAHMN.parseYamlBytes)(import_chunk_RSCBOPBN.MANIFEST, bytes ?? new Uint8Array());
  const plugin = {
    source,
    manifest,
    declarations: [],
    providers: {},
    globs: [],
    files,
    findings: [],
    usable: false
  };
  if (!bytes) {
    plugin.findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR005", `${import_chunk_RSCBOPBN.MANIFEST} cannot be read${read.why ? `: ${read.why}` : ""}`, {
        file: import_chunk_RSCBOPBN.MANIFEST,
        fix: read.fix
      })
    );
    return plugin;
  }
  if (manifest.problems.length > 0) {
    plugin.findings.push(...manifest.problems);
    return plugin;
  }
  plugin.findings.push(...manifest.warnings);
  const notManifest = notADifyManifest(manifest);
  if (notManifest) {
    plugin.findings.push(notManifest);
    return plugin;
  }
  plugin.usable = true;
  if (options.declarations === false) return plugin;
  plugin.findings.push(...await checkSchema(manifest, "manifest.schema.json"));
  const loader = new Loader(plugin);
  const lists = (0, import_chunk_R6ZEAHMN.getAt)(manifest.value, "/plugins") ?? {};
  for (const kind of import_chunk_RSCBOPBN.PLUGIN_KINDS) {
    const list = lists[kind];
    if (!Array.isArray(list)) continue;
    for (const [i, entry] of list.entries()) {
      if (typeof entry !== "string" || entry === "") continue;
      const site = { file: manifest, pointer: `/plugins/${kind}/${i}` };
      const decl = await loader.load(entry, PROVIDER[kind].kind, site, PROVIDER[kind].children);
      if (decl) {
        plugin.providers[kind] = decl;
        await loader.children(kind, decl);
      }
    }
  }
  return plugin;
}
function looksLikeChild(value, childrenKey) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value;
  if (childrenKey in v || "credentials_for_provider" in v || "subscription_schema" in v) return false;
  const description = v.description;
  const human = description && typeof description === "object" && "human" in description;
  return Array.isArray(v.parameters) || Boolean(human);
}
async function readFrom(source, file) {
  try {
    const bytes = await source.read(file);
    if (bytes) return { bytes };
    const missing = source.whyMissing?.(file);
    return missing ? { why: missing } : {};
  } catch (error) {
    if (error instanceof import_chunk_C7Z2DSUT.FileReadError) {
      return {
        why: error.message.startsWith(file) ? error.message.slice(file.length + 1) : error.message,
        fix: (0, import_chunk_C7Z2DSUT.refusalFix)(error)
      };
    }
    throw error;
  }
}
var SCHEMA = {
  "tool-provider": "tool-provider.schema.json",
  tool: "tool.schema.json",
  "endpoint-group": "endpoint-group.schema.json",
  endpoint: "endpoint.schema.json",
  "model-provider": "model-provider.schema.json",
  model: "model.schema.json",
  "model-position": "model-position.schema.json",
  "agent-strategy-provider": "agent-strategy-provider.schema.json",
  "agent-strategy": "agent-strategy.schema.json",
  "datasource-provider": "datasource-provider.schema.json",
  datasource: "datasource.schema.json",
  "trigger-provider": "trigger-provider.schema.json",
  event: "event.schema.json"
};
var Loader = class {
  constructor(plugin) {
    this.plugin = plugin;
    this.fileSet = new Set(plugin.files);
  }
  plugin;
  loaded = /* @__PURE__ */ new Map();
  fileSet;
  /** Resolve, read, parse and schema-check one referenced declaration file. */
  async load(ref, kind, from, children) {
    const target = resolveReference(
      ref,
      from,
      this.fileSet,
      this.plugin.findings,
      "declaration",
      (f) => this.plugin.source.whyMissing?.(f)
    );
    if (!target) return void 0;
    let file = this.loaded.get(target);
    const fresh = !file;
    if (!file) {
      const { bytes, why, fix } = await readFrom(this.plugin.source, target);
      if (!bytes) {
        this.plugin.findings.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR005", `${target} is listed but cannot be read${why ? `: ${why}` : ""}`, {
            ...from.file.locate(from.pointer),
            fix: fix ?? "Check the file permissions (the package is built from what can be read)."
          })
        );
        return void 0;
      }
      file = (0, import_chunk_R6ZEAHMN.parseYamlBytes)(target, bytes);
      this.loaded.set(target, file);
    }
    const decl = { kind, file, from };
    this.plugin.declarations.push(decl);
    if (!fresh) return decl;
    this.plugin.findings.push(...file.warnings);
    if (file.problems.length > 0) {
      this.plugin.findings.push(...file.problems);
      return void 0;
    }
    if (children && looksLikeChild(file.value, children.key)) {
      const child = children.kind.replace("-", " ");
      this.plugin.findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR107",
          `${target} is a ${child} declaration, listed where a ${kind.replace("-", " ")} belongs`,
          {
            ...from.file.locate(from.pointer),
            fix: `List the ${kind.replace("-", " ")} YAML here (the file with identity and \`${children.key}:\`), and ${target} under its \`${children.key}:\`.`
          }
        )
      );
      return void 0;
    }
    this.plugin.findings.push(...await checkSchema(file, SCHEMA[kind]));
    if (kind === "model-position" && (file.value === null || file.value === void 0)) {
      this.plugin.findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR008",
          `${target} is empty: Dify refuses to install a model provider whose position file is null`,
          {
            ...from.file.locate(from.pointer),
            fix: "List the models in the order to show them (`- model-name`), or remove the `position:` line."
          }
        )
      );
    }
    return decl;
  }
  async children(kind, provider) {
    const spec = PROVIDER[kind];
    if (kind === "models") return this.models(provider);
    if (!spec.children) return;
    const list = (0, import_chunk_R6ZEAHMN.getAt)(provider.file.value, `/${spec.children.key}`);
    if (!Array.isArray(list)) return;
    for (const [i, item] of list.entries()) {
      if (typeof item !== "string") continue;
      const site = { file: provider.file, pointer: `/${spec.children.key}/${i}` };
      await this.load(item, spec.children.kind, site);
    }
  }
  async models(provider) {
    const models = (0, import_chunk_R6ZEAHMN.getAt)(provider.file.value, "/models");
    if (!models || typeof models !== "object" || Array.isArray(models)) return;
    const patterns = [];
    for (const type of import_chunk_RSCBOPBN.POSITION_TYPES) {
      const entry = models[type];
      if (!entry || typeof entry !== "object") continue;
      const base = `/models/${(0, import_chunk_R6ZEAHMN.escapePointer)(type)}`;
      const position = entry.position;
      if (typeof position === "string" && position !== "") {
        await this.load(position, "model-position", { file: provider.file, pointer: `${base}/position` });
      }
      const predefined = entry.predefined;
      if (Array.isArray(predefined)) {
        predefined.forEach((p, i) => {
          if (typeof p === "string")
            patterns.push({ pattern: p, site: { file: provider.file, pointer: `${base}/predefined/${i}` } });
        });
      }
    }
    for (const { pattern, site } of patterns) {
      const matches = this.plugin.files.filter((f) => !f.endsWith("_position.yaml") && (0, import_chunk_GMYZR33R.goMatch)(pattern, f));
      this.plugin.globs.push({ site, pattern, matches });
      for (const match of matches) await this.load(match, "model", site);
    }
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  capRepeated,
  loadPlugin,
  resolveReference
});
