/**
 * The limits of Dify's layers, in one place (dify-format.md §2.7, §5; the marketplace toolkit).
 * Every stage that reads, writes or sends a package uses these, never its own copies.
 */
const MiB = 1024 * 1024;

export const LIMITS = {
  /** The daemon's `PLUGIN_MAX_PACKAGE_SIZE` default: the most an upload may carry, and the most a package may unpack to. */
  maxPackageBytes: 50 * MiB,
  /** Dify's API server's own limit on an uploaded package (`PLUGIN_MAX_PACKAGE_SIZE` there, same default). */
  maxUploadBytes: 50 * MiB,
  /** The daemon's `MAX_BUNDLE_PACKAGE_SIZE` default: twelve packages. */
  maxBundleBytes: 12 * 50 * MiB,
  /** Files a marketplace submission may hold (the toolkit's check-package-contents). */
  maxMarketplaceFiles: 5000,
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
  maxIgnorePatterns: 1000,
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
  maxTreeDepth: 128,
} as const;

/** Environment variables that raise the limits on a Dify installation, for messages. */
export const LIMIT_SETTINGS = {
  maxPackageBytes: 'PLUGIN_MAX_PACKAGE_SIZE (Dify API and plugin daemon, bytes)',
} as const;
