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
  for (const [pattern, what, literals] of CREDENTIAL_FILES) {
    if (literals.some((l) => lowerRel.includes(l)) && pattern.test(lowerRel)) return what;
  }
  return undefined;
}

/**
 * Why a `.git` directory (at any depth) must not be packaged: what the Dify CLI would package when
 * the ignore file does not exclude it, and what a CI checkout leaves in it.
 */
export const GIT_DIR_REASON =
  'a git repository: .git/config holds the CI checkout token (http.<url>.extraheader = AUTHORIZATION: basic …) in GitHub Actions, and .git/objects every file ever committed, secrets removed since included';

/** Whether `rel` (`/`-separated) is a `.git` directory or lies inside one. */
export function inGitDir(rel: string): boolean {
  return rel.split('/').includes('.git');
}

const ENV_TEMPLATES = new Set(['.env.example', '.env.sample', '.env.template']);
const SSH_KEYS = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);
const KEY_SUFFIXES = new Set(['.pem', '.key', '.p12', '.pfx', '.ppk', '.jks', '.keystore']);
/** Credential files by path: the pattern, what it is, and a literal one of which every match holds. */
const CREDENTIAL_FILES: [RegExp, string, string[]][] = [
  [/(^|\/)\.aws\/credentials$/, 'AWS credentials (.aws/credentials)', ['credentials']],
  [
    /(^|\/)application_default_credentials\.json$/,
    'Google Cloud application default credentials',
    ['credentials'],
  ],
  [/(^|\/)[^/]*service[-_]?account[^/]*\.json$/, 'a cloud service-account key (JSON)', ['account']],
  [/(^|\/)client_secrets?[^/]*\.json$/, 'an OAuth client secret (JSON)', ['client_secret']],
  [/(^|\/)credentials\.json$/, 'a credentials file (credentials.json)', ['credentials']],
  [/(^|\/)\.azure\/[^/]+$/, 'Azure CLI credentials (.azure/)', ['.azure/']],
  [/(^|\/)\.kube\/config$|(^|\/)kubeconfig$/, 'a Kubernetes config with cluster credentials', ['kube']],
  [/(^|\/)\.docker\/config\.json$/, 'Docker registry credentials (.docker/config.json)', ['.docker/']],
  [
    /(^|\/)(\.netrc|_netrc|\.pgpass|\.git-credentials|\.pypirc)$/,
    'a file of stored passwords',
    ['netrc', 'pgpass', 'credentials', 'pypirc'],
  ],
  [/(^|\/)terraform\.tfstate(\.backup)?$/, 'Terraform state (it holds secrets in clear text)', ['tfstate']],
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
 * `startswith("-----BEGIN …")` test) is not a key, as `check` also decides. Every header is
 * judged, so a real key followed (or preceded) by header text is still found. A header split
 * across two chunks is still found; at most 8 KiB after a header is held while its body is looked
 * for.
 */
export class PrivateKeySniffer {
  /** Bytes carried over from the previous chunk: from an undecided header on, else its last bytes. */
  private carry: Buffer = Buffer.alloc(0);
  found = false;

  push(chunk: Buffer): void {
    if (this.found) return;
    // Headers starting in the carried bytes, judged with the start of this chunk (never a copy of
    // the whole chunk: chunks are a mebibyte).
    let seam: Buffer | undefined;
    if (this.carry.length > 0) {
      seam = Buffer.concat([this.carry, chunk.subarray(0, WINDOW)]);
      const verdict = this.scan(seam, this.carry.length);
      if (verdict !== 'done') {
        // Undecided only when the chunk is shorter than a window, so `seam` holds all of it.
        this.carry = Buffer.from(seam.subarray(verdict));
        return;
      }
      if (this.found) return;
    }
    const verdict = this.scan(chunk, chunk.length);
    if (this.found) return;
    if (verdict !== 'done') this.carry = Buffer.from(chunk.subarray(verdict));
    else {
      // The last bytes seen, across chunks smaller than that.
      const tail = seam && chunk.length < SEAM ? seam : chunk;
      this.carry = Buffer.from(tail.subarray(Math.max(0, tail.length - SEAM)));
    }
  }

  /**
   * Judge every header starting before `limit` in `data`, in order: sets {@link found} on a key;
   * returns the offset of the first undecided header (every later header lies within its window, so
   * they are judged with it next time), or `'done'`.
   */
  private scan(data: Buffer, limit: number): number | 'done' {
    for (let at = data.indexOf(BEGIN); at !== -1 && at < limit; at = data.indexOf(BEGIN, at + 1)) {
      const verdict = judge(data, at);
      if (verdict === 'key') {
        this.found = true;
        this.carry = Buffer.alloc(0);
        return 'done';
      }
      if (verdict === 'undecided') return at;
    }
    return 'done';
  }
}

const PENDING_MAX = 8192;
/** Bytes kept across a chunk boundary so that a header cut in two is found: more than a header. */
const SEAM = 64;
const BEGIN = Buffer.from('-----BEGIN ');
const LABEL_MAX = 40;
/** The bytes a header's verdict needs: the marker, its label, the body and END line awaited. */
const WINDOW = BEGIN.length + LABEL_MAX + PENDING_MAX;
const PRIVATE_KEY = /^(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;
const PEM_END = /-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;
const BASE64_RUN = /[A-Za-z0-9+/]{40,}/;

/**
 * The header candidate at `at`: a key (a private-key header, a base64 body, an END line within
 * 8 KiB), not a key, or undecided until more bytes come (a label or a window cut by the chunk end).
 */
function judge(data: Buffer, at: number): 'key' | 'not' | 'undecided' {
  const labelStart = at + BEGIN.length;
  const label = data.toString('latin1', labelStart, Math.min(data.length, labelStart + LABEL_MAX));
  const m = PRIVATE_KEY.exec(label);
  if (!m) return label.length < LABEL_MAX ? 'undecided' : 'not'; // a label cut by the end of `data`
  const bodyStart = labelStart + m[0].length;
  const text = data.toString('latin1', bodyStart, Math.min(data.length, bodyStart + PENDING_MAX));
  const end = PEM_END.exec(text);
  if (end) return BASE64_RUN.test(text.slice(0, end.index)) ? 'key' : 'not';
  return text.length >= PENDING_MAX ? 'not' : 'undecided';
}
