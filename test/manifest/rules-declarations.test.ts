import { describe, expect, it } from 'vitest';
import {
  AGENT_PLUGIN,
  DATASOURCE_PLUGIN,
  ENDPOINT_PLUGIN,
  MODEL_PLUGIN,
  TRIGGER_PLUGIN,
} from '../helpers/kinds.js';
import { edit, type PluginFiles, TOOL_PLUGIN, writePlugin } from '../helpers/plugins.js';
import { assertCase, findingsOf, type RuleCase } from '../helpers/rule-cases.js';

type Base = Record<string, string>;

/** `(file, from, to)` → the change replacing one text of the base's file. */
const on =
  (base: Base) =>
  (file: string, from: string, to: string): PluginFiles => ({ [file]: edit(file, from, to, base) });

const model = on(MODEL_PLUGIN);
const endpoint = on(ENDPOINT_PLUGIN);
const agent = on(AGENT_PLUGIN);
const datasource = on(DATASOURCE_PLUGIN);
const trigger = on(TRIGGER_PLUGIN);

const P = 'provider/demo.yaml';
const LLM = 'models/llm/demo-large.yaml';
const POS = 'models/llm/_position.yaml';
const G = 'group/demo.yaml';
const E = 'endpoints/hook.yaml';
const S = 'strategies/loop.yaml';
const D = 'datasources/pages.yaml';
const EV = 'events/issue_opened.yaml';

const BASES: [string, Base][] = [
  ['model', MODEL_PLUGIN],
  ['endpoint', ENDPOINT_PLUGIN],
  ['agent strategy', AGENT_PLUGIN],
  ['datasource', DATASOURCE_PLUGIN],
  ['trigger', TRIGGER_PLUGIN],
];

describe('the base fixture of each declaration kind', () => {
  it.each(BASES)(
    '%s plugin is clean, so every case below is caused by its one change',
    async (_kind, base) => {
      const findings = await findingsOf(writePlugin({}, base));
      expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    },
  );
});

/** A tool provider's credentials as a mapping of name → field (the daemon reads both forms). */
const MAP_CREDENTIALS = `credentials_schema:
  api_key:
    type: secret-input
    required: true
    label:
      en_US: API key
  region:
    type: select
    required: false
    default: eu
    options:
      - value: eu
        label:
          en_US: Europe
    label:
      en_US: Region
`;

/** TOOL_PLUGIN with its credentials under credentials_schema, in mapping form. */
const TOOL_MAP_PLUGIN: Base = {
  ...TOOL_PLUGIN,
  [P]: TOOL_PLUGIN[P]!.replace(/credentials_for_provider:\n(?: .*\n)*/, MAP_CREDENTIALS),
};
const toolMap = on(TOOL_MAP_PLUGIN);

