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
  LIMITS: () => LIMITS
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var MiB = 1024 * 1024;
var LIMITS = {
  /** The daemon's MAX_PLUGIN_PACKAGE_SIZE default: the most an upload may carry, and the most a package may unpack to. */
  maxPackageBytes: 50 * MiB,
  /** Dify's API server's limit on an uploaded package (PLUGIN_MAX_PACKAGE_SIZE) as its docker/.env sets it. */
  maxUploadBytes: 50 * MiB,
  /** The API server's own default for PLUGIN_MAX_PACKAGE_SIZE when no .env sets it (source deployments). */
  maxUploadBytesCodeDefault: 15 * MiB,
  /** The nginx in front of Dify's docker deployment: NGINX_CLIENT_MAX_BODY_SIZE=100M. */
  maxRequestBodyBytes: 100 * MiB,
  /** The daemon's `MAX_BUNDLE_PACKAGE_SIZE` default: twelve packages. */
  maxBundleBytes: 12 * 50 * MiB,
  /** Files a marketplace submission may hold (the toolkit's check-package-contents). */
  maxMarketplaceFiles: 5e3,
  /** Entries a zip without ZIP64 can hold; Go writes ZIP64 beyond it. */
  maxZipEntries: 65535,
  /** A YAML declaration file read from a plugin: far above any real one (the largest published is under 1 MiB). */
  maxYamlBytes: 4 * MiB,
  /**
   * An ignore file (`.difyignore`, `.gitignore`): each pattern is tested against every path, so
   * its size multiplies the walk's cost. The largest published one is 3.4 KB (179 lines).
   */
  maxIgnoreBytes: 64 * 1024,
  /** Patterns of an ignore file this tool applies (the largest published one has 179 lines). */
  maxIgnorePatterns: 1e3,
  /**
   * Of those, patterns tested against every path (a slash inside, or no literal part of 3
   * characters to index them by, see selection/ignore-index.ts).
   */
  maxGeneralIgnorePatterns: 200,
  /** A text file read for a check (README, requirements, pyproject, a PR body). */
  maxTextBytes: 8 * MiB,
  /**
   * Directories nested below a plugin root that the file selection walks (this tool's limit: Dify
   * sets none, Linux's PATH_MAX stops near 2,000; the deepest published plugin nests 5).
   */
  maxTreeDepth: 128
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LIMITS
});
