import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/core/codes/config.ts
var CONFIG_CODES = {
  DPR901: {
    severity: "error",
    category: "config",
    title: "configuration file cannot be read",
    layer: "tool",
    fix: "Make .dify-release.yml a readable regular file, or pass another with --config."
  },
  DPR902: {
    severity: "error",
    category: "config",
    title: "configuration file is not valid YAML",
    layer: "tool",
    fix: "Fix the YAML syntax at this position."
  },
  DPR903: {
    severity: "warning",
    category: "config",
    title: "unknown key in the configuration (ignored)",
    layer: "tool",
    fix: "Remove it, or correct its spelling (schemas/dify-release.schema.json lists every key)."
  },
  DPR904: {
    severity: "error",
    category: "config",
    title: "configuration value of the wrong type or out of range",
    layer: "tool",
    fix: "Write a value of the kind the key takes (schemas/dify-release.schema.json)."
  },
  DPR905: {
    severity: "error",
    category: "config",
    title: "unknown finding code in the configuration",
    layer: "tool",
    fix: "Use a code that exists: `dify-plugin-release explain --list`."
  },
  DPR906: {
    severity: "warning",
    category: "config",
    title: "duplicate key in the configuration (the last one wins)",
    layer: "tool",
    fix: "Keep one of them."
  },
  DPR907: {
    severity: "error",
    category: "config",
    title: "a secret written into the configuration file",
    layer: "tool",
    fix: "Keep secrets out of the repository: name the environment variable (or the CI secret) that holds it instead."
  }
};

// src/core/codes/coze.ts
var COZE_CODES = {
  DPR701: { severity: "error", category: "coze", title: "plugin_meta.yaml is not a list of plugins" },
  DPR702: { severity: "error", category: "coze", title: "value of a type Coze cannot decode" },
  DPR703: { severity: "warning", category: "coze", title: "unknown key (ignored by Coze)" },
  DPR704: { severity: "error", category: "coze", title: "required field missing or empty" },
  DPR705: { severity: "error", category: "coze", title: "value Coze does not accept" },
  DPR706: { severity: "error", category: "coze", title: "plugin version is not a Go semver" },
  DPR707: { severity: "error", category: "coze", title: "id not positive" },
  DPR708: { severity: "error", category: "coze", title: "duplicate plugin_id" },
  DPR709: { severity: "error", category: "coze", title: "duplicate tool_id" },
  DPR710: { severity: "warning", category: "coze", title: "tool_id outside the plugin range" },
  DPR711: { severity: "error", category: "coze", title: "auth payload Coze cannot decode" },
  DPR712: { severity: "warning", category: "coze", title: "auth payload incomplete for deployment" },
  DPR713: { severity: "error", category: "coze", title: "OpenAPI document missing" },
  DPR714: { severity: "error", category: "coze", title: "OpenAPI document outside pluginproduct/" },
  DPR715: { severity: "warning", category: "coze", title: "plugin icon not found" },
  DPR716: { severity: "notice", category: "coze", title: "deprecated plugin or tool (not loaded)" },
  DPR717: { severity: "error", category: "coze", title: "duplicate YAML key (rejected by Coze)" },
  DPR720: { severity: "error", category: "coze", title: "OpenAPI document breaks the OpenAPI 3.0 schema" },
  DPR721: { severity: "error", category: "coze", title: "OpenAPI version is not 3.0.x" },
  DPR722: { severity: "error", category: "coze", title: "$ref Coze cannot resolve" },
  DPR723: { severity: "error", category: "coze", title: "OpenAPI info incomplete" },
  DPR724: { severity: "error", category: "coze", title: "not exactly one server" },
  DPR725: { severity: "error", category: "coze", title: "invalid server URL" },
  DPR726: { severity: "error", category: "coze", title: "path parameters disagree with the path template" },
  DPR727: { severity: "warning", category: "coze", title: "templated paths that conflict" },
  DPR728: { severity: "error", category: "coze", title: "duplicate operationId" },
  DPR729: { severity: "error", category: "coze", title: "operation without operationId or summary" },
  DPR730: { severity: "error", category: "coze", title: "request body Coze does not accept" },
  DPR731: { severity: "error", category: "coze", title: "parameter Coze does not accept" },
  DPR732: { severity: "error", category: "coze", title: "response Coze does not accept" },
  DPR733: { severity: "error", category: "coze", title: "schema kin-openapi rejects" },
  DPR734: { severity: "error", category: "coze", title: "Coze extension with an invalid value" },
  DPR735: { severity: "error", category: "coze", title: "tool names an operation missing from the document" },
  DPR736: { severity: "error", category: "coze", title: "operation not listed under tools" },
  DPR737: { severity: "warning", category: "coze", title: "two tools for the same operation" },
  DPR738: { severity: "error", category: "coze", title: "plugin without a tool Coze would load" },
  DPR739: { severity: "error", category: "coze", title: "oauth_schema.json missing or not JSON" },
  DPR740: { severity: "warning", category: "coze", title: "oauth_schema.json not shaped as the UI expects" },
  DPR741: { severity: "error", category: "coze", title: "server URL does not answer" }
};

