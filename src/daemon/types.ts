/**
 * One interface for a Dify installation, whichever door leads in: the plugin daemon's management
 * API (X-Api-Key), a Dify instance's console API (an account), or the embedded daemon (either door,
 * on loopback). Deploy, promote, rollback, status, tasks and doctor use only this.
 */

/** A plugin declaration as the target returns it (the manifest with its providers loaded; icons as asset ids). */
export type PluginDeclarationJson = Record<string, unknown>;

export type TargetKind = 'daemon' | 'console';

export interface TargetInfo {
  kind: TargetKind;
  /** The base URL, without credentials (the daemon root, or the site whose `/console/api` is used). */
  url: string;
  /** Daemon: the tenant plugins are installed for. Console: the workspace (tenant) id, once known. */
  tenant?: string;
  /** Console: the workspace's name, once known. */
  workspaceName?: string;
  /** The embedded daemon answers (tests, the default target without a URL). */
  embedded?: boolean;
}

/** What a door can and cannot do, decided by the API behind it. */
export interface TargetCapabilities {
  /** `in-place`: the daemon's upgrade route; `uninstall-install`: the console has none for a local package. */
  upgrade: 'in-place' | 'uninstall-install';
}

export interface UploadResult {
  /** `author/name:version@checksum`, as the target computed it. */
  identifier: string;
  pluginId: string;
  version: string;
  /** The declaration the target decoded (icons replaced by asset ids). */
  manifest: PluginDeclarationJson;
  /** `{authorized_category}` when the signature verified, else `null`. */
  verification: { authorized_category: string } | null;
  /** The target's verdict on the signature (`manifest.verified`). */
  verified: boolean;
}

/** The answer to install and upgrade: `taskId` is empty when nothing had to be done. */
export interface TaskStart {
  allInstalled: boolean;
  taskId: string;
}

export type TaskStatus = 'pending' | 'running' | 'success' | 'failed';

export interface TaskPlugin {
  identifier: string;
  pluginId: string;
  status: TaskStatus;
  /** The daemon's own text: `starting`, `installed`, `upgraded`, or why it failed (first and last 512 characters). */
  message: string;
  source: string;
}

export interface InstallTask {
  id: string;
  status: TaskStatus;
  tenantId: string;
  createdAt: string;
  updatedAt: string;
  totalPlugins: number;
  completedPlugins: number;
  plugins: TaskPlugin[];
}

/**
 * Whether the plugin's process runs: only the embedded daemon says (`--runtime python`); a real
 * daemon's APIs do not tell, and then this is absent.
 */
export interface RuntimeState {
  status: 'not started' | 'starting' | 'running' | 'exited' | 'failed';
  pid?: number;
  exitCode?: number | null;
  /** Why it is not running (the end of its error output), or what it is doing. */
  message?: string;
  startedAt?: string;
}

export interface Installation {
  /** What uninstall takes (`plugin_installation_id`). */
  installationId: string;
  pluginId: string;
  identifier: string;
  version: string;
  checksum: string;
  /** `package`, `marketplace`, `github`, `remote`. */
  source: string;
  runtimeType: string;
  createdAt?: string;
  updatedAt?: string;
  /** The installed version's declaration, when the target returns it (providers, models, tools). */
  declaration?: PluginDeclarationJson;
  endpointsSetups?: number;
  endpointsActive?: number;
  runtime?: RuntimeState;
}

/** A dependency that is not installed, or installed at another identifier. */
export interface MissingDependency {
  identifier: string;
  /** The identifier installed for the same plugin id, when another is. */
  currentIdentifier?: string;
}

export interface TargetHealth {
  ok: boolean;
  /** The plugin daemon's version, where the API tells it. */
  daemonVersion?: string;
  /** Dify's version, where the API tells it. */
  difyVersion?: string;
  /** Facts the health route returned (platform, pool status, …), for doctor. */
  details: Record<string, unknown>;
}

export interface TargetVersions {
  dify?: string;
  daemon?: string;
}

export interface WaitOptions {
  /** Overall limit (default 10 minutes, as the daemon's own install timeout). */
  timeoutMs?: number;
  /** First poll interval (default 100 ms), doubling to `maxIntervalMs` (default 4 s). */
  intervalMs?: number;
  maxIntervalMs?: number;
  signal?: AbortSignal;
  /** Each status seen, for progress lines. */
  onUpdate?: (task: InstallTask) => void;
}

export interface UploadOptions {
  /** Ask the daemon to refuse an unverified package even if it does not force verification. */
  verifySignature?: boolean;
}

export interface DifyTarget {
  readonly info: TargetInfo;
  readonly capabilities: TargetCapabilities;
  /** Reachable, credentials accepted, and what the target says about itself. */
  health(): Promise<TargetHealth>;
  versions(): Promise<TargetVersions>;
  /** Upload a `.difypkg` (its bytes) for decoding and storage; nothing is installed yet. */
  upload(file: string, options?: UploadOptions): Promise<UploadResult>;
  /** Install uploaded identifiers (an asynchronous task, unless every plugin id is installed). */
  install(identifiers: readonly string[], options?: { source?: string }): Promise<TaskStart>;
  /**
   * Upgrade in place from `original` (installed) to `next` (uploaded, same plugin id). A console
   * cannot: it throws a {@link TargetError} of kind `unsupported`; see `deployPackage` in flow.ts.
   */
  upgrade(original: string, next: string, options?: { source?: string }): Promise<TaskStart>;
  task(id: string): Promise<InstallTask>;
  /** Poll a task until `success` or `failed`, with backoff and an overall timeout. */
  waitForTask(id: string, options?: WaitOptions): Promise<InstallTask>;
  /** Install tasks, newest first (one page; the daemon's page size is at most 256). */
  tasks(options?: { page?: number; pageSize?: number }): Promise<InstallTask[]>;
  deleteTask(id: string): Promise<void>;
  /** Drop one plugin from a task (the task goes when what is left succeeded). */
  deleteTaskItem(id: string, identifier: string): Promise<void>;
  /** Every installation of the tenant or workspace (all pages). */
  installations(): Promise<Installation[]>;
  /** The installation of a plugin id (`author/name`), or `undefined`. */
  installation(pluginId: string): Promise<Installation | undefined>;
  missing(identifiers: readonly string[]): Promise<MissingDependency[]>;
  /** Uninstall by installation id (a missing installation is not an error, as on the daemon). */
  uninstall(installationId: string): Promise<void>;
  /** The declaration of an uploaded identifier. */
  manifest(identifier: string): Promise<PluginDeclarationJson>;
  /** Values to keep out of every message (keys, passwords, cookies, tokens). */
  secrets(): string[];
  close(): Promise<void>;
}
