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
 * Byte search only (no string copies of the data); a header split across two chunks is still found.
 */
export class PrivateKeySniffer {
  private tail: Buffer = Buffer.alloc(0);
  found = false;

  push(chunk: Buffer): void {
    if (this.found) return;
    // The seam between the previous chunk and this one, then the chunk itself.
    const seam = Buffer.concat([this.tail, chunk.subarray(0, 64)]);
    this.found = hasPrivateKey(seam) || hasPrivateKey(chunk);
    this.tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - 64)));
  }
}

const BEGIN = Buffer.from('-----BEGIN ');
const PRIVATE_KEY = /^(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;

function hasPrivateKey(data: Buffer): boolean {
  for (let at = data.indexOf(BEGIN); at !== -1; at = data.indexOf(BEGIN, at + 1)) {
    const label = data.toString('latin1', at + BEGIN.length, at + BEGIN.length + 40);
    if (PRIVATE_KEY.test(label)) return true;
  }
  return false;
}
