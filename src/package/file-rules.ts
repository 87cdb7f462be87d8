/**
 * What a packaged file must not be, or should make the author look twice: secrets and credentials
 * (refused), development leftovers (warned). Name-based, after the marketplace's package-content rules
 * (dify-format.md §6.3); content sniffing for private keys is {@link PrivateKeySniffer}.
 */

/** Why a path looks like a secret or credential, or `undefined`. `rel` is `/`-separated. */
export function secretReason(rel: string): string | undefined {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (lower === '.env') return 'an environment file (.env) usually holds credentials';
  if (lower.startsWith('.env.') && !ENV_TEMPLATES.has(lower)) {
    return `an environment file (${base}) usually holds credentials; only .env.example, .env.sample and .env.template are templates`;
  }
  if (SSH_KEYS.has(lower)) return `a private SSH key (${base})`;
  const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.')) : '';
  if (KEY_SUFFIXES.has(ext)) return `a key or certificate store (*${ext})`;
  const lowerRel = rel.toLowerCase();
  for (const [pattern, what] of CREDENTIAL_FILES) {
    if (pattern.test(lowerRel)) return what;
  }
  return undefined;
}

const ENV_TEMPLATES = new Set(['.env.example', '.env.sample', '.env.template']);
const SSH_KEYS = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);
const KEY_SUFFIXES = new Set(['.pem', '.key', '.p12', '.pfx', '.ppk', '.jks', '.keystore']);
const CREDENTIAL_FILES: [RegExp, string][] = [
  [/(^|\/)\.aws\/credentials$/, 'AWS credentials (.aws/credentials)'],
  [/(^|\/)application_default_credentials\.json$/, 'Google Cloud application default credentials'],
  [/(^|\/)[^/]*service[-_]?account[^/]*\.json$/, 'a cloud service-account key (JSON)'],
  [/(^|\/)client_secrets?[^/]*\.json$/, 'an OAuth client secret (JSON)'],
  [/(^|\/)credentials\.json$/, 'a credentials file (credentials.json)'],
  [/(^|\/)\.azure\/[^/]+$/, 'Azure CLI credentials (.azure/)'],
  [/(^|\/)\.kube\/config$|(^|\/)kubeconfig$/, 'a Kubernetes config with cluster credentials'],
  [/(^|\/)\.docker\/config\.json$/, 'Docker registry credentials (.docker/config.json)'],
  [/(^|\/)(\.netrc|_netrc|\.pgpass|\.git-credentials|\.pypirc)$/, 'a file of stored passwords'],
  [/(^|\/)terraform\.tfstate(\.backup)?$/, 'Terraform state (it holds secrets in clear text)'],
];

/** Directory names that are development leftovers, never plugin content. */
const DEV_DIRS = new Map<string, string>([
  ['.git', 'a git repository'],
  ['.hg', 'a Mercurial repository'],
  ['.svn', 'a Subversion checkout'],
  ['.venv', 'a virtual environment'],
  ['venv', 'a virtual environment'],
  ['__pycache__', 'Python bytecode caches'],
  ['.pytest_cache', 'a pytest cache'],
  ['.ruff_cache', 'a ruff cache'],
  ['.mypy_cache', 'a mypy cache'],
  ['.tox', 'tox environments'],
  ['.nox', 'nox environments'],
  ['.ipynb_checkpoints', 'notebook checkpoints'],
  ['htmlcov', 'a coverage report'],
  ['.idea', 'editor settings'],
  ['.vscode', 'editor settings'],
  ['node_modules', 'Node.js dependencies'],
  ['build', 'build output'],
  ['dist', 'build output'],
]);

/** Why a directory looks like a development leftover (given whether it holds `pyvenv.cfg`). */
export function devDirReason(name: string, hasPyvenvCfg: boolean): string | undefined {
  if (hasPyvenvCfg) return 'a virtual environment';
  if (name.endsWith('.egg-info')) return 'Python build metadata';
  return DEV_DIRS.get(name);
}

