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
  checksumOfIdentifier: () => checksumOfIdentifier,
  isObject: () => isObject,
  pluginIdOf: () => pluginIdOf,
  readInstallation: () => readInstallation,
  readMissing: () => readMissing,
  readTask: () => readTask,
  readUpload: () => readUpload,
  versionOf: () => versionOf
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function str(value) {
  return typeof value === "string" ? value : value === void 0 || value === null ? "" : String(value);
}
function num(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
var STATUSES = ["pending", "running", "success", "failed"];
function status(value) {
  return STATUSES.includes(value) ? value : "pending";
}
function pluginIdOf(identifier) {
  const colon = identifier.indexOf(":");
  return colon === -1 ? identifier : identifier.slice(0, colon);
}
function versionOf(identifier) {
  const colon = identifier.indexOf(":");
  const at = identifier.lastIndexOf("@");
  return colon === -1 ? "" : identifier.slice(colon + 1, at === -1 ? void 0 : at);
}
function checksumOfIdentifier(identifier) {
  const at = identifier.lastIndexOf("@");
  return at === -1 ? "" : identifier.slice(at + 1);
}
function readTask(value) {
  if (!isObject(value) || typeof value.id !== "string") return void 0;
  const plugins = Array.isArray(value.plugins) ? value.plugins.filter(isObject).map((p) => ({
    identifier: str(p.plugin_unique_identifier),
    pluginId: str(p.plugin_id) || pluginIdOf(str(p.plugin_unique_identifier)),
    status: status(p.status),
    message: str(p.message),
    source: str(p.source)
  })) : [];
  return {
    id: value.id,
    status: status(value.status),
    tenantId: str(value.tenant_id),
    createdAt: str(value.created_at),
    updatedAt: str(value.updated_at),
    totalPlugins: num(value.total_plugins) ?? plugins.length,
    completedPlugins: num(value.completed_plugins) ?? 0,
    plugins
  };
}
function readInstallation(value) {
  if (!isObject(value)) return void 0;
  const identifier = str(value.plugin_unique_identifier);
  if (!identifier) return void 0;
  const declaration = isObject(value.declaration) ? value.declaration : void 0;
  const installationId = str(value.installation_id) || str(value.id);
  const out = {
    installationId,
    pluginId: str(value.plugin_id) || pluginIdOf(identifier),
    identifier,
    version: str(value.version) || versionOf(identifier),
    checksum: str(value.checksum) || checksumOfIdentifier(identifier),
    source: str(value.source),
    runtimeType: str(value.runtime_type)
  };
  if (value.created_at) out.createdAt = str(value.created_at);
  if (value.updated_at) out.updatedAt = str(value.updated_at);
  if (declaration) out.declaration = declaration;
  const setups = num(value.endpoints_setups);
  const active = num(value.endpoints_active);
  if (setups !== void 0) out.endpointsSetups = setups;
  if (active !== void 0) out.endpointsActive = active;
  const runtime = readRuntime(value.runtime);
  if (runtime) out.runtime = runtime;
  return out;
}
function readRuntime(value) {
  if (!isObject(value) || typeof value.status !== "string") return void 0;
  const out = { status: value.status };
  if (num(value.pid) !== void 0) out.pid = num(value.pid);
  if ("exit_code" in value) out.exitCode = num(value.exit_code) ?? null;
  if (value.message) out.message = str(value.message);
  if (value.started_at) out.startedAt = str(value.started_at);
  return out;
}
function readUpload(value) {
  if (!isObject(value) || typeof value.unique_identifier !== "string") return void 0;
  const manifest = isObject(value.manifest) ? value.manifest : {};
  const verification = isObject(value.verification) ? { authorized_category: str(value.verification.authorized_category) } : null;
  return {
    identifier: value.unique_identifier,
    pluginId: pluginIdOf(value.unique_identifier),
    version: versionOf(value.unique_identifier),
    manifest,
    verification,
    verified: manifest.verified === true
  };
}
function readMissing(value) {
  if (!Array.isArray(value)) return void 0;
  return value.filter(isObject).map((m) => ({
    identifier: str(m.plugin_unique_identifier),
    ...m.current_identifier ? { currentIdentifier: str(m.current_identifier) } : {}
  }));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checksumOfIdentifier,
  isObject,
  pluginIdOf,
  readInstallation,
  readMissing,
  readTask,
  readUpload,
  versionOf
});
