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
  GIT_DIR_REASON: () => GIT_DIR_REASON,
  PrivateKeySniffer: () => PrivateKeySniffer,
  devDirReason: () => devDirReason,
  devFileReason: () => devFileReason,
  inGitDir: () => inGitDir,
  isExpectedHidden: () => isExpectedHidden,
  secretReason: () => secretReason
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
function secretReason(rel) {
  const base = rel.slice(rel.lastIndexOf("/") + 1);
  const lower = base.toLowerCase();
  if (lower === ".env") return "an environment file (.env) usually holds credentials";
  if (lower.startsWith(".env.") && !ENV_TEMPLATES.has(lower)) {
    return `an environment file (${base}) usually holds credentials; only .env.example, .env.sample and .env.template are templates`;
  }
  if (SSH_KEYS.has(lower)) return `a private SSH key (${base})`;
  const ext = lower.includes(".") ? lower.slice(lower.lastIndexOf(".")) : "";
  if (KEY_SUFFIXES.has(ext)) return `a key or certificate store (*${ext})`;
  const lowerRel = rel.toLowerCase();
  for (const [pattern, what, literals] of CREDENTIAL_FILES) {
    if (literals.some((l) => lowerRel.includes(l)) && pattern.test(lowerRel)) return what;
  }
  return void 0;
}
var GIT_DIR_REASON = "a git repository: .git/config holds the CI checkout token (http.<url>.extraheader = AUTHORIZATION: basic \u2026) in GitHub Actions, and .git/objects every file ever committed, secrets removed since included";
function inGitDir(rel) {
  return rel.split("/").includes(".git");
}
var ENV_TEMPLATES = /* @__PURE__ */ new Set([".env.example", ".env.sample", ".env.template"]);
var SSH_KEYS = /* @__PURE__ */ new Set(["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk"]);
var KEY_SUFFIXES = /* @__PURE__ */ new Set([".pem", ".key", ".p12", ".pfx", ".ppk", ".jks", ".keystore"]);
var CREDENTIAL_FILES = [
  [/(^|\/)\.aws\/credentials$/, "AWS credentials (.aws/credentials)", ["credentials"]],
  [
    /(^|\/)application_default_credentials\.json$/,
    "Google Cloud application default credentials",
    ["credentials"]
  ],
  [/(^|\/)[^/]*service[-_]?account[^/]*\.json$/, "a cloud service-account key (JSON)", ["account"]],
  [/(^|\/)client_secrets?[^/]*\.json$/, "an OAuth client secret (JSON)", ["client_secret"]],
  [/(^|\/)credentials\.json$/, "a credentials file (credentials.json)", ["credentials"]],
  [/(^|\/)\.azure\/[^/]+$/, "Azure CLI credentials (.azure/)", [".azure/"]],
  [/(^|\/)\.kube\/config$|(^|\/)kubeconfig$/, "a Kubernetes config with cluster credentials", ["kube"]],
  [/(^|\/)\.docker\/config\.json$/, "Docker registry credentials (.docker/config.json)", [".docker/"]],
  [
    /(^|\/)(\.netrc|_netrc|\.pgpass|\.git-credentials|\.pypirc)$/,
    "a file of stored passwords",
    ["netrc", "pgpass", "credentials", "pypirc"]
  ],
  [/(^|\/)terraform\.tfstate(\.backup)?$/, "Terraform state (it holds secrets in clear text)", ["tfstate"]]
];
var DEV_DIRS = /* @__PURE__ */ new Map([
  [".git", "a git repository"],
  [".hg", "a Mercurial repository"],
  [".svn", "a Subversion checkout"],
  [".venv", "a virtual environment"],
  ["venv", "a virtual environment"],
  ["__pycache__", "Python bytecode caches"],
  [".pytest_cache", "a pytest cache"],
  [".ruff_cache", "a ruff cache"],
  [".mypy_cache", "a mypy cache"],
  [".tox", "tox environments"],
  [".nox", "nox environments"],
  [".ipynb_checkpoints", "notebook checkpoints"],
  ["htmlcov", "a coverage report"],
  [".idea", "editor settings"],
  [".vscode", "editor settings"],
  ["node_modules", "Node.js dependencies"],
  ["build", "build output"],
  ["dist", "build output"]
]);
function devDirReason(name, hasPyvenvCfg) {
  if (hasPyvenvCfg) return "a virtual environment";
  if (name.endsWith(".egg-info")) return "Python build metadata";
  return DEV_DIRS.get(name);
}
var DEV_FILES = /* @__PURE__ */ new Set([".ds_store", "thumbs.db", "desktop.ini", ".coverage"]);
var DEV_SUFFIXES = /* @__PURE__ */ new Map([
  [".pyc", "Python bytecode"],
  [".pyo", "Python bytecode"],
  [".log", "a log file"],
  [".tmp", "a temporary file"],
  [".swp", "an editor swap file"],
  [".swo", "an editor swap file"],
  [".bak", "a backup file"],
  [".difypkg", "a plugin package (a previous build?)"],
  [".difybndl", "a plugin bundle"]
]);
function devFileReason(name) {
  const lower = name.toLowerCase();
  if (DEV_FILES.has(lower)) return "operating-system or tool metadata";
  const ext = lower.includes(".") ? lower.slice(lower.lastIndexOf(".")) : "";
  return DEV_SUFFIXES.get(ext);
}
function isExpectedHidden(rel) {
  const base = rel.slice(rel.lastIndexOf("/") + 1).toLowerCase();
  return rel === ".difyignore" || rel === ".gitignore" || ENV_TEMPLATES.has(base);
}
var PrivateKeySniffer = class {
  /** Bytes carried over from the previous chunk: from an undecided header on, else its last bytes. */
  carry = Buffer.alloc(0);
  found = false;
  push(chunk) {
    if (this.found) return;
    let seam;
    if (this.carry.length > 0) {
      seam = Buffer.concat([this.carry, chunk.subarray(0, WINDOW)]);
      const verdict2 = this.scan(seam, this.carry.length);
      if (verdict2 !== "done") {
        this.carry = Buffer.from(seam.subarray(verdict2));
        return;
      }
      if (this.found) return;
    }
    const verdict = this.scan(chunk, chunk.length);
    if (this.found) return;
    if (verdict !== "done") this.carry = Buffer.from(chunk.subarray(verdict));
    else {
      const tail = seam && chunk.length < SEAM ? seam : chunk;
      this.carry = Buffer.from(tail.subarray(Math.max(0, tail.length - SEAM)));
    }
  }
  /**
   * Judge every header starting before `limit` in `data`, in order: sets {@link found} on a key;
   * returns the offset of the first undecided header (every later header lies within its window, so
   * they are judged with it next time), or `'done'`.
   */
  scan(data, limit) {
    for (let at = data.indexOf(BEGIN); at !== -1 && at < limit; at = data.indexOf(BEGIN, at + 1)) {
      const verdict = judge(data, at);
      if (verdict === "key") {
        this.found = true;
        this.carry = Buffer.alloc(0);
        return "done";
      }
      if (verdict === "undecided") return at;
    }
    return "done";
  }
};
var PENDING_MAX = 8192;
var SEAM = 64;
var BEGIN = Buffer.from("-----BEGIN ");
var LABEL_MAX = 40;
var WINDOW = BEGIN.length + LABEL_MAX + PENDING_MAX;
var PRIVATE_KEY = /^(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;
var PEM_END = /-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;
var BASE64_RUN = /[A-Za-z0-9+/]{40,}/;
function judge(data, at) {
  const labelStart = at + BEGIN.length;
  const label = data.toString("latin1", labelStart, Math.min(data.length, labelStart + LABEL_MAX));
  const m = PRIVATE_KEY.exec(label);
  if (!m) return label.length < LABEL_MAX ? "undecided" : "not";
  const bodyStart = labelStart + m[0].length;
  const text = data.toString("latin1", bodyStart, Math.min(data.length, bodyStart + PENDING_MAX));
  const end = PEM_END.exec(text);
  if (end) return BASE64_RUN.test(text.slice(0, end.index)) ? "key" : "not";
  return text.length >= PENDING_MAX ? "not" : "undecided";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GIT_DIR_REASON,
  PrivateKeySniffer,
  devDirReason,
  devFileReason,
  inGitDir,
  isExpectedHidden,
  secretReason
});
