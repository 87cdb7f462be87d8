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
  CONFIG_NAMES: () => import_chunk_GIMIA6NM.CONFIG_NAMES,
  emptyConfig: () => import_chunk_GIMIA6NM.emptyConfig,
  loadConfig: () => loadConfig
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_AHZDWVCY = require("./chunk-AHZDWVCY.cjs");
var import_chunk_GIMIA6NM = require("./chunk-GIMIA6NM.cjs");
var import_chunk_6VNWJHBK = require("./chunk-6VNWJHBK.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var Z = _;
var a = { $schema: "http://json-schema.org/draft-07/schema#", $id: "dify-release.schema.json", title: ".dify-release.yml", description: "The configuration of dify-plugin-release, at the repository root. Every key is optional; a command-line flag or an action input overrides it. Paths are relative to this file's directory.", type: "object", additionalProperties: false, definitions: { codes: { description: "Finding codes (any case), e.g. DPR212.", type: "array", items: { type: "string", pattern: "^[Dd][Pp][Rr]\\d{3,4}$" } }, strings: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }, envName: { description: "The name of an environment variable (or CI secret) \u2014 never the secret itself.", type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, smokeCall: { description: "A smoke call: an HTTP request whose answer must match, or a command that must exit 0. Placeholders {environment} {tenant} {identifier} {version} {digest} {target} are filled in.", type: "object", additionalProperties: false, properties: { name: { description: "What it checks, for the evidence.", type: "string", minLength: 1 }, url: { description: "An http(s) URL to call.", type: "string", pattern: "^https?://" }, method: { enum: ["GET", "POST", "HEAD"] }, body: { description: "The request body (POST).", type: "string" }, "headers-env": { $ref: "#/definitions/envName", description: "A variable holding extra headers as JSON (e.g. an Authorization header)." }, "expect-status": { description: "The HTTP status expected (default 200).", type: "integer", minimum: 100, maximum: 599 }, "expect-body": { description: "A regular expression the answer must match.", type: "string" }, command: { description: "A program and its arguments; exit 0 is success.", type: "array", items: { type: "string" }, minItems: 1 }, "timeout-seconds": { description: "Give up after this long (default 30).", type: "number", exclusiveMinimum: 0 }, environments: { description: "Only on these environments (default: every one).", type: "array", items: { type: "string" } } }, oneOf: [{ required: ["url"] }, { required: ["command"] }] } }, properties: { plugins: { description: "Plugin directories, or folders of plugins, that commands act on by default (default: .).", type: "array", items: { type: "string", minLength: 1 } }, strict: { description: "Treat warnings as errors.", type: "boolean" }, ignore: { $ref: "#/definitions/codes", description: "Finding codes to ignore everywhere." }, "annotate-notices": { description: "In GitHub Actions, annotate notices too.", type: "boolean" }, overrides: { description: "Per-plugin settings, by plugin directory (or a folder of plugins).", type: "object", additionalProperties: { type: "object", additionalProperties: false, properties: { strict: { type: "boolean" }, ignore: { $ref: "#/definitions/codes" } } } }, validate: { type: "object", additionalProperties: false, properties: { against: { description: "Check each plugin against itself at this git ref.", type: "string" }, marketplace: { description: "Also run the marketplace checks: marketplace (or true), official, or false.", enum: ["marketplace", "official", "true", "false", true, false] } } }, check: { type: "object", additionalProperties: false, properties: { profile: { description: "marketplace or official.", enum: ["marketplace", "official"] } } }, test: { type: "object", additionalProperties: false, properties: { python: { description: "The Python interpreter.", type: "string" }, "tests-dir": { description: "Tests kept outside the plugin.", type: "string" }, timeout: { description: "Seconds before the tests are killed; 0: no limit.", type: "number", minimum: 0 }, "require-tests": { description: "Fail when no tests are found.", type: "boolean" }, "cache-dir": { description: "Where test environments are cached.", type: "string" }, "pytest-args": { $ref: "#/definitions/strings", description: "More pytest arguments." }, "pass-env": { description: "Variables the tests may see although the stage hides them.", type: "array", items: { $ref: "#/definitions/envName" } } } }, package: { type: "object", additionalProperties: false, properties: { "output-dir": { description: "Where packages and SHA256SUMS are written.", type: "string" }, "max-size": { description: "Uncompressed size limit in MiB.", type: "number", exclusiveMinimum: 0 }, "allow-file": { description: "Secret-looking files to package anyway (gitignore patterns).", type: "array", items: { type: "string" } } } }, signing: { type: "object", additionalProperties: false, properties: { "key-file": { description: "The private key file (never commit it).", type: "string" }, "key-env": { $ref: "#/definitions/envName", description: "The variable holding the private key's PEM." }, category: { enum: ["community", "partner", "langgenius"] } } }, verify: { type: "object", additionalProperties: false, properties: { "key-file": { description: "Public keys (PEM files) to trust besides the official one.", type: "array", items: { type: "string" } } } }, release: { description: "GitHub Releases (`release`).", type: "object", additionalProperties: false, properties: { repo: { description: "The repository to release in (OWNER/REPO; default GITHUB_REPOSITORY).", type: "string", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "tag-pattern": { description: "How a version becomes a tag: {version}, {name}, {author}, {type}. Default v{version}.", type: "string", minLength: 1 }, "notes-from": { description: "Release notes: changelog, pr or generated (default: changelog when it has the version, else generated).", enum: ["changelog", "pr", "generated"] }, changelog: { description: "The Keep a Changelog file (default CHANGELOG.md).", type: "string" }, draft: { description: "Leave releases as drafts.", type: "boolean" }, assets: { description: "More files to attach to every release.", type: "array", items: { type: "string" } }, attest: { description: "Attest package digests in GitHub Actions (default true).", type: "boolean" } } }, marketplace: { description: "Marketplace pull requests (`submit`).", type: "object", additionalProperties: false, properties: { upstream: { description: "The marketplace repository (default langgenius/dify-plugins).", type: "string", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, fork: { description: "Your fork of it (default <token owner>/dify-plugins).", type: "string", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, base: { description: "The branch the pull request targets (default: upstream's default).", type: "string" }, "create-fork": { description: "Create the fork when it does not exist (default true).", type: "boolean" }, risk: { description: "The risk level ticked (default: from the code's capabilities).", enum: ["low", "medium", "high"] }, changelog: { description: 'The Keep a Changelog file for "What changed" (default CHANGELOG.md).', type: "string" }, "security-notes": { description: "A Markdown file of more security and privacy notes.", type: "string" }, "confirm-requirements": { description: "Tick the checks only the submitter can confirm (requirements, agreement, tested).", type: "boolean" }, repo: { description: "The plugin's repository, where the submission is recorded as a deployment (default GITHUB_REPOSITORY).", type: "string", pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "fork-token-env": { $ref: "#/definitions/envName", description: "The variable holding the token for the fork and the pull request (default DIFY_PLUGINS_TOKEN)." } } }, environments: { description: "Deployment targets by name (staging, production, \u2026).", type: "object", additionalProperties: { type: "object", additionalProperties: false, properties: { url: { description: "The plugin daemon's or the Dify console's base URL; absent: the embedded daemon.", type: "string", pattern: "^https?://" }, kind: { description: "daemon (X-Api-Key) or console (a Dify account).", enum: ["daemon", "console"] }, tenants: { description: "Daemon: the tenant ids plugins are installed for.", type: "array", items: { type: "string", minLength: 1 } }, workspace: { description: "Console: the workspace id the account must be in.", type: "string" }, "api-key-env": { $ref: "#/definitions/envName" }, "account-env": { $ref: "#/definitions/envName" }, canary: { description: "Tenants promoted first.", type: "array", items: { type: "string" } }, "trusted-keys": { description: "Public keys the target trusts besides the official one.", type: "array", items: { type: "string" } }, "password-encoding": { description: "Console: how the password is sent at login (auto: as is, base64 when the console asks).", enum: ["auto", "plain", "base64"] }, "force-verify": { description: "Embedded daemon (no url): refuse unverified packages, as FORCE_VERIFYING_SIGNATURE does.", type: "boolean" }, runtime: { description: "Embedded daemon (no url): start installed plugins with Python and check they stay up.", enum: ["python"] }, "data-dir": { description: "Embedded daemon (no url): where its state lives (default .dify-release/envs/<name>/daemon).", type: "string" }, "dify-version": { description: "The Dify version the target runs, for the compatibility gate when its API does not say (a daemon); the embedded daemon's console reports it.", type: "string", pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+.][0-9A-Za-z.-]+)?$" } } } }, checklist: { description: "The deployment checklist: gates checked by deploy and promote, each required or optional, with thresholds. Every key is optional; the defaults need no configuration.", type: "object", additionalProperties: false, properties: { "staging-env": { description: "The environment whose checklist promote requires (default staging).", type: "string", minLength: 1 }, "production-env": { description: "The environment whose current version is the last release, for permission escalations (default production).", type: "string", minLength: 1 }, provenance: { description: "The package's digest equals the one recorded when it was built (SHA256SUMS, --digest, an attestation).", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default true).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" }, attestation: { description: "if-present (default): an attestation next to the package must match; required: one must exist.", enum: ["if-present", "required"] } } }, signature: { description: "The package's signature verifies with the official key or the trusted keys.", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default true).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" }, "trusted-keys": { description: "Public keys (PKCS#1 PEM files) trusted besides the official one.", type: "array", items: { type: "string" } }, "allow-unsigned": { description: "An unsigned package passes (the target must accept it too).", type: "boolean" } } }, dependencies: { description: "Requirements pinned and consistent; the target reports nothing missing after install.", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default true).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" } } }, permissions: { description: "Requested permissions within the policy; escalations against the last release flagged.", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default true).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" }, allowed: { description: "Permissions a plugin may request: tool, model, model.llm, model.text_embedding, model.rerank, model.tts, model.speech2text, model.moderation, node, endpoint, app, storage.", type: "array", items: { enum: ["tool", "model", "model.llm", "model.text_embedding", "model.rerank", "model.tts", "model.speech2text", "model.moderation", "node", "endpoint", "app", "storage"] } }, escalation: { description: "A permission the last release did not have: fail (default) unless listed in allowed, or allow.", enum: ["fail", "allow"] }, "max-storage-bytes": { description: "The largest storage a plugin may request.", type: "integer", minimum: 0 } } }, compatibility: { description: "The target's Dify version (its API, else environments.<name>.dify-version) is at least what the plugin needs (meta.minimum_dify_version and the features it uses); checked before any change.", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default true).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" } } }, staging: { description: "The install succeeds on the target, its declaration matches, the plugin runs when the target tells, smoke calls pass.", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default true).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" }, runtime: { description: "if-reported (default): the plugin must run when the target reports its runtime; required: a target that does not report it fails; ignore.", enum: ["if-reported", "required", "ignore"] }, "startup-seconds": { description: "How long the plugin may take to be running (default 60).", type: "number", exclusiveMinimum: 0 }, smoke: { description: "Smoke calls run after the install (and after the upgrade on promote).", type: "array", items: { $ref: "#/definitions/smokeCall" } } } }, performance: { description: "Install time, package size and start-up within budgets, compared with the last release.", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default false).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" }, "max-install-seconds": { description: "Budget for the install or upgrade task (default 300).", type: "number", exclusiveMinimum: 0 }, "max-size-mib": { description: "Budget for the package file (default 50, the daemon's limit).", type: "number", exclusiveMinimum: 0 }, "max-startup-seconds": { description: "Budget for the plugin to be running, when the target tells (default 60).", type: "number", exclusiveMinimum: 0 }, "max-growth-percent": { description: "How much larger or slower than the last release on this environment (default: not compared).", type: "number", minimum: 0 } } }, "post-upgrade": { description: "After each upgrade, every provider, model, tool, endpoint, strategy, datasource and event the plugin exposed before is still there; a drop fails it (on promote: rolled back).", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default true).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" } } }, backup: { description: "The current version of the environment is recorded before any change, and can be reinstalled.", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default true).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" } } }, verify: { description: "After the upgrade on promote: the installed identifier is the promoted one, the target answers, the plugin runs, smoke calls pass; a failure rolls back.", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default true).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" } } }, notify: { description: "The job summary, and a webhook when configured.", type: "object", additionalProperties: false, properties: { required: { description: "Whether the gate blocks promotion (default false).", type: "boolean" }, enabled: { description: "false: the gate is not run (it is reported as skipped, with this reason).", type: "boolean" }, manual: { description: "The gate waits for a person: pending until `promote --approve <gate>`.", type: "boolean" }, "webhook-env": { $ref: "#/definitions/envName", description: 'A variable holding the webhook URL to POST the checklist to (Slack-compatible {"text"}).' } } } } } } };
var f = { description: "Finding codes (any case), e.g. DPR212.", type: "array", items: { type: "string", pattern: "^[Dd][Pp][Rr]\\d{3,4}$" } };
var k = { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] };
var u = { description: "The name of an environment variable (or CI secret) \u2014 never the secret itself.", type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" };
var w = Object.prototype.hasOwnProperty;
var P = (0, import_chunk_AHZDWVCY.require_ucs2length)().default;
var z = new RegExp("^[Dd][Pp][Rr]\\d{3,4}$", "u");
var v = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var S = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var j = new RegExp("^https?://", "u");
var O = new RegExp("^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+.][0-9A-Za-z.-]+)?$", "u");
var d = { description: "A smoke call: an HTTP request whose answer must match, or a command that must exit 0. Placeholders {environment} {tenant} {identifier} {version} {digest} {target} are filled in.", type: "object", additionalProperties: false, properties: { name: { description: "What it checks, for the evidence.", type: "string", minLength: 1 }, url: { description: "An http(s) URL to call.", type: "string", pattern: "^https?://" }, method: { enum: ["GET", "POST", "HEAD"] }, body: { description: "The request body (POST).", type: "string" }, "headers-env": { $ref: "#/definitions/envName", description: "A variable holding extra headers as JSON (e.g. an Authorization header)." }, "expect-status": { description: "The HTTP status expected (default 200).", type: "integer", minimum: 100, maximum: 599 }, "expect-body": { description: "A regular expression the answer must match.", type: "string" }, command: { description: "A program and its arguments; exit 0 is success.", type: "array", items: { type: "string" }, minItems: 1 }, "timeout-seconds": { description: "Give up after this long (default 30).", type: "number", exclusiveMinimum: 0 }, environments: { description: "Only on these environments (default: every one).", type: "array", items: { type: "string" } } }, oneOf: [{ required: ["url"] }, { required: ["command"] }] };
function A(c, { instancePath: p = "", parentData: T, parentDataProperty: N, rootData: q = c } = {}) {
  let e = null, i = 0;
  const b = i;
  let o = false, r = null;
  const t = i;
  if (c && typeof c == "object" && !Array.isArray(c) && c.url === void 0) {
    const n = { instancePath: p, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: d.oneOf[0].required, parentSchema: d.oneOf[0], data: c };
    e === null ? e = [n] : e.push(n), i++;
  }
  var l = t === i;
  l && (o = true, r = 0);
  const s = i;
  if (c && typeof c == "object" && !Array.isArray(c) && c.command === void 0) {
    const n = { instancePath: p, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: d.oneOf[1].required, parentSchema: d.oneOf[1], data: c };
    e === null ? e = [n] : e.push(n), i++;
  }
  var l = s === i;
  if (l && o ? (o = false, r = [r, 1]) : l && (o = true, r = 1), o) i = b, e !== null && (b ? e.length = b : e = null);
  else {
    const n = { instancePath: p, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: r }, message: "must match exactly one schema in oneOf", schema: d.oneOf, parentSchema: d, data: c };
    e === null ? e = [n] : e.push(n), i++;
  }
  if (c && typeof c == "object" && !Array.isArray(c)) {
    for (const n in c) if (!w.call(d.properties, n)) {
      const m = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: n }, message: "must NOT have additional properties", schema: false, parentSchema: d, data: c };
      e === null ? e = [m] : e.push(m), i++;
    }
    if (c.name !== void 0) {
      let n = c.name;
      if (typeof n == "string") {
        if (P(n) < 1) {
          const m = { instancePath: p + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: d.properties.name, data: n };
          e === null ? e = [m] : e.push(m), i++;
        }
      } else {
        const m = { instancePath: p + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.name.type, parentSchema: d.properties.name, data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
    }
    if (c.url !== void 0) {
      let n = c.url;
      if (typeof n == "string") {
        if (!j.test(n)) {
          const m = { instancePath: p + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: d.properties.url, data: n };
          e === null ? e = [m] : e.push(m), i++;
        }
      } else {
        const m = { instancePath: p + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.url.type, parentSchema: d.properties.url, data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
    }
    if (c.method !== void 0) {
      let n = c.method;
      if (!(n === "GET" || n === "POST" || n === "HEAD")) {
        const m = { instancePath: p + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: d.properties.method.enum }, message: "must be equal to one of the allowed values", schema: d.properties.method.enum, parentSchema: d.properties.method, data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
    }
    if (c.body !== void 0) {
      let n = c.body;
      if (typeof n != "string") {
        const m = { instancePath: p + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.body.type, parentSchema: d.properties.body, data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
    }
    if (c["headers-env"] !== void 0) {
      let n = c["headers-env"];
      if (typeof n == "string") {
        if (!v.test(n)) {
          const m = { instancePath: p + "/headers-env", schemaPath: "#/definitions/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: u, data: n };
          e === null ? e = [m] : e.push(m), i++;
        }
      } else {
        const m = { instancePath: p + "/headers-env", schemaPath: "#/definitions/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.type, parentSchema: u, data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
    }
    if (c["expect-status"] !== void 0) {
      let n = c["expect-status"];
      if (!(typeof n == "number" && !(n % 1) && !isNaN(n))) {
        const m = { instancePath: p + "/expect-status", schemaPath: "#/properties/expect-status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: d.properties["expect-status"].type, parentSchema: d.properties["expect-status"], data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
      if (typeof n == "number") {
        if (n > 599 || isNaN(n)) {
          const m = { instancePath: p + "/expect-status", schemaPath: "#/properties/expect-status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: d.properties["expect-status"], data: n };
          e === null ? e = [m] : e.push(m), i++;
        }
        if (n < 100 || isNaN(n)) {
          const m = { instancePath: p + "/expect-status", schemaPath: "#/properties/expect-status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: d.properties["expect-status"], data: n };
          e === null ? e = [m] : e.push(m), i++;
        }
      }
    }
    if (c["expect-body"] !== void 0) {
      let n = c["expect-body"];
      if (typeof n != "string") {
        const m = { instancePath: p + "/expect-body", schemaPath: "#/properties/expect-body/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties["expect-body"].type, parentSchema: d.properties["expect-body"], data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
    }
    if (c.command !== void 0) {
      let n = c.command;
      if (Array.isArray(n)) {
        if (n.length < 1) {
          const h = { instancePath: p + "/command", schemaPath: "#/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: d.properties.command, data: n };
          e === null ? e = [h] : e.push(h), i++;
        }
        const m = n.length;
        for (let h = 0; h < m; h++) {
          let y = n[h];
          if (typeof y != "string") {
            const g = { instancePath: p + "/command/" + h, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.command.items.type, parentSchema: d.properties.command.items, data: y };
            e === null ? e = [g] : e.push(g), i++;
          }
        }
      } else {
        const m = { instancePath: p + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: d.properties.command.type, parentSchema: d.properties.command, data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
    }
    if (c["timeout-seconds"] !== void 0) {
      let n = c["timeout-seconds"];
      if (typeof n == "number") {
        if (n <= 0 || isNaN(n)) {
          const m = { instancePath: p + "/timeout-seconds", schemaPath: "#/properties/timeout-seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: d.properties["timeout-seconds"], data: n };
          e === null ? e = [m] : e.push(m), i++;
        }
      } else {
        const m = { instancePath: p + "/timeout-seconds", schemaPath: "#/properties/timeout-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: d.properties["timeout-seconds"].type, parentSchema: d.properties["timeout-seconds"], data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
    }
    if (c.environments !== void 0) {
      let n = c.environments;
      if (Array.isArray(n)) {
        const m = n.length;
        for (let h = 0; h < m; h++) {
          let y = n[h];
          if (typeof y != "string") {
            const g = { instancePath: p + "/environments/" + h, schemaPath: "#/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: d.properties.environments.items.type, parentSchema: d.properties.environments.items, data: y };
            e === null ? e = [g] : e.push(g), i++;
          }
        }
      } else {
        const m = { instancePath: p + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: d.properties.environments.type, parentSchema: d.properties.environments, data: n };
        e === null ? e = [m] : e.push(m), i++;
      }
    }
  } else {
    const n = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: d.type, parentSchema: d, data: c };
    e === null ? e = [n] : e.push(n), i++;
  }
  return A.errors = e, i === 0;
}
function _(c, { instancePath: p = "", parentData: T, parentDataProperty: N, rootData: q = c } = {}) {
  let e = null, i = 0;
  if (c && typeof c == "object" && !Array.isArray(c)) {
    for (const o in c) if (!w.call(a.properties, o)) {
      const r = { instancePath: p, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: o }, message: "must NOT have additional properties", schema: false, parentSchema: a, data: c };
      e === null ? e = [r] : e.push(r), i++;
    }
    if (c.plugins !== void 0) {
      let o = c.plugins;
      if (Array.isArray(o)) {
        const r = o.length;
        for (let t = 0; t < r; t++) {
          let s = o[t];
          if (typeof s == "string") {
            if (P(s) < 1) {
              const l = { instancePath: p + "/plugins/" + t, schemaPath: "#/properties/plugins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: a.properties.plugins.items, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          } else {
            const l = { instancePath: p + "/plugins/" + t, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.plugins.items.type, parentSchema: a.properties.plugins.items, data: s };
            e === null ? e = [l] : e.push(l), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.plugins.type, parentSchema: a.properties.plugins, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.strict !== void 0) {
      let o = c.strict;
      if (typeof o != "boolean") {
        const r = { instancePath: p + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.strict.type, parentSchema: a.properties.strict, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.ignore !== void 0) {
      let o = c.ignore;
      if (Array.isArray(o)) {
        const r = o.length;
        for (let t = 0; t < r; t++) {
          let s = o[t];
          if (typeof s == "string") {
            if (!z.test(s)) {
              const l = { instancePath: p + "/ignore/" + t, schemaPath: "#/definitions/codes/items/pattern", keyword: "pattern", params: { pattern: "^[Dd][Pp][Rr]\\d{3,4}$" }, message: 'must match pattern "^[Dd][Pp][Rr]\\d{3,4}$"', schema: "^[Dd][Pp][Rr]\\d{3,4}$", parentSchema: f.items, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          } else {
            const l = { instancePath: p + "/ignore/" + t, schemaPath: "#/definitions/codes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.items.type, parentSchema: f.items, data: s };
            e === null ? e = [l] : e.push(l), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/ignore", schemaPath: "#/definitions/codes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: f.type, parentSchema: f, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c["annotate-notices"] !== void 0) {
      let o = c["annotate-notices"];
      if (typeof o != "boolean") {
        const r = { instancePath: p + "/annotate-notices", schemaPath: "#/properties/annotate-notices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties["annotate-notices"].type, parentSchema: a.properties["annotate-notices"], data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.overrides !== void 0) {
      let o = c.overrides;
      if (o && typeof o == "object" && !Array.isArray(o)) for (const r in o) {
        let t = o[r];
        if (t && typeof t == "object" && !Array.isArray(t)) {
          for (const s in t) if (!(s === "strict" || s === "ignore")) {
            const l = { instancePath: p + "/overrides/" + r.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.overrides.additionalProperties, data: t };
            e === null ? e = [l] : e.push(l), i++;
          }
          if (t.strict !== void 0) {
            let s = t.strict;
            if (typeof s != "boolean") {
              const l = { instancePath: p + "/overrides/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/strict", schemaPath: "#/properties/overrides/additionalProperties/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.overrides.additionalProperties.properties.strict.type, parentSchema: a.properties.overrides.additionalProperties.properties.strict, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t.ignore !== void 0) {
            let s = t.ignore;
            if (Array.isArray(s)) {
              const l = s.length;
              for (let n = 0; n < l; n++) {
                let m = s[n];
                if (typeof m == "string") {
                  if (!z.test(m)) {
                    const h = { instancePath: p + "/overrides/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/ignore/" + n, schemaPath: "#/definitions/codes/items/pattern", keyword: "pattern", params: { pattern: "^[Dd][Pp][Rr]\\d{3,4}$" }, message: 'must match pattern "^[Dd][Pp][Rr]\\d{3,4}$"', schema: "^[Dd][Pp][Rr]\\d{3,4}$", parentSchema: f.items, data: m };
                    e === null ? e = [h] : e.push(h), i++;
                  }
                } else {
                  const h = { instancePath: p + "/overrides/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/ignore/" + n, schemaPath: "#/definitions/codes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: f.items.type, parentSchema: f.items, data: m };
                  e === null ? e = [h] : e.push(h), i++;
                }
              }
            } else {
              const l = { instancePath: p + "/overrides/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/ignore", schemaPath: "#/definitions/codes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: f.type, parentSchema: f, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
        } else {
          const s = { instancePath: p + "/overrides/" + r.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/overrides/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.overrides.additionalProperties.type, parentSchema: a.properties.overrides.additionalProperties, data: t };
          e === null ? e = [s] : e.push(s), i++;
        }
      }
      else {
        const r = { instancePath: p + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.overrides.type, parentSchema: a.properties.overrides, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.validate !== void 0) {
      let o = c.validate;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        for (const r in o) if (!(r === "against" || r === "marketplace")) {
          const t = { instancePath: p + "/validate", schemaPath: "#/properties/validate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.validate, data: o };
          e === null ? e = [t] : e.push(t), i++;
        }
        if (o.against !== void 0) {
          let r = o.against;
          if (typeof r != "string") {
            const t = { instancePath: p + "/validate/against", schemaPath: "#/properties/validate/properties/against/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.validate.properties.against.type, parentSchema: a.properties.validate.properties.against, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.marketplace !== void 0) {
          let r = o.marketplace;
          if (!(r === "marketplace" || r === "official" || r === "true" || r === "false" || r === true || r === false)) {
            const t = { instancePath: p + "/validate/marketplace", schemaPath: "#/properties/validate/properties/marketplace/enum", keyword: "enum", params: { allowedValues: a.properties.validate.properties.marketplace.enum }, message: "must be equal to one of the allowed values", schema: a.properties.validate.properties.marketplace.enum, parentSchema: a.properties.validate.properties.marketplace, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/validate", schemaPath: "#/properties/validate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.validate.type, parentSchema: a.properties.validate, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.check !== void 0) {
      let o = c.check;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        for (const r in o) if (r !== "profile") {
          const t = { instancePath: p + "/check", schemaPath: "#/properties/check/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.check, data: o };
          e === null ? e = [t] : e.push(t), i++;
        }
        if (o.profile !== void 0) {
          let r = o.profile;
          if (!(r === "marketplace" || r === "official")) {
            const t = { instancePath: p + "/check/profile", schemaPath: "#/properties/check/properties/profile/enum", keyword: "enum", params: { allowedValues: a.properties.check.properties.profile.enum }, message: "must be equal to one of the allowed values", schema: a.properties.check.properties.profile.enum, parentSchema: a.properties.check.properties.profile, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/check", schemaPath: "#/properties/check/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.check.type, parentSchema: a.properties.check, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.test !== void 0) {
      let o = c.test;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        for (const r in o) if (!(r === "python" || r === "tests-dir" || r === "timeout" || r === "require-tests" || r === "cache-dir" || r === "pytest-args" || r === "pass-env")) {
          const t = { instancePath: p + "/test", schemaPath: "#/properties/test/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.test, data: o };
          e === null ? e = [t] : e.push(t), i++;
        }
        if (o.python !== void 0) {
          let r = o.python;
          if (typeof r != "string") {
            const t = { instancePath: p + "/test/python", schemaPath: "#/properties/test/properties/python/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.test.properties.python.type, parentSchema: a.properties.test.properties.python, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["tests-dir"] !== void 0) {
          let r = o["tests-dir"];
          if (typeof r != "string") {
            const t = { instancePath: p + "/test/tests-dir", schemaPath: "#/properties/test/properties/tests-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.test.properties["tests-dir"].type, parentSchema: a.properties.test.properties["tests-dir"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.timeout !== void 0) {
          let r = o.timeout;
          if (typeof r == "number") {
            if (r < 0 || isNaN(r)) {
              const t = { instancePath: p + "/test/timeout", schemaPath: "#/properties/test/properties/timeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: a.properties.test.properties.timeout, data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/test/timeout", schemaPath: "#/properties/test/properties/timeout/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: a.properties.test.properties.timeout.type, parentSchema: a.properties.test.properties.timeout, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["require-tests"] !== void 0) {
          let r = o["require-tests"];
          if (typeof r != "boolean") {
            const t = { instancePath: p + "/test/require-tests", schemaPath: "#/properties/test/properties/require-tests/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.test.properties["require-tests"].type, parentSchema: a.properties.test.properties["require-tests"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["cache-dir"] !== void 0) {
          let r = o["cache-dir"];
          if (typeof r != "string") {
            const t = { instancePath: p + "/test/cache-dir", schemaPath: "#/properties/test/properties/cache-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.test.properties["cache-dir"].type, parentSchema: a.properties.test.properties["cache-dir"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["pytest-args"] !== void 0) {
          let r = o["pytest-args"];
          const t = i;
          let s = false;
          const l = i;
          if (typeof r != "string") {
            const n = { instancePath: p + "/test/pytest-args", schemaPath: "#/definitions/strings/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.anyOf[0].type, parentSchema: k.anyOf[0], data: r };
            e === null ? e = [n] : e.push(n), i++;
          }
          var b = l === i;
          if (s = s || b, !s) {
            const n = i;
            if (Array.isArray(r)) {
              const h = r.length;
              for (let y = 0; y < h; y++) {
                let g = r[y];
                if (typeof g != "string") {
                  const x = { instancePath: p + "/test/pytest-args/" + y, schemaPath: "#/definitions/strings/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: k.anyOf[1].items.type, parentSchema: k.anyOf[1].items, data: g };
                  e === null ? e = [x] : e.push(x), i++;
                }
              }
            } else {
              const h = { instancePath: p + "/test/pytest-args", schemaPath: "#/definitions/strings/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: k.anyOf[1].type, parentSchema: k.anyOf[1], data: r };
              e === null ? e = [h] : e.push(h), i++;
            }
            var b = n === i;
            s = s || b;
          }
          if (s) i = t, e !== null && (t ? e.length = t : e = null);
          else {
            const n = { instancePath: p + "/test/pytest-args", schemaPath: "#/definitions/strings/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: k.anyOf, parentSchema: k, data: r };
            e === null ? e = [n] : e.push(n), i++;
          }
        }
        if (o["pass-env"] !== void 0) {
          let r = o["pass-env"];
          if (Array.isArray(r)) {
            const t = r.length;
            for (let s = 0; s < t; s++) {
              let l = r[s];
              if (typeof l == "string") {
                if (!v.test(l)) {
                  const n = { instancePath: p + "/test/pass-env/" + s, schemaPath: "#/definitions/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: u, data: l };
                  e === null ? e = [n] : e.push(n), i++;
                }
              } else {
                const n = { instancePath: p + "/test/pass-env/" + s, schemaPath: "#/definitions/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.type, parentSchema: u, data: l };
                e === null ? e = [n] : e.push(n), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/test/pass-env", schemaPath: "#/properties/test/properties/pass-env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.test.properties["pass-env"].type, parentSchema: a.properties.test.properties["pass-env"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/test", schemaPath: "#/properties/test/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.test.type, parentSchema: a.properties.test, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.package !== void 0) {
      let o = c.package;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        for (const r in o) if (!(r === "output-dir" || r === "max-size" || r === "allow-file")) {
          const t = { instancePath: p + "/package", schemaPath: "#/properties/package/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.package, data: o };
          e === null ? e = [t] : e.push(t), i++;
        }
        if (o["output-dir"] !== void 0) {
          let r = o["output-dir"];
          if (typeof r != "string") {
            const t = { instancePath: p + "/package/output-dir", schemaPath: "#/properties/package/properties/output-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.package.properties["output-dir"].type, parentSchema: a.properties.package.properties["output-dir"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["max-size"] !== void 0) {
          let r = o["max-size"];
          if (typeof r == "number") {
            if (r <= 0 || isNaN(r)) {
              const t = { instancePath: p + "/package/max-size", schemaPath: "#/properties/package/properties/max-size/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: a.properties.package.properties["max-size"], data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/package/max-size", schemaPath: "#/properties/package/properties/max-size/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: a.properties.package.properties["max-size"].type, parentSchema: a.properties.package.properties["max-size"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["allow-file"] !== void 0) {
          let r = o["allow-file"];
          if (Array.isArray(r)) {
            const t = r.length;
            for (let s = 0; s < t; s++) {
              let l = r[s];
              if (typeof l != "string") {
                const n = { instancePath: p + "/package/allow-file/" + s, schemaPath: "#/properties/package/properties/allow-file/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.package.properties["allow-file"].items.type, parentSchema: a.properties.package.properties["allow-file"].items, data: l };
                e === null ? e = [n] : e.push(n), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/package/allow-file", schemaPath: "#/properties/package/properties/allow-file/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.package.properties["allow-file"].type, parentSchema: a.properties.package.properties["allow-file"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/package", schemaPath: "#/properties/package/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.package.type, parentSchema: a.properties.package, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.signing !== void 0) {
      let o = c.signing;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        for (const r in o) if (!(r === "key-file" || r === "key-env" || r === "category")) {
          const t = { instancePath: p + "/signing", schemaPath: "#/properties/signing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.signing, data: o };
          e === null ? e = [t] : e.push(t), i++;
        }
        if (o["key-file"] !== void 0) {
          let r = o["key-file"];
          if (typeof r != "string") {
            const t = { instancePath: p + "/signing/key-file", schemaPath: "#/properties/signing/properties/key-file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.signing.properties["key-file"].type, parentSchema: a.properties.signing.properties["key-file"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["key-env"] !== void 0) {
          let r = o["key-env"];
          if (typeof r == "string") {
            if (!v.test(r)) {
              const t = { instancePath: p + "/signing/key-env", schemaPath: "#/definitions/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: u, data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/signing/key-env", schemaPath: "#/definitions/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.type, parentSchema: u, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.category !== void 0) {
          let r = o.category;
          if (!(r === "community" || r === "partner" || r === "langgenius")) {
            const t = { instancePath: p + "/signing/category", schemaPath: "#/properties/signing/properties/category/enum", keyword: "enum", params: { allowedValues: a.properties.signing.properties.category.enum }, message: "must be equal to one of the allowed values", schema: a.properties.signing.properties.category.enum, parentSchema: a.properties.signing.properties.category, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/signing", schemaPath: "#/properties/signing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.signing.type, parentSchema: a.properties.signing, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.verify !== void 0) {
      let o = c.verify;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        for (const r in o) if (r !== "key-file") {
          const t = { instancePath: p + "/verify", schemaPath: "#/properties/verify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.verify, data: o };
          e === null ? e = [t] : e.push(t), i++;
        }
        if (o["key-file"] !== void 0) {
          let r = o["key-file"];
          if (Array.isArray(r)) {
            const t = r.length;
            for (let s = 0; s < t; s++) {
              let l = r[s];
              if (typeof l != "string") {
                const n = { instancePath: p + "/verify/key-file/" + s, schemaPath: "#/properties/verify/properties/key-file/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.verify.properties["key-file"].items.type, parentSchema: a.properties.verify.properties["key-file"].items, data: l };
                e === null ? e = [n] : e.push(n), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/verify/key-file", schemaPath: "#/properties/verify/properties/key-file/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.verify.properties["key-file"].type, parentSchema: a.properties.verify.properties["key-file"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/verify", schemaPath: "#/properties/verify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.verify.type, parentSchema: a.properties.verify, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.release !== void 0) {
      let o = c.release;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        for (const r in o) if (!(r === "repo" || r === "tag-pattern" || r === "notes-from" || r === "changelog" || r === "draft" || r === "assets" || r === "attest")) {
          const t = { instancePath: p + "/release", schemaPath: "#/properties/release/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.release, data: o };
          e === null ? e = [t] : e.push(t), i++;
        }
        if (o.repo !== void 0) {
          let r = o.repo;
          if (typeof r == "string") {
            if (!S.test(r)) {
              const t = { instancePath: p + "/release/repo", schemaPath: "#/properties/release/properties/repo/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: a.properties.release.properties.repo, data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/release/repo", schemaPath: "#/properties/release/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.release.properties.repo.type, parentSchema: a.properties.release.properties.repo, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["tag-pattern"] !== void 0) {
          let r = o["tag-pattern"];
          if (typeof r == "string") {
            if (P(r) < 1) {
              const t = { instancePath: p + "/release/tag-pattern", schemaPath: "#/properties/release/properties/tag-pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: a.properties.release.properties["tag-pattern"], data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/release/tag-pattern", schemaPath: "#/properties/release/properties/tag-pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.release.properties["tag-pattern"].type, parentSchema: a.properties.release.properties["tag-pattern"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["notes-from"] !== void 0) {
          let r = o["notes-from"];
          if (!(r === "changelog" || r === "pr" || r === "generated")) {
            const t = { instancePath: p + "/release/notes-from", schemaPath: "#/properties/release/properties/notes-from/enum", keyword: "enum", params: { allowedValues: a.properties.release.properties["notes-from"].enum }, message: "must be equal to one of the allowed values", schema: a.properties.release.properties["notes-from"].enum, parentSchema: a.properties.release.properties["notes-from"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.changelog !== void 0) {
          let r = o.changelog;
          if (typeof r != "string") {
            const t = { instancePath: p + "/release/changelog", schemaPath: "#/properties/release/properties/changelog/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.release.properties.changelog.type, parentSchema: a.properties.release.properties.changelog, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.draft !== void 0) {
          let r = o.draft;
          if (typeof r != "boolean") {
            const t = { instancePath: p + "/release/draft", schemaPath: "#/properties/release/properties/draft/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.release.properties.draft.type, parentSchema: a.properties.release.properties.draft, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.assets !== void 0) {
          let r = o.assets;
          if (Array.isArray(r)) {
            const t = r.length;
            for (let s = 0; s < t; s++) {
              let l = r[s];
              if (typeof l != "string") {
                const n = { instancePath: p + "/release/assets/" + s, schemaPath: "#/properties/release/properties/assets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.release.properties.assets.items.type, parentSchema: a.properties.release.properties.assets.items, data: l };
                e === null ? e = [n] : e.push(n), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/release/assets", schemaPath: "#/properties/release/properties/assets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.release.properties.assets.type, parentSchema: a.properties.release.properties.assets, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.attest !== void 0) {
          let r = o.attest;
          if (typeof r != "boolean") {
            const t = { instancePath: p + "/release/attest", schemaPath: "#/properties/release/properties/attest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.release.properties.attest.type, parentSchema: a.properties.release.properties.attest, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.release.type, parentSchema: a.properties.release, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.marketplace !== void 0) {
      let o = c.marketplace;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        for (const r in o) if (!w.call(a.properties.marketplace.properties, r)) {
          const t = { instancePath: p + "/marketplace", schemaPath: "#/properties/marketplace/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.marketplace, data: o };
          e === null ? e = [t] : e.push(t), i++;
        }
        if (o.upstream !== void 0) {
          let r = o.upstream;
          if (typeof r == "string") {
            if (!S.test(r)) {
              const t = { instancePath: p + "/marketplace/upstream", schemaPath: "#/properties/marketplace/properties/upstream/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: a.properties.marketplace.properties.upstream, data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/marketplace/upstream", schemaPath: "#/properties/marketplace/properties/upstream/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.marketplace.properties.upstream.type, parentSchema: a.properties.marketplace.properties.upstream, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.fork !== void 0) {
          let r = o.fork;
          if (typeof r == "string") {
            if (!S.test(r)) {
              const t = { instancePath: p + "/marketplace/fork", schemaPath: "#/properties/marketplace/properties/fork/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: a.properties.marketplace.properties.fork, data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/marketplace/fork", schemaPath: "#/properties/marketplace/properties/fork/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.marketplace.properties.fork.type, parentSchema: a.properties.marketplace.properties.fork, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.base !== void 0) {
          let r = o.base;
          if (typeof r != "string") {
            const t = { instancePath: p + "/marketplace/base", schemaPath: "#/properties/marketplace/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.marketplace.properties.base.type, parentSchema: a.properties.marketplace.properties.base, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["create-fork"] !== void 0) {
          let r = o["create-fork"];
          if (typeof r != "boolean") {
            const t = { instancePath: p + "/marketplace/create-fork", schemaPath: "#/properties/marketplace/properties/create-fork/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.marketplace.properties["create-fork"].type, parentSchema: a.properties.marketplace.properties["create-fork"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.risk !== void 0) {
          let r = o.risk;
          if (!(r === "low" || r === "medium" || r === "high")) {
            const t = { instancePath: p + "/marketplace/risk", schemaPath: "#/properties/marketplace/properties/risk/enum", keyword: "enum", params: { allowedValues: a.properties.marketplace.properties.risk.enum }, message: "must be equal to one of the allowed values", schema: a.properties.marketplace.properties.risk.enum, parentSchema: a.properties.marketplace.properties.risk, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.changelog !== void 0) {
          let r = o.changelog;
          if (typeof r != "string") {
            const t = { instancePath: p + "/marketplace/changelog", schemaPath: "#/properties/marketplace/properties/changelog/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.marketplace.properties.changelog.type, parentSchema: a.properties.marketplace.properties.changelog, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["security-notes"] !== void 0) {
          let r = o["security-notes"];
          if (typeof r != "string") {
            const t = { instancePath: p + "/marketplace/security-notes", schemaPath: "#/properties/marketplace/properties/security-notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.marketplace.properties["security-notes"].type, parentSchema: a.properties.marketplace.properties["security-notes"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["confirm-requirements"] !== void 0) {
          let r = o["confirm-requirements"];
          if (typeof r != "boolean") {
            const t = { instancePath: p + "/marketplace/confirm-requirements", schemaPath: "#/properties/marketplace/properties/confirm-requirements/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.marketplace.properties["confirm-requirements"].type, parentSchema: a.properties.marketplace.properties["confirm-requirements"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.repo !== void 0) {
          let r = o.repo;
          if (typeof r == "string") {
            if (!S.test(r)) {
              const t = { instancePath: p + "/marketplace/repo", schemaPath: "#/properties/marketplace/properties/repo/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: a.properties.marketplace.properties.repo, data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/marketplace/repo", schemaPath: "#/properties/marketplace/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.marketplace.properties.repo.type, parentSchema: a.properties.marketplace.properties.repo, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["fork-token-env"] !== void 0) {
          let r = o["fork-token-env"];
          if (typeof r == "string") {
            if (!v.test(r)) {
              const t = { instancePath: p + "/marketplace/fork-token-env", schemaPath: "#/definitions/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: u, data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/marketplace/fork-token-env", schemaPath: "#/definitions/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.type, parentSchema: u, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/marketplace", schemaPath: "#/properties/marketplace/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.marketplace.type, parentSchema: a.properties.marketplace, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.environments !== void 0) {
      let o = c.environments;
      if (o && typeof o == "object" && !Array.isArray(o)) for (const r in o) {
        let t = o[r];
        if (t && typeof t == "object" && !Array.isArray(t)) {
          for (const s in t) if (!w.call(a.properties.environments.additionalProperties.properties, s)) {
            const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: s }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.environments.additionalProperties, data: t };
            e === null ? e = [l] : e.push(l), i++;
          }
          if (t.url !== void 0) {
            let s = t.url;
            if (typeof s == "string") {
              if (!j.test(s)) {
                const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: a.properties.environments.additionalProperties.properties.url, data: s };
                e === null ? e = [l] : e.push(l), i++;
              }
            } else {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/properties/environments/additionalProperties/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.environments.additionalProperties.properties.url.type, parentSchema: a.properties.environments.additionalProperties.properties.url, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t.kind !== void 0) {
            let s = t.kind;
            if (!(s === "daemon" || s === "console")) {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/kind", schemaPath: "#/properties/environments/additionalProperties/properties/kind/enum", keyword: "enum", params: { allowedValues: a.properties.environments.additionalProperties.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: a.properties.environments.additionalProperties.properties.kind.enum, parentSchema: a.properties.environments.additionalProperties.properties.kind, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t.tenants !== void 0) {
            let s = t.tenants;
            if (Array.isArray(s)) {
              const l = s.length;
              for (let n = 0; n < l; n++) {
                let m = s[n];
                if (typeof m == "string") {
                  if (P(m) < 1) {
                    const h = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/tenants/" + n, schemaPath: "#/properties/environments/additionalProperties/properties/tenants/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: a.properties.environments.additionalProperties.properties.tenants.items, data: m };
                    e === null ? e = [h] : e.push(h), i++;
                  }
                } else {
                  const h = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/tenants/" + n, schemaPath: "#/properties/environments/additionalProperties/properties/tenants/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.environments.additionalProperties.properties.tenants.items.type, parentSchema: a.properties.environments.additionalProperties.properties.tenants.items, data: m };
                  e === null ? e = [h] : e.push(h), i++;
                }
              }
            } else {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/tenants", schemaPath: "#/properties/environments/additionalProperties/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.environments.additionalProperties.properties.tenants.type, parentSchema: a.properties.environments.additionalProperties.properties.tenants, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t.workspace !== void 0) {
            let s = t.workspace;
            if (typeof s != "string") {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/workspace", schemaPath: "#/properties/environments/additionalProperties/properties/workspace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.environments.additionalProperties.properties.workspace.type, parentSchema: a.properties.environments.additionalProperties.properties.workspace, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t["api-key-env"] !== void 0) {
            let s = t["api-key-env"];
            if (typeof s == "string") {
              if (!v.test(s)) {
                const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/api-key-env", schemaPath: "#/definitions/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: u, data: s };
                e === null ? e = [l] : e.push(l), i++;
              }
            } else {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/api-key-env", schemaPath: "#/definitions/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.type, parentSchema: u, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t["account-env"] !== void 0) {
            let s = t["account-env"];
            if (typeof s == "string") {
              if (!v.test(s)) {
                const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/account-env", schemaPath: "#/definitions/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: u, data: s };
                e === null ? e = [l] : e.push(l), i++;
              }
            } else {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/account-env", schemaPath: "#/definitions/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.type, parentSchema: u, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t.canary !== void 0) {
            let s = t.canary;
            if (Array.isArray(s)) {
              const l = s.length;
              for (let n = 0; n < l; n++) {
                let m = s[n];
                if (typeof m != "string") {
                  const h = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/canary/" + n, schemaPath: "#/properties/environments/additionalProperties/properties/canary/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.environments.additionalProperties.properties.canary.items.type, parentSchema: a.properties.environments.additionalProperties.properties.canary.items, data: m };
                  e === null ? e = [h] : e.push(h), i++;
                }
              }
            } else {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/canary", schemaPath: "#/properties/environments/additionalProperties/properties/canary/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.environments.additionalProperties.properties.canary.type, parentSchema: a.properties.environments.additionalProperties.properties.canary, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t["trusted-keys"] !== void 0) {
            let s = t["trusted-keys"];
            if (Array.isArray(s)) {
              const l = s.length;
              for (let n = 0; n < l; n++) {
                let m = s[n];
                if (typeof m != "string") {
                  const h = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/trusted-keys/" + n, schemaPath: "#/properties/environments/additionalProperties/properties/trusted-keys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.environments.additionalProperties.properties["trusted-keys"].items.type, parentSchema: a.properties.environments.additionalProperties.properties["trusted-keys"].items, data: m };
                  e === null ? e = [h] : e.push(h), i++;
                }
              }
            } else {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/trusted-keys", schemaPath: "#/properties/environments/additionalProperties/properties/trusted-keys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.environments.additionalProperties.properties["trusted-keys"].type, parentSchema: a.properties.environments.additionalProperties.properties["trusted-keys"], data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t["password-encoding"] !== void 0) {
            let s = t["password-encoding"];
            if (!(s === "auto" || s === "plain" || s === "base64")) {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/password-encoding", schemaPath: "#/properties/environments/additionalProperties/properties/password-encoding/enum", keyword: "enum", params: { allowedValues: a.properties.environments.additionalProperties.properties["password-encoding"].enum }, message: "must be equal to one of the allowed values", schema: a.properties.environments.additionalProperties.properties["password-encoding"].enum, parentSchema: a.properties.environments.additionalProperties.properties["password-encoding"], data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t["force-verify"] !== void 0) {
            let s = t["force-verify"];
            if (typeof s != "boolean") {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/force-verify", schemaPath: "#/properties/environments/additionalProperties/properties/force-verify/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.environments.additionalProperties.properties["force-verify"].type, parentSchema: a.properties.environments.additionalProperties.properties["force-verify"], data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t.runtime !== void 0) {
            let s = t.runtime;
            if (s !== "python") {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/runtime", schemaPath: "#/properties/environments/additionalProperties/properties/runtime/enum", keyword: "enum", params: { allowedValues: a.properties.environments.additionalProperties.properties.runtime.enum }, message: "must be equal to one of the allowed values", schema: a.properties.environments.additionalProperties.properties.runtime.enum, parentSchema: a.properties.environments.additionalProperties.properties.runtime, data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t["data-dir"] !== void 0) {
            let s = t["data-dir"];
            if (typeof s != "string") {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/data-dir", schemaPath: "#/properties/environments/additionalProperties/properties/data-dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.environments.additionalProperties.properties["data-dir"].type, parentSchema: a.properties.environments.additionalProperties.properties["data-dir"], data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
          if (t["dify-version"] !== void 0) {
            let s = t["dify-version"];
            if (typeof s == "string") {
              if (!O.test(s)) {
                const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/dify-version", schemaPath: "#/properties/environments/additionalProperties/properties/dify-version/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+.][0-9A-Za-z.-]+)?$" }, message: 'must match pattern "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+.][0-9A-Za-z.-]+)?$"', schema: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+.][0-9A-Za-z.-]+)?$", parentSchema: a.properties.environments.additionalProperties.properties["dify-version"], data: s };
                e === null ? e = [l] : e.push(l), i++;
              }
            } else {
              const l = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1") + "/dify-version", schemaPath: "#/properties/environments/additionalProperties/properties/dify-version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.environments.additionalProperties.properties["dify-version"].type, parentSchema: a.properties.environments.additionalProperties.properties["dify-version"], data: s };
              e === null ? e = [l] : e.push(l), i++;
            }
          }
        } else {
          const s = { instancePath: p + "/environments/" + r.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.environments.additionalProperties.type, parentSchema: a.properties.environments.additionalProperties, data: t };
          e === null ? e = [s] : e.push(s), i++;
        }
      }
      else {
        const r = { instancePath: p + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.environments.type, parentSchema: a.properties.environments, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
    if (c.checklist !== void 0) {
      let o = c.checklist;
      if (o && typeof o == "object" && !Array.isArray(o)) {
        for (const r in o) if (!w.call(a.properties.checklist.properties, r)) {
          const t = { instancePath: p + "/checklist", schemaPath: "#/properties/checklist/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: r }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist, data: o };
          e === null ? e = [t] : e.push(t), i++;
        }
        if (o["staging-env"] !== void 0) {
          let r = o["staging-env"];
          if (typeof r == "string") {
            if (P(r) < 1) {
              const t = { instancePath: p + "/checklist/staging-env", schemaPath: "#/properties/checklist/properties/staging-env/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: a.properties.checklist.properties["staging-env"], data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/checklist/staging-env", schemaPath: "#/properties/checklist/properties/staging-env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.checklist.properties["staging-env"].type, parentSchema: a.properties.checklist.properties["staging-env"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["production-env"] !== void 0) {
          let r = o["production-env"];
          if (typeof r == "string") {
            if (P(r) < 1) {
              const t = { instancePath: p + "/checklist/production-env", schemaPath: "#/properties/checklist/properties/production-env/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: a.properties.checklist.properties["production-env"], data: r };
              e === null ? e = [t] : e.push(t), i++;
            }
          } else {
            const t = { instancePath: p + "/checklist/production-env", schemaPath: "#/properties/checklist/properties/production-env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.checklist.properties["production-env"].type, parentSchema: a.properties.checklist.properties["production-env"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.provenance !== void 0) {
          let r = o.provenance;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual" || t === "attestation")) {
              const s = { instancePath: p + "/checklist/provenance", schemaPath: "#/properties/checklist/properties/provenance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.provenance, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/provenance/required", schemaPath: "#/properties/checklist/properties/provenance/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.provenance.properties.required.type, parentSchema: a.properties.checklist.properties.provenance.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/provenance/enabled", schemaPath: "#/properties/checklist/properties/provenance/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.provenance.properties.enabled.type, parentSchema: a.properties.checklist.properties.provenance.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/provenance/manual", schemaPath: "#/properties/checklist/properties/provenance/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.provenance.properties.manual.type, parentSchema: a.properties.checklist.properties.provenance.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.attestation !== void 0) {
              let t = r.attestation;
              if (!(t === "if-present" || t === "required")) {
                const s = { instancePath: p + "/checklist/provenance/attestation", schemaPath: "#/properties/checklist/properties/provenance/properties/attestation/enum", keyword: "enum", params: { allowedValues: a.properties.checklist.properties.provenance.properties.attestation.enum }, message: "must be equal to one of the allowed values", schema: a.properties.checklist.properties.provenance.properties.attestation.enum, parentSchema: a.properties.checklist.properties.provenance.properties.attestation, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/provenance", schemaPath: "#/properties/checklist/properties/provenance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.provenance.type, parentSchema: a.properties.checklist.properties.provenance, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.signature !== void 0) {
          let r = o.signature;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual" || t === "trusted-keys" || t === "allow-unsigned")) {
              const s = { instancePath: p + "/checklist/signature", schemaPath: "#/properties/checklist/properties/signature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.signature, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/signature/required", schemaPath: "#/properties/checklist/properties/signature/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.signature.properties.required.type, parentSchema: a.properties.checklist.properties.signature.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/signature/enabled", schemaPath: "#/properties/checklist/properties/signature/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.signature.properties.enabled.type, parentSchema: a.properties.checklist.properties.signature.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/signature/manual", schemaPath: "#/properties/checklist/properties/signature/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.signature.properties.manual.type, parentSchema: a.properties.checklist.properties.signature.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r["trusted-keys"] !== void 0) {
              let t = r["trusted-keys"];
              if (Array.isArray(t)) {
                const s = t.length;
                for (let l = 0; l < s; l++) {
                  let n = t[l];
                  if (typeof n != "string") {
                    const m = { instancePath: p + "/checklist/signature/trusted-keys/" + l, schemaPath: "#/properties/checklist/properties/signature/properties/trusted-keys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: a.properties.checklist.properties.signature.properties["trusted-keys"].items.type, parentSchema: a.properties.checklist.properties.signature.properties["trusted-keys"].items, data: n };
                    e === null ? e = [m] : e.push(m), i++;
                  }
                }
              } else {
                const s = { instancePath: p + "/checklist/signature/trusted-keys", schemaPath: "#/properties/checklist/properties/signature/properties/trusted-keys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.checklist.properties.signature.properties["trusted-keys"].type, parentSchema: a.properties.checklist.properties.signature.properties["trusted-keys"], data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r["allow-unsigned"] !== void 0) {
              let t = r["allow-unsigned"];
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/signature/allow-unsigned", schemaPath: "#/properties/checklist/properties/signature/properties/allow-unsigned/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.signature.properties["allow-unsigned"].type, parentSchema: a.properties.checklist.properties.signature.properties["allow-unsigned"], data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/signature", schemaPath: "#/properties/checklist/properties/signature/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.signature.type, parentSchema: a.properties.checklist.properties.signature, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.dependencies !== void 0) {
          let r = o.dependencies;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual")) {
              const s = { instancePath: p + "/checklist/dependencies", schemaPath: "#/properties/checklist/properties/dependencies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.dependencies, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/dependencies/required", schemaPath: "#/properties/checklist/properties/dependencies/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.dependencies.properties.required.type, parentSchema: a.properties.checklist.properties.dependencies.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/dependencies/enabled", schemaPath: "#/properties/checklist/properties/dependencies/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.dependencies.properties.enabled.type, parentSchema: a.properties.checklist.properties.dependencies.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/dependencies/manual", schemaPath: "#/properties/checklist/properties/dependencies/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.dependencies.properties.manual.type, parentSchema: a.properties.checklist.properties.dependencies.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/dependencies", schemaPath: "#/properties/checklist/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.dependencies.type, parentSchema: a.properties.checklist.properties.dependencies, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.permissions !== void 0) {
          let r = o.permissions;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual" || t === "allowed" || t === "escalation" || t === "max-storage-bytes")) {
              const s = { instancePath: p + "/checklist/permissions", schemaPath: "#/properties/checklist/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.permissions, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/permissions/required", schemaPath: "#/properties/checklist/properties/permissions/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.permissions.properties.required.type, parentSchema: a.properties.checklist.properties.permissions.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/permissions/enabled", schemaPath: "#/properties/checklist/properties/permissions/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.permissions.properties.enabled.type, parentSchema: a.properties.checklist.properties.permissions.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/permissions/manual", schemaPath: "#/properties/checklist/properties/permissions/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.permissions.properties.manual.type, parentSchema: a.properties.checklist.properties.permissions.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.allowed !== void 0) {
              let t = r.allowed;
              if (Array.isArray(t)) {
                const s = t.length;
                for (let l = 0; l < s; l++) {
                  let n = t[l];
                  if (!(n === "tool" || n === "model" || n === "model.llm" || n === "model.text_embedding" || n === "model.rerank" || n === "model.tts" || n === "model.speech2text" || n === "model.moderation" || n === "node" || n === "endpoint" || n === "app" || n === "storage")) {
                    const m = { instancePath: p + "/checklist/permissions/allowed/" + l, schemaPath: "#/properties/checklist/properties/permissions/properties/allowed/items/enum", keyword: "enum", params: { allowedValues: a.properties.checklist.properties.permissions.properties.allowed.items.enum }, message: "must be equal to one of the allowed values", schema: a.properties.checklist.properties.permissions.properties.allowed.items.enum, parentSchema: a.properties.checklist.properties.permissions.properties.allowed.items, data: n };
                    e === null ? e = [m] : e.push(m), i++;
                  }
                }
              } else {
                const s = { instancePath: p + "/checklist/permissions/allowed", schemaPath: "#/properties/checklist/properties/permissions/properties/allowed/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.checklist.properties.permissions.properties.allowed.type, parentSchema: a.properties.checklist.properties.permissions.properties.allowed, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.escalation !== void 0) {
              let t = r.escalation;
              if (!(t === "fail" || t === "allow")) {
                const s = { instancePath: p + "/checklist/permissions/escalation", schemaPath: "#/properties/checklist/properties/permissions/properties/escalation/enum", keyword: "enum", params: { allowedValues: a.properties.checklist.properties.permissions.properties.escalation.enum }, message: "must be equal to one of the allowed values", schema: a.properties.checklist.properties.permissions.properties.escalation.enum, parentSchema: a.properties.checklist.properties.permissions.properties.escalation, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r["max-storage-bytes"] !== void 0) {
              let t = r["max-storage-bytes"];
              if (!(typeof t == "number" && !(t % 1) && !isNaN(t))) {
                const s = { instancePath: p + "/checklist/permissions/max-storage-bytes", schemaPath: "#/properties/checklist/properties/permissions/properties/max-storage-bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: a.properties.checklist.properties.permissions.properties["max-storage-bytes"].type, parentSchema: a.properties.checklist.properties.permissions.properties["max-storage-bytes"], data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
              if (typeof t == "number" && (t < 0 || isNaN(t))) {
                const s = { instancePath: p + "/checklist/permissions/max-storage-bytes", schemaPath: "#/properties/checklist/properties/permissions/properties/max-storage-bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: a.properties.checklist.properties.permissions.properties["max-storage-bytes"], data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/permissions", schemaPath: "#/properties/checklist/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.permissions.type, parentSchema: a.properties.checklist.properties.permissions, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.compatibility !== void 0) {
          let r = o.compatibility;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual")) {
              const s = { instancePath: p + "/checklist/compatibility", schemaPath: "#/properties/checklist/properties/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.compatibility, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/compatibility/required", schemaPath: "#/properties/checklist/properties/compatibility/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.compatibility.properties.required.type, parentSchema: a.properties.checklist.properties.compatibility.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/compatibility/enabled", schemaPath: "#/properties/checklist/properties/compatibility/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.compatibility.properties.enabled.type, parentSchema: a.properties.checklist.properties.compatibility.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/compatibility/manual", schemaPath: "#/properties/checklist/properties/compatibility/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.compatibility.properties.manual.type, parentSchema: a.properties.checklist.properties.compatibility.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/compatibility", schemaPath: "#/properties/checklist/properties/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.compatibility.type, parentSchema: a.properties.checklist.properties.compatibility, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.staging !== void 0) {
          let r = o.staging;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual" || t === "runtime" || t === "startup-seconds" || t === "smoke")) {
              const s = { instancePath: p + "/checklist/staging", schemaPath: "#/properties/checklist/properties/staging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.staging, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/staging/required", schemaPath: "#/properties/checklist/properties/staging/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.staging.properties.required.type, parentSchema: a.properties.checklist.properties.staging.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/staging/enabled", schemaPath: "#/properties/checklist/properties/staging/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.staging.properties.enabled.type, parentSchema: a.properties.checklist.properties.staging.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/staging/manual", schemaPath: "#/properties/checklist/properties/staging/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.staging.properties.manual.type, parentSchema: a.properties.checklist.properties.staging.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.runtime !== void 0) {
              let t = r.runtime;
              if (!(t === "if-reported" || t === "required" || t === "ignore")) {
                const s = { instancePath: p + "/checklist/staging/runtime", schemaPath: "#/properties/checklist/properties/staging/properties/runtime/enum", keyword: "enum", params: { allowedValues: a.properties.checklist.properties.staging.properties.runtime.enum }, message: "must be equal to one of the allowed values", schema: a.properties.checklist.properties.staging.properties.runtime.enum, parentSchema: a.properties.checklist.properties.staging.properties.runtime, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r["startup-seconds"] !== void 0) {
              let t = r["startup-seconds"];
              if (typeof t == "number") {
                if (t <= 0 || isNaN(t)) {
                  const s = { instancePath: p + "/checklist/staging/startup-seconds", schemaPath: "#/properties/checklist/properties/staging/properties/startup-seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: a.properties.checklist.properties.staging.properties["startup-seconds"], data: t };
                  e === null ? e = [s] : e.push(s), i++;
                }
              } else {
                const s = { instancePath: p + "/checklist/staging/startup-seconds", schemaPath: "#/properties/checklist/properties/staging/properties/startup-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: a.properties.checklist.properties.staging.properties["startup-seconds"].type, parentSchema: a.properties.checklist.properties.staging.properties["startup-seconds"], data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.smoke !== void 0) {
              let t = r.smoke;
              if (Array.isArray(t)) {
                const s = t.length;
                for (let l = 0; l < s; l++) A(t[l], { instancePath: p + "/checklist/staging/smoke/" + l, parentData: t, parentDataProperty: l, rootData: q }) || (e = e === null ? A.errors : e.concat(A.errors), i = e.length);
              } else {
                const s = { instancePath: p + "/checklist/staging/smoke", schemaPath: "#/properties/checklist/properties/staging/properties/smoke/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: a.properties.checklist.properties.staging.properties.smoke.type, parentSchema: a.properties.checklist.properties.staging.properties.smoke, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/staging", schemaPath: "#/properties/checklist/properties/staging/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.staging.type, parentSchema: a.properties.checklist.properties.staging, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.performance !== void 0) {
          let r = o.performance;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual" || t === "max-install-seconds" || t === "max-size-mib" || t === "max-startup-seconds" || t === "max-growth-percent")) {
              const s = { instancePath: p + "/checklist/performance", schemaPath: "#/properties/checklist/properties/performance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.performance, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/performance/required", schemaPath: "#/properties/checklist/properties/performance/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.performance.properties.required.type, parentSchema: a.properties.checklist.properties.performance.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/performance/enabled", schemaPath: "#/properties/checklist/properties/performance/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.performance.properties.enabled.type, parentSchema: a.properties.checklist.properties.performance.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/performance/manual", schemaPath: "#/properties/checklist/properties/performance/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.performance.properties.manual.type, parentSchema: a.properties.checklist.properties.performance.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r["max-install-seconds"] !== void 0) {
              let t = r["max-install-seconds"];
              if (typeof t == "number") {
                if (t <= 0 || isNaN(t)) {
                  const s = { instancePath: p + "/checklist/performance/max-install-seconds", schemaPath: "#/properties/checklist/properties/performance/properties/max-install-seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: a.properties.checklist.properties.performance.properties["max-install-seconds"], data: t };
                  e === null ? e = [s] : e.push(s), i++;
                }
              } else {
                const s = { instancePath: p + "/checklist/performance/max-install-seconds", schemaPath: "#/properties/checklist/properties/performance/properties/max-install-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: a.properties.checklist.properties.performance.properties["max-install-seconds"].type, parentSchema: a.properties.checklist.properties.performance.properties["max-install-seconds"], data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r["max-size-mib"] !== void 0) {
              let t = r["max-size-mib"];
              if (typeof t == "number") {
                if (t <= 0 || isNaN(t)) {
                  const s = { instancePath: p + "/checklist/performance/max-size-mib", schemaPath: "#/properties/checklist/properties/performance/properties/max-size-mib/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: a.properties.checklist.properties.performance.properties["max-size-mib"], data: t };
                  e === null ? e = [s] : e.push(s), i++;
                }
              } else {
                const s = { instancePath: p + "/checklist/performance/max-size-mib", schemaPath: "#/properties/checklist/properties/performance/properties/max-size-mib/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: a.properties.checklist.properties.performance.properties["max-size-mib"].type, parentSchema: a.properties.checklist.properties.performance.properties["max-size-mib"], data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r["max-startup-seconds"] !== void 0) {
              let t = r["max-startup-seconds"];
              if (typeof t == "number") {
                if (t <= 0 || isNaN(t)) {
                  const s = { instancePath: p + "/checklist/performance/max-startup-seconds", schemaPath: "#/properties/checklist/properties/performance/properties/max-startup-seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: a.properties.checklist.properties.performance.properties["max-startup-seconds"], data: t };
                  e === null ? e = [s] : e.push(s), i++;
                }
              } else {
                const s = { instancePath: p + "/checklist/performance/max-startup-seconds", schemaPath: "#/properties/checklist/properties/performance/properties/max-startup-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: a.properties.checklist.properties.performance.properties["max-startup-seconds"].type, parentSchema: a.properties.checklist.properties.performance.properties["max-startup-seconds"], data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r["max-growth-percent"] !== void 0) {
              let t = r["max-growth-percent"];
              if (typeof t == "number") {
                if (t < 0 || isNaN(t)) {
                  const s = { instancePath: p + "/checklist/performance/max-growth-percent", schemaPath: "#/properties/checklist/properties/performance/properties/max-growth-percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: a.properties.checklist.properties.performance.properties["max-growth-percent"], data: t };
                  e === null ? e = [s] : e.push(s), i++;
                }
              } else {
                const s = { instancePath: p + "/checklist/performance/max-growth-percent", schemaPath: "#/properties/checklist/properties/performance/properties/max-growth-percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: a.properties.checklist.properties.performance.properties["max-growth-percent"].type, parentSchema: a.properties.checklist.properties.performance.properties["max-growth-percent"], data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/performance", schemaPath: "#/properties/checklist/properties/performance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.performance.type, parentSchema: a.properties.checklist.properties.performance, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o["post-upgrade"] !== void 0) {
          let r = o["post-upgrade"];
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual")) {
              const s = { instancePath: p + "/checklist/post-upgrade", schemaPath: "#/properties/checklist/properties/post-upgrade/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties["post-upgrade"], data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/post-upgrade/required", schemaPath: "#/properties/checklist/properties/post-upgrade/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties["post-upgrade"].properties.required.type, parentSchema: a.properties.checklist.properties["post-upgrade"].properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/post-upgrade/enabled", schemaPath: "#/properties/checklist/properties/post-upgrade/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties["post-upgrade"].properties.enabled.type, parentSchema: a.properties.checklist.properties["post-upgrade"].properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/post-upgrade/manual", schemaPath: "#/properties/checklist/properties/post-upgrade/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties["post-upgrade"].properties.manual.type, parentSchema: a.properties.checklist.properties["post-upgrade"].properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/post-upgrade", schemaPath: "#/properties/checklist/properties/post-upgrade/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties["post-upgrade"].type, parentSchema: a.properties.checklist.properties["post-upgrade"], data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.backup !== void 0) {
          let r = o.backup;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual")) {
              const s = { instancePath: p + "/checklist/backup", schemaPath: "#/properties/checklist/properties/backup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.backup, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/backup/required", schemaPath: "#/properties/checklist/properties/backup/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.backup.properties.required.type, parentSchema: a.properties.checklist.properties.backup.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/backup/enabled", schemaPath: "#/properties/checklist/properties/backup/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.backup.properties.enabled.type, parentSchema: a.properties.checklist.properties.backup.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/backup/manual", schemaPath: "#/properties/checklist/properties/backup/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.backup.properties.manual.type, parentSchema: a.properties.checklist.properties.backup.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/backup", schemaPath: "#/properties/checklist/properties/backup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.backup.type, parentSchema: a.properties.checklist.properties.backup, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.verify !== void 0) {
          let r = o.verify;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual")) {
              const s = { instancePath: p + "/checklist/verify", schemaPath: "#/properties/checklist/properties/verify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.verify, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/verify/required", schemaPath: "#/properties/checklist/properties/verify/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.verify.properties.required.type, parentSchema: a.properties.checklist.properties.verify.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/verify/enabled", schemaPath: "#/properties/checklist/properties/verify/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.verify.properties.enabled.type, parentSchema: a.properties.checklist.properties.verify.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/verify/manual", schemaPath: "#/properties/checklist/properties/verify/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.verify.properties.manual.type, parentSchema: a.properties.checklist.properties.verify.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/verify", schemaPath: "#/properties/checklist/properties/verify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.verify.type, parentSchema: a.properties.checklist.properties.verify, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
        if (o.notify !== void 0) {
          let r = o.notify;
          if (r && typeof r == "object" && !Array.isArray(r)) {
            for (const t in r) if (!(t === "required" || t === "enabled" || t === "manual" || t === "webhook-env")) {
              const s = { instancePath: p + "/checklist/notify", schemaPath: "#/properties/checklist/properties/notify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: t }, message: "must NOT have additional properties", schema: false, parentSchema: a.properties.checklist.properties.notify, data: r };
              e === null ? e = [s] : e.push(s), i++;
            }
            if (r.required !== void 0) {
              let t = r.required;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/notify/required", schemaPath: "#/properties/checklist/properties/notify/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.notify.properties.required.type, parentSchema: a.properties.checklist.properties.notify.properties.required, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.enabled !== void 0) {
              let t = r.enabled;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/notify/enabled", schemaPath: "#/properties/checklist/properties/notify/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.notify.properties.enabled.type, parentSchema: a.properties.checklist.properties.notify.properties.enabled, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r.manual !== void 0) {
              let t = r.manual;
              if (typeof t != "boolean") {
                const s = { instancePath: p + "/checklist/notify/manual", schemaPath: "#/properties/checklist/properties/notify/properties/manual/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: a.properties.checklist.properties.notify.properties.manual.type, parentSchema: a.properties.checklist.properties.notify.properties.manual, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
            if (r["webhook-env"] !== void 0) {
              let t = r["webhook-env"];
              if (typeof t == "string") {
                if (!v.test(t)) {
                  const s = { instancePath: p + "/checklist/notify/webhook-env", schemaPath: "#/definitions/envName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: u, data: t };
                  e === null ? e = [s] : e.push(s), i++;
                }
              } else {
                const s = { instancePath: p + "/checklist/notify/webhook-env", schemaPath: "#/definitions/envName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: u.type, parentSchema: u, data: t };
                e === null ? e = [s] : e.push(s), i++;
              }
            }
          } else {
            const t = { instancePath: p + "/checklist/notify", schemaPath: "#/properties/checklist/properties/notify/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.properties.notify.type, parentSchema: a.properties.checklist.properties.notify, data: r };
            e === null ? e = [t] : e.push(t), i++;
          }
        }
      } else {
        const r = { instancePath: p + "/checklist", schemaPath: "#/properties/checklist/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.properties.checklist.type, parentSchema: a.properties.checklist, data: o };
        e === null ? e = [r] : e.push(r), i++;
      }
    }
  } else {
    const o = { instancePath: p, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: a.type, parentSchema: a, data: c };
    e === null ? e = [o] : e.push(o), i++;
  }
  return _.errors = e, i === 0;
}
function $() {
  return Z;
}
function loadConfig(cwd, explicit) {
  const file = (0, import_chunk_GIMIA6NM.findConfigFile)(cwd, explicit);
  if (!file) return { config: (0, import_chunk_GIMIA6NM.emptyConfig)(cwd), findings: [] };
  const shown = import_node_path.default.relative(cwd, file).split(import_node_path.default.sep).join("/") || import_node_path.default.basename(file);
  const root = import_node_path.default.dirname(file);
  let bytes;
  try {
    bytes = (0, import_chunk_C7Z2DSUT.readRegularFile)(file, { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxTextBytes });
  } catch (error) {
    const why = error instanceof import_chunk_C7Z2DSUT.FileReadError ? error.message : String(error);
    return { config: (0, import_chunk_GIMIA6NM.emptyConfig)(root), findings: [(0, import_chunk_AIBAUOYI.finding)("DPR901", why, { file: shown })] };
  }
  const yaml = (0, import_chunk_R6ZEAHMN.parseYamlBytes)(shown, bytes);
  if (yaml.problems.length > 0) {
    return {
      config: { ...(0, import_chunk_GIMIA6NM.emptyConfig)(root), file },
      findings: yaml.problems.map((p) => ({ ...p, code: "DPR902", category: "config" }))
    };
  }
  const findings = [
    ...schemaFindings(yaml),
    ...duplicateFindings(yaml),
    ...codeFindings(yaml),
    ...secretFindings(yaml)
  ];
  return { config: toConfig(yaml, file, root), findings };
}
var validator;
function schemaFindings(yaml) {
  const data = yaml.value ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return [
      (0, import_chunk_AIBAUOYI.finding)("DPR904", "the configuration must be a mapping of keys to values", {
        ...yaml.locate("")
      })
    ];
  }
  validator ??= $();
  validator(data);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validator.errors ?? []) {
    const f2 = toFinding(yaml, e);
    if (!f2) continue;
    const key = `${f2.code}:${f2.line}:${f2.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f2);
  }
  return out;
}
function toFinding(yaml, e) {
  const where = (0, import_chunk_R6ZEAHMN.pointerToPath)(e.instancePath) || "the top level";
  const params = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const parent = e.parentSchema?.properties ?? {};
      const guess = (0, import_chunk_6VNWJHBK.closest)(key, Object.keys(parent));
      return (0, import_chunk_AIBAUOYI.finding)("DPR903", `unknown key "${key}" in ${where}; it is ignored`, {
        ...yaml.locate(`${e.instancePath}/${(0, import_chunk_R6ZEAHMN.escapePointer)(key)}`, "key"),
        fix: guess ? `Did you mean "${guess}"?` : `Known keys here: ${Object.keys(parent).join(", ")}.`
      });
    }
    case "anyOf":
    case "if":
      return void 0;
    case "enum":
      return (0, import_chunk_AIBAUOYI.finding)(
        "DPR904",
        `${where} is ${show((0, import_chunk_R6ZEAHMN.getAt)(yaml.value, e.instancePath))}; it must be one of ${params.allowedValues.map(String).join(", ")}`,
        {
          ...yaml.locate(e.instancePath)
        }
      );
    case "pattern":
      if (/[Dd]\]\[[Pp]\]\[[Rr]\]/.test(String(params.pattern))) return void 0;
      return (0, import_chunk_AIBAUOYI.finding)(
        "DPR904",
        `${where} is ${show((0, import_chunk_R6ZEAHMN.getAt)(yaml.value, e.instancePath))}, which is not valid here (${patternText(String(params.pattern))})`,
        {
          ...yaml.locate(e.instancePath)
        }
      );
    default:
      return (0, import_chunk_AIBAUOYI.finding)(
        "DPR904",
        `${where} ${e.message ?? "is not valid"} (it is ${show((0, import_chunk_R6ZEAHMN.getAt)(yaml.value, e.instancePath))})`,
        {
          ...yaml.locate(e.instancePath)
        }
      );
  }
}
function patternText(pattern) {
  if (pattern === "^[A-Za-z_][A-Za-z0-9_]*$") return "an environment variable name: letters, digits and _";
  if (pattern === "^https?://") return "an http:// or https:// URL";
  return `it must match ${pattern}`;
}
function show(value) {
  return value === void 0 ? "missing" : JSON.stringify(value);
}
function duplicateFindings(yaml) {
  return yaml.duplicates.map(
    (d2) => (0, import_chunk_AIBAUOYI.finding)(
      "DPR906",
      `"${d2.key}" is written twice in ${(0, import_chunk_R6ZEAHMN.pointerToPath)(d2.parent) || "the top level"}; the second one wins`,
      {
        ...d2.second,
        file: yaml.path
      }
    )
  );
}
function codeFindings(yaml) {
  const out = [];
  const lists = ["/ignore"];
  const overrides = (0, import_chunk_R6ZEAHMN.getAt)(yaml.value, "/overrides");
  if (overrides && typeof overrides === "object") {
    for (const k2 of Object.keys(overrides)) lists.push(`/overrides/${(0, import_chunk_R6ZEAHMN.escapePointer)(k2)}/ignore`);
  }
  for (const pointer of lists) {
    const list = (0, import_chunk_R6ZEAHMN.getAt)(yaml.value, pointer);
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const code = (0, import_chunk_6VNWJHBK.canonicalCode)(String(item));
      if (code in (0, import_chunk_AIBAUOYI.codes)()) return;
      const near = (0, import_chunk_6VNWJHBK.nearestCode)(code);
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR905", `"${String(item)}" is not a finding code`, {
          ...yaml.locate(`${pointer}/${i}`),
          fix: near ? `Did you mean ${near}?` : "List the codes with `dify-plugin-release explain --list`."
        })
      );
    });
  }
  return out;
}
function secretFindings(yaml) {
  const out = [];
  const visit = (value, pointer) => {
    if (typeof value === "string") {
      if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value) || /^(gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/.test(value)) {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR907", `${(0, import_chunk_R6ZEAHMN.pointerToPath)(pointer)} holds a secret (a private key or a token)`, {
            ...yaml.locate(pointer)
          })
        );
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, v2] of value.entries()) visit(v2, `${pointer}/${i}`);
    } else if (value && typeof value === "object") {
      for (const [k2, v2] of Object.entries(value)) {
        if (/^(password|api-key|token|secret|private-key)$/i.test(k2) && typeof v2 === "string" && v2 !== "") {
          out.push(
            (0, import_chunk_AIBAUOYI.finding)(
              "DPR907",
              `${(0, import_chunk_R6ZEAHMN.pointerToPath)(`${pointer}/${(0, import_chunk_R6ZEAHMN.escapePointer)(k2)}`)} writes a secret into the file`,
              {
                ...yaml.locate(`${pointer}/${(0, import_chunk_R6ZEAHMN.escapePointer)(k2)}`)
              }
            )
          );
        }
        visit(v2, `${pointer}/${(0, import_chunk_R6ZEAHMN.escapePointer)(k2)}`);
      }
    }
  };
  visit(yaml.value, "");
  return out;
}
function toConfig(yaml, file, root) {
  const values = /* @__PURE__ */ new Map();
  const data = yaml.value ?? {};
  const put = (key, pointer) => {
    const value = (0, import_chunk_R6ZEAHMN.getAt)(yaml.value, pointer);
    if (value === void 0 || value === null) return;
    const at = yaml.locate(pointer);
    values.set(key, { value, line: at.line, column: at.column });
  };
  for (const [k2, v2] of Object.entries(data)) {
    if (["overrides", "environments", "checklist"].includes(k2)) continue;
    if (v2 && typeof v2 === "object" && !Array.isArray(v2)) {
      for (const sub of Object.keys(v2)) put(`${k2}.${sub}`, `/${(0, import_chunk_R6ZEAHMN.escapePointer)(k2)}/${(0, import_chunk_R6ZEAHMN.escapePointer)(sub)}`);
    } else put(k2, `/${(0, import_chunk_R6ZEAHMN.escapePointer)(k2)}`);
  }
  const overrides = Object.entries(
    data.overrides ?? {}
  ).map(([dir, o]) => ({
    path: import_node_path.default.resolve(root, dir),
    ...Array.isArray(o?.ignore) ? { ignore: o.ignore.map((c) => (0, import_chunk_6VNWJHBK.canonicalCode)(String(c))) } : {},
    ...typeof o?.strict === "boolean" ? { strict: o.strict } : {}
  }));
  const environments = {};
  for (const [name, e] of Object.entries(
    data.environments ?? {}
  )) {
    const env = e ?? {};
    const list = (v2) => Array.isArray(v2) ? v2.map(String) : void 0;
    environments[name] = {
      name,
      ...typeof env.url === "string" ? { url: env.url } : {},
      ...env.kind === "daemon" || env.kind === "console" ? { kind: env.kind } : {},
      ...list(env.tenants) ? { tenants: list(env.tenants) } : {},
      ...typeof env.workspace === "string" ? { workspace: env.workspace } : {},
      ...typeof env["api-key-env"] === "string" ? { apiKeyEnv: env["api-key-env"] } : {},
      ...typeof env["account-env"] === "string" ? { accountEnv: env["account-env"] } : {},
      ...list(env.canary) ? { canary: list(env.canary) } : {},
      ...list(env["trusted-keys"]) ? { trustedKeys: list(env["trusted-keys"]).map((k2) => import_node_path.default.resolve(root, k2)) } : {},
      ...["auto", "plain", "base64"].includes(env["password-encoding"]) ? { passwordEncoding: env["password-encoding"] } : {},
      ...typeof env["force-verify"] === "boolean" ? { forceVerify: env["force-verify"] } : {},
      ...env.runtime === "python" ? { runtime: "python" } : {},
      ...typeof env["data-dir"] === "string" ? { dataDir: import_node_path.default.resolve(root, env["data-dir"]) } : {},
      ...typeof env["dify-version"] === "string" ? { difyVersion: env["dify-version"] } : {},
      extra: env
    };
  }
  const checklist = data.checklist && typeof data.checklist === "object" ? data.checklist : void 0;
  return { file, root, values, overrides, environments, ...checklist ? { checklist } : {} };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CONFIG_NAMES,
  emptyConfig,
  loadConfig
});