describe('provider fields given as a mapping of name → field', () => {
  it('validate for a tool provider (credentials_schema)', async () => {
    const findings = await findingsOf(writePlugin({}, TOOL_MAP_PLUGIN));
    expect(TOOL_MAP_PLUGIN[P]).toContain('credentials_schema:\n  api_key:');
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  it('validate for a trigger subscription constructor (credentials_schema)', async () => {
    const findings = await findingsOf(writePlugin({}, TRIGGER_PLUGIN));
    expect(TRIGGER_PLUGIN[P]).toContain('  credentials_schema:\n    api_key:');
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });
});

/** One seeded defect per declaration rule: code, file, line and severity are asserted. */
// biome-ignore format: one case per line reads as a table
const cases: RuleCase[] = [
  // Tool provider credentials (list or mapping)
  { name: 'tool credential (mapping form) of a type fields do not have', code: 'DPR103', severity: 'error', file: P, at: 'type: password', base: TOOL_MAP_PLUGIN, changes: toolMap(P, 'type: secret-input', 'type: password') },
  { name: 'tool credential (mapping form) without a label', code: 'DPR101', severity: 'error', file: P, at: 'api_key:', base: TOOL_MAP_PLUGIN, changes: toolMap(P, '    label:\n      en_US: API key\n', '') },

  // Model provider
  { name: 'model provider without provider', code: 'DPR101', severity: 'error', file: P, at: 'label:', base: MODEL_PLUGIN, changes: model(P, 'provider: demo\n', '') },
  { name: 'model type written with an underscore', code: 'DPR103', severity: 'error', file: P, at: '- text_embedding', base: MODEL_PLUGIN, changes: model(P, 'supported_model_types:\n  - llm', 'supported_model_types:\n  - llm\n  - text_embedding') },
  { name: 'unknown configurate_method', code: 'DPR103', severity: 'error', file: P, at: '- predefined\n', base: MODEL_PLUGIN, changes: model(P, '  - predefined-model\n', '  - predefined\n') },
  { name: 'credential form field of a tool-only type', code: 'DPR103', severity: 'error', file: P, at: 'type: boolean', base: MODEL_PLUGIN, changes: model(P, 'type: select', 'type: boolean') },
  { name: 'credential form field without variable', code: 'DPR101', severity: 'error', file: P, at: '- label:', base: MODEL_PLUGIN, changes: model(P, '    - variable: api_key\n      label:\n        en_US: API Key\n      type: secret-input\n      required: true\n      placeholder:', '    - label:\n        en_US: API Key\n      type: secret-input\n      required: true\n      placeholder:') },
  { name: 'models written as a list of files', code: 'DPR102', severity: 'error', file: P, at: '  - models/llm/demo-large.yaml', base: MODEL_PLUGIN, changes: model(P, 'models:\n  llm:\n    position: models/llm/_position.yaml\n    predefined:\n      - "models/llm/*.yaml"\n', 'models:\n  - models/llm/demo-large.yaml\n') },
  { name: 'unknown model type key under models', code: 'DPR106', severity: 'warning', file: P, at: 'embedding:', base: MODEL_PLUGIN, changes: model(P, 'extra:', '  embedding:\n    predefined:\n      - "models/llm/*.yaml"\nextra:') },
  { name: 'predefined glob that matches nothing', code: 'DPR309', severity: 'warning', file: P, at: '- "models/llm/*.yml"', base: MODEL_PLUGIN, changes: model(P, '- "models/llm/*.yaml"', '- "models/llm/*.yml"') },
  { name: 'position file listed but missing', code: 'DPR301', severity: 'error', file: P, at: 'position: models/llm/_position.yaml', base: MODEL_PLUGIN, changes: { [POS]: null } },
  { name: 'help without url', code: 'DPR101', severity: 'error', file: P, at: 'help:', base: MODEL_PLUGIN, changes: model(P, '  url:\n    en_US: https://demo.example.com/keys\n', '') },
  { name: 'model provider without extra.python', code: 'DPR101', severity: 'error', file: P, at: 'provider: demo', base: MODEL_PLUGIN, changes: model(P, 'extra:\n  python:\n    provider_source: provider/demo.py\n    model_sources:\n      - models/llm/llm.py\n', '') },
  { name: 'misspelt key in a model provider', code: 'DPR106', severity: 'warning', file: P, at: 'icon_smal:', base: MODEL_PLUGIN, changes: model(P, 'icon_large:', 'icon_smal:\n  en_US: icon.svg\nicon_large:') },
  { name: 'provider icon missing from _assets', code: 'DPR305', severity: 'error', file: P, at: 'en_US: small.svg', base: MODEL_PLUGIN, changes: model(P, 'icon_small:\n  en_US: icon.svg', 'icon_small:\n  en_US: small.svg') },

  // Model position file
  { name: '_position.yaml naming an unknown model', code: 'DPR224', severity: 'warning', file: POS, at: '- demo-huge', base: MODEL_PLUGIN, changes: { [POS]: '- demo-large\n- demo-small\n- demo-huge\n' } },
  { name: '_position.yaml written as a mapping', code: 'DPR102', severity: 'error', file: POS, at: 'demo-large: 1', base: MODEL_PLUGIN, changes: { [POS]: 'demo-large: 1\ndemo-small: 2\n' } },

  // Model
  { name: 'unknown model_type', code: 'DPR103', severity: 'error', file: LLM, at: 'model_type: chat', base: MODEL_PLUGIN, changes: model(LLM, 'model_type: llm', 'model_type: chat') },
  { name: 'model without model_properties', code: 'DPR101', severity: 'error', file: LLM, at: 'model: demo-large', base: MODEL_PLUGIN, changes: model(LLM, 'model_properties:\n  mode: chat\n  context_size: 128000\n', '') },
  { name: 'model_properties key the SDK does not know', code: 'DPR103', severity: 'error', file: LLM, at: 'context_length:', base: MODEL_PLUGIN, changes: model(LLM, 'context_size: 128000', 'context_length: 128000') },
  { name: 'unknown model feature', code: 'DPR103', severity: 'error', file: LLM, at: '- function-calling', base: MODEL_PLUGIN, changes: model(LLM, '  - tool-call', '  - function-calling') },
  { name: 'unknown use_template', code: 'DPR118', severity: 'error', file: LLM, at: 'use_template: temp', base: MODEL_PLUGIN, changes: model(LLM, 'use_template: temperature', 'use_template: temp') },
  { name: 'parameter rule with neither use_template nor type', code: 'DPR101', severity: 'error', file: LLM, at: '- name: seed', base: MODEL_PLUGIN, changes: model(LLM, '    type: int\n', '') },
  { name: 'parameter rule type the daemon does not know', code: 'DPR103', severity: 'error', file: LLM, at: 'type: double', base: MODEL_PLUGIN, changes: model(LLM, 'type: int', 'type: double') },
  { name: 'misspelt key in a parameter rule', code: 'DPR106', severity: 'warning', file: LLM, at: 'maximum: 8192', base: MODEL_PLUGIN, changes: model(LLM, 'max: 8192', 'maximum: 8192') },
  { name: 'pricing without currency', code: 'DPR101', severity: 'error', file: LLM, at: 'pricing:', base: MODEL_PLUGIN, changes: model(LLM, '  currency: USD\n', '') },
  { name: 'price that is not a number', code: 'DPR102', severity: 'error', file: LLM, at: 'input: "cheap"', base: MODEL_PLUGIN, changes: model(LLM, 'input: "0.002"', 'input: "cheap"') },

  // Endpoint group and endpoint
  { name: 'endpoint method the daemon does not accept', code: 'DPR103', severity: 'error', file: E, at: 'method: PATCH', base: ENDPOINT_PLUGIN, changes: endpoint(E, 'method: POST', 'method: PATCH') },
  { name: 'endpoint method in lower case', code: 'DPR103', severity: 'error', file: E, at: 'method: post', base: ENDPOINT_PLUGIN, changes: endpoint(E, 'method: POST', 'method: post') },
  { name: 'endpoint path without a leading slash', code: 'DPR104', severity: 'error', file: E, at: 'path: hook', base: ENDPOINT_PLUGIN, changes: endpoint(E, 'path: /hook', 'path: hook') },
  { name: 'endpoint without extra.python', code: 'DPR101', severity: 'error', file: E, at: 'path: /hook', base: ENDPOINT_PLUGIN, changes: endpoint(E, 'extra:\n  python:\n    source: endpoints/hook.py\n', '') },
  { name: 'misspelt key in an endpoint', code: 'DPR106', severity: 'warning', file: E, at: 'hiden: false', base: ENDPOINT_PLUGIN, changes: endpoint(E, 'hidden: false', 'hiden: false') },
  { name: 'endpoint file listed but missing', code: 'DPR301', severity: 'error', file: G, at: '- endpoints/hook.yaml', base: ENDPOINT_PLUGIN, changes: { [E]: null, 'endpoints/hook.py': null } },
  { name: 'settings written as a mapping', code: 'DPR102', severity: 'error', file: G, at: '  api_key:', base: ENDPOINT_PLUGIN, changes: endpoint(G, '  - name: api_key\n    type: secret-input\n    required: true\n    label:\n      en_US: API key\n    placeholder:\n      en_US: Enter your API key\n', '  api_key:\n    type: secret-input\n    label:\n      en_US: API key\n') },
  { name: 'setting without a name', code: 'DPR101', severity: 'error', file: G, at: '- type: secret-input', base: ENDPOINT_PLUGIN, changes: endpoint(G, '  - name: api_key\n    type: secret-input', '  - type: secret-input') },
  { name: 'setting of a type fields do not have', code: 'DPR103', severity: 'error', file: G, at: 'type: password', base: ENDPOINT_PLUGIN, changes: endpoint(G, 'type: secret-input', 'type: password') },

  // Agent strategy provider and strategy
  { name: 'agent provider icon missing from _assets', code: 'DPR305', severity: 'error', file: P, at: 'icon: agent.svg', base: AGENT_PLUGIN, changes: agent(P, 'icon: icon.svg', 'icon: agent.svg') },
  { name: 'agent provider without description', code: 'DPR101', severity: 'error', file: P, at: 'identity:', base: AGENT_PLUGIN, changes: agent(P, '  description:\n    en_US: A demo agent strategy provider.\n', '') },
  { name: 'agent strategy written inline', code: 'DPR102', severity: 'error', file: P, at: '- identity:', base: AGENT_PLUGIN, changes: agent(P, '  - strategies/loop.yaml\n', '  - identity:\n      name: loop\n') },
  { name: 'strategy file listed but missing', code: 'DPR301', severity: 'error', file: P, at: '- strategies/loop.yaml', base: AGENT_PLUGIN, changes: { [S]: null, 'strategies/loop.py': null } },
  { name: 'strategy name with a space', code: 'DPR117', severity: 'error', file: S, at: 'name: loop strategy', base: AGENT_PLUGIN, changes: agent(S, 'name: loop\n', 'name: loop strategy\n') },
  { name: "strategy description written as a tool's", code: 'DPR101', severity: 'error', file: S, at: 'description:', base: AGENT_PLUGIN, changes: agent(S, 'description:\n  en_US: Calls tools until the task is done.\n', 'description:\n  human:\n    en_US: Calls tools.\n  llm: Calls tools.\n') },
  { name: 'strategy parameter of an unknown type', code: 'DPR103', severity: 'error', file: S, at: 'type: array[tool]', base: AGENT_PLUGIN, changes: agent(S, 'type: array[tools]', 'type: array[tool]') },
  { name: 'strategy feature Dify does not know', code: 'DPR103', severity: 'warning', file: S, at: '- memory', base: AGENT_PLUGIN, changes: agent(S, '  - history-messages', '  - memory') },
  { name: 'strategy without extra.python', code: 'DPR101', severity: 'error', file: S, at: 'identity:', base: AGENT_PLUGIN, changes: agent(S, 'extra:\n  python:\n    source: strategies/loop.py\n', '') },

  // Datasource provider and datasource
  { name: 'unknown datasource provider_type', code: 'DPR103', severity: 'error', file: P, at: 'provider_type: online_docs', base: DATASOURCE_PLUGIN, changes: datasource(P, 'provider_type: online_document', 'provider_type: online_docs') },
  { name: 'datasource provider without provider_type', code: 'DPR101', severity: 'error', file: P, at: 'identity:', base: DATASOURCE_PLUGIN, changes: datasource(P, 'provider_type: online_document\n', '') },
  { name: 'datasource provider icon missing from _assets', code: 'DPR305', severity: 'error', file: P, at: 'icon: docs.svg', base: DATASOURCE_PLUGIN, changes: datasource(P, 'icon: icon.svg', 'icon: docs.svg') },
  { name: 'datasource provider tag the SDK refuses', code: 'DPR113', severity: 'error', file: P, at: '- rag', base: DATASOURCE_PLUGIN, changes: datasource(P, '  icon: icon.svg\n', '  icon: icon.svg\n  tags:\n    - rag\n') },
  { name: 'datasource credentials written as a mapping', code: 'DPR102', severity: 'error', file: P, at: '  api_token:', base: DATASOURCE_PLUGIN, changes: datasource(P, '  - name: api_token\n    type: secret-input', '  api_token:\n    type: secret-input') },
  { name: 'datasource provider name with a space', code: 'DPR117', severity: 'warning', file: P, at: 'name: demo docs', base: DATASOURCE_PLUGIN, changes: datasource(P, 'name: demo\n', 'name: demo docs\n') },
  { name: 'datasource file listed but missing', code: 'DPR301', severity: 'error', file: P, at: '- datasources/pages.yaml', base: DATASOURCE_PLUGIN, changes: { [D]: null, 'datasources/pages.py': null } },
  { name: 'datasource parameter of a tool-only type', code: 'DPR103', severity: 'error', file: D, at: 'type: date', base: DATASOURCE_PLUGIN, changes: datasource(D, 'type: boolean', 'type: date') },
  { name: 'datasource parameter without description', code: 'DPR101', severity: 'error', file: D, at: '- name: include_archived', base: DATASOURCE_PLUGIN, changes: datasource(D, '    description:\n      en_US: Also list pages that were archived.\n', '') },
  { name: 'datasource parameter with a tool-only key', code: 'DPR106', severity: 'warning', file: D, at: 'form: form', base: DATASOURCE_PLUGIN, changes: datasource(D, '    required: false\n', '    required: false\n    form: form\n') },

  // Trigger provider and event
  { name: 'trigger provider icon missing from _assets', code: 'DPR305', severity: 'error', file: P, at: 'icon: hooks.svg', base: TRIGGER_PLUGIN, changes: trigger(P, 'icon: icon.svg', 'icon: hooks.svg') },
  { name: 'trigger provider tag the SDK refuses', code: 'DPR113', severity: 'error', file: P, at: '- utilities', base: TRIGGER_PLUGIN, changes: trigger(P, '  icon: icon.svg\n', '  icon: icon.svg\n  tags:\n    - utilities\n') },
  { name: 'subscription_schema written as a mapping', code: 'DPR102', severity: 'error', file: P, at: '  webhook_secret:', base: TRIGGER_PLUGIN, changes: trigger(P, '  - name: webhook_secret\n    type: secret-input', '  webhook_secret:\n    type: secret-input') },
  { name: 'constructor parameter of a type events do not have', code: 'DPR103', severity: 'error', file: P, at: 'type: password\n      multiple', base: TRIGGER_PLUGIN, changes: trigger(P, 'type: checkbox', 'type: password') },
  { name: 'secret-input constructor parameter (no SDK release 0.6.0-0.10.1 accepts it)', code: 'DPR226', severity: 'error', file: P, at: 'type: secret-input\n      multiple', base: TRIGGER_PLUGIN, changes: trigger(P, 'type: checkbox', 'type: secret-input') },
  { name: 'event file listed but missing', code: 'DPR301', severity: 'error', file: P, at: '- events/issue_opened.yaml', base: TRIGGER_PLUGIN, changes: { [EV]: null, 'events/issue_opened.py': null } },
  { name: 'event name with a dot', code: 'DPR117', severity: 'error', file: EV, at: 'name: issue.opened', base: TRIGGER_PLUGIN, changes: trigger(EV, 'name: issue_opened', 'name: issue.opened') },
  { name: 'event without description', code: 'DPR101', severity: 'error', file: EV, at: 'identity:', base: TRIGGER_PLUGIN, changes: trigger(EV, 'description:\n  en_US: Fires when an issue is opened.\n', '') },
  { name: 'event parameter of an unknown type', code: 'DPR103', severity: 'error', file: EV, at: 'type: text', base: TRIGGER_PLUGIN, changes: trigger(EV, 'type: string', 'type: text') },
  { name: 'event parameter with a placeholder Dify drops', code: 'DPR106', severity: 'warning', file: EV, at: 'placeholder:', base: TRIGGER_PLUGIN, changes: trigger(EV, '    description:\n      en_US: Only issues with this label.\n', '    placeholder:\n      en_US: bug\n') },
  { name: 'event without extra.python', code: 'DPR101', severity: 'error', file: EV, at: 'identity:', base: TRIGGER_PLUGIN, changes: trigger(EV, 'extra:\n  python:\n    source: events/issue_opened.py\n', '') },
];

describe('declaration rules: each seeded defect yields its code at its file and line', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await assertCase(c);
  });
});
