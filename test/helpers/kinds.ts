/**
 * Small, valid plugins of every kind besides tools (see TOOL_PLUGIN in plugins.ts): each declaration
 * rule's fixture starts from one of them and changes one thing.
 */

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8"/></svg>\n';

/** A manifest for one kind of plugin: the rest is the same as TOOL_PLUGIN's. */
function manifest(name: string, permission: string, plugins: string, minimum: string): string {
  return `version: 0.1.0
type: plugin
author: acme
name: ${name}
label:
  en_US: Demo ${name}
description:
  en_US: A demo plugin.
icon: icon.svg
resource:
  memory: 268435456
  permission:
${permission}plugins:
${plugins}meta:
  version: 0.0.1
  arch:
    - amd64
    - arm64
  runner:
    language: python
    version: "3.12"
    entrypoint: main
  minimum_dify_version: "${minimum}"
tags:
  - utilities
created_at: "2025-01-15T10:00:00Z"
privacy: PRIVACY.md
`;
}

/** Files every plugin has besides its declarations. */
const COMMON: Record<string, string> = {
  '_assets/icon.svg': SVG,
  'main.py': '',
  'README.md': '# Demo\n\nSource: https://github.com/acme/demo\n',
  'PRIVACY.md': '# Privacy\n\nThis plugin stores no data.\n',
};

/** A model provider with two predefined LLMs, their order, and both configuration methods. */
export const MODEL_PLUGIN: Record<string, string> = {
  ...COMMON,
  'manifest.yaml': manifest(
    'demo_model',
    '    model:\n      enabled: true\n      llm: true\n',
    '  models:\n    - provider/demo.yaml\n',
    '1.0.0',
  ),
  'provider/demo.yaml': `provider: demo
label:
  en_US: Demo AI
description:
  en_US: Models provided by Demo AI.
icon_small:
  en_US: icon.svg
icon_large:
  en_US: icon.svg
background: "#E5E7EB"
help:
  title:
    en_US: Get your API key from Demo AI
  url:
    en_US: https://demo.example.com/keys
supported_model_types:
  - llm
configurate_methods:
  - predefined-model
  - customizable-model
provider_credential_schema:
  credential_form_schemas:
    - variable: api_key
      label:
        en_US: API Key
      type: secret-input
      required: true
      placeholder:
        en_US: Enter your API key
model_credential_schema:
  model:
    label:
      en_US: Model Name
    placeholder:
      en_US: Enter the model name
  credential_form_schemas:
    - variable: api_key
      label:
        en_US: API Key
      type: secret-input
      required: true
    - variable: mode
      label:
        en_US: Completion mode
      type: select
      required: false
      default: chat
      options:
        - value: chat
          label:
            en_US: Chat
        - value: completion
          label:
            en_US: Completion
      show_on:
        - variable: __model_type
          value: llm
models:
  llm:
    position: models/llm/_position.yaml
    predefined:
      - "models/llm/*.yaml"
extra:
  python:
    provider_source: provider/demo.py
    model_sources:
      - models/llm/llm.py
`,
  'provider/demo.py': '',
  'models/llm/llm.py': '',
  'models/llm/_position.yaml': '- demo-large\n- demo-small\n',
  'models/llm/demo-large.yaml': `model: demo-large
label:
  en_US: Demo Large
model_type: llm
features:
  - agent-thought
  - tool-call
model_properties:
  mode: chat
  context_size: 128000
parameter_rules:
  - name: temperature
    use_template: temperature
  - name: max_tokens
    use_template: max_tokens
    default: 1024
    min: 1
    max: 8192
  - name: seed
    label:
      en_US: Seed
    type: int
    required: false
    help:
      en_US: A fixed seed makes sampling repeatable.
pricing:
  input: "0.002"
  output: "0.006"
  unit: "0.001"
  currency: USD
`,
  'models/llm/demo-small.yaml': `model: demo-small
label:
  en_US: Demo Small
model_type: llm
model_properties:
  mode: chat
  context_size: 32000
parameter_rules:
  - name: top_p
    use_template: top_p
`,
};

/** An endpoint plugin: a group with one setting and one endpoint. */
export const ENDPOINT_PLUGIN: Record<string, string> = {
  ...COMMON,
  'manifest.yaml': manifest(
    'demo_endpoint',
    '    endpoint:\n      enabled: true\n',
    '  endpoints:\n    - group/demo.yaml\n',
    '1.0.0',
  ),
  'group/demo.yaml': `settings:
  - name: api_key
    type: secret-input
    required: true
    label:
      en_US: API key
    placeholder:
      en_US: Enter your API key
endpoints:
  - endpoints/hook.yaml
`,
  'endpoints/hook.yaml': `path: /hook
method: POST
hidden: false
extra:
  python:
    source: endpoints/hook.py
`,
  'endpoints/hook.py': '',
};