// src/core/codes/diff.ts
var DIFF_CODES = {
  DPR601: {
    severity: "warning",
    category: "compatibility",
    title: "breaking change (needs a major version)"
  },
  DPR602: {
    severity: "notice",
    category: "compatibility",
    title: "compatible addition (needs a minor version)"
  },
  DPR603: { severity: "notice", category: "compatibility", title: "other change (needs a patch version)" },
  DPR610: {
    severity: "error",
    category: "compatibility",
    title: "version bump smaller than the changes need"
  },
  DPR612: { severity: "warning", category: "permissions", title: "permission escalation" }
};

// src/core/codes/fields.ts
var FIELDS_CODES = {
  DPR101: { severity: "error", category: "schema", title: "required field missing" },
  DPR102: { severity: "error", category: "schema", title: "wrong type" },
  DPR103: { severity: "error", category: "schema", title: "value not allowed" },
  DPR104: { severity: "error", category: "schema", title: "value has the wrong format" },
  DPR105: { severity: "error", category: "schema", title: "value out of range" },
  DPR106: { severity: "warning", category: "schema", title: "unknown key (ignored by Dify)" },
  DPR107: { severity: "error", category: "schema", title: "invalid value" },
  DPR110: { severity: "error", category: "manifest", title: "invalid plugin version" },
  DPR111: { severity: "error", category: "manifest", title: "invalid author" },
  DPR112: { severity: "error", category: "manifest", title: "invalid plugin name" },
  DPR113: { severity: "error", category: "manifest", title: "tag not supported by Dify" },
  DPR114: { severity: "error", category: "manifest", title: "storage size out of bounds" },
  DPR115: { severity: "error", category: "manifest", title: "invalid created_at" },
  DPR116: { severity: "error", category: "manifest", title: "invalid repo URL" },
  DPR117: { severity: "error", category: "declaration", title: "invalid identity name" },
  DPR118: { severity: "error", category: "declaration", title: "unknown model parameter template" }
};

// src/core/codes/files.ts
var FILES_CODES = {
  DPR001: { severity: "error", category: "yaml", title: "YAML syntax error" },
  DPR002: { severity: "warning", category: "yaml", title: "duplicate key (ignored by the daemon)" },
  DPR003: { severity: "error", category: "yaml", title: "duplicate key the daemon rejects" },
  DPR004: { severity: "error", category: "yaml", title: "file is not valid UTF-8" },
  DPR005: { severity: "error", category: "yaml", title: "file cannot be read" },
  DPR006: { severity: "error", category: "manifest", title: "not a Dify plugin manifest" },
  DPR007: { severity: "warning", category: "yaml", title: "unquoted value read differently by Python" },
  DPR008: { severity: "error", category: "yaml", title: "YAML document is empty or not a mapping" }
};

