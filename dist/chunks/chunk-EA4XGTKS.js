import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-62OAMW2I.js";
import {
  repositoryRoot
} from "./chunk-2IS3DTRP.js";

// src/config/empty.ts
function emptyConfig(root) {
  return { root, values: /* @__PURE__ */ new Map(), overrides: [], environments: {} };
}

// src/config/find.ts
import { existsSync } from "node:fs";
import path from "node:path";
var CONFIG_NAMES = [".dify-release.yml", ".dify-release.yaml"];
function findConfigFile(cwd, explicit) {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) {
      throw new UsageError(
        `the configuration file ${explicit} does not exist`,
        "Give the path of a .dify-release.yml."
      );
    }
    return file;
  }
  const root = repositoryRoot(cwd) ?? cwd;
  return CONFIG_NAMES.map((n) => path.join(root, n)).find((f) => existsSync(f));
}

export {
  emptyConfig,
  CONFIG_NAMES,
  findConfigFile
};
