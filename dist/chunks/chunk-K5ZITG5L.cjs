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
  compareSurfaces: () => compareSurfaces,
  diffPlugins: () => diffPlugins
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AQPOEHWX = require("./chunk-AQPOEHWX.cjs");
var import_chunk_Z6ZQYNIY = require("./chunk-Z6ZQYNIY.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var CALLABLE = {
  tool: "tool",
  "agent-strategy": "agent strategy",
  datasource: "datasource",
  event: "event",
  endpoint: "endpoint",
  model: "model"
};
function surfaceOf(plugin) {
  const m = plugin.manifest;
  const version = m.scalarText("/version") ?? "";
  const lists = (0, import_chunk_R6ZEAHMN.getAt)(m.value, "/plugins") ?? {};
  const surface = {
    version,
    kinds: new Set(import_chunk_RSCBOPBN.PLUGIN_KINDS.filter((k) => Array.isArray(lists[k]) && lists[k].length > 0)),
    callables: /* @__PURE__ */ new Map(),
    fields: /* @__PURE__ */ new Map(),
    modelTypes: /* @__PURE__ */ new Map(),
    permissions: permissionsOf(m),
    storageSize: Number((0, import_chunk_R6ZEAHMN.getAt)(m.value, "/resource/permission/storage/size") ?? 0) || 0,
    manifest: m
  };
  const seen = /* @__PURE__ */ new Set();
  for (const decl of plugin.declarations) {
    if (seen.has(decl.file)) continue;
    seen.add(decl.file);
    const kind = CALLABLE[decl.kind];
    if (kind) addCallable(surface, kind, decl.file, "");
    if (decl.kind === "tool-provider") {
      const tools = (0, import_chunk_R6ZEAHMN.getAt)(decl.file.value, "/tools");
      if (Array.isArray(tools)) {
        tools.forEach((t, i) => {
          if (t && typeof t === "object") addCallable(surface, "tool", decl.file, `/tools/${i}`);
        });
      }
    }
    for (const [set, pointer, key] of FIELD_SETS[decl.kind] ?? [])
      addFields(surface, set, decl.file, pointer, key);
    if (decl.kind === "model-provider") {
      const types = (0, import_chunk_R6ZEAHMN.getAt)(decl.file.value, "/supported_model_types");
      if (Array.isArray(types)) {
        for (const [i, t] of types.entries()) {
          surface.modelTypes.set(String(t), decl.file.locate(`/supported_model_types/${i}`));
        }
      }
    }
  }
  return surface;
}
var FIELD_SETS = {
  "tool-provider": [
    ["tool credentials", "/credentials_schema", "name"],
    ["tool credentials", "/credentials_for_provider", "name"],
    ["tool OAuth client", "/oauth_schema/client_schema", "name"],
    ["tool OAuth credentials", "/oauth_schema/credentials_schema", "name"]
  ],
  "endpoint-group": [["endpoint settings", "/settings", "name"]],
  "model-provider": [
    ["provider credentials", "/provider_credential_schema/credential_form_schemas", "variable"],
    ["model credentials", "/model_credential_schema/credential_form_schemas", "variable"]
  ],
  "datasource-provider": [
    ["datasource credentials", "/credentials_schema", "name"],
    ["datasource OAuth client", "/oauth_schema/client_schema", "name"],
    ["datasource OAuth credentials", "/oauth_schema/credentials_schema", "name"]
  ],
  "trigger-provider": [
    ["trigger subscription", "/subscription_schema", "name"],
    ["trigger subscription parameters", "/subscription_constructor/parameters", "name"],
    ["trigger credentials", "/subscription_constructor/credentials_schema", "name"],
    ["trigger OAuth client", "/subscription_constructor/oauth_schema/client_schema", "name"],
    ["trigger OAuth credentials", "/subscription_constructor/oauth_schema/credentials_schema", "name"]
  ]
};
function addCallable(surface, kind, file, base) {
  const v = (0, import_chunk_R6ZEAHMN.getAt)(file.value, base);
  if (!v || typeof v !== "object") return;
  let name;
  let namePointer = `${base}/identity/name`;
  if (kind === "endpoint") {
    name = `${String(v.method ?? "").toUpperCase()} ${String(v.path ?? "")}`;
    namePointer = `${base}/path`;
  } else if (kind === "model") {
    name = `${String(v.model_type ?? "")}/${String(v.model ?? "")}`;
    namePointer = `${base}/model`;
  } else {
    const id = (0, import_chunk_R6ZEAHMN.getAt)(v, "/identity/name");
    name = typeof id === "string" ? id : void 0;
  }
  if (!name) return;
  const params = /* @__PURE__ */ new Map();
  const listPointer = kind === "model" ? `${base}/parameter_rules` : `${base}/parameters`;
  const list = (0, import_chunk_R6ZEAHMN.getAt)(file.value, listPointer);
  if (Array.isArray(list)) {
    list.forEach((p, i) => {
      if (!p || typeof p !== "object") return;
      const q = p;
      if (typeof q.name !== "string") return;
      params.set(q.name, {
        name: q.name,
        type: String(q.type ?? q.use_template ?? ""),
        required: q.required === true,
        form: String(q.form ?? ""),
        options: optionValues(q.options),
        at: file.locate(`${listPointer}/${i}`)
      });
    });
  }
  surface.callables.set(`${kind}:${name}`, { kind, name, params, at: file.locate(namePointer) });
}
function addFields(surface, set, file, pointer, key) {
  const value = (0, import_chunk_R6ZEAHMN.getAt)(file.value, pointer);
  if (!value || typeof value !== "object") return;
  const entries = Array.isArray(value) ? value.map((f, i) => [String(f?.[key] ?? ""), f, `${pointer}/${i}`]) : Object.entries(value).map(([k, f]) => [k, f, `${pointer}/${k}`]);
  const fields = surface.fields.get(set) ?? /* @__PURE__ */ new Map();
  for (const [name, f, at] of entries) {
    if (!name || !f || typeof f !== "object") continue;
    const field = f;
    fields.set(name, {
      name,
      type: String(field.type ?? ""),
      required: field.required === true,
      options: optionValues(field.options),
      at: file.locate(at)
    });
  }
  surface.fields.set(set, fields);
}
function optionValues(options) {
  if (!Array.isArray(options)) return void 0;
  return new Set(
    options.map((o) => o && typeof o === "object" ? String(o.value) : String(o))
  );
}
var PERMISSIONS = ["tool", "model", "node", "endpoint", "app", "storage"];
var MODEL_PERMISSIONS = ["llm", "text_embedding", "rerank", "tts", "speech2text", "moderation"];
function permissionsOf(m) {
  const out = /* @__PURE__ */ new Map();
  for (const p of PERMISSIONS) {
    if ((0, import_chunk_R6ZEAHMN.getAt)(m.value, `/resource/permission/${p}/enabled`) === true) {
      out.set(p, m.locate(`/resource/permission/${p}/enabled`));
    }
  }
  if (out.has("model")) {
    for (const t of MODEL_PERMISSIONS) {
      if ((0, import_chunk_R6ZEAHMN.getAt)(m.value, `/resource/permission/model/${t}`) === true) {
        out.set(`model.${t}`, m.locate(`/resource/permission/model/${t}`));
      }
    }
  }
  return out;
}
var RANK = { none: 0, patch: 1, minor: 2, major: 3 };
async function diffPlugins(oldSource, newSource) {
  const [a, b] = await Promise.all([(0, import_chunk_Z6ZQYNIY.loadPlugin)(oldSource), (0, import_chunk_Z6ZQYNIY.loadPlugin)(newSource)]);
  for (const [side, plugin] of [
    ["old", a],
    ["new", b]
  ]) {
    if (!plugin.usable) {
      const why = plugin.findings[0]?.message ?? "it has no readable manifest.yaml";
      throw new import_chunk_NG6BV4S6.UsageError(
        `the ${side} side, ${plugin.source.label}, is not a Dify plugin: ${why}`,
        "Compare two versions of one plugin."
      );
    }
  }
  const contentChanged = await filesDiffer(oldSource, newSource) || manifestDiffers(a.manifest.value, b.manifest.value);
  return compareSurfaces(surfaceOf(a), surfaceOf(b), contentChanged);
}
function compareSurfaces(old, neu, contentChanged) {
  const changes = [];
  const add = (bump, message, at, side = "new") => changes.push({ bump, message, at, side });
  for (const kind of old.kinds)
    if (!neu.kinds.has(kind))
      add("major", `no longer provides ${kind}`, neu.manifest.locate("/plugins", "key"));
  for (const kind of neu.kinds)
    if (!old.kinds.has(kind))
      add("minor", `now also provides ${kind}`, neu.manifest.locate(`/plugins/${kind}`, "key"));
  for (const [key, before] of old.callables) {
    const after = neu.callables.get(key);
    if (!after) add("major", `removed ${before.kind} "${before.name}"`, before.at, "old");
    else compareParams(before, after, add);
  }
  for (const [key, after] of neu.callables) {
    if (!old.callables.has(key)) add("minor", `added ${after.kind} "${after.name}"`, after.at);
  }
  for (const [set, before] of old.fields) compareFields(set, before, neu.fields.get(set) ?? /* @__PURE__ */ new Map(), add);
  for (const [set, after] of neu.fields)
    if (!old.fields.has(set)) compareFields(set, /* @__PURE__ */ new Map(), after, add, true);
  for (const [type, at] of old.modelTypes)
    if (!neu.modelTypes.has(type)) add("major", `no longer supports model type ${type}`, at, "old");
  for (const [type, at] of neu.modelTypes)
    if (!old.modelTypes.has(type)) add("minor", `now supports model type ${type}`, at);
  if (changes.length === 0 && contentChanged) {
    add("patch", "files changed without changing what users depend on", neu.manifest.locate("/version"));
  }
  const escalations = [];
  for (const [permission, at] of neu.permissions) {
    if (!old.permissions.has(permission))
      escalations.push({
        bump: "minor",
        message: `now requests the ${permission} permission`,
        at,
        side: "new"
      });
  }
  const dropped = [];
  for (const [permission] of old.permissions) {
    if (!neu.permissions.has(permission))
      dropped.push({
        bump: "patch",
        message: `no longer requests the ${permission} permission`,
        at: neu.manifest.has("/resource/permission") ? neu.manifest.locate("/resource/permission", "key") : neu.manifest.locate("/resource", "key"),
        side: "new"
      });
  }
  if (neu.storageSize > old.storageSize && old.storageSize > 0) {
    escalations.push({
      bump: "minor",
      message: `asks for ${neu.storageSize} bytes of storage instead of ${old.storageSize}`,
      at: neu.manifest.locate("/resource/permission/storage/size"),
      side: "new"
    });
  }
  const required = changes.reduce((max, c) => RANK[c.bump] > RANK[max] ? c.bump : max, "none");
  const result = verdict(old, neu, changes, escalations, required);
  for (const d of dropped) {
    result.findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR613", `${d.message}: whatever used it is refused by the daemon from this version on`, {
        ...d.at,
        fix: "Check that no code path still needs it (reverse invocations, endpoints, storage)."
      })
    );
  }
  return result;
}
function compareParams(before, after, add) {
  const what = `${after.kind} "${after.name}"`;
  for (const [name, p] of before.params) {
    const q = after.params.get(name);
    if (!q) {
      add("major", `${what}: removed parameter "${name}"`, p.at, "old");
      continue;
    }
    if (!p.required && q.required) add("major", `${what}: parameter "${name}" became required`, q.at);
    else if (p.required && !q.required) add("patch", `${what}: parameter "${name}" is now optional`, q.at);
    if (p.type !== q.type)
      add("major", `${what}: parameter "${name}" changed type ${p.type} \u2192 ${q.type}`, q.at);
    if (p.form !== q.form && p.form && q.form)
      add("major", `${what}: parameter "${name}" moved from form ${p.form} to ${q.form}`, q.at);
    compareOptions(`${what}: parameter "${name}"`, p, q, add);
  }
  for (const [name, q] of after.params) {
    if (before.params.has(name)) continue;
    if (q.required) add("major", `${what}: new required parameter "${name}"`, q.at);
    else add("minor", `${what}: new optional parameter "${name}"`, q.at);
  }
}
function compareFields(set, before, after, add, fresh = false) {
  for (const [name, f] of before) {
    const g = after.get(name);
    if (!g) {
      add("major", `${set}: removed field "${name}"`, f.at, "old");
      continue;
    }
    if (!f.required && g.required) add("major", `${set}: field "${name}" became required`, g.at);
    if (f.type !== g.type) add("major", `${set}: field "${name}" changed type ${f.type} \u2192 ${g.type}`, g.at);
    compareOptions(`${set}: field "${name}"`, f, g, add);
  }
  for (const [name, g] of after) {
    if (before.has(name)) continue;
    if (g.required && fresh) add("minor", `${set}: new required field "${name}" of a new set`, g.at);
    else if (g.required)
      add("major", `${set}: new required field "${name}" (existing installations lack it)`, g.at);
    else add("minor", `${set}: new optional field "${name}"`, g.at);
  }
}
function compareOptions(what, p, q, add) {
  if (!p.options || !q.options) return;
  const removed = [...p.options].filter((o) => !q.options.has(o));
  const added = [...q.options].filter((o) => !p.options.has(o));
  if (removed.length > 0) add("major", `${what}: options removed: ${removed.join(", ")}`, q.at);
  if (added.length > 0) add("minor", `${what}: options added: ${added.join(", ")}`, q.at);
}
function verdict(old, neu, changes, escalations, required) {
  const actual = (0, import_chunk_AQPOEHWX.bumpBetween)(old.version, neu.version);
  const oldMajor = (0, import_chunk_AQPOEHWX.releaseOf)(old.version)[0];
  const shift = oldMajor === 0 ? { none: "none", patch: "patch", minor: "patch", major: "minor" } : { none: "none", patch: "patch", minor: "minor", major: "major" };
  const needed = required === "none" ? void 0 : shift[required];
  const enough = !needed || actual !== "downgrade" && RANK[actual] >= RANK[needed];
  const suggested = !enough && needed ? (0, import_chunk_AQPOEHWX.nextVersion)(old.version, needed) : void 0;
  const findings = [];
  for (const c of changes) {
    const code = c.bump === "major" ? "DPR601" : c.bump === "minor" ? "DPR602" : "DPR603";
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        code,
        `${c.side === "old" ? `(in ${old.version}) ` : ""}${c.message}: a ${c.bump} change`,
        c.at
      )
    );
  }
  for (const e of escalations) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR612", e.message, {
        ...e.at,
        fix: "Say why in the release notes; the deployment checklist flags new permissions for review."
      })
    );
  }
  if (!enough) {
    const why = actual === "downgrade" ? `${neu.version} is lower than ${old.version}` : actual === "none" ? `the version stays ${neu.version}` : `${old.version} \u2192 ${neu.version} is only a ${actual} bump`;
    const risk = (needed === "major" || needed === "minor") && (actual === "patch" || actual === "none") ? " Dify's default auto-upgrade (fix_only) installs patch releases everywhere, so this would reach users unasked." : "";
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR610",
        `the changes need a ${needed} version bump${needed !== required ? ` (a ${required} change, in 0.x)` : ""}, but ${why}.${risk}`,
        {
          ...neu.manifest.locate("/version"),
          fix: suggested ? `Set version: ${suggested}.` : "Raise the version."
        }
      )
    );
  }
  return {
    oldVersion: old.version,
    newVersion: neu.version,
    changes,
    escalations,
    required,
    actual,
    ok: enough,
    suggested,
    findings
  };
}
async function filesDiffer(a, b) {
  const [fa, fb] = await Promise.all([a.files(), b.files()]);
  if (fa.length !== fb.length || fa.some((f, i) => f !== fb[i])) return true;
  for (const f of fa) {
    if (f === import_chunk_RSCBOPBN.MANIFEST) continue;
    const unread = () => void 0;
    const [x, y] = await Promise.all([a.read(f).catch(unread), b.read(f).catch(unread)]);
    if (!x || !y || Buffer.compare(Buffer.from(x), Buffer.from(y)) !== 0) return true;
  }
  return false;
}
function manifestDiffers(a, b) {
  const strip = (v) => v && typeof v === "object" ? { ...v, version: void 0 } : v;
  return JSON.stringify(strip(a)) !== JSON.stringify(strip(b));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  compareSurfaces,
  diffPlugins
});
