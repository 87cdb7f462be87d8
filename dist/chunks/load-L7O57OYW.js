import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import {
  escapePointer,
  getAt,
  parseYamlBytes,
  pointerToPath
} from "./chunk-PHNCF7H2.js";
import {
  LIMITS
} from "./chunk-JLTILB3U.js";
import {
  FileReadError,
  readRegularFile
} from "./chunk-HKI4UFJS.js";
import {
  emptyConfig
} from "./chunk-GHC7EWKP.js";
import {
  canonicalCode,
  closest,
  nearestCode
} from "./chunk-NBD5T6J4.js";
import {
  CODES,
  finding
} from "./chunk-ZGFNRH4I.js";
import {
  UsageError
} from "./chunk-62OAMW2I.js";
import {
  repositoryRoot
} from "./chunk-2IS3DTRP.js";
import {
  __toESM
} from "./chunk-V6G54X4G.js";

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
import { existsSync } from "node:fs";
import path from "node:path";

// schemas/dify-release.schema.json
var dify_release_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "dify-release.schema.json",
  title: ".dify-release.yml",
  description: "The configuration of dify-plugin-release, at the repository root. Every key is optional; a command-line flag or an action input overrides it. Paths are relative to this file's directory.",
  type: "object",
  additionalProperties: false,
  definitions: {
    codes: {
      description: "Finding codes (any case), e.g. DPR212.",
      type: "array",
      items: {
        type: "string",
        pattern: "^[Dd][Pp][Rr]\\d{3,4}$"
      }
    },
    strings: {
      anyOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string"
          }
        }
      ]
    },
    envName: {
      description: "The name of an environment variable (or CI secret) \u2014 never the secret itself.",
      type: "string",
      pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    smokeCall: {
      description: "A smoke call: an HTTP request whose answer must match, or a command that must exit 0. Placeholders {environment} {tenant} {identifier} {version} {digest} {target} are filled in.",
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          description: "What it checks, for the evidence.",
          type: "string",
          minLength: 1
        },
        url: {
          description: "An http(s) URL to call.",
          type: "string",
          pattern: "^https?://"
        },
        method: {
          enum: ["GET", "POST", "HEAD"]
        },
        body: {
          description: "The request body (POST).",
          type: "string"
        },
        "headers-env": {
          $ref: "#/definitions/envName",
          description: "A variable holding extra headers as JSON (e.g. an Authorization header)."
        },
        "expect-status": {
          description: "The HTTP status expected (default 200).",
          type: "integer",
          minimum: 100,
          maximum: 599
        },
        "expect-body": {
          description: "A regular expression the answer must match.",
          type: "string"
        },
        command: {
          description: "A program and its arguments; exit 0 is success.",
          type: "array",
          items: {
            type: "string"
          },
          minItems: 1
        },
        "timeout-seconds": {
          description: "Give up after this long (default 30).",
          type: "number",
          exclusiveMinimum: 0
        },
        environments: {
          description: "Only on these environments (default: every one).",
          type: "array",
          items: {
            type: "string"
          }
        }
      },
      oneOf: [
        {
          required: ["url"]
        },
        {
          required: ["command"]
        }
      ]
    }
  },
  properties: {
    plugins: {
      description: "Plugin directories, or folders of plugins, that commands act on by default (default: .).",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    strict: {
      description: "Treat warnings as errors.",
      type: "boolean"
    },
    ignore: {
      $ref: "#/definitions/codes",
      description: "Finding codes to ignore everywhere."
    },
    "annotate-notices": {
      description: "In GitHub Actions, annotate notices too.",
      type: "boolean"
    },
    overrides: {
      description: "Per-plugin settings, by plugin directory (or a folder of plugins).",
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          strict: {
            type: "boolean"
          },
          ignore: {
            $ref: "#/definitions/codes"
          }
        }
      }
    },
    validate: {
      type: "object",
      additionalProperties: false,
      properties: {
        against: {
          description: "Check each plugin against itself at this git ref.",
          type: "string"
        },
        marketplace: {
          description: "Also run the marketplace checks: marketplace (or true), official, or false.",
          enum: ["marketplace", "official", "true", "false", true, false]
        }
      }
    },
    check: {
      type: "object",
      additionalProperties: false,
      properties: {
        profile: {
          description: "marketplace or official.",
          enum: ["marketplace", "official"]
        }
      }
    },
    test: {
      type: "object",
      additionalProperties: false,
      properties: {
        python: {
          description: "The Python interpreter.",
          type: "string"
        },
        "tests-dir": {
          description: "Tests kept outside the plugin.",
          type: "string"
        },
        timeout: {
          description: "Seconds before the tests are killed; 0: no limit.",
          type: "number",
          minimum: 0
        },
        "require-tests": {
          description: "Fail when no tests are found.",
          type: "boolean"
        },
        "cache-dir": {
          description: "Where test environments are cached.",
          type: "string"
        },
        "pytest-args": {
          $ref: "#/definitions/strings",
          description: "More pytest arguments."
        },
        "pass-env": {
          description: "Variables the tests may see although the stage hides them.",
          type: "array",
          items: {
            $ref: "#/definitions/envName"
          }
        }
      }
    },
    package: {
      type: "object",
      additionalProperties: false,
      properties: {
        "output-dir": {
          description: "Where packages and SHA256SUMS are written.",
          type: "string"
        },
        "max-size": {
          description: "Uncompressed size limit in MiB.",
          type: "number",
          exclusiveMinimum: 0
        },
        "allow-file": {
          description: "Secret-looking files to package anyway (gitignore patterns).",
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    signing: {
      type: "object",
      additionalProperties: false,
      properties: {
        "key-file": {
          description: "The private key file (never commit it).",
          type: "string"
        },
        "key-env": {
          $ref: "#/definitions/envName",
          description: "The variable holding the private key's PEM."
        },
        category: {
          enum: ["community", "partner", "langgenius"]
        }
      }
    },
    verify: {
      type: "object",
      additionalProperties: false,
      properties: {
        "key-file": {
          description: "Public keys (PEM files) to trust besides the official one.",
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    release: {
      description: "GitHub Releases (`release`).",
      type: "object",
      additionalProperties: false,
      properties: {
        repo: {
          description: "The repository to release in (OWNER/REPO; default GITHUB_REPOSITORY).",
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
        },
        "tag-pattern": {
          description: "How a version becomes a tag: {version}, {name}, {author}, {type}. Default v{version}.",
          type: "string",
          minLength: 1
        },
        "notes-from": {
          description: "Release notes: changelog, pr or generated (default: changelog when it has the version, else generated).",
          enum: ["changelog", "pr", "generated"]
        },
        changelog: {
          description: "The Keep a Changelog file (default CHANGELOG.md).",
          type: "string"
        },
        draft: {
          description: "Leave releases as drafts.",
          type: "boolean"
        },
        assets: {
          description: "More files to attach to every release.",
          type: "array",
          items: {
            type: "string"
          }
        },
        attest: {
          description: "Attest package digests in GitHub Actions (default true).",
          type: "boolean"
        }
      }
    },
    marketplace: {
      description: "Marketplace pull requests (`submit`).",
      type: "object",
      additionalProperties: false,
      properties: {
        upstream: {
          description: "The marketplace repository (default langgenius/dify-plugins).",
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
        },
        fork: {
          description: "Your fork of it (default <token owner>/dify-plugins).",
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
        },
        base: {
          description: "The branch the pull request targets (default: upstream's default).",
          type: "string"
        },
        "create-fork": {
          description: "Create the fork when it does not exist (default true).",
          type: "boolean"
        },
        risk: {
          description: "The risk level ticked (default: from the code's capabilities).",
          enum: ["low", "medium", "high"]
        },
        changelog: {
          description: 'The Keep a Changelog file for "What changed" (default CHANGELOG.md).',
          type: "string"
        },
        "security-notes": {
          description: "A Markdown file of more security and privacy notes.",
          type: "string"
        },
        "confirm-requirements": {
          description: "Tick the checks only the submitter can confirm (requirements, agreement, tested).",
          type: "boolean"
        },
        repo: {
          description: "The plugin's repository, where the submission is recorded as a deployment (default GITHUB_REPOSITORY).",
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
        },
        "fork-token-env": {
          $ref: "#/definitions/envName",
          description: "The variable holding the token for the fork and the pull request (default DIFY_PLUGINS_TOKEN)."
        }
      }
    },
    environments: {
      description: "Deployment targets by name (staging, production, \u2026).",
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          url: {
            description: "The plugin daemon's or the Dify console's base URL; absent: the embedded daemon.",
            type: "string",
            pattern: "^https?://"
          },
          kind: {
            description: "daemon (X-Api-Key) or console (a Dify account).",
            enum: ["daemon", "console"]
          },
          tenants: {
            description: "Daemon: the tenant ids plugins are installed for.",
            type: "array",
            items: {
              type: "string",
              minLength: 1
            }
          },
          workspace: {
            description: "Console: the workspace id the account must be in.",
            type: "string"
          },
          "api-key-env": {
            $ref: "#/definitions/envName"
          },
          "account-env": {
            $ref: "#/definitions/envName"
          },
          canary: {
            description: "Tenants promoted first.",
            type: "array",
            items: {
              type: "string"
            }
          },
          "trusted-keys": {
            description: "Public keys the target trusts besides the official one.",
            type: "array",
            items: {
              type: "string"
            }
          },
          "password-encoding": {
            description: "Console: how the password is sent at login (auto: as is, base64 when the console asks).",
            enum: ["auto", "plain", "base64"]
          },
          "force-verify": {
            description: "Embedded daemon (no url): refuse unverified packages, as FORCE_VERIFYING_SIGNATURE does.",
            type: "boolean"
          },
          runtime: {
            description: "Embedded daemon (no url): start installed plugins with Python and check they stay up.",
            enum: ["python"]
          },
          "data-dir": {
            description: "Embedded daemon (no url): where its state lives (default .dify-release/envs/<name>/daemon).",
            type: "string"
          },
          "dify-version": {
            description: "The Dify version the target runs, for the compatibility gate when its API does not say (a daemon); the embedded daemon's console reports it.",
            type: "string",
            pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+.][0-9A-Za-z.-]+)?$"
          }
        }
      }
    },
    checklist: {
      description: "The deployment checklist: gates checked by deploy and promote, each required or optional, with thresholds. Every key is optional; the defaults need no configuration.",
      type: "object",
      additionalProperties: false,
      properties: {
        "staging-env": {
          description: "The environment whose checklist promote requires (default staging).",
          type: "string",
          minLength: 1
        },
        "production-env": {
          description: "The environment whose current version is the last release, for permission escalations (default production).",
          type: "string",
          minLength: 1
        },
        provenance: {
          description: "The package's digest equals the one recorded when it was built (SHA256SUMS, --digest, an attestation).",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default true).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            },
            attestation: {
              description: "if-present (default): an attestation next to the package must match; required: one must exist.",
              enum: ["if-present", "required"]
            }
          }
        },
        signature: {
          description: "The package's signature verifies with the official key or the trusted keys.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default true).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            },
            "trusted-keys": {
              description: "Public keys (PKCS#1 PEM files) trusted besides the official one.",
              type: "array",
              items: {
                type: "string"
              }
            },
            "allow-unsigned": {
              description: "An unsigned package passes (the target must accept it too).",
              type: "boolean"
            }
          }
        },
        dependencies: {
          description: "Requirements pinned and consistent; the target reports nothing missing after install.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default true).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            }
          }
        },
        permissions: {
          description: "Requested permissions within the policy; escalations against the last release flagged.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default true).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            },
            allowed: {
              description: "Permissions a plugin may request: tool, model, model.llm, model.text_embedding, model.rerank, model.tts, model.speech2text, model.moderation, node, endpoint, app, storage.",
              type: "array",
              items: {
                enum: [
                  "tool",
                  "model",
                  "model.llm",
                  "model.text_embedding",
                  "model.rerank",
                  "model.tts",
                  "model.speech2text",
                  "model.moderation",
                  "node",
                  "endpoint",
                  "app",
                  "storage"
                ]
              }
            },
            escalation: {
              description: "A permission the last release did not have: fail (default) unless listed in allowed, or allow.",
              enum: ["fail", "allow"]
            },
            "max-storage-bytes": {
              description: "The largest storage a plugin may request.",
              type: "integer",
              minimum: 0
            }
          }
        },
        compatibility: {
          description: "The target's Dify version (its API, else environments.<name>.dify-version) is at least what the plugin needs (meta.minimum_dify_version and the features it uses); checked before any change.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default true).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            }
          }
        },
        staging: {
          description: "The install succeeds on the target, its declaration matches, the plugin runs when the target tells, smoke calls pass.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default true).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            },
            runtime: {
              description: "if-reported (default): the plugin must run when the target reports its runtime; required: a target that does not report it fails; ignore.",
              enum: ["if-reported", "required", "ignore"]
            },
            "startup-seconds": {
              description: "How long the plugin may take to be running (default 60).",
              type: "number",
              exclusiveMinimum: 0
            },
            smoke: {
              description: "Smoke calls run after the install (and after the upgrade on promote).",
              type: "array",
              items: {
                $ref: "#/definitions/smokeCall"
              }
            }
          }
        },
        performance: {
          description: "Install time, package size and start-up within budgets, compared with the last release.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default false).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            },
            "max-install-seconds": {
              description: "Budget for the install or upgrade task (default 300).",
              type: "number",
              exclusiveMinimum: 0
            },
            "max-size-mib": {
              description: "Budget for the package file (default 50, the daemon's limit).",
              type: "number",
              exclusiveMinimum: 0
            },
            "max-startup-seconds": {
              description: "Budget for the plugin to be running, when the target tells (default 60).",
              type: "number",
              exclusiveMinimum: 0
            },
            "max-growth-percent": {
              description: "How much larger or slower than the last release on this environment (default: not compared).",
              type: "number",
              minimum: 0
            }
          }
        },
        "post-upgrade": {
          description: "After each upgrade, every provider, model, tool, endpoint, strategy, datasource and event the plugin exposed before is still there; a drop fails it (on promote: rolled back).",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default true).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            }
          }
        },
        backup: {
          description: "The current version of the environment is recorded before any change, and can be reinstalled.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default true).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            }
          }
        },
        verify: {
          description: "After the upgrade on promote: the installed identifier is the promoted one, the target answers, the plugin runs, smoke calls pass; a failure rolls back.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default true).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            }
          }
        },
        notify: {
          description: "The job summary, and a webhook when configured.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              description: "Whether the gate blocks promotion (default false).",
              type: "boolean"
            },
            enabled: {
              description: "false: the gate is not run (it is reported as skipped, with this reason).",
              type: "boolean"
            },
            manual: {
              description: "The gate waits for a person: pending until `promote --approve <gate>`.",
              type: "boolean"
            },
            "webhook-env": {
              $ref: "#/definitions/envName",
              description: 'A variable holding the webhook URL to POST the checklist to (Slack-compatible {"text"}).'
            }
          }
        }
      }
    }
  }
};