// src/core/codes/marketplace.ts
var MARKETPLACE_CODES = {
  // contents (toolkit check-package-contents)
  DPR501: { severity: "error", category: "contents", title: "directory the marketplace blocks" },
  DPR502: { severity: "warning", category: "contents", title: "build or dist directory (reviewed by hand)" },
  DPR503: { severity: "error", category: "contents", title: "file name the marketplace blocks" },
  DPR504: { severity: "error", category: "contents", title: "file suffix the marketplace blocks" },
  DPR505: { severity: "warning", category: "contents", title: "archive in the package (for a reviewer)" },
  DPR506: { severity: "error", category: "contents", title: "package larger than 50 MiB" },
  DPR507: { severity: "error", category: "contents", title: "package holds more than 5000 files" },
  DPR508: { severity: "error", category: "contents", title: "virtual environment at the plugin root" },
  // secrets (toolkit check-package-secrets)
  DPR510: { severity: "error", category: "secrets", title: "vendor-shaped token" },
  DPR511: { severity: "error", category: "secrets", title: "PEM private key" },
  DPR512: { severity: "error", category: "secrets", title: "high-entropy literal for a secret key" },
  DPR513: { severity: "warning", category: "secrets", title: "possible secret field (reviewed by hand)" },
  DPR514: { severity: "warning", category: "secrets", title: "file too large for the secret scan" },
  DPR515: { severity: "warning", category: "secrets", title: "toolkit false positive, not a secret" },
  // binaries (toolkit check-package-binaries)
  DPR520: { severity: "error", category: "binaries", title: "native executable or library (magic bytes)" },
  DPR521: { severity: "error", category: "binaries", title: "native binary suffix" },
  DPR522: { severity: "warning", category: "binaries", title: "script or installer (for a reviewer)" },
  DPR523: { severity: "error", category: "binaries", title: "Dify plugin daemon binary inside the package" },
  DPR524: { severity: "warning", category: "binaries", title: "file with the executable bit" },
  // manifest metadata (toolkit check-manifest-metadata, plus the official repository's rules)
  DPR530: { severity: "error", category: "manifest", title: "field the marketplace requires is missing" },
  DPR531: { severity: "warning", category: "manifest", title: "meta.minimum_dify_version missing" },
  DPR532: { severity: "error", category: "manifest", title: "author reserved for first-party plugins" },
  DPR533: { severity: "error", category: "manifest", title: "official plugin without the langgenius author" },
  DPR534: { severity: "error", category: "manifest", title: "type is not plugin" },
  DPR535: { severity: "error", category: "manifest", title: "repo is not on an allowed source host" },
  DPR536: { severity: "error", category: "manifest", title: "contact is not an e-mail address" },
  DPR537: { severity: "error", category: "manifest", title: "PRIVACY.md missing at the package root" },
  DPR538: { severity: "error", category: "manifest", title: "privacy policy missing, empty or the template" },
  DPR539: { severity: "warning", category: "manifest", title: "privacy policy silent on data" },
  // README (toolkit check-readme-metadata)
  DPR540: { severity: "error", category: "readme", title: "README.md missing or empty" },
  DPR541: { severity: "error", category: "readme", title: "README has no source repository link" },
  DPR542: { severity: "error", category: "readme", title: "README is not in English" },
  DPR543: { severity: "warning", category: "readme", title: "localized README Dify does not read" },
  DPR544: { severity: "warning", category: "readme", title: "README may lack a section reviewers expect" },
  // dependencies (toolkit check-package-dependencies)
  DPR550: { severity: "error", category: "dependencies", title: "git-based requirement" },
  DPR551: { severity: "error", category: "dependencies", title: "direct URL requirement" },
  DPR552: { severity: "warning", category: "dependencies", title: "editable requirement (reviewed by hand)" },
  DPR553: { severity: "warning", category: "dependencies", title: "local path requirement" },
  DPR554: { severity: "warning", category: "dependencies", title: "large dependency (reviewed by hand)" },
  DPR555: { severity: "error", category: "dependencies", title: "dify_plugin below the marketplace minimum" },
  DPR556: { severity: "error", category: "dependencies", title: "requirement without a version constraint" },
  DPR557: { severity: "warning", category: "dependencies", title: "requirement with only a lower bound" },
  DPR558: { severity: "warning", category: "dependencies", title: "requirements include not packaged" },
  DPR559: { severity: "error", category: "dependencies", title: "pyproject.toml cannot be parsed" },
  // icon (dify-plugins pre-check workflow)
  DPR560: { severity: "error", category: "icon", title: "plugin icon missing from _assets/" },
  DPR561: { severity: "error", category: "icon", title: "plugin icon is the CLI template icon" },
  DPR562: { severity: "error", category: "icon", title: 'plugin icon is the old default "P" icon' },
  // version and submission
  DPR570: { severity: "error", category: "version", title: "version not greater than one already submitted" },
  DPR571: { severity: "warning", category: "version", title: "no earlier submission to compare" },
  DPR572: { severity: "warning", category: "version", title: "version differs from pyproject.toml" },
  DPR573: { severity: "error", category: "version", title: "release notes missing from the PR body" },
  DPR574: { severity: "error", category: "version", title: "PR body misses the template" },
  DPR575: { severity: "warning", category: "version", title: "PR body disagrees with the manifest" },
  DPR576: { severity: "error", category: "dependencies", title: "pyproject.toml missing (official)" },
  // consistency of the Python environment (user-pain-points §3-4, §6)
  DPR580: { severity: "warning", category: "dependencies", title: "requires-python excludes the runner" },
  DPR581: { severity: "warning", category: "dependencies", title: "dify_plugin needs a newer runner" },
  DPR582: { severity: "error", category: "dependencies", title: "requires-python wider than dify_plugin" },
  DPR583: { severity: "error", category: "dependencies", title: "requirements.txt disagrees with uv.lock" },
  DPR584: { severity: "warning", category: "dependencies", title: "requirements.txt and uv.lock differ" }
};

