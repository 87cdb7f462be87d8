import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/core/limits.ts
var MiB = 1024 * 1024;
var LIMITS = {
  /** The daemon's `PLUGIN_MAX_PACKAGE_SIZE` default: the most an upload may carry, and the most a package may unpack to. */
  maxPackageBytes: 50 * MiB,
  /** Dify's API server's own limit on an uploaded package (`PLUGIN_MAX_PACKAGE_SIZE` there, same default). */
  maxUploadBytes: 50 * MiB,
  /** Files a marketplace submission may hold (the toolkit's check-package-contents). */
  maxMarketplaceFiles: 5e3,
  /** Entries a zip without ZIP64 can hold; Go writes ZIP64 beyond it. */
  maxZipEntries: 65535,
  /** A YAML declaration file read from a plugin: far above any real one (the largest published is under 1 MiB). */
  maxYamlBytes: 4 * MiB,
  /** A text file read for a check (README, requirements, pyproject, a PR body). */
  maxTextBytes: 8 * MiB
};

export {
  LIMITS
};