const DEV_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', '.coverage']);
const DEV_SUFFIXES = new Map<string, string>([
  ['.pyc', 'Python bytecode'],
  ['.pyo', 'Python bytecode'],
  ['.log', 'a log file'],
  ['.tmp', 'a temporary file'],
  ['.swp', 'an editor swap file'],
  ['.swo', 'an editor swap file'],
  ['.bak', 'a backup file'],
  ['.difypkg', 'a plugin package (a previous build?)'],
  ['.difybndl', 'a plugin bundle'],
]);

/** Why a file looks like a development leftover, or `undefined`. */
export function devFileReason(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (DEV_FILES.has(lower)) return 'operating-system or tool metadata';
  const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.')) : '';
  return DEV_SUFFIXES.get(ext);
}

/**
 * Hidden names the CLI packages that surprise nobody: the ignore files themselves and `.env`
 * templates, which official plugins ship on purpose. Every other hidden file is reported (DPR404).
 */
export function isExpectedHidden(rel: string): boolean {
  const base = rel.slice(rel.lastIndexOf('/') + 1).toLowerCase();
  return rel === '.difyignore' || rel === '.gitignore' || ENV_TEMPLATES.has(base);
}

/**
 * Finds a PEM private key in a stream of chunks (a key pasted into a `.txt`, a `.py`, a `.json`).
 * A key is the header, a base64 body and the END line: header text alone (help text, a
 * `startswith("-----BEGIN …")` test) is not a key, as `check` also decides. A header split across
 * two chunks is still found; at most 8 KiB after a header is held while its body is looked for.
 */
export class PrivateKeySniffer {
  private tail: Buffer = Buffer.alloc(0);
  /** Bytes after a header, while its body and END line are awaited. */
  private pending: Buffer | null = null;
  found = false;

  push(chunk: Buffer): void {
    if (this.found) return;
    if (this.pending) {
      this.pending = Buffer.concat([this.pending, chunk.subarray(0, PENDING_MAX)]);
      this.settle();
      if (this.found || this.pending) return;
    }
    // A header inside the chunk, else one split across the seam with the previous chunk (no copy of
    // the chunk itself: chunks are a mebibyte).
    let after = headerEnd(chunk);
    let from = chunk;
    if (after === -1 && this.tail.length > 0) {
      from = Buffer.concat([this.tail, chunk.subarray(0, 64)]);
      after = headerEnd(from);
      if (after !== -1) from = Buffer.concat([this.tail, chunk.subarray(0, PENDING_MAX)]);
    }
    if (after !== -1) {
      this.pending = Buffer.from(from.subarray(after, after + PENDING_MAX));
      this.settle();
    }
    this.tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - 64)));
  }

  /** Decide on the pending bytes: a body then an END line is a key; no END within 8 KiB is not. */
  private settle(): void {
    const text = this.pending!.toString('latin1');
    const end = PEM_END.exec(text);
    if (end) {
      this.found = BASE64_RUN.test(text.slice(0, end.index));
      this.pending = null;
    } else if (this.pending!.length >= PENDING_MAX) {
      this.pending = null;
    }
  }
}

const PENDING_MAX = 8192;
const BEGIN = Buffer.from('-----BEGIN ');
const PRIVATE_KEY = /^(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;
const PEM_END = /-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;
const BASE64_RUN = /[A-Za-z0-9+/]{40,}/;

/** The offset just past the last private-key PEM header in `data`, or -1. */
function headerEnd(data: Buffer): number {
  let found = -1;
  for (let at = data.indexOf(BEGIN); at !== -1; at = data.indexOf(BEGIN, at + 1)) {
    const label = data.toString('latin1', at + BEGIN.length, at + BEGIN.length + 40);
    const m = PRIVATE_KEY.exec(label);
    if (m) found = at + BEGIN.length + m[0].length;
  }
  return found;
}