// src/core/codes/package.ts
var PACKAGE_CODES = {
  DPR401: { severity: "error", category: "package", title: "secret or credential file would be packaged" },
  DPR402: { severity: "error", category: "package", title: "package larger than the size limit" },
  DPR403: { severity: "warning", category: "package", title: "ignore pattern the Dify CLI does not apply" },
  DPR404: { severity: "warning", category: "package", title: "hidden file packaged" },
  DPR405: { severity: "warning", category: "package", title: "no ignore file: default exclusions applied" },
  DPR406: {
    severity: "warning",
    category: "package",
    title: "virtual environment, cache or build output packaged"
  },
  DPR407: { severity: "error", category: "package", title: "file cannot be packaged" },
  DPR408: { severity: "notice", category: "package", title: "secret-looking file allowed explicitly" },
  DPR409: { severity: "notice", category: "package", title: "requirements.txt generated from uv.lock" },
  DPR410: { severity: "warning", category: "package", title: "more files than the marketplace accepts" },
  DPR411: { severity: "error", category: "package", title: "private key inside a packaged file" },
  DPR412: { severity: "notice", category: "package", title: "nested ignore file not read" },
  DPR413: { severity: "warning", category: "package", title: "no dependency file packaged" },
  DPR420: { severity: "error", category: "bundle", title: "invalid bundle manifest" },
  DPR421: { severity: "error", category: "bundle", title: "invalid bundle dependency" },
  DPR422: { severity: "error", category: "bundle", title: "bundled package missing or invalid" },
  DPR423: { severity: "warning", category: "bundle", title: "bundle asset not referenced" },
  DPR430: { severity: "warning", category: "signature", title: "key file the daemon would reject" },
  DPR431: { severity: "notice", category: "signature", title: "signing key not trusted by default daemons" },
  DPR432: { severity: "warning", category: "signature", title: "langgenius plugin not signed as langgenius" },
  DPR433: { severity: "warning", category: "package", title: "package layout differs from the Dify CLI" },
  DPR434: { severity: "error", category: "signature", title: "package signature not verified" }
};