/** An agent strategy plugin: a provider with one strategy. */
export const AGENT_PLUGIN: Record<string, string> = {
  ...COMMON,
  'manifest.yaml': manifest(
    'demo_agent',
    '    model:\n      enabled: true\n      llm: true\n    tool:\n      enabled: true\n',
    '  agent_strategies:\n    - provider/demo.yaml\n',
    '1.0.0',
  ),
  'provider/demo.yaml': `identity:
  author: acme
  name: demo
  label:
    en_US: Demo agent
  description:
    en_US: A demo agent strategy provider.
  icon: icon.svg
strategies:
  - strategies/loop.yaml
extra:
  python:
    source: provider/demo.py
`,
  'provider/demo.py': '',
  'strategies/loop.yaml': `identity:
  name: loop
  author: acme
  label:
    en_US: Loop
description:
  en_US: Calls tools until the task is done.
features:
  - history-messages
parameters:
  - name: model
    type: model-selector
    scope: tool-call&llm
    required: true
    label:
      en_US: Model
  - name: tools
    type: array[tools]
    required: true
    label:
      en_US: Tools
  - name: max_iterations
    type: number
    required: false
    default: 5
    min: 1
    max: 30
    label:
      en_US: Maximum iterations
    help:
      en_US: How many rounds of tool calls at most.
extra:
  python:
    source: strategies/loop.py
`,
  'strategies/loop.py': '',
};

/** A datasource plugin: an online_document provider with one datasource. */
export const DATASOURCE_PLUGIN: Record<string, string> = {
  ...COMMON,
  'manifest.yaml': manifest(
    'demo_datasource',
    '    tool:\n      enabled: true\n',
    '  datasources:\n    - provider/demo.yaml\n',
    '1.9.0',
  ),
  'provider/demo.yaml': `identity:
  author: acme
  name: demo
  label:
    en_US: Demo docs
  description:
    en_US: Pages from Demo docs.
  icon: icon.svg
provider_type: online_document
credentials_schema:
  - name: api_token
    type: secret-input
    required: true
    label:
      en_US: API token
    placeholder:
      en_US: Enter your API token
datasources:
  - datasources/pages.yaml
extra:
  python:
    source: provider/demo.py
`,
  'provider/demo.py': '',
  'datasources/pages.yaml': `identity:
  name: pages
  author: acme
  label:
    en_US: Pages
description:
  en_US: Read pages from Demo docs.
parameters:
  - name: include_archived
    type: boolean
    required: false
    default: false
    label:
      en_US: Include archived pages
    description:
      en_US: Also list pages that were archived.
output_schema:
  type: object
  properties:
    workspace_id:
      type: string
    page_id:
      type: string
    content:
      type: string
extra:
  python:
    source: datasources/pages.py
`,
  'datasources/pages.py': '',
};

/** A trigger plugin: a provider with a subscription form, a constructor and one event. */
export const TRIGGER_PLUGIN: Record<string, string> = {
  ...COMMON,
  'manifest.yaml': manifest(
    'demo_trigger',
    '    tool:\n      enabled: true\n',
    '  triggers:\n    - provider/demo.yaml\n',
    '1.10.0',
  ),
  'provider/demo.yaml': `identity:
  author: acme
  name: demo
  label:
    en_US: Demo hooks
  description:
    en_US: Events from Demo.
  icon: icon.svg
subscription_schema:
  - name: webhook_secret
    type: secret-input
    required: false
    label:
      en_US: Webhook secret
subscription_constructor:
  parameters:
    - name: events
      type: checkbox
      multiple: true
      required: true
      default:
        - issue_opened
      options:
        - value: issue_opened
          label:
            en_US: Issue opened
      label:
        en_US: Events
  credentials_schema:
    api_key:
      type: secret-input
      required: true
      label:
        en_US: API key
events:
  - events/issue_opened.yaml
extra:
  python:
    source: provider/demo.py
`,
  'provider/demo.py': '',
  'events/issue_opened.yaml': `identity:
  name: issue_opened
  author: acme
  label:
    en_US: Issue opened
description:
  en_US: Fires when an issue is opened.
parameters:
  - name: label_filter
    type: string
    required: false
    label:
      en_US: Label filter
    description:
      en_US: Only issues with this label.
output_schema:
  type: object
  properties:
    title:
      type: string
extra:
  python:
    source: events/issue_opened.py
`,
  'events/issue_opened.py': '',
};
