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
  codes: () => codes,
  finding: () => finding
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var CONFIG_CODES = () => ({
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
});
var COZE_CODES = () => ({
  DPR701: {
    severity: "error",
    category: "coze",
    title: "plugin_meta.yaml is not a list of plugins",
    layer: "coze",
    fix: "Write plugin_meta.yaml as a YAML list of plugins (`- plugin_id: 1 \u2026`)."
  },
  DPR702: {
    severity: "error",
    category: "coze",
    title: "value of a type Coze cannot decode",
    layer: "coze",
    fix: "Write the value with the type Coze decodes (see the message)."
  },
  DPR703: {
    severity: "warning",
    category: "coze",
    title: "unknown key (ignored by Coze)",
    layer: "advice",
    fix: "Remove the key, or fix its spelling."
  },
  DPR704: {
    severity: "error",
    category: "coze",
    title: "required field missing or empty",
    layer: "coze",
    fix: "Add the field with a non-empty value."
  },
  DPR705: {
    severity: "error",
    category: "coze",
    title: "value Coze does not accept",
    layer: "coze",
    fix: "Use a value Coze accepts (see the message)."
  },
  DPR706: {
    severity: "error",
    category: "coze",
    title: "plugin version is not a Go semver",
    layer: "coze",
    fix: "Write the version as a Go semver with a leading v, e.g. v1.0.0."
  },
  DPR707: {
    severity: "error",
    category: "coze",
    title: "id not positive",
    layer: "coze",
    fix: "Use a positive integer id."
  },
  DPR708: {
    severity: "error",
    category: "coze",
    title: "duplicate plugin_id",
    layer: "coze",
    fix: "Give every plugin its own plugin_id."
  },
  DPR709: {
    severity: "error",
    category: "coze",
    title: "duplicate tool_id",
    layer: "coze",
    fix: "Give every tool its own tool_id."
  },
  DPR710: {
    severity: "warning",
    category: "coze",
    title: "tool_id outside the plugin range",
    layer: "advice",
    fix: "Keep tool ids inside the plugin's range (see the message)."
  },
  DPR711: {
    severity: "error",
    category: "coze",
    title: "auth payload Coze cannot decode",
    layer: "coze",
    fix: "Fix the auth payload as the message says."
  },
  DPR712: {
    severity: "warning",
    category: "coze",
    title: "auth payload incomplete for deployment",
    layer: "runtime",
    fix: "Complete the auth payload before deploying."
  },
  DPR713: {
    severity: "error",
    category: "coze",
    title: "OpenAPI document missing",
    layer: "coze",
    fix: "Create the OpenAPI document, or fix openapi_doc_file."
  },
  DPR714: {
    severity: "error",
    category: "coze",
    title: "OpenAPI document outside pluginproduct/",
    layer: "coze",
    fix: "Move the OpenAPI document under pluginproduct/."
  },
  DPR715: {
    severity: "warning",
    category: "coze",
    title: "plugin icon not found",
    layer: "runtime",
    fix: "Add the icon file, or fix icon_uri."
  },
  DPR716: {
    severity: "notice",
    category: "coze",
    title: "deprecated plugin or tool (not loaded)",
    layer: "advice",
    fix: "Nothing to do if the plugin is meant to be deprecated."
  },
  DPR717: {
    severity: "error",
    category: "coze",
    title: "duplicate YAML key (rejected by Coze)",
    layer: "coze",
    fix: "Keep one of the two entries."
  },
  DPR720: {
    severity: "error",
    category: "coze",
    title: "OpenAPI document breaks the OpenAPI 3.0 schema",
    layer: "coze",
    fix: "Fix the document so it validates against the OpenAPI 3.0 schema."
  },
  DPR721: {
    severity: "error",
    category: "coze",
    title: "OpenAPI version is not 3.0.x",
    layer: "coze",
    fix: "Write `openapi: 3.0.x`."
  },
  DPR722: {
    severity: "error",
    category: "coze",
    title: "$ref Coze cannot resolve",
    layer: "coze",
    fix: "Point $ref at a component inside the document."
  },
  DPR723: {
    severity: "error",
    category: "coze",
    title: "OpenAPI info incomplete",
    layer: "coze",
    fix: "Fill in info.title, info.version and info.description."
  },
  DPR724: {
    severity: "error",
    category: "coze",
    title: "not exactly one server",
    layer: "coze",
    fix: "List exactly one server URL."
  },
  DPR725: {
    severity: "error",
    category: "coze",
    title: "invalid server URL",
    layer: "coze",
    fix: "Write the server URL as an absolute http(s) URL."
  },
  DPR726: {
    severity: "error",
    category: "coze",
    title: "path parameters disagree with the path template",
    layer: "coze",
    fix: "Declare one path parameter for each {name} in the path, and no other."
  },
  DPR727: {
    severity: "warning",
    category: "coze",
    title: "templated paths that conflict",
    layer: "runtime",
    fix: "Rename one of the paths so they do not overlap."
  },
  DPR728: {
    severity: "error",
    category: "coze",
    title: "duplicate operationId",
    layer: "coze",
    fix: "Give every operation its own operationId."
  },
  DPR729: {
    severity: "error",
    category: "coze",
    title: "operation without operationId or summary",
    layer: "coze",
    fix: "Give the operation an operationId and a summary."
  },
  DPR730: {
    severity: "error",
    category: "coze",
    title: "request body Coze does not accept",
    layer: "coze",
    fix: "Use a request body Coze accepts (see the message)."
  },
  DPR731: {
    severity: "error",
    category: "coze",
    title: "parameter Coze does not accept",
    layer: "coze",
    fix: "Use a parameter Coze accepts (see the message)."
  },
  DPR732: {
    severity: "error",
    category: "coze",
    title: "response Coze does not accept",
    layer: "coze",
    fix: "Use a response Coze accepts (see the message)."
  },
  DPR733: {
    severity: "error",
    category: "coze",
    title: "schema kin-openapi rejects",
    layer: "coze",
    fix: "Fix the schema as the message says."
  },
  DPR734: {
    severity: "error",
    category: "coze",
    title: "Coze extension with an invalid value",
    layer: "coze",
    fix: "Fix the extension value as the message says."
  },
  DPR735: {
    severity: "error",
    category: "coze",
    title: "tool names an operation missing from the document",
    layer: "coze",
    fix: "Add the operation to the document, or fix the tool's operation."
  },
  DPR736: {
    severity: "error",
    category: "coze",
    title: "operation not listed under tools",
    layer: "coze",
    fix: "List the operation under tools, or remove it."
  },
  DPR737: {
    severity: "warning",
    category: "coze",
    title: "two tools for the same operation",
    layer: "runtime",
    fix: "Keep one tool per operation."
  },
  DPR738: {
    severity: "error",
    category: "coze",
    title: "plugin without a tool Coze would load",
    layer: "coze",
    fix: "Add a tool Coze loads (not deprecated, with its operation)."
  },
  DPR739: {
    severity: "error",
    category: "coze",
    title: "oauth_schema.json missing or not JSON",
    layer: "coze",
    fix: "Write oauth_schema.json as valid JSON."
  },
  DPR740: {
    severity: "warning",
    category: "coze",
    title: "oauth_schema.json not shaped as the UI expects",
    layer: "runtime",
    fix: "Shape oauth_schema.json as the Coze UI expects (see the message)."
  },
  DPR741: {
    severity: "error",
    category: "coze",
    title: "server URL does not answer",
    layer: "tool",
    fix: "Check the server URL, or run without --probe-servers."
  }
});
var DEPLOY_CODES = () => ({
  DPR1201: {
    severity: "error",
    category: "gate",
    title: "a required gate of the deployment checklist failed",
    layer: "tool",
    fix: "Read the gate\u2019s evidence, fix the package or the configuration, deploy to staging again, then promote."
  },
  DPR1202: {
    severity: "warning",
    category: "gate",
    title: "an optional gate of the deployment checklist failed",
    layer: "tool",
    fix: "It does not block promotion; make it required in `checklist:` of .dify-release.yml if it should."
  },
  DPR1203: {
    severity: "warning",
    category: "gate",
    title: "a gate waits for a person\u2019s approval (manual)",
    layer: "tool",
    fix: "Check what the gate names, then promote with `--approve GATE` (in Actions, behind the environment\u2019s required reviewers)."
  },
  DPR1204: {
    severity: "error",
    category: "promote",
    title: "promotion refused: the staging checklist did not pass for this digest",
    layer: "tool",
    fix: "Deploy exactly this package to staging (`deploy PKG --env staging`) until every required gate passes, then promote it."
  },
  DPR1205: {
    severity: "error",
    category: "promote",
    title: "the promotion failed and was rolled back",
    layer: "tool",
    fix: "The environment runs its previous version again; fix the new version, deploy it to staging, then promote again."
  },
  DPR1206: {
    severity: "error",
    category: "promote",
    title: "a tenant could not be put back on its previous version",
    layer: "tool",
    fix: "Run `rollback --env NAME` once the target answers; it reads the ledger and finishes the job."
  },
  DPR1207: {
    severity: "error",
    category: "ledger",
    title: "another deployment holds the environment\u2019s lock",
    layer: "tool",
    fix: "Wait for it to finish (two promotions never interleave); in Actions give the jobs a `concurrency` group per environment."
  },
  DPR1208: {
    severity: "warning",
    category: "ledger",
    title: "an interrupted deployment was found and settled",
    layer: "tool",
    fix: "Nothing to do: the message says whether it was finished or rolled back, and the ledger records it."
  },
  DPR1209: {
    severity: "error",
    category: "rollback",
    title: "no earlier version to roll back to",
    layer: "tool",
    fix: "The ledger knows no earlier good version of this environment; name one with `rollback --to VERSION`, or deploy a fixed version."
  },
  DPR1210: {
    severity: "error",
    category: "rollback",
    title: "the target lost the package and no copy is available to upload again",
    layer: "tool",
    fix: "Download the release asset and pass it with `--package FILE`, or keep the artifact store (.dify-release/artifacts) between runs."
  },
  DPR1211: {
    severity: "notice",
    category: "rollback",
    title: "nothing to roll back: the environment already runs that version",
    layer: "tool",
    fix: "Nothing to do; `status --env NAME` shows what runs and what came before."
  },
  DPR1212: {
    severity: "error",
    category: "ledger",
    title: "the ledger cannot be read or written",
    layer: "tool",
    fix: "Restore the ledger file from the backup next to it, or fix the GitHub token\u2019s `deployments: write` permission."
  },
  DPR1213: {
    severity: "error",
    category: "promote",
    title: "the target stopped answering during the change: its state is not known",
    layer: "tool",
    fix: "Bring the target back, then run any deploy, promote or rollback for the environment: it checks what is installed and finishes or rolls back."
  },
  DPR1214: {
    severity: "error",
    category: "promote",
    title: "the package or identifier to promote cannot be found",
    layer: "tool",
    fix: "Pass the .difypkg that was deployed to staging (or its identifier, when the artifact store still holds it)."
  },
  DPR1215: {
    severity: "error",
    category: "deploy",
    title: "a canary tenant is not a tenant of the environment",
    layer: "tool",
    fix: "List the tenant under `environments.NAME.tenants` in .dify-release.yml, or correct `--canary`."
  },
  DPR1216: {
    severity: "notice",
    category: "deploy",
    title: "the plugin was absent while the console reinstalled it",
    layer: "tool",
    fix: "A console has no in-place upgrade for a local package; deploy through the daemon\u2019s API to avoid the gap."
  }
});
var DIAGNOSTICS_CODES = () => ({
  DPR1301: {
    severity: "error",
    category: "install",
    title: "the install failed: the daemon could not reach the package index (network or DNS)",
    layer: "daemon",
    fix: "Give the daemon a reachable index (PIP_MIRROR_URL, HTTP_PROXY/HTTPS_PROXY/NO_PROXY on the plugin_daemon service), or ship an offline package whose requirements.txt names only ./wheels and that has no uv.lock (uv sync --frozen follows the lock\u2019s URLs)."
  },
  DPR1302: {
    severity: "error",
    category: "install",
    title: "the install failed: no distribution matches the daemon\u2019s Python or platform",
    layer: "daemon",
    fix: "Build the wheels for the daemon\u2019s platform and Python (linux, cp312, its CPU: amd64 or arm64), or pin a version that publishes such wheels; a package missing from ./wheels is often a dev dependency to drop."
  },
  DPR1303: {
    severity: "error",
    category: "install",
    title: "the install failed: the dependency constraints cannot all be satisfied",
    layer: "daemon",
    fix: "Relax or align the pins the resolver names (requirements.txt or pyproject.toml), then lock again (`uv lock`) and package a new version."
  },
  DPR1304: {
    severity: "error",
    category: "install",
    title: "the target refused the package\u2019s signature",
    layer: "daemon",
    fix: "Sign the package (`dify-plugin-release sign`) and make the daemon trust the key: THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true, THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=<the .pem inside the container>, keeping FORCE_VERIFYING_SIGNATURE=true; `doctor --package` prints the exact settings."
  },
  DPR1305: {
    severity: "error",
    category: "install",
    title: "the package is larger than the target accepts",
    layer: "daemon",
    fix: "Shrink the package (`package` lists the largest files and the ignore rules), or raise the limits together: PLUGIN_MAX_PACKAGE_SIZE (the daemon\u2019s MAX_PLUGIN_PACKAGE_SIZE) and NGINX_CLIENT_MAX_BODY_SIZE."
  },
  DPR1306: {
    severity: "error",
    category: "install",
    title: "the install failed: installing dependencies went silent past the daemon\u2019s timeout",
    layer: "daemon",
    fix: "Raise PYTHON_ENV_INIT_TIMEOUT on the daemon (seconds without output, default 120), or make the install fast: a near mirror (PIP_MIRROR_URL), fewer or prebuilt dependencies."
  },
  DPR1307: {
    severity: "error",
    category: "install",
    title: "the install failed: the daemon gave up setting up the environment after repeated failures",
    layer: "daemon",
    fix: "Read the daemon log above this line for the first failure (usually the network or a wheel); fix that, delete the failed task (`tasks cleanup`) and install again."
  },
  DPR1308: {
    severity: "error",
    category: "install",
    title: "the plugin crashed at start after its dependencies were installed",
    layer: "sdk",
    fix: "Run it as the daemon does (`python -m main` in the unpacked package with its dependencies) and fix the error it prints: an import, a missing dependency, a syntax error, a declaration the SDK refuses."
  },
  DPR1309: {
    severity: "error",
    category: "install",
    title: "the daemon stopped while the task ran",
    layer: "daemon",
    fix: "Nothing was installed: delete the failed task (`tasks cleanup`) and install again once the daemon is up."
  },
  DPR1310: {
    severity: "error",
    category: "install",
    title: "the task ran past its time and never ended (stuck)",
    layer: "daemon",
    fix: "Look at the daemon log for the plugin, then remove the task through the API (`tasks cleanup`, never SQL) and install again."
  },
  DPR1311: {
    severity: "error",
    category: "install",
    title: "the install failed: the plugin\u2019s Python requirement does not match the daemon\u2019s Python",
    layer: "daemon",
    fix: "Make requires-python (pyproject.toml) admit the daemon\u2019s Python, as meta.runner.version says (3.12), and agree with the SDK\u2019s own requirement (dify-plugin \u2265 0.9 needs Python \u2265 3.12)."
  },
  DPR1312: {
    severity: "error",
    category: "install",
    title: "the target does not have the package the install names",
    layer: "daemon",
    fix: "Upload the package again before installing (deploy does); after a downgrade, re-upload the older file itself."
  },
  DPR1319: {
    severity: "error",
    category: "install",
    title: "the install failed for a reason not recognised (the daemon\u2019s text is shown as it is)",
    layer: "daemon",
    fix: "Read the daemon\u2019s message as shown; if it is a known kind of failure, report it so it is classified."
  },
  DPR1320: {
    severity: "error",
    category: "tasks",
    title: "an install task is running: cleanup refused",
    layer: "tool",
    fix: "Wait for it to end (`tasks list`), or pass --force to delete the failed and stale tasks while it runs (the running one is kept)."
  },
  DPR1321: {
    severity: "warning",
    category: "tasks",
    title: "an install task failed and is still listed on the target",
    layer: "tool",
    fix: "Read the classified reason, then delete it with `tasks cleanup` (through the API)."
  },
  DPR1322: {
    severity: "warning",
    category: "tasks",
    title: "an install task has been running for longer than any install takes (stale)",
    layer: "tool",
    fix: "Delete it with `tasks cleanup` (through the API, never SQL), then install again."
  },
  DPR1330: {
    severity: "error",
    category: "doctor",
    title: "the target would refuse the package\u2019s signature",
    layer: "daemon",
    fix: "Apply the settings doctor prints (THIRD_PARTY_SIGNATURE_VERIFICATION_*), keeping FORCE_VERIFYING_SIGNATURE=true, then docker compose down && docker compose up -d."
  },
  DPR1331: {
    severity: "warning",
    category: "doctor",
    title: "signature verification is turned off on the target",
    layer: "advice",
    fix: "Set FORCE_VERIFYING_SIGNATURE=true and trust your key with THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS."
  },
  DPR1332: {
    severity: "error",
    category: "doctor",
    title: "the GitHub token is missing or refused",
    layer: "tool",
    fix: "Set the token\u2019s variable (GITHUB_TOKEN for release, DIFY_PLUGINS_TOKEN for submit) from a secret; a classic token needs the repo or public_repo scope."
  },
  DPR1333: {
    severity: "error",
    category: "doctor",
    title: "the GitHub token lacks a scope or permission the step needs",
    layer: "tool",
    fix: "Give the token what doctor names (classic: repo or public_repo, and workflow to sync a fork; fine-grained: contents and pull requests read and write on the fork)."
  },
  DPR1334: {
    severity: "error",
    category: "doctor",
    title: "the marketplace fork is missing, not a fork of the marketplace, or not writable",
    layer: "tool",
    fix: "Fork langgenius/dify-plugins to the token\u2019s owner (or name yours with marketplace.fork), and give the token push access to it."
  },
  DPR1335: {
    severity: "warning",
    category: "doctor",
    title: "GitHub Actions may not open pull requests in this repository",
    layer: "tool",
    fix: "Settings \u2192 Actions \u2192 General \u2192 Workflow permissions: tick \u201CAllow GitHub Actions to create and approve pull requests\u201D (needed when the workflow\u2019s GITHUB_TOKEN opens them)."
  },
  DPR1336: {
    severity: "warning",
    category: "doctor",
    title: "the production environment is missing on GitHub or has no protection rules",
    layer: "tool",
    fix: "Settings \u2192 Environments \u2192 production: add required reviewers (or a wait timer) and limit deployments to protected branches, so promote and rollback run behind an approval."
  },
  DPR1337: {
    severity: "notice",
    category: "doctor",
    title: "the target does not say which Dify version it runs",
    layer: "tool",
    fix: "Set environments.<name>.dify-version in .dify-release.yml so the compatibility gate can compare (the daemon\u2019s API does not tell it; a console does)."
  },
  DPR1338: {
    severity: "error",
    category: "doctor",
    title: "the plugin\u2019s remote-debug .env is incomplete or malformed",
    layer: "sdk",
    fix: "Write INSTALL_METHOD=remote, REMOTE_INSTALL_URL=<host>:<port> (or REMOTE_INSTALL_HOST and REMOTE_INSTALL_PORT on older SDKs) and REMOTE_INSTALL_KEY from Plugins \u2192 Debug in the console."
  },
  DPR1339: {
    severity: "error",
    category: "doctor",
    title: "the remote-debug host and port do not answer",
    layer: "tool",
    fix: "Use the host and port the console shows under Plugins \u2192 Debug (EXPOSE_PLUGIN_DEBUGGING_HOST/PORT, 5003 by default) and open that port to this machine."
  },
  DPR1340: {
    severity: "error",
    category: "doctor",
    title: "the remote-debug key would be rejected (handshake failed, invalid key)",
    layer: "daemon",
    fix: "Copy the current key from Plugins \u2192 Debug in the console (keys expire after two hours unused) into REMOTE_INSTALL_KEY."
  },
  DPR1341: {
    severity: "warning",
    category: "doctor",
    title: "the remote-debug .env points at another host or port than the target says",
    layer: "remote-debug",
    fix: "Use the host and port Plugins \u2192 Debug shows for this workspace."
  },
  DPR1342: {
    severity: "warning",
    category: "doctor",
    title: "the package claims the author langgenius without Dify\u2019s official signature",
    layer: "daemon",
    fix: "Use your own author name. With ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES=true (the default) the daemon refuses such a plugin inside a bundle; a single package upload is not checked at daemon HEAD (the check is commented out there)."
  },
  DPR1350: {
    severity: "error",
    category: "gate",
    title: "the target\u2019s Dify is older than the plugin needs",
    layer: "tool",
    fix: "Upgrade Dify on the target to the version named, or deploy a plugin version whose minimum_dify_version and features it supports."
  },
  DPR1351: {
    severity: "error",
    category: "gate",
    title: "the plugin exposes fewer providers, models or tools after the upgrade",
    layer: "tool",
    fix: "The previous version is restored (rollback); bring back what the new version dropped, or release it as a deliberate breaking change."
  }
});
var DIFF_CODES = () => ({
  DPR601: {
    severity: "warning",
    category: "compatibility",
    title: "breaking change (needs a major version)",
    layer: "advice",
    fix: "Bump the major version (or the minor one in 0.x), or keep the old declaration working."
  },
  DPR602: {
    severity: "notice",
    category: "compatibility",
    title: "compatible addition (needs a minor version)",
    layer: "advice",
    fix: "Bump the minor version (or the patch one in 0.x)."
  },
  DPR603: {
    severity: "notice",
    category: "compatibility",
    title: "other change (needs a patch version)",
    layer: "advice",
    fix: "Bump at least the patch version."
  },
  DPR610: {
    severity: "error",
    category: "compatibility",
    title: "version bump smaller than the changes need",
    layer: "tool",
    fix: "Raise the version as the message says."
  },
  DPR612: {
    severity: "warning",
    category: "permissions",
    title: "permission escalation",
    layer: "advice",
    fix: "Check that the plugin needs the new permission; users are asked to accept it."
  },
  DPR613: {
    severity: "notice",
    category: "permissions",
    title: "permission removed",
    layer: "advice",
    fix: "Check that nothing the plugin does still needs the permission."
  }
});
var FIELDS_CODES = () => ({
  DPR101: {
    severity: "error",
    category: "schema",
    title: "required field missing",
    layer: "sdk",
    fix: "Add the field (see `explain` and the schema in schemas/ for its shape)."
  },
  DPR102: {
    severity: "error",
    category: "schema",
    title: "wrong type",
    layer: "daemon",
    fix: "Write the value with the type shown (a string, a list, a mapping\u2026)."
  },
  DPR103: {
    severity: "error",
    category: "schema",
    title: "value not allowed",
    layer: "sdk",
    fix: "Use one of the values listed in the message."
  },
  DPR104: {
    severity: "error",
    category: "schema",
    title: "value has the wrong format",
    layer: "cli",
    fix: "Write the value in the format shown in the message."
  },
  DPR105: {
    severity: "error",
    category: "schema",
    title: "value out of range",
    layer: "cli",
    fix: "Bring the value within the limit shown in the message."
  },
  DPR106: {
    severity: "warning",
    category: "schema",
    title: "unknown key (ignored by Dify)",
    layer: "advice",
    fix: "Remove the key, or fix its spelling or indentation."
  },
  DPR107: {
    severity: "error",
    category: "schema",
    title: "invalid value",
    layer: "sdk",
    fix: "Fix the value as the message says."
  },
  DPR110: {
    severity: "error",
    category: "manifest",
    title: "invalid plugin version",
    layer: "cli",
    fix: "Write the version as MAJOR.MINOR.PATCH, e.g. `version: 0.1.0`."
  },
  DPR111: {
    severity: "error",
    category: "manifest",
    title: "invalid author",
    layer: "daemon",
    fix: "Use lower-case letters, digits, `_` or `-` (at most 64), e.g. `author: acme`."
  },
  DPR112: {
    severity: "error",
    category: "manifest",
    title: "invalid plugin name",
    layer: "daemon",
    fix: "Use lower-case letters, digits, `_` or `-` (at most 128), e.g. `name: my_tool`."
  },
  DPR113: {
    severity: "error",
    category: "manifest",
    title: "tag not supported by Dify",
    layer: "cli",
    fix: "Use one of Dify's tags (search, image, videos, weather, finance, design, travel, social, news, medical, productivity, education, business, entertainment, utilities, agent, rag, other)."
  },
  DPR114: {
    severity: "error",
    category: "manifest",
    title: "storage size out of bounds",
    layer: "cli",
    fix: "Keep resource.permission.storage.size between 1024 and 1073741824 bytes."
  },
  DPR115: {
    severity: "error",
    category: "manifest",
    title: "invalid created_at",
    layer: "daemon",
    fix: "Write created_at as an RFC 3339 time, e.g. `created_at: 2025-01-15T10:00:00Z`."
  },
  DPR116: {
    severity: "error",
    category: "manifest",
    title: "invalid repo URL",
    layer: "cli",
    fix: "Write repo as a full URL, e.g. https://github.com/acme/my-plugin."
  },
  DPR117: {
    severity: "error",
    category: "declaration",
    title: "invalid identity name",
    layer: "sdk",
    fix: "Use letters, digits and `_` only in the name."
  },
  DPR118: {
    severity: "error",
    category: "declaration",
    title: "unknown model parameter template",
    layer: "daemon",
    fix: "Use a template the daemon knows, or drop use_template and give label and type."
  }
});
var FILES_CODES = () => ({
  DPR001: {
    severity: "error",
    category: "yaml",
    title: "YAML syntax error",
    layer: "daemon",
    fix: "Fix the YAML syntax at the position shown (indentation, a missing colon, an unclosed quote)."
  },
  DPR002: {
    severity: "warning",
    category: "yaml",
    title: "duplicate key (ignored by the daemon)",
    layer: "runtime",
    fix: "Keep one of the two entries: the last one wins."
  },
  DPR003: {
    severity: "error",
    category: "yaml",
    title: "duplicate key the daemon rejects",
    layer: "daemon",
    fix: "Keep one of the two entries: yaml.v3 refuses a key written twice."
  },
  DPR004: {
    severity: "error",
    category: "yaml",
    title: "file is not valid UTF-8",
    layer: "daemon",
    fix: "Save the file as UTF-8."
  },
  DPR005: {
    severity: "error",
    category: "yaml",
    title: "file cannot be read",
    layer: "cli",
    fix: "Check that the file exists and can be read (permissions, a broken symlink)."
  },
  DPR006: {
    severity: "error",
    category: "manifest",
    title: "not a Dify plugin manifest",
    layer: "daemon",
    fix: "Point at a plugin directory whose manifest.yaml has type: plugin, author, name, plugins and meta."
  },
  DPR007: {
    severity: "warning",
    category: "yaml",
    title: "unquoted value read differently by Python",
    layer: "sdk",
    fix: 'Quote the value, e.g. "3.10" or "No".'
  },
  DPR008: {
    severity: "error",
    category: "yaml",
    title: "YAML document is empty or not a mapping",
    layer: "dify",
    fix: "Write the file as a non-empty YAML list (or mapping) as its kind needs, or stop referencing it."
  },
  DPR009: {
    severity: "warning",
    category: "yaml",
    title: "not portable YAML (only lenient parsers read it)",
    layer: "advice",
    fix: "Indent the continuation lines of the quoted value deeper than its key."
  }
});
var MARKETPLACE_CODES = () => ({
  // contents (toolkit check-package-contents)
  DPR501: {
    severity: "error",
    category: "contents",
    title: "directory the marketplace blocks",
    layer: "marketplace",
    fix: "Remove the directory from the package (.difyignore)."
  },
  DPR502: {
    severity: "warning",
    category: "contents",
    title: "build or dist directory (reviewed by hand)",
    layer: "advice",
    fix: "Leave build output out of the package unless the plugin needs it."
  },
  DPR503: {
    severity: "error",
    category: "contents",
    title: "file name the marketplace blocks",
    layer: "marketplace",
    fix: "Remove the file from the package (.difyignore)."
  },
  DPR504: {
    severity: "error",
    category: "contents",
    title: "file suffix the marketplace blocks",
    layer: "marketplace",
    fix: "Remove the file from the package (.difyignore)."
  },
  DPR505: {
    severity: "warning",
    category: "contents",
    title: "archive in the package (for a reviewer)",
    layer: "advice",
    fix: "Unpack what the plugin needs, or explain the archive to the reviewer."
  },
  DPR506: {
    severity: "error",
    category: "contents",
    title: "package larger than 50 MiB",
    layer: "marketplace",
    fix: "Leave large files out (.difyignore), or fetch them at run time."
  },
  DPR507: {
    severity: "error",
    category: "contents",
    title: "package holds more than 5000 files",
    layer: "marketplace",
    fix: "Leave files out with .difyignore."
  },
  DPR508: {
    severity: "error",
    category: "contents",
    title: "virtual environment at the plugin root",
    layer: "official-ci",
    fix: "Delete the virtual environment from the plugin directory (or move it out)."
  },
  // secrets (toolkit check-package-secrets)
  DPR510: {
    severity: "error",
    category: "secrets",
    title: "vendor-shaped token",
    layer: "marketplace",
    fix: "Remove the token from the file, revoke it, and read it from a credential at run time."
  },
  DPR511: {
    severity: "error",
    category: "secrets",
    title: "PEM private key",
    layer: "marketplace",
    fix: "Remove the key from the file and load it from a credential at run time."
  },
  DPR512: {
    severity: "error",
    category: "secrets",
    title: "high-entropy literal for a secret key",
    layer: "marketplace",
    fix: "Remove the literal and read the secret from a credential at run time."
  },
  DPR513: {
    severity: "warning",
    category: "secrets",
    title: "possible secret field (reviewed by hand)",
    layer: "marketplace",
    fix: "Check that the value is not a real secret."
  },
  DPR514: {
    severity: "warning",
    category: "secrets",
    title: "file too large for the secret scan",
    layer: "advice",
    fix: "Check the file by hand for secrets."
  },
  DPR515: {
    severity: "warning",
    category: "secrets",
    title: "toolkit false positive, not a secret",
    layer: "advice",
    fix: "Nothing to do: say so to the reviewer if the toolkit flags it."
  },
  // binaries (toolkit check-package-binaries)
  DPR520: {
    severity: "error",
    category: "binaries",
    title: "native executable or library (magic bytes)",
    layer: "marketplace",
    fix: "Remove the binary; build native code into a wheel the plugin installs."
  },
  DPR521: {
    severity: "error",
    category: "binaries",
    title: "native binary suffix",
    layer: "marketplace",
    fix: "Remove the binary; build native code into a wheel the plugin installs."
  },
  DPR522: {
    severity: "warning",
    category: "binaries",
    title: "script or installer (for a reviewer)",
    layer: "marketplace",
    fix: "Explain the script to the reviewer, or remove it."
  },
  DPR523: {
    severity: "error",
    category: "binaries",
    title: "Dify plugin daemon binary inside the package",
    layer: "marketplace",
    fix: "Remove the daemon binary from the plugin."
  },
  DPR524: {
    severity: "warning",
    category: "binaries",
    title: "file with the executable bit",
    layer: "advice",
    fix: "Clear the executable bit unless the file must run."
  },
  // manifest metadata (toolkit check-manifest-metadata, plus the official repository's rules)
  DPR530: {
    severity: "error",
    category: "manifest",
    title: "field the marketplace requires is missing",
    layer: "marketplace",
    fix: "Add the field to manifest.yaml."
  },
  DPR531: {
    severity: "warning",
    category: "manifest",
    title: "meta.minimum_dify_version missing",
    layer: "advice",
    fix: 'Add `minimum_dify_version: "1.0.0"` (or the version you need) under meta.'
  },
  DPR532: {
    severity: "error",
    category: "manifest",
    title: "author reserved for first-party plugins",
    layer: "marketplace",
    fix: "Use your own author name: langgenius is reserved for first-party plugins."
  },
  DPR533: {
    severity: "error",
    category: "manifest",
    title: "official plugin without the langgenius author",
    layer: "official-ci",
    fix: "Set `author: langgenius` for a plugin of the official repository."
  },
  DPR534: {
    severity: "error",
    category: "manifest",
    title: "type is not plugin",
    layer: "marketplace",
    fix: "Set `type: plugin`."
  },
  DPR535: {
    severity: "error",
    category: "manifest",
    title: "repo is not on an allowed source host",
    layer: "marketplace",
    fix: "Point repo at the plugin's public source repository (e.g. on GitHub)."
  },
  DPR536: {
    severity: "error",
    category: "manifest",
    title: "contact is not an e-mail address",
    layer: "marketplace",
    fix: "Write the contact as an e-mail address."
  },
  DPR537: {
    severity: "error",
    category: "manifest",
    title: "PRIVACY.md missing at the package root",
    layer: "marketplace",
    fix: "Add PRIVACY.md at the plugin root and set `privacy: PRIVACY.md`."
  },
  DPR538: {
    severity: "error",
    category: "manifest",
    title: "privacy policy missing, empty or the template",
    layer: "marketplace",
    fix: "Write a real privacy policy in PRIVACY.md."
  },
  DPR539: {
    severity: "warning",
    category: "manifest",
    title: "privacy policy silent on data",
    layer: "advice",
    fix: "Say in the privacy policy what data the plugin collects, sends or stores."
  },
  // README (toolkit check-readme-metadata)
  DPR540: {
    severity: "error",
    category: "readme",
    title: "README.md missing or empty",
    layer: "marketplace",
    fix: "Write README.md: what the plugin does, how to set it up, where its source is."
  },
  DPR541: {
    severity: "error",
    category: "readme",
    title: "README has no source repository link",
    layer: "marketplace",
    fix: "Link the source repository in README.md."
  },
  DPR542: {
    severity: "error",
    category: "readme",
    title: "README is not in English",
    layer: "marketplace",
    fix: "Write README.md in English (put translations in readme/README_<locale>.md)."
  },
  DPR543: {
    severity: "warning",
    category: "readme",
    title: "localized README Dify does not read",
    layer: "runtime",
    fix: "Put translations under readme/README_<locale>.md with a locale Dify shows."
  },
  DPR544: {
    severity: "warning",
    category: "readme",
    title: "README may lack a section reviewers expect",
    layer: "advice",
    fix: "Add the sections reviewers expect (setup, usage)."
  },
  // dependencies (toolkit check-package-dependencies)
  DPR550: {
    severity: "error",
    category: "dependencies",
    title: "git-based requirement",
    layer: "marketplace",
    fix: "Pin a released version from PyPI instead of a git URL."
  },
  DPR551: {
    severity: "error",
    category: "dependencies",
    title: "direct URL requirement",
    layer: "marketplace",
    fix: "Pin a released version from PyPI instead of a URL."
  },
  DPR552: {
    severity: "warning",
    category: "dependencies",
    title: "editable requirement (reviewed by hand)",
    layer: "marketplace",
    fix: "Replace the editable requirement with a released version."
  },
  DPR553: {
    severity: "warning",
    category: "dependencies",
    title: "local path requirement",
    layer: "marketplace",
    fix: "Replace the local path with a released version."
  },
  DPR554: {
    severity: "warning",
    category: "dependencies",
    title: "large dependency (reviewed by hand)",
    layer: "advice",
    fix: "Check that the plugin needs the dependency."
  },
  DPR555: {
    severity: "error",
    category: "dependencies",
    title: "dify_plugin below the marketplace minimum",
    layer: "marketplace",
    fix: "Require a newer dify_plugin (see the message)."
  },
  DPR556: {
    severity: "error",
    category: "dependencies",
    title: "requirement without a version constraint",
    layer: "marketplace",
    fix: "Give the requirement a version constraint, e.g. `requests~=2.32`."
  },
  DPR557: {
    severity: "warning",
    category: "dependencies",
    title: "requirement with only a lower bound",
    layer: "advice",
    fix: "Add an upper bound, e.g. `>=1.2,<2`."
  },
  DPR558: {
    severity: "warning",
    category: "dependencies",
    title: "requirements include not packaged",
    layer: "runtime",
    fix: "Package the included file, or inline its requirements."
  },
  DPR559: {
    severity: "error",
    category: "dependencies",
    title: "pyproject.toml cannot be parsed",
    layer: "official-ci",
    fix: "Fix the TOML syntax of pyproject.toml."
  },
  // icon (dify-plugins pre-check workflow)
  DPR560: {
    severity: "error",
    category: "icon",
    title: "plugin icon missing from _assets/",
    layer: "marketplace",
    fix: "Put the plugin icon in _assets/ under the name manifest.yaml gives."
  },
  DPR561: {
    severity: "error",
    category: "icon",
    title: "plugin icon is the CLI template icon",
    layer: "marketplace",
    fix: "Replace the template icon with the plugin's own."
  },
  DPR562: {
    severity: "error",
    category: "icon",
    title: 'plugin icon is the old default "P" icon',
    layer: "marketplace",
    fix: "Replace the default icon with the plugin's own."
  },
  // version and submission
  DPR570: {
    severity: "error",
    category: "version",
    title: "version not greater than one already submitted",
    layer: "official-ci",
    fix: "Bump the version above the last submitted one."
  },
  DPR571: {
    severity: "warning",
    category: "version",
    title: "no earlier submission to compare",
    layer: "advice",
    fix: "Nothing to do for a first submission."
  },
  DPR572: {
    severity: "notice",
    category: "version",
    title: "version differs from pyproject.toml",
    layer: "advice",
    fix: "Make the two versions agree."
  },
  DPR573: {
    severity: "error",
    category: "version",
    title: "release notes missing from the PR body",
    layer: "official-ci",
    fix: "Add a non-empty `## Release Notes` section to the pull request body."
  },
  DPR574: {
    severity: "error",
    category: "version",
    title: "PR body misses the template",
    layer: "marketplace",
    fix: "Fill in the pull request template."
  },
  DPR575: {
    severity: "warning",
    category: "version",
    title: "PR body disagrees with the manifest",
    layer: "advice",
    fix: "Make the pull request body agree with manifest.yaml."
  },
  DPR576: {
    severity: "error",
    category: "dependencies",
    title: "pyproject.toml missing (official)",
    layer: "official-ci",
    fix: "Add a pyproject.toml (the official repository requires one for every plugin)."
  },
  DPR577: {
    severity: "error",
    category: "dependencies",
    title: "neither uv.lock nor requirements.txt (official)",
    layer: "official-ci",
    fix: "Add uv.lock (uv lock) or requirements.txt: the official CI installs the dependencies from one of them."
  },
  // consistency of the Python environment (user-pain-points §3-4, §6)
  DPR580: {
    severity: "warning",
    category: "dependencies",
    title: "requires-python excludes the runner",
    layer: "runtime",
    fix: "Widen requires-python to include the runner's Python, or change the runner."
  },
  DPR581: {
    severity: "warning",
    category: "dependencies",
    title: "dify_plugin needs a newer runner",
    layer: "runtime",
    fix: "Pin a dify_plugin that runs on the runner's Python."
  },
  DPR582: {
    severity: "error",
    category: "dependencies",
    title: "requires-python wider than dify_plugin",
    layer: "official-ci",
    fix: "Narrow requires-python to what dify_plugin supports."
  },
  DPR583: {
    severity: "error",
    category: "dependencies",
    title: "requirements.txt disagrees with uv.lock",
    layer: "official-ci",
    fix: "Export requirements.txt from uv.lock again (uv export)."
  },
  DPR584: {
    severity: "warning",
    category: "dependencies",
    title: "requirements.txt and uv.lock differ",
    layer: "advice",
    fix: "Export requirements.txt from uv.lock again (uv export)."
  }
});
var OFFLINE_CODES = () => ({
  DPR440: {
    severity: "error",
    category: "offline",
    title: "no wheel of a dependency installs on the target",
    layer: "daemon",
    fix: "Add a wheel built for the target to a --find-links folder (build it on that platform with `pip wheel`, then `auditwheel repair`), or pin a version that publishes one."
  },
  DPR441: {
    severity: "error",
    category: "offline",
    title: "the dependencies could not be resolved for the target",
    layer: "tool",
    fix: "Run the pip command shown with -v to see the conflict, and adjust the pins in requirements.txt."
  },
  DPR442: {
    severity: "error",
    category: "offline",
    title: "requirement that cannot be installed from wheels",
    layer: "tool",
    fix: "Replace the VCS link, URL, path or editable requirement with a released version (name==version), or build its wheel and add it to a --find-links folder."
  },
  DPR443: {
    severity: "notice",
    category: "offline",
    title: "requirement left out: its marker is false on the target",
    layer: "advice",
    fix: "Nothing to do when the requirement is for another platform; otherwise correct its marker (it is evaluated for the daemon image: Linux, CPython 3.12)."
  },
  DPR444: {
    severity: "notice",
    category: "offline",
    title: "development dependencies not packaged",
    layer: "advice",
    fix: "Nothing to do: only [project].dependencies (or requirements.txt) run in the plugin; move a dependency there if the plugin imports it."
  },
  DPR445: {
    severity: "warning",
    category: "offline",
    title: "offline package larger than a default Dify upload limit",
    layer: "daemon",
    fix: "Raise the limits named in the message on the Dify installation before uploading, or leave heavy optional dependencies out."
  },
  DPR446: {
    severity: "warning",
    category: "offline",
    title: "target Python is not the one the daemon runs plugins on",
    layer: "daemon",
    fix: "Build for --python 3.12: the daemon creates every plugin environment with `uv venv --python 3.12`."
  },
  DPR447: {
    severity: "notice",
    category: "offline",
    title: "index option in requirements.txt not used",
    layer: "advice",
    fix: "Give the index with --index-url and wheel folders with --find-links; the offline requirements.txt names only ./wheels."
  },
  DPR448: {
    severity: "notice",
    category: "offline",
    title: "requirements.txt and pyproject.toml both present: requirements.txt installed",
    layer: "advice",
    fix: "Keep requirements.txt listing every runtime dependency (uv export --no-dev --no-hashes from uv.lock keeps them in step)."
  },
  DPR449: {
    severity: "error",
    category: "offline",
    title: "wheel picked for the target does not match it",
    layer: "daemon",
    fix: "Remove the wheel from the wheelhouse and report the case: pip chose a wheel the daemon would refuse."
  },
  DPR450: {
    severity: "error",
    category: "offline",
    title: "offline package the daemon would not install from its wheels",
    layer: "daemon",
    fix: "Rebuild it with `dify-plugin-release package --offline`: requirements.txt with --no-index and --find-links ./wheels, and no pyproject.toml or uv.lock."
  },
  DPR451: {
    severity: "error",
    category: "offline",
    title: "packaged wheel does not install on the target",
    layer: "daemon",
    fix: "Rebuild the offline package for the daemon\u2019s platform (--target linux/amd64 or linux/arm64)."
  },
  DPR452: {
    severity: "error",
    category: "offline",
    title: "offline install from the package\u2019s wheels failed",
    layer: "daemon",
    fix: "Rebuild the offline package so that wheels/ holds every dependency (a wheel is missing, damaged or conflicting)."
  },
  DPR453: {
    severity: "error",
    category: "offline",
    title: "the plugin\u2019s entrypoint does not import after the offline install",
    layer: "sdk",
    fix: "Run the import shown in a clean environment: a runtime dependency is missing from requirements, or the plugin\u2019s code fails at import."
  },
  DPR454: {
    severity: "warning",
    category: "offline",
    title: "offline install not proven on this machine",
    layer: "tool",
    fix: "Run `verify --offline-install` on a Linux machine of the target architecture with the target Python (e.g. python3.12, or DPR_PYTHON)."
  },
  DPR455: {
    severity: "notice",
    category: "offline",
    title: "install check ran without a network namespace",
    layer: "tool",
    fix: "Allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1, or on Ubuntu kernel.apparmor_restrict_unprivileged_userns=0) so `unshare -rn` can cut the network."
  },
  DPR456: {
    severity: "error",
    category: "offline",
    title: "wheel file damaged or misnamed",
    layer: "daemon",
    fix: "Rebuild the offline package from a clean wheelhouse."
  }
});
var PACKAGE_CODES = () => ({
  DPR401: {
    severity: "error",
    category: "package",
    title: "secret or credential file would be packaged",
    layer: "tool",
    fix: "Remove the file, add it to .difyignore, or pass --allow-file if it is meant to ship."
  },
  DPR402: {
    severity: "error",
    category: "package",
    title: "package larger than the size limit",
    layer: "cli",
    fix: "Leave large files out (.difyignore), or fetch them at run time."
  },
  DPR403: {
    severity: "warning",
    category: "package",
    title: "ignore pattern the Dify CLI does not apply",
    layer: "cli",
    fix: "Rewrite the pattern in a form the Dify CLI applies (see the message)."
  },
  DPR404: {
    severity: "warning",
    category: "package",
    title: "hidden file packaged",
    layer: "advice",
    fix: "Add the file to .difyignore unless the plugin needs it."
  },
  DPR405: {
    severity: "warning",
    category: "package",
    title: "no ignore file: default exclusions applied",
    layer: "advice",
    fix: "Add a .difyignore (or .gitignore) saying what to leave out."
  },
  DPR406: {
    severity: "warning",
    category: "package",
    title: "virtual environment, cache or build output packaged",
    layer: "advice",
    fix: "Add the directory to .difyignore."
  },
  DPR407: {
    severity: "error",
    category: "package",
    title: "file cannot be packaged",
    layer: "cli",
    fix: "Make the file readable, or leave it out with .difyignore."
  },
  DPR408: {
    severity: "notice",
    category: "package",
    title: "secret-looking file allowed explicitly",
    layer: "tool",
    fix: "Nothing to do if the file is meant to ship; remove --allow-file otherwise."
  },
  DPR409: {
    severity: "notice",
    category: "package",
    title: "requirements.txt generated from uv.lock",
    layer: "cli",
    fix: "Nothing to do; commit a requirements.txt to choose its content yourself."
  },
  DPR410: {
    severity: "warning",
    category: "package",
    title: "more files than the marketplace accepts",
    layer: "marketplace",
    fix: "Leave files out with .difyignore (the marketplace accepts at most 5000)."
  },
  DPR411: {
    severity: "error",
    category: "package",
    title: "private key inside a packaged file",
    layer: "tool",
    fix: "Remove the key from the file (load it from a credential at run time), or pass --allow-file if it is a test fixture."
  },
  DPR412: {
    severity: "notice",
    category: "package",
    title: "nested ignore file not read",
    layer: "advice",
    fix: "Move the rules into the root .difyignore: the Dify CLI reads only that one."
  },
  DPR413: {
    severity: "warning",
    category: "package",
    title: "no dependency file packaged",
    layer: "runtime",
    fix: "Add requirements.txt or pyproject.toml with the plugin's dependencies."
  },
  DPR414: {
    severity: "error",
    category: "package",
    title: "secret inside a packaged file",
    layer: "tool",
    fix: "Remove the secret from the file (read it from a credential at run time), or pass --allow-file if it is a fake."
  },
  DPR415: {
    severity: "error",
    category: "package",
    title: "Python file that does not compile",
    layer: "sdk",
    fix: "Fix the syntax error at the line shown; the plugin cannot start."
  },
  DPR416: {
    severity: "notice",
    category: "package",
    title: "Python files not compiled (no Python found)",
    layer: "advice",
    fix: "Install Python 3 (or put it on PATH) to have every shipped .py file compiled."
  },
  DPR417: {
    severity: "error",
    category: "package",
    title: "ignore file not read (not a regular file, or too large)",
    layer: "tool",
    fix: "Make .difyignore (or .gitignore) a regular file of at most 64 KiB and 1,000 patterns."
  },
  DPR420: {
    severity: "error",
    category: "bundle",
    title: "invalid bundle manifest",
    layer: "daemon",
    fix: "Fix the bundle manifest as the message says."
  },
  DPR421: {
    severity: "error",
    category: "bundle",
    title: "invalid bundle dependency",
    layer: "daemon",
    fix: "Fix the dependency entry as the message says."
  },
  DPR422: {
    severity: "error",
    category: "bundle",
    title: "bundled package missing or invalid",
    layer: "daemon",
    fix: "Build the bundled package again, or fix its path."
  },
  DPR423: {
    severity: "warning",
    category: "bundle",
    title: "bundle asset not referenced",
    layer: "advice",
    fix: "Reference the asset, or delete it."
  },
  DPR430: {
    severity: "warning",
    category: "signature",
    title: "key file the daemon would reject",
    layer: "daemon",
    fix: "Use a PKCS#1 or PKIX PEM RSA public key (as `keygen` writes)."
  },
  DPR431: {
    severity: "notice",
    category: "signature",
    title: "signing key not trusted by default daemons",
    layer: "daemon",
    fix: "Add the public key to the daemon's THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS, with verification enabled."
  },
  DPR432: {
    severity: "warning",
    category: "signature",
    title: "langgenius plugin not signed as langgenius",
    layer: "advice",
    fix: "Sign with --category langgenius only with langgenius's key; other plugins sign as community or partner."
  },
  DPR433: {
    severity: "warning",
    category: "package",
    title: "package layout differs from the Dify CLI",
    layer: "cli",
    fix: "Build the package with `package` so its layout matches the Dify CLI."
  },
  DPR434: {
    severity: "error",
    category: "signature",
    title: "package signature not verified",
    layer: "daemon",
    fix: "Sign the package with a key the daemon trusts, or enable third-party verification with that key."
  }
});
var PIPELINE_CODES = () => ({
  DPR1401: {
    severity: "error",
    category: "pipeline",
    title: "a stage of the pipeline failed; the stages after it did not run",
    layer: "tool",
    fix: "Read the failed stage\u2019s section above, fix what it names, and run the pipeline again."
  },
  DPR1402: {
    severity: "notice",
    category: "pipeline",
    title: "a throwaway signing key was generated for this local run",
    layer: "advice",
    fix: "Nothing to do locally; a real release signs with your own key (sign --key, or signing: in .dify-release.yml)."
  }
});
var PLUGIN_CODES = () => ({
  DPR201: {
    severity: "error",
    category: "manifest",
    title: "no plugin kind declared",
    layer: "daemon",
    fix: "List at least one provider under plugins (tools, models, endpoints, agent_strategies, datasources or triggers)."
  },
  DPR202: {
    severity: "error",
    category: "manifest",
    title: "plugin kinds that cannot be combined",
    layer: "daemon",
    fix: "Split the plugin: a model, agent-strategy, datasource or trigger plugin cannot hold other kinds."
  },
  DPR203: {
    severity: "warning",
    category: "manifest",
    title: "more than one provider of a kind",
    layer: "runtime",
    fix: "List one provider per kind: the daemon keeps only the last."
  },
  DPR204: {
    severity: "warning",
    category: "manifest",
    title: "permission outside resource",
    layer: "runtime",
    fix: "Move the block under resource: `resource: {permission: {...}}`."
  },
  DPR205: {
    severity: "error",
    category: "manifest",
    title: "endpoints without the endpoint permission",
    layer: "daemon",
    fix: "Add `endpoint: {enabled: true}` under resource.permission."
  },
  DPR206: {
    severity: "warning",
    category: "manifest",
    title: "resource.memory implausibly small",
    layer: "runtime",
    fix: "resource.memory is in bytes: 268435456 is 256 MiB."
  },
  DPR207: {
    severity: "warning",
    category: "manifest",
    title: "unknown locale",
    layer: "runtime",
    fix: "Use en_US, zh_Hans, ja_JP or pt_BR: other locales are dropped."
  },
  DPR208: {
    severity: "error",
    category: "manifest",
    title: "author reserved for remote debugging",
    layer: "daemon",
    fix: "Use your organisation or user name as the author."
  },
  DPR209: {
    severity: "warning",
    category: "manifest",
    title: "meta.version is not the manifest format version",
    layer: "advice",
    fix: "Leave meta.version at 0.0.1 and bump the top-level version."
  },
  DPR210: {
    severity: "warning",
    category: "manifest",
    title: "created_at in the future",
    layer: "advice",
    fix: "Set created_at to the time the plugin was made (not in the future)."
  },
  DPR211: {
    severity: "error",
    category: "compatibility",
    title: "minimum_dify_version is not a version",
    layer: "cli",
    fix: 'Write meta.minimum_dify_version as a version, e.g. "1.0.0".'
  },
  DPR212: {
    severity: "warning",
    category: "compatibility",
    title: "minimum_dify_version missing",
    layer: "advice",
    fix: 'Add `minimum_dify_version: "1.0.0"` (or the version you need) under meta.'
  },
  DPR213: {
    severity: "warning",
    category: "compatibility",
    title: "minimum_dify_version older than a feature used",
    layer: "runtime",
    fix: "Raise meta.minimum_dify_version to the version that introduced the feature."
  },
  DPR214: {
    severity: "error",
    category: "manifest",
    title: "plugin version not PEP 440",
    layer: "daemon",
    fix: "Write the version in PEP 440 form, e.g. 1.0.0rc1 rather than 1.0.0-rc.1."
  },
  DPR220: {
    severity: "warning",
    category: "declaration",
    title: "duplicate name",
    layer: "runtime",
    fix: "Give each entry its own name: Dify keeps only one of them."
  },
  DPR221: {
    severity: "error",
    category: "declaration",
    title: "option list problem",
    layer: "sdk",
    fix: "Give each option a unique value and a label; give select parameters at least one option."
  },
  DPR222: {
    severity: "error",
    category: "declaration",
    title: "parameter default does not fit its type",
    layer: "sdk",
    fix: "Make the default one of the options, or a value of the parameter's type."
  },
  DPR223: {
    severity: "error",
    category: "declaration",
    title: "`multiple` on a parameter type that cannot hold several values",
    layer: "sdk",
    fix: "Remove `multiple`, or use a type that holds several values (select, checkbox, files)."
  },
  DPR224: {
    severity: "warning",
    category: "declaration",
    title: "position file lists an unknown model",
    layer: "runtime",
    fix: "Remove the line, or add the model (its `model:` value must match)."
  },
  DPR225: {
    severity: "error",
    category: "declaration",
    title: "scope not valid for this type",
    layer: "sdk",
    fix: "Use a scope valid for this parameter type (see `explain`), or remove it."
  },
  DPR226: {
    severity: "error",
    category: "declaration",
    title: "parameter type the SDK does not declare for this kind",
    layer: "sdk",
    fix: "Use a parameter type the SDK declares for this kind (see the message)."
  }
});
var REFERENCES_CODES = () => ({
  DPR301: {
    severity: "error",
    category: "reference",
    title: "referenced file missing",
    layer: "daemon",
    fix: "Create the file, or fix the path (relative to the plugin root, case-sensitive)."
  },
  DPR302: {
    severity: "error",
    category: "reference",
    title: "reference leaves the plugin",
    layer: "daemon",
    fix: "Reference files by their path relative to the plugin root, e.g. provider/tool.yaml."
  },
  DPR303: {
    severity: "error",
    category: "reference",
    title: "symlink escapes the repository",
    layer: "cli",
    fix: "Replace the symlink with the file itself, or point it inside the repository."
  },
  DPR304: {
    severity: "error",
    category: "reference",
    title: "reference the daemon cannot open",
    layer: "daemon",
    fix: "Write the clean path shown in the message (no ./, no .., no backslashes)."
  },
  DPR305: {
    severity: "error",
    category: "reference",
    title: "icon missing from _assets/",
    layer: "cli",
    fix: "Put the icon file in _assets/ under the name the declaration gives."
  },
  DPR306: {
    severity: "warning",
    category: "reference",
    title: "icon missing (accepted by the CLI, broken in Dify)",
    layer: "runtime",
    fix: "Put the icon file in _assets/ under the name the declaration gives."
  },
  DPR307: {
    severity: "error",
    category: "reference",
    title: "Python source missing",
    layer: "sdk",
    fix: "Create the Python file, or fix extra.python.source."
  },
  DPR308: {
    severity: "warning",
    category: "reference",
    title: "orphan declaration file",
    layer: "advice",
    fix: "List the file where it belongs, or delete it."
  },
  DPR309: {
    severity: "warning",
    category: "reference",
    title: "model glob matches nothing",
    layer: "runtime",
    fix: "Fix the glob (relative to the plugin root), or add the model files."
  },
  DPR310: {
    severity: "warning",
    category: "reference",
    title: "privacy file missing",
    layer: "runtime",
    fix: "Create the privacy file, or fix the path in manifest.yaml."
  },
  DPR311: {
    severity: "notice",
    category: "reference",
    title: "symlink followed inside the repository",
    layer: "advice",
    fix: "Nothing to do: the file the link points to is packaged."
  },
  DPR312: {
    severity: "error",
    category: "reference",
    title: "entrypoint module missing",
    layer: "sdk",
    fix: "Create the module (main.py for `entrypoint: main`), or fix meta.runner.entrypoint."
  },
  DPR313: {
    severity: "error",
    category: "reference",
    title: "reference is not a file",
    layer: "daemon",
    fix: "Reference a regular file, not a directory or a special file."
  }
});
var RELEASE_CODES = () => ({
  DPR1001: {
    severity: "error",
    category: "release",
    title: "tag does not match the package under the tag pattern",
    layer: "tool",
    fix: "Tag the commit with the name the pattern gives (release.tag-pattern), or set the pattern your repository uses."
  },
  DPR1002: {
    severity: "error",
    category: "release",
    title: "token cannot write to the repository",
    layer: "tool",
    fix: "Give the job `permissions: contents: write`, or use a token with write access to the repository."
  },
  DPR1003: {
    severity: "error",
    category: "release",
    title: "tag points at another commit than --target",
    layer: "tool",
    fix: "Release the commit the tag points at (drop --target), or move the tag first."
  },
  DPR1004: {
    severity: "error",
    category: "release",
    title: "tag does not exist and no target commit was given",
    layer: "tool",
    fix: "Push the tag first, or pass --target SHA (in Actions GITHUB_SHA is used)."
  },
  DPR1005: {
    severity: "error",
    category: "release",
    title: "published release holds different bytes",
    layer: "tool",
    fix: "Release a new version; or, on a mutable release, pass --overwrite to replace the assets knowingly."
  },
  DPR1006: {
    severity: "error",
    category: "release",
    title: "release is immutable: its assets cannot change",
    layer: "tool",
    fix: "Release a new version: an immutable release keeps its assets and tag forever."
  },
  DPR1007: {
    severity: "notice",
    category: "release",
    title: "orphan draft releases for the tag removed",
    layer: "tool",
    fix: "Nothing to do: drafts a run left for this tag were removed before the release was made."
  },
  DPR1008: {
    severity: "notice",
    category: "release",
    title: "provenance not attested",
    layer: "tool",
    fix: "Give the job `permissions: id-token: write` and `attestations: write` to attest the package digest."
  },
  DPR1009: {
    severity: "error",
    category: "release",
    title: "asset read back from GitHub differs from the local file",
    layer: "tool",
    fix: "Run the command again: the asset is replaced; if it persists, check for a proxy rewriting downloads."
  },
  DPR1010: {
    severity: "error",
    category: "release",
    title: "release notes source has nothing for this version",
    layer: "tool",
    fix: "Add the version\u2019s section to CHANGELOG.md (Keep a Changelog), or choose --notes-from generated."
  },
  DPR1011: {
    severity: "notice",
    category: "release",
    title: "release notes cut to GitHub\u2019s limit",
    layer: "tool",
    fix: "Shorten the changelog section, or link the full notes; GitHub keeps 125,000 characters."
  },
  DPR1012: {
    severity: "error",
    category: "release",
    title: "asset larger than GitHub allows",
    layer: "tool",
    fix: "GitHub refuses release assets of 2 GiB or more: ship a smaller file."
  },
  DPR1013: {
    severity: "error",
    category: "release",
    title: "file changed since it was read",
    layer: "tool",
    fix: "Something rewrote the file during the run: build it again and re-run."
  },
  DPR1014: {
    severity: "error",
    category: "release",
    title: "two assets with the same name",
    layer: "tool",
    fix: "Rename one of the files: a release holds one asset per name."
  },
  DPR1015: {
    severity: "warning",
    category: "release",
    title: "tag was created at another commit",
    layer: "tool",
    fix: "Someone pushed the tag during the run: check which commit the release is for."
  },
  DPR1016: {
    severity: "notice",
    category: "release",
    title: "changelog has no section for the version (generated notes used)",
    layer: "advice",
    fix: "Add a `## [VERSION]` section to CHANGELOG.md, or pass --notes-from generated to say so."
  },
  DPR1020: {
    severity: "error",
    category: "submit",
    title: "version not greater than every version already submitted upstream",
    layer: "marketplace",
    fix: "Bump the version in manifest.yaml above the highest one in the upstream directory."
  },
  DPR1021: {
    severity: "error",
    category: "submit",
    title: "package fails the marketplace checks",
    layer: "marketplace",
    fix: "Fix the errors `dify-plugin-release check` lists, build the package again, and re-run."
  },
  DPR1022: {
    severity: "notice",
    category: "submit",
    title: "required checks left for you to confirm",
    layer: "marketplace",
    fix: "Tick them in the PR once true, or pass --confirm-requirements when you have read and done them."
  },
  DPR1023: {
    severity: "warning",
    category: "submit",
    title: "fork could not be synced with upstream",
    layer: "tool",
    fix: "The branch is made from upstream\u2019s head anyway; sync or delete the fork\u2019s default branch when convenient."
  },
  DPR1024: {
    severity: "error",
    category: "submit",
    title: "fork is not a fork of the upstream repository",
    layer: "tool",
    fix: "Pass --fork OWNER/REPO naming your fork of the upstream repository."
  },
  DPR1025: {
    severity: "error",
    category: "submit",
    title: "no fork of the upstream repository",
    layer: "tool",
    fix: "Fork the upstream repository, or drop --no-create-fork so it is created."
  },
  DPR1026: {
    severity: "notice",
    category: "submit",
    title: "submission not recorded as a deployment",
    layer: "tool",
    fix: "Pass --repo OWNER/REPO (in Actions GITHUB_REPOSITORY is used) with a token that has `deployments: write`."
  },
  DPR1027: {
    severity: "notice",
    category: "submit",
    title: "this package is already merged upstream",
    layer: "tool",
    fix: "Nothing to submit: bump the version in manifest.yaml for a new submission."
  },
  DPR1028: {
    severity: "warning",
    category: "submit",
    title: "risk level set lower than the capabilities found suggest",
    layer: "marketplace",
    fix: "Reviewers ask for the higher level when more than one seems possible: say in the security notes why yours is lower."
  },
  DPR1030: {
    severity: "error",
    category: "provenance",
    title: "provenance bundle does not name the package\u2019s digest",
    layer: "tool",
    fix: "Use the bundle attested for this exact file (the release\u2019s <package>.sigstore.json)."
  },
  DPR1031: {
    severity: "error",
    category: "provenance",
    title: "provenance bundle cannot be read",
    layer: "tool",
    fix: "Pass a Sigstore bundle (JSON) as written by actions/attest or `gh attestation download`."
  },
  DPR1032: {
    severity: "error",
    category: "provenance",
    title: "provenance signature does not verify against its certificate",
    layer: "tool",
    fix: "The bundle was altered after signing: download it again from the release or the attestations API."
  },
  DPR1033: {
    severity: "notice",
    category: "provenance",
    title: "provenance checked offline only",
    layer: "tool",
    fix: "For the certificate chain and the transparency log, run `gh attestation verify PKG --repo OWNER/REPO`."
  }
});
var TARGETS_CODES = () => ({
  DPR1101: {
    severity: "error",
    category: "target",
    title: "the target refused the credentials",
    layer: "dify",
    fix: "Check the API key (the daemon\u2019s SERVER_KEY, Dify\u2019s PLUGIN_DAEMON_KEY) or the console account in the environment variable the configuration names."
  },
  DPR1102: {
    severity: "error",
    category: "target",
    title: "the account may not install plugins in this workspace",
    layer: "dify",
    fix: "An owner or admin sets Plugins \u2192 Permissions \u2192 \u201CWho can install plugins\u201D to everyone or admins (and makes the account an admin), or use an account that may."
  },
  DPR1103: {
    severity: "error",
    category: "target",
    title: "the workspace or tenant is not the one configured",
    layer: "tool",
    fix: "Switch the account to the configured workspace in the console, or correct `workspace`/`tenants` in .dify-release.yml."
  },
  DPR1104: {
    severity: "error",
    category: "target",
    title: "the target refused the package at upload",
    layer: "daemon",
    fix: "Run `dify-plugin-release validate` and `verify` on the package: the daemon\u2019s own message says what it refused."
  },
  DPR1105: {
    severity: "error",
    category: "target",
    title: "the target refused the package\u2019s signature",
    layer: "daemon",
    fix: "Sign the package with a key the daemon trusts (THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS), without turning verification off."
  },
  DPR1106: {
    severity: "error",
    category: "target",
    title: "the install or upgrade task failed",
    layer: "daemon",
    fix: "Read the task message: it is the daemon\u2019s own text (dependency installation, start-up)."
  },
  DPR1107: {
    severity: "error",
    category: "target",
    title: "the install task did not finish in time",
    layer: "tool",
    fix: "Look at the daemon\u2019s log; raise the wait with the deploy timeout if dependency installation is slow."
  },
  DPR1108: {
    severity: "warning",
    category: "target",
    title: "the console cannot upgrade a local package in place: it was uninstalled, then installed",
    layer: "dify",
    fix: "Use the daemon\u2019s management API (kind: daemon) for in-place upgrades, or accept the gap the report measures."
  },
  DPR1109: {
    severity: "error",
    category: "target",
    title: "the target is unreachable or does not answer as a Dify daemon or console",
    layer: "tool",
    fix: "Check the URL (the daemon listens on port 5002; the console is https://<host>/console/api) and the network between this runner and it."
  },
  DPR1110: {
    severity: "error",
    category: "target",
    title: "the secret the target needs is not set",
    layer: "tool",
    fix: "Set the environment variable the configuration names (in Actions: an `env:` entry from the repository\u2019s secrets)."
  },
  DPR1111: {
    severity: "error",
    category: "target",
    title: "the target computed another identifier than the package\u2019s",
    layer: "tool",
    fix: "The bytes uploaded are not the artifact that was built; upload the released file itself."
  },
  DPR1112: {
    severity: "error",
    category: "target",
    title: "the plugin did not stay up after install (runtime check)",
    layer: "sdk",
    fix: "Run the plugin locally (`python -m main` in the unpacked package) and read its error output."
  },
  DPR1113: {
    severity: "error",
    category: "target",
    title: "the embedded daemon cannot start",
    layer: "tool",
    fix: "Give it an API key (--api-key-env VAR), a free port and a writable data directory."
  },
  DPR1114: {
    severity: "error",
    category: "target",
    title: "the target refused the request (business error)",
    layer: "daemon",
    fix: "The daemon\u2019s own message says why; check the identifiers and the tenant."
  }
});
var TESTS_CODES = () => ({
  DPR801: {
    severity: "error",
    category: "tests",
    title: "test failed",
    layer: "official-ci",
    fix: "Fix the code or the test (the message shows the assertion)."
  },
  DPR802: {
    severity: "error",
    category: "tests",
    title: "test errored (fixture setup or teardown)",
    layer: "official-ci",
    fix: "Fix the fixture (the message shows the error)."
  },
  DPR803: {
    severity: "error",
    category: "tests",
    title: "test module or conftest.py cannot be imported",
    layer: "official-ci",
    fix: "Fix the import (a missing dependency, a syntax error, a wrong path)."
  },
  DPR804: {
    severity: "error",
    category: "tests",
    title: "tests timed out (process tree killed)",
    layer: "tool",
    fix: "Make the tests finish in time, or raise --timeout."
  },
  DPR805: {
    severity: "error",
    category: "tests",
    title: "pytest crashed",
    layer: "official-ci",
    fix: "Read the pytest output above; run `python -m pytest` locally."
  },
  DPR806: {
    severity: "notice",
    category: "tests",
    title: "no tests found",
    layer: "advice",
    fix: "Add tests under tests/ (test_*.py)."
  },
  DPR807: {
    severity: "error",
    category: "tests",
    title: "dependencies cannot be installed",
    layer: "official-ci",
    fix: "Fix the requirement the installer names (a version that exists, a name spelled right), then run again."
  },
  DPR808: {
    severity: "warning",
    category: "tests",
    title: "requirement not installed (no index reachable)",
    layer: "tool",
    fix: "Make a package index reachable, or vendor the wheel."
  },
  DPR809: {
    severity: "notice",
    category: "tests",
    title: "tests ran on another Python than declared",
    layer: "advice",
    fix: "Install the Python version meta.runner.version declares."
  },
  DPR810: {
    severity: "warning",
    category: "tests",
    title: "pytest finished without writing its JUnit report (counted from the progress record)",
    layer: "tool",
    fix: "Run pytest with a JUnit report it can write."
  },
  DPR811: {
    severity: "error",
    category: "tests",
    title: "pytest did not finish (the process ended before its report: os._exit, a signal, a kill)",
    layer: "tool",
    fix: "Find what ends the test process early (os._exit, a signal, a crashing extension) in the test named."
  },
  DPR812: {
    severity: "warning",
    category: "tests",
    title: "the process's exit code differs from pytest's own verdict",
    layer: "tool",
    fix: "Remove what changes the exit status after pytest decided it (os._exit or sys.exit in an atexit hook, a conftest.py hook)."
  },
  DPR813: {
    severity: "error",
    category: "tests",
    title: "pytest's JUnit report is truncated or damaged",
    layer: "tool",
    fix: "Do not let the tests write to the report pytest is writing (its path is in sys.argv)."
  },
  DPR814: {
    severity: "notice",
    category: "tests",
    title: "the tests ran without the sandbox (this machine refuses user namespaces)",
    layer: "tool",
    fix: "On Ubuntu 24.04 (GitHub runners) allow user namespaces first: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0."
  },
  DPR815: {
    severity: "notice",
    category: "tests",
    title: "the tests left processes running (killed when pytest ended)",
    layer: "advice",
    fix: "Stop what the tests start (servers, daemons) in a fixture finalizer."
  },
  DPR816: {
    severity: "warning",
    category: "tests",
    title: "the tests changed the shared cached test environment (discarded)",
    layer: "tool",
    fix: "Do not install or write into the environment from the tests: declare what they need in the dependencies."
  },
  DPR817: {
    severity: "error",
    category: "tests",
    title: "the plugin does not start (python -m main, as the official CI checks it)",
    layer: "official-ci",
    fix: "Run `python -m main` with INSTALL_METHOD=serverless in the plugin directory and fix what it reports."
  },
  DPR818: {
    severity: "notice",
    category: "tests",
    title: "start check not run: dify_plugin is not in the test environment",
    layer: "tool",
    fix: "Run where the package index is reachable (or set PIP_FIND_LINKS to a folder with the dify_plugin wheel)."
  }
});
function registry() {
  return {
    ...FILES_CODES(),
    ...FIELDS_CODES(),
    ...PLUGIN_CODES(),
    ...REFERENCES_CODES(),
    ...PACKAGE_CODES(),
    ...OFFLINE_CODES(),
    ...MARKETPLACE_CODES(),
    ...DIFF_CODES(),
    ...COZE_CODES(),
    ...TESTS_CODES(),
    ...CONFIG_CODES(),
    ...TARGETS_CODES(),
    ...DEPLOY_CODES(),
    ...PIPELINE_CODES(),
    ...DIAGNOSTICS_CODES(),
    ...RELEASE_CODES()
  };
}
var built;
function codes() {
  built ??= registry();
  return built;
}
function finding(code, message, init = {}) {
  const info = codes()[code];
  const { severity, category, ...rest } = init;
  const f = {
    code,
    severity: severity ?? info.severity,
    message,
    category: category ?? info.category
  };
  if (rest.fix === void 0 && info.fix !== void 0) f.fix = info.fix;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== void 0) f[key] = value;
  }
  return f;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  codes,
  finding
});
