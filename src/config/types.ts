/**
 * The typed shape of `.dify-release.yml` as stages see it (schema: schemas/dify-release.schema.json).
 * A pure types module: any folder may import it.
 */

/** A value from the file with where it was written, for findings. */
export interface ConfigValue {
  value: unknown;
  line?: number;
  column?: number;
}

/** Per-plugin overrides: `overrides: { tools/legacy: { ignore: [...], strict: true } }`. */
export interface PluginOverride {
  /** The plugin directory, absolute. */
  path: string;
  ignore?: string[];
  strict?: boolean;
}

/** A deployment target (issues 12–13): a Dify plugin daemon or a Dify console. */
export interface EnvironmentConfig {
  name: string;
  /** The daemon's or the console's base URL; absent: the embedded daemon for this environment. */
  url?: string;
  kind?: 'daemon' | 'console';
  /** Daemon: the tenant(s) plugins are installed for (several: progressive promotion). */
  tenants?: string[];
  /** Console: the workspace id (or name) the account must be in. */
  workspace?: string;
  /** The name of the environment variable holding the daemon's API key (never the key itself). */
  apiKeyEnv?: string;
  /** The name of the environment variable holding the console account (`email:password`, or JSON). */
  accountEnv?: string;
  /** Tenants promoted first (canary), before the rest. */
  canary?: string[];
  /** Public keys (PEM files) the target trusts besides the official one. */
  trustedKeys?: string[];
  /** Console: how the password is sent at login. */
  passwordEncoding?: 'auto' | 'plain' | 'base64';
  /** Embedded daemon: refuse unverified packages (FORCE_VERIFYING_SIGNATURE). */
  forceVerify?: boolean;
  /** Embedded daemon: start installed plugins with this runtime. */
  runtime?: 'python';
  /** Embedded daemon: its data directory (absolute). */
  dataDir?: string;
  /**
   * The Dify version the target runs: what the compatibility gate compares when the target's API
   * does not tell it (a daemon); what the embedded daemon's console door reports.
   */
  difyVersion?: string;
  /** Whatever else the environment's section holds, for the stages that read it. */
  extra: Record<string, unknown>;
}

export interface ReleaseConfig {
  /** The file read (absolute), or absent when the repository has none. */
  file?: string;
  /** The directory paths in the file are relative to (the file's directory, else the working directory). */
  root: string;
  /** Option values by their config key (`strict`, `package.max-size`, `release.tag-pattern`, …). */
  values: ReadonlyMap<string, ConfigValue>;
  overrides: readonly PluginOverride[];
  environments: Readonly<Record<string, EnvironmentConfig>>;
  /** The deployment checklist section as written (validated by the schema; read by the gates). */
  checklist?: Record<string, unknown>;
}
