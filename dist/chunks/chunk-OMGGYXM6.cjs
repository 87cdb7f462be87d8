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
  common_schema_default: () => common_schema_default
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var common_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "common.schema.json",
  title: "Shared definitions of Dify plugin declarations",
  definitions: {
    i18n: {
      description: "Localized text. Dify keeps en_US (required), zh_Hans, ja_JP and pt_BR; other locales are dropped by the daemon.",
      "x-dpr-i18n": true,
      type: "object",
      required: ["en_US"],
      properties: {
        en_US: {
          type: "string",
          minLength: 1,
          maxLength: 1023,
          "x-dpr-string": true
        },
        zh_Hans: {
          type: "string",
          maxLength: 1023,
          "x-dpr-string": true
        },
        ja_JP: {
          type: "string",
          maxLength: 1023,
          "x-dpr-string": true
        },
        pt_BR: {
          type: "string",
          maxLength: 1023,
          "x-dpr-string": true
        }
      },
      additionalProperties: {
        type: ["string", "null"]
      }
    },
    i18nOptional: {
      description: "Localized text whose en_US may be empty.",
      "x-dpr-i18n": true,
      type: ["object", "null"],
      properties: {
        en_US: {
          type: "string",
          maxLength: 1023
        },
        zh_Hans: {
          type: "string",
          maxLength: 1023
        },
        ja_JP: {
          type: "string",
          maxLength: 1023
        },
        pt_BR: {
          type: "string",
          maxLength: 1023
        }
      },
      additionalProperties: {
        type: ["string", "null"]
      }
    },
    tag: {
      description: "Plugin tags accepted by the daemon (pkg/entities/manifest_entities/tags.go).",
      type: "string",
      enum: [
        "search",
        "image",
        "videos",
        "weather",
        "finance",
        "design",
        "travel",
        "social",
        "news",
        "medical",
        "productivity",
        "education",
        "business",
        "entertainment",
        "utilities",
        "agent",
        "rag",
        "other",
        "trigger"
      ],
      "x-dpr-code": "DPR113",
      "x-dpr-fix": "Use one of Dify's tags; `rag`, `agent` and `trigger` need a recent daemon."
    },
    tags: {
      type: ["array", "null"],
      items: {
        $ref: "#/definitions/tag"
      }
    },
    identityName: {
      type: "string",
      minLength: 1,
      pattern: "^[a-zA-Z0-9_-]+$",
      "x-dpr-code": "DPR117",
      "x-dpr-fix": "Use only letters, digits, `_` and `-` in identity names."
    },
    pythonExtra: {
      description: "SDK-only: where the Python implementation lives.",
      "x-dpr-daemon": false,
      type: ["object", "null"],
      properties: {
        python: {
          type: ["object", "null"],
          properties: {
            source: {
              type: "string",
              minLength: 1
            }
          }
        }
      }
    },
    configOption: {
      type: "object",
      required: ["value", "label"],
      properties: {
        value: {
          type: "string",
          minLength: 1,
          maxLength: 127,
          "x-dpr-string": "coerce"
        },
        label: {
          $ref: "#/definitions/i18n"
        },
        icon: {
          type: ["string", "null"]
        },
        show_on: {
          type: ["array", "null"]
        }
      }
    },
    providerConfig: {
      description: "A credential, setting or OAuth field (daemon pkg/entities/plugin_entities/config.go).",
      type: "object",
      required: ["type", "label"],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          maxLength: 1023
        },
        type: {
          type: "string",
          enum: [
            "secret-input",
            "text-input",
            "select",
            "boolean",
            "app-selector",
            "model-selector",
            "array[tools]"
          ]
        },
        scope: {
          type: ["string", "null"]
        },
        required: {
          type: ["boolean", "null"]
        },
        default: {
          type: ["string", "number", "boolean", "null"]
        },
        options: {
          type: ["array", "null"],
          maxItems: 127,
          items: {
            $ref: "#/definitions/configOption"
          }
        },
        multiple: {
          type: ["boolean", "null"]
        },
        label: {
          $ref: "#/definitions/i18n"
        },
        help: {
          $ref: "#/definitions/i18nOptional"
        },
        placeholder: {
          $ref: "#/definitions/i18nOptional"
        },
        url: {
          type: ["string", "null"]
        }
      }
    },
    providerConfigs: {
      description: "A list of fields, or a mapping from field name to field.",
      type: ["array", "object", "null"],
      items: {
        $ref: "#/definitions/providerConfig"
      },
      additionalProperties: {
        $ref: "#/definitions/providerConfig"
      }
    },
    oauthSchema: {
      type: ["object", "null"],
      properties: {
        client_schema: {
          $ref: "#/definitions/providerConfigs"
        },
        credentials_schema: {
          $ref: "#/definitions/providerConfigs"
        }
      }
    },
    parameterOption: {
      type: "object",
      required: ["value", "label"],
      properties: {
        value: {
          type: "string",
          "x-dpr-string": "coerce"
        },
        label: {
          $ref: "#/definitions/i18n"
        },
        icon: {
          type: ["string", "null"]
        },
        show_on: {
          type: ["array", "null"]
        }
      }
    },
    autoGenerate: {
      type: ["object", "null"],
      properties: {
        type: {
          type: "string",
          enum: ["prompt_instruction"]
        }
      }
    },
    template: {
      type: ["object", "null"],
      properties: {
        enabled: {
          type: "boolean"
        }
      }
    },
    i18nNullable: {
      description: "Optional localized text (SDK `I18nObject | None`): may be left empty, but when written it needs en_US.",
      "x-dpr-i18n": true,
      type: ["object", "null"],
      required: ["en_US"],
      properties: {
        en_US: {
          type: "string",
          minLength: 1,
          maxLength: 1023,
          "x-dpr-string": true
        },
        zh_Hans: {
          type: ["string", "null"],
          maxLength: 1023,
          "x-dpr-string": true
        },
        ja_JP: {
          type: ["string", "null"],
          maxLength: 1023,
          "x-dpr-string": true
        },
        pt_BR: {
          type: ["string", "null"],
          maxLength: 1023,
          "x-dpr-string": true
        }
      },
      additionalProperties: {
        type: ["string", "null"]
      }
    },
    sdkExtra: {
      description: "SDK-required (ignored by the daemon): the Python file implementing this declaration. Without it the plugin fails to start.",
      "x-dpr-daemon": false,
      type: "object",
      required: ["python"],
      properties: {
        python: {
          type: "object",
          required: ["source"],
          properties: {
            source: {
              type: "string",
              minLength: 1,
              "x-dpr-fix": "Name the Python file that implements it, e.g. `extra: {python: {source: provider/my_provider.py}}`."
            }
          },
          "x-dpr-fix": "Add `python: {source: path/to/file.py}` under extra."
        }
      }
    },
    namedProviderConfig: {
      description: "A field written in list form: the SDK requires its name.",
      allOf: [
        {
          $ref: "#/definitions/providerConfig"
        },
        {
          type: "object",
          required: ["name"],
          properties: {
            name: {
              "x-dpr-fix": "Give the field a `name:` (the key your code reads the value by); the SDK refuses a field without one."
            }
          }
        }
      ]
    },
    providerConfigList: {
      description: "A list of fields, each with its name (the SDK accepts only the list form here).",
      type: ["array", "null"],
      items: {
        $ref: "#/definitions/namedProviderConfig"
      },
      "x-dpr-fix": "Write the fields as a list: `- name: api_key` with type and label under it."
    },
    providerConfigListOrMap: {
      description: "A list of named fields, or a mapping from field name to field.",
      type: ["array", "object", "null"],
      items: {
        $ref: "#/definitions/namedProviderConfig"
      },
      additionalProperties: {
        $ref: "#/definitions/providerConfig"
      }
    },
    oauthSchemaList: {
      description: "OAuth client and credential fields: lists only (the daemon decodes plain lists, the SDK too).",
      type: ["object", "null"],
      properties: {
        client_schema: {
          $ref: "#/definitions/providerConfigList"
        },
        credentials_schema: {
          $ref: "#/definitions/providerConfigList"
        }
      },
      additionalProperties: false
    },
    formShowOn: {
      description: "A model credential form condition (SDK FormShowOnObject): both fields are strings.",
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["variable", "value"],
        properties: {
          variable: {
            type: "string",
            minLength: 1,
            maxLength: 255,
            "x-dpr-string": true
          },
          value: {
            type: "string",
            maxLength: 255,
            "x-dpr-string": true
          }
        },
        additionalProperties: false
      }
    },
    parameterOptions: {
      description: "Options of a select parameter (SDK ParameterOption, with show_on where the SDK allows it).",
      type: ["array", "null"],
      items: {
        $ref: "#/definitions/parameterOption"
      }
    },
    i18nDaemonOnly: {
      description: "Localized text only the daemon reads (the SDK's model has no such field): Go ignores unknown keys, and its struct tags (en_US required) are checked only by remote debugging.",
      "x-dpr-i18n": true,
      type: ["object", "null"],
      required: ["en_US"],
      properties: {
        en_US: {
          type: "string",
          minLength: 1,
          maxLength: 1023,
          "x-dpr-string": true
        },
        zh_Hans: {
          type: ["string", "null"],
          maxLength: 1023,
          "x-dpr-string": true
        },
        ja_JP: {
          type: ["string", "null"],
          maxLength: 1023,
          "x-dpr-string": true
        },
        pt_BR: {
          type: ["string", "null"],
          maxLength: 1023,
          "x-dpr-string": true
        }
      },
      additionalProperties: {
        type: ["string", "null"]
      },
      "x-dpr-severity": "warning",
      "x-dpr-layer": "remote-debug"
    }
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  common_schema_default
});