// src/core/codes/plugin.ts
var PLUGIN_CODES = {
  DPR201: { severity: "error", category: "manifest", title: "no plugin kind declared" },
  DPR202: { severity: "error", category: "manifest", title: "plugin kinds that cannot be combined" },
  DPR203: { severity: "warning", category: "manifest", title: "more than one provider of a kind" },
  DPR204: { severity: "error", category: "manifest", title: "permission outside resource" },
  DPR205: { severity: "error", category: "manifest", title: "endpoints without the endpoint permission" },
  DPR206: { severity: "warning", category: "manifest", title: "resource.memory implausibly small" },
  DPR207: { severity: "warning", category: "manifest", title: "unknown locale" },
  DPR208: { severity: "error", category: "manifest", title: "author reserved for remote debugging" },
  DPR209: {
    severity: "warning",
    category: "manifest",
    title: "meta.version is not the manifest format version"
  },
  DPR210: { severity: "warning", category: "manifest", title: "created_at in the future" },
  DPR211: { severity: "error", category: "compatibility", title: "minimum_dify_version is not a version" },
  DPR212: { severity: "warning", category: "compatibility", title: "minimum_dify_version missing" },
  DPR213: {
    severity: "warning",
    category: "compatibility",
    title: "minimum_dify_version older than a feature used"
  },
  DPR214: { severity: "error", category: "manifest", title: "plugin version not PEP 440" },
  DPR220: { severity: "warning", category: "declaration", title: "duplicate name" },
  DPR221: { severity: "error", category: "declaration", title: "option list problem" },
  DPR222: { severity: "error", category: "declaration", title: "parameter default does not fit its type" },
  DPR223: {
    severity: "error",
    category: "declaration",
    title: "`multiple` on a parameter type that cannot hold several values"
  },
  DPR224: { severity: "warning", category: "declaration", title: "position file lists an unknown model" },
  DPR225: { severity: "error", category: "declaration", title: "scope not valid for this type" },
  DPR226: {
    severity: "warning",
    category: "declaration",
    title: "parameter type the SDK does not declare for this kind"
  }
};

// src/core/codes/references.ts
var REFERENCES_CODES = {
  DPR301: { severity: "error", category: "reference", title: "referenced file missing" },
  DPR302: { severity: "error", category: "reference", title: "reference leaves the plugin" },
  DPR303: { severity: "error", category: "reference", title: "symlink escapes the repository" },
  DPR304: { severity: "error", category: "reference", title: "reference the daemon cannot open" },
  DPR305: { severity: "error", category: "reference", title: "icon missing from _assets/" },
  DPR306: {
    severity: "warning",
    category: "reference",
    title: "icon missing (accepted by the CLI, broken in Dify)"
  },
  DPR307: { severity: "error", category: "reference", title: "Python source missing" },
  DPR308: { severity: "warning", category: "reference", title: "orphan declaration file" },
  DPR309: { severity: "warning", category: "reference", title: "model glob matches nothing" },
  DPR310: { severity: "warning", category: "reference", title: "privacy file missing" },
  DPR311: { severity: "notice", category: "reference", title: "symlink followed inside the repository" },
  DPR312: { severity: "error", category: "reference", title: "entrypoint module missing" },
  DPR313: { severity: "error", category: "reference", title: "reference is not a file" }
};

// src/core/codes/tests.ts
var TESTS_CODES = {
  DPR801: { severity: "error", category: "tests", title: "test failed" },
  DPR802: { severity: "error", category: "tests", title: "test errored (fixture setup or teardown)" },
  DPR803: { severity: "error", category: "tests", title: "test module or conftest.py cannot be imported" },
  DPR804: { severity: "error", category: "tests", title: "tests timed out (process tree killed)" },
  DPR805: { severity: "error", category: "tests", title: "pytest crashed" },
  DPR806: { severity: "notice", category: "tests", title: "no tests found" },
  DPR807: { severity: "error", category: "tests", title: "dependencies cannot be installed" },
  DPR808: { severity: "warning", category: "tests", title: "requirement not installed (no index reachable)" },
  DPR809: { severity: "notice", category: "tests", title: "tests ran on another Python than declared" },
  DPR810: { severity: "warning", category: "tests", title: "pytest passed without writing its report" }
};

// src/core/codes.ts
var CODES = {
  ...FILES_CODES,
  ...FIELDS_CODES,
  ...PLUGIN_CODES,
  ...REFERENCES_CODES,
  ...PACKAGE_CODES,
  ...MARKETPLACE_CODES,
  ...DIFF_CODES,
  ...COZE_CODES,
  ...TESTS_CODES,
  ...CONFIG_CODES
};
function finding(code, message, init = {}) {
  const info = CODES[code];
  const { severity, category, ...rest } = init;
  const f = {
    code,
    severity: severity ?? info.severity,
    message,
    category: category ?? info.category
  };
  for (const [key, value] of Object.entries(rest)) {
    if (value !== void 0) f[key] = value;
  }
  return f;
}

export {
  CODES,
  finding
};