// src/config/load.ts
var CONFIG_NAMES = [".dify-release.yml", ".dify-release.yaml"];
function loadConfig(cwd, explicit) {
  let file;
  if (explicit) {
    file = path.resolve(cwd, explicit);
    if (!existsSync(file)) {
      throw new UsageError(
        `the configuration file ${explicit} does not exist`,
        "Give the path of a .dify-release.yml."
      );
    }
  } else {
    const root2 = repositoryRoot(cwd) ?? cwd;
    file = CONFIG_NAMES.map((n) => path.join(root2, n)).find((f) => existsSync(f));
    if (!file) return { config: emptyConfig(cwd), findings: [] };
  }
  const shown = path.relative(cwd, file).split(path.sep).join("/") || path.basename(file);
  const root = path.dirname(file);
  let bytes;
  try {
    bytes = readRegularFile(file, { maxBytes: LIMITS.maxTextBytes });
  } catch (error) {
    const why = error instanceof FileReadError ? error.message : String(error);
    return { config: emptyConfig(root), findings: [finding("DPR901", why, { file: shown })] };
  }
  const yaml = parseYamlBytes(shown, bytes);
  if (yaml.problems.length > 0) {
    return {
      config: { ...emptyConfig(root), file },
      findings: yaml.problems.map((p) => ({ ...p, code: "DPR902", category: "config" }))
    };
  }
  const findings = [
    ...schemaFindings(yaml),
    ...duplicateFindings(yaml),
    ...codeFindings(yaml),
    ...secretFindings(yaml)
  ];
  return { config: toConfig(yaml, file, root), findings };
}
var validator;
function schemaFindings(yaml) {
  const data = yaml.value ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return [
      finding("DPR904", "the configuration must be a mapping of keys to values", {
        ...yaml.locate("")
      })
    ];
  }
  validator ??= new import_ajv.Ajv({ allErrors: true, allowUnionTypes: true, strict: false, verbose: true }).compile(
    dify_release_schema_default
  );
  validator(data);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of validator.errors ?? []) {
    const f = toFinding(yaml, e);
    if (!f) continue;
    const key = `${f.code}:${f.line}:${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
function toFinding(yaml, e) {
  const where = pointerToPath(e.instancePath) || "the top level";
  const params = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const parent = e.parentSchema?.properties ?? {};
      const guess = closest(key, Object.keys(parent));
      return finding("DPR903", `unknown key "${key}" in ${where}; it is ignored`, {
        ...yaml.locate(`${e.instancePath}/${escapePointer(key)}`, "key"),
        fix: guess ? `Did you mean "${guess}"?` : `Known keys here: ${Object.keys(parent).join(", ")}.`
      });
    }
    case "anyOf":
    case "if":
      return void 0;
    case "enum":
      return finding(
        "DPR904",
        `${where} is ${show(getAt(yaml.value, e.instancePath))}; it must be one of ${params.allowedValues.map(String).join(", ")}`,
        {
          ...yaml.locate(e.instancePath)
        }
      );
    case "pattern":
      if (/[Dd]\]\[[Pp]\]\[[Rr]\]/.test(String(params.pattern))) return void 0;
      return finding(
        "DPR904",
        `${where} is ${show(getAt(yaml.value, e.instancePath))}, which is not valid here (${patternText(String(params.pattern))})`,
        {
          ...yaml.locate(e.instancePath)
        }
      );
    default:
      return finding(
        "DPR904",
        `${where} ${e.message ?? "is not valid"} (it is ${show(getAt(yaml.value, e.instancePath))})`,
        {
          ...yaml.locate(e.instancePath)
        }
      );
  }
}
function patternText(pattern) {
  if (pattern === "^[A-Za-z_][A-Za-z0-9_]*$") return "an environment variable name: letters, digits and _";
  if (pattern === "^https?://") return "an http:// or https:// URL";
  return `it must match ${pattern}`;
}
function show(value) {
  return value === void 0 ? "missing" : JSON.stringify(value);
}
function duplicateFindings(yaml) {
  return yaml.duplicates.map(
    (d) => finding(
      "DPR906",
      `"${d.key}" is written twice in ${pointerToPath(d.parent) || "the top level"}; the second one wins`,
      {
        ...d.second,
        file: yaml.path
      }
    )
  );
}
function codeFindings(yaml) {
  const out = [];
  const lists = ["/ignore"];
  const overrides = getAt(yaml.value, "/overrides");
  if (overrides && typeof overrides === "object") {
    for (const k of Object.keys(overrides)) lists.push(`/overrides/${escapePointer(k)}/ignore`);
  }
  for (const pointer of lists) {
    const list = getAt(yaml.value, pointer);
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const code = canonicalCode(String(item));
      if (code in CODES) return;
      const near = nearestCode(code);
      out.push(
        finding("DPR905", `"${String(item)}" is not a finding code`, {
          ...yaml.locate(`${pointer}/${i}`),
          fix: near ? `Did you mean ${near}?` : "List the codes with `dify-plugin-release explain --list`."
        })
      );
    });
  }
  return out;
}
function secretFindings(yaml) {
  const out = [];
  const visit = (value, pointer) => {
    if (typeof value === "string") {
      if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value) || /^(gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,}/.test(value)) {
        out.push(
          finding("DPR907", `${pointerToPath(pointer)} holds a secret (a private key or a token)`, {
            ...yaml.locate(pointer)
          })
        );
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, `${pointer}/${i}`);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (/^(password|api-key|token|secret|private-key)$/i.test(k) && typeof v === "string" && v !== "") {
          out.push(
            finding(
              "DPR907",
              `${pointerToPath(`${pointer}/${escapePointer(k)}`)} writes a secret into the file`,
              {
                ...yaml.locate(`${pointer}/${escapePointer(k)}`)
              }
            )
          );
        }
        visit(v, `${pointer}/${escapePointer(k)}`);
      }
    }
  };
  visit(yaml.value, "");
  return out;
}
function toConfig(yaml, file, root) {
  const values = /* @__PURE__ */ new Map();
  const data = yaml.value ?? {};
  const put = (key, pointer) => {
    const value = getAt(yaml.value, pointer);
    if (value === void 0 || value === null) return;
    const at = yaml.locate(pointer);
    values.set(key, { value, line: at.line, column: at.column });
  };
  for (const [k, v] of Object.entries(data)) {
    if (["overrides", "environments", "checklist"].includes(k)) continue;
    if (v && typeof v === "object" && !Array.isArray(v)) {
      for (const sub of Object.keys(v)) put(`${k}.${sub}`, `/${escapePointer(k)}/${escapePointer(sub)}`);
    } else put(k, `/${escapePointer(k)}`);
  }
  const overrides = Object.entries(
    data.overrides ?? {}
  ).map(([dir, o]) => ({
    path: path.resolve(root, dir),
    ...Array.isArray(o?.ignore) ? { ignore: o.ignore.map((c) => canonicalCode(String(c))) } : {},
    ...typeof o?.strict === "boolean" ? { strict: o.strict } : {}
  }));
  const environments = {};
  for (const [name, e] of Object.entries(
    data.environments ?? {}
  )) {
    const env = e ?? {};
    const list = (v) => Array.isArray(v) ? v.map(String) : void 0;
    environments[name] = {
      name,
      ...typeof env.url === "string" ? { url: env.url } : {},
      ...env.kind === "daemon" || env.kind === "console" ? { kind: env.kind } : {},
      ...list(env.tenants) ? { tenants: list(env.tenants) } : {},
      ...typeof env.workspace === "string" ? { workspace: env.workspace } : {},
      ...typeof env["api-key-env"] === "string" ? { apiKeyEnv: env["api-key-env"] } : {},
      ...typeof env["account-env"] === "string" ? { accountEnv: env["account-env"] } : {},
      ...list(env.canary) ? { canary: list(env.canary) } : {},
      ...list(env["trusted-keys"]) ? { trustedKeys: list(env["trusted-keys"]).map((k) => path.resolve(root, k)) } : {},
      ...["auto", "plain", "base64"].includes(env["password-encoding"]) ? { passwordEncoding: env["password-encoding"] } : {},
      ...typeof env["force-verify"] === "boolean" ? { forceVerify: env["force-verify"] } : {},
      ...env.runtime === "python" ? { runtime: "python" } : {},
      ...typeof env["data-dir"] === "string" ? { dataDir: path.resolve(root, env["data-dir"]) } : {},
      ...typeof env["dify-version"] === "string" ? { difyVersion: env["dify-version"] } : {},
      extra: env
    };
  }
  const checklist = data.checklist && typeof data.checklist === "object" ? data.checklist : void 0;
  return { file, root, values, overrides, environments, ...checklist ? { checklist } : {} };
}
export {
  CONFIG_NAMES,
  emptyConfig,
  loadConfig
};
