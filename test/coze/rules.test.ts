import { describe, expect, it } from 'vitest';
import { checkCozeConfig } from '../../src/coze/index.js';
import {
  assertCase,
  type CozeCase,
  change,
  META,
  makeConfig,
  NOTES,
  OAUTH,
  QUOTE,
  show,
  WEATHER,
} from './helpers.js';

const m = (from: string, to: string) => change(META, from, to);
const w = (from: string, to: string) => change(WEATHER, from, to);
const n = (from: string, to: string) => change(NOTES, from, to);
const q = (from: string, to: string) => change(QUOTE, from, to);

const QUOTE_TOOL =
  '    - tool_id: 330001\n      deprecated: false\n      method: get\n      sub_url: /quote\n';
const QUOTE_PARAM = '          in: query\n          name: topic';
const CONFLICTING_PATH = [
  '  /v1/cities/{name}:',
  '    get:',
  '      operationId: get_city_by_name',
  '      parameters:',
  '        - in: path',
  '          name: name',
  '          required: true',
  '          schema:',
  '            type: string',
  '      responses:',
  '        "200":',
  '          content:',
  '            application/json:',
  '              schema:',
  '                type: object',
  '          description: The city.',
  '      summary: Get a city by its name.',
  '  /v1/cities/{city_id}:',
].join('\n');

/**
 * One seeded defect per rule of ../shared/spec/coze-config.md Part A (the rule id leads the name):
 * code, severity, file and line of the finding are asserted.
 */
// biome-ignore format: one case per line reads as a table
const cases: CozeCase[] = [
  // A.2 load pipeline: plugin_meta.yaml as a whole (R0)
  { name: 'R0 plugin_meta.yaml is a mapping, not a list', code: 'DPR701', severity: 'error', file: META, at: 'plugins:', changes: { [META]: 'plugins:\n  - plugin_id: 31\n' } },
  { name: 'R0 empty plugin entry', code: 'DPR701', severity: 'error', file: META, at: '-\n- plugin_id: 31', changes: m('- plugin_id: 31', '-\n- plugin_id: 31') },
  { name: 'R0 YAML syntax error', code: 'DPR001', severity: 'error', file: META, at: 'name_for_human: "Weather', changes: m('name_for_human: Weather Lookup', 'name_for_human: "Weather Lookup') },
  { name: 'R0 quoted plugin_id yaml.v3 cannot decode into int64', code: 'DPR702', severity: 'error', file: META, at: '- plugin_id: "31"', changes: m('- plugin_id: 31', '- plugin_id: "31"') },
  { name: 'R0 deprecated that is not a boolean', code: 'DPR702', severity: 'error', file: META, at: 'deprecated: maybe', changes: m('  deprecated: false\n  version: v1.2.0', '  deprecated: maybe\n  version: v1.2.0') },
  { name: 'R0 common_params header that is not a list', code: 'DPR702', severity: 'error', file: META, at: 'header: User-Agent', changes: m('      header:\n        - name: User-Agent\n          value: Coze/1.0\n', '      header: User-Agent\n') },
  { name: 'R0 duplicate key yaml.v3 refuses', code: 'DPR717', severity: 'error', file: META, at: '    name_for_human: Weather\n', changes: m('    name_for_human: Weather Lookup\n', '    name_for_human: Weather Lookup\n    name_for_human: Weather\n') },
  // R0b common/oauth_schema.json
  { name: 'R0b oauth_schema.json is not JSON', code: 'DPR739', severity: 'error', file: OAUTH, at: '"value": 4,,', changes: change(OAUTH, '"value": 4,', '"value": 4,,') },
  // R2-R5 per-plugin meta checks
  { name: 'R2 deprecated plugin is not loaded', code: 'DPR716', severity: 'notice', file: META, at: 'deprecated: true', changes: m('  deprecated: false\n  version: v1.0.0\n  openapi_doc_file: daily_quote.yaml', '  deprecated: true\n  version: v1.0.0\n  openapi_doc_file: daily_quote.yaml') },
  { name: 'R3 version without the leading v', code: 'DPR706', severity: 'error', file: META, at: 'version: 1.2.0', changes: m('  version: v1.2.0', '  version: 1.2.0') },
  { name: 'R3 version missing', code: 'DPR704', severity: 'error', file: META, at: '- plugin_id: 32', changes: m('  version: v1.2.0\n', '') },
  { name: 'R4 plugin_id zero', code: 'DPR707', severity: 'error', file: META, at: '- plugin_id: 0', changes: m('- plugin_id: 32', '- plugin_id: 0') },
  { name: 'R4 plugin_id missing', code: 'DPR704', severity: 'error', file: META, at: '- deprecated: false\n  version: v1.0.0\n  openapi_doc_file: daily_quote', changes: m('- plugin_id: 33\n  deprecated: false', '- deprecated: false') },
  { name: 'R4 plugin_id empty', code: 'DPR704', severity: 'error', file: META, at: '- plugin_id:\n', changes: m('- plugin_id: 32', '- plugin_id:') },
  { name: 'R6 manifest empty (Coze dereferences it)', code: 'DPR704', severity: 'error', file: META, at: '  manifest:\n  x_manifest:', changes: m('  manifest:\n    schema_version: v1\n    name_for_model: daily_quote', '  manifest:\n  x_manifest:\n    schema_version: v1\n    name_for_model: daily_quote') },
  { name: 'R5 plugin_type other than 1', code: 'DPR705', severity: 'error', file: META, at: 'plugin_type: 2', changes: m('  openapi_doc_file: note_keeper.yaml\n  plugin_type: 1', '  openapi_doc_file: note_keeper.yaml\n  plugin_type: 2') },
  // R7 the OpenAPI document file
  { name: 'R7 openapi_doc_file missing on disk', code: 'DPR713', severity: 'error', file: META, at: 'openapi_doc_file: daily_quote.yaml', changes: { [QUOTE]: null } },
  { name: 'R7 openapi_doc_file leaving pluginproduct/', code: 'DPR714', severity: 'error', file: META, at: 'openapi_doc_file: ../daily_quote.yaml', changes: m('openapi_doc_file: daily_quote.yaml', 'openapi_doc_file: ../daily_quote.yaml') },
  { name: 'R7 openapi_doc_file key missing', code: 'DPR704', severity: 'error', file: META, at: '- plugin_id: 33', changes: m('  openapi_doc_file: daily_quote.yaml\n', '') },
  { name: 'R7 external $ref the loader refuses', code: 'DPR722', severity: 'error', file: NOTES, at: "$ref: 'common.yaml#/Note'", changes: n("                      $ref: '#/components/schemas/Note'", "                      $ref: 'common.yaml#/Note'") },
  { name: 'R7 $ref that does not resolve', code: 'DPR722', severity: 'error', file: NOTES, at: "$ref: '#/components/schemas/Notes'", changes: n("                      $ref: '#/components/schemas/Note'", "                      $ref: '#/components/schemas/Notes'") },
  { name: 'R7 key next to $ref (kin: extra sibling fields)', code: 'DPR722', severity: 'error', file: NOTES, at: 'description: One note.', changes: n("                      $ref: '#/components/schemas/Note'", "                      $ref: '#/components/schemas/Note'\n                      description: One note.") },
  // R11-R17 registry
  { name: 'R11 duplicate plugin_id', code: 'DPR708', severity: 'error', file: META, at: '- plugin_id: 31\n  deprecated: false\n  version: v1.0.0\n  openapi_doc_file: daily_quote', changes: m('- plugin_id: 33', '- plugin_id: 31') },
  { name: 'R13 deprecated tool is not loaded', code: 'DPR716', severity: 'notice', file: META, at: 'deprecated: true', changes: m('    - tool_id: 320002\n      deprecated: false', '    - tool_id: 320002\n      deprecated: true') },
  { name: 'R14 duplicate tool_id', code: 'DPR709', severity: 'error', file: META, at: '- tool_id: 320001\n      deprecated: false\n      method: get', changes: m('    - tool_id: 320002', '    - tool_id: 320001') },
  { name: 'R15 tool sub_url not a path of the document', code: 'DPR735', severity: 'error', file: META, at: 'sub_url: /v1/cities/{id}', changes: m('      sub_url: /v1/cities/{city_id}', '      sub_url: /v1/cities/{id}') },
  { name: 'R15 tool method the path does not have', code: 'DPR735', severity: 'error', file: META, at: '      sub_url: /v1/notes', changes: m('      method: post\n      sub_url: /v1/notes', '      method: put\n      sub_url: /v1/notes') },
  { name: 'R15 tool without sub_url', code: 'DPR704', severity: 'error', file: META, at: '- tool_id: 330001', changes: m('      sub_url: /quote\n', '') },
  { name: 'R17 plugin without tools', code: 'DPR738', severity: 'error', file: META, at: 'tools: []', changes: m(`  tools:\n${QUOTE_TOOL}`, '  tools: []\n') },
  { name: 'R17 plugin whose tools are all deprecated', code: 'DPR738', severity: 'error', file: META, at: '  tools:\n    - tool_id: 330001', changes: m('      deprecated: false\n      method: get\n      sub_url: /quote', '      deprecated: true\n      method: get\n      sub_url: /quote') },
  // A.3 manifest
  { name: 'M1 schema_version other than v1', code: 'DPR705', severity: 'error', file: META, at: 'schema_version: v2', changes: m('    schema_version: v1\n    name_for_model: daily_quote', '    schema_version: v2\n    name_for_model: daily_quote') },
  { name: 'M2 empty name_for_model', code: 'DPR704', severity: 'error', file: META, at: "name_for_model: ''", changes: m('name_for_model: weather_lookup', "name_for_model: ''") },
  { name: 'M3 missing name_for_human', code: 'DPR704', severity: 'error', file: META, at: '  manifest:\n    schema_version: v1\n    name_for_model: note_keeper', changes: m('    name_for_human: Note Keeper\n', '') },
  { name: 'M4 empty description_for_model', code: 'DPR704', severity: 'error', file: META, at: 'description_for_model:\n', changes: m('description_for_model: Look up the weather forecast and details of a city.', 'description_for_model:') },
  { name: 'M5 empty description_for_human', code: 'DPR704', severity: 'error', file: META, at: 'description_for_human: ""', changes: m('description_for_human: A quotation a day.', 'description_for_human: ""') },
  { name: 'M6 api.type coze-studio-mcp, rejected by Validate', code: 'DPR705', severity: 'error', file: META, at: 'type: coze-studio-mcp', changes: m('      type: openapi', '      type: coze-studio-mcp') },
  { name: 'M7/M14 common_params location checked even with auth none', code: 'DPR705', severity: 'error', file: META, at: 'cookie: [ ]', changes: m('      query: [ ]\n  tools:\n    - tool_id: 330001', '      query: [ ]\n      cookie: [ ]\n  tools:\n    - tool_id: 330001') },
  { name: 'M14 common_params location with auth', code: 'DPR705', severity: 'error', file: META, at: 'form: [ ]', changes: m('      query: [ ]\n  tools:\n    - tool_id: 310001', '      query: [ ]\n      form: [ ]\n  tools:\n    - tool_id: 310001') },
  { name: 'M8 auth missing', code: 'DPR704', severity: 'error', file: META, at: '  manifest:\n    schema_version: v1\n    name_for_model: daily_quote', changes: m('    auth:\n      type: none\n', '') },
  { name: 'M9 auth payload that is not JSON', code: 'DPR711', severity: 'error', file: META, at: 'payload: \'{"key": "apikey"', changes: m('"location": "Query"}', '"location": "Query"') },
  { name: 'M9 auth payload value of the wrong type', code: 'DPR711', severity: 'error', file: META, at: 'payload: \'{"key": "apikey"', changes: m('"service_token": ""', '"service_token": 5') },
  { name: 'M9 auth payload missing for service_http', code: 'DPR711', severity: 'error', file: META, at: '    auth:\n      type: service_http', changes: m('      payload: \'{"key": "apikey", "service_token": "", "location": "Query"}\'\n', '') },
  { name: 'M10 auth.type unknown', code: 'DPR705', severity: 'error', file: META, at: 'type: basic', changes: m('      type: service_http', '      type: basic') },
  { name: 'M10 auth.type missing', code: 'DPR704', severity: 'error', file: META, at: '    auth:\n      sub_type: token/api_key', changes: m('      type: service_http\n', '') },
  { name: 'M11 sub_type client_credentials (commented out in Coze)', code: 'DPR705', severity: 'error', file: META, at: 'sub_type: client_credentials', changes: m('      sub_type: authorization_code', '      sub_type: client_credentials') },
  { name: 'M11 sub_type missing', code: 'DPR704', severity: 'error', file: META, at: '    auth:\n      type: service_http', changes: m('      sub_type: token/api_key\n', '') },
  { name: 'M12 service location neither Header nor Query', code: 'DPR712', severity: 'warning', file: META, at: 'payload: \'{"key": "apikey"', changes: m('"location": "Query"', '"location": "Body"') },
  { name: 'M12 service key empty', code: 'DPR712', severity: 'warning', file: META, at: 'payload: \'{"key": ""', changes: m('"key": "apikey"', '"key": ""') },
  { name: 'M12 empty service_token left for deployment', code: 'DPR712', severity: 'notice', file: META, at: 'payload: \'{"key": "apikey"', changes: {} },
  { name: 'M13 OAuth client_url over http', code: 'DPR712', severity: 'warning', file: META, at: 'payload: \'{"client_id"', changes: m('"client_url":"https://notes', '"client_url":"http://notes') },
  { name: 'M13 OAuth content type other than JSON', code: 'DPR712', severity: 'warning', file: META, at: 'payload: \'{"client_id"', changes: m('"authorization_content_type":"application/json"', '"authorization_content_type":"application/x-www-form-urlencoded"') },
  { name: 'M15 logo_url names an icon that is not bundled', code: 'DPR715', severity: 'warning', file: META, at: 'logo_url: official_plugin_icon/plugin_notes.svg', changes: m('logo_url: official_plugin_icon/plugin_note_keeper.svg', 'logo_url: official_plugin_icon/plugin_notes.svg') },
  { name: 'M15 logo_url missing', code: 'DPR715', severity: 'warning', file: META, at: '  manifest:\n    schema_version: v1\n    name_for_model: daily_quote', changes: m('    logo_url: official_plugin_icon/plugin_daily_quote.svg\n', '') },
  // A.9 keys Coze ignores
  { name: 'A.9 product_id is no longer read', code: 'DPR703', severity: 'warning', file: META, at: 'product_id:', changes: m('- plugin_id: 31\n', '- plugin_id: 31\n  product_id: 7000000000000000001\n') },
  { name: 'A.9 auth.key is ignored', code: 'DPR703', severity: 'warning', file: META, at: 'key: Authorization', changes: m('      type: service_http\n', '      type: service_http\n      key: Authorization\n') },
  { name: 'A.9 unknown key in a tool', code: 'DPR703', severity: 'warning', file: META, at: 'summary: today', changes: m('      sub_url: /quote', '      sub_url: /quote\n      summary: today') },
  { name: 'A.9 unknown key in the auth payload', code: 'DPR703', severity: 'warning', file: META, at: 'payload: \'{"key": "apikey"', changes: m('"location": "Query"}', '"location": "Query", "header": "X-Key"}') },
  // A.4 OpenAPI documents
  { name: 'O1 OpenAPI 3.1 document', code: 'DPR721', severity: 'error', file: WEATHER, at: 'openapi: 3.1.0', changes: w('openapi: 3.0.1', 'openapi: 3.1.0') },
  { name: 'O1 openapi written as a number', code: 'DPR721', severity: 'error', file: WEATHER, at: 'openapi: 3.0\n', changes: w('openapi: 3.0.1', 'openapi: 3.0') },
  { name: 'O1 openapi missing', code: 'DPR721', severity: 'error', file: WEATHER, at: 'info:', changes: w('openapi: 3.0.1\n', '') },
  { name: 'O2 info.description missing', code: 'DPR723', severity: 'error', file: WEATHER, at: 'info:', changes: w('  description: Weather forecasts and city details.\n', '') },
  { name: 'O2 info.title empty', code: 'DPR723', severity: 'error', file: WEATHER, at: "title: ''", changes: w('  title: Weather Lookup', "  title: ''") },
  { name: 'O2 info.version missing (kin)', code: 'DPR720', severity: 'error', file: WEATHER, at: 'info:', changes: w('  version: v1\n', '') },
  { name: 'O3 two servers', code: 'DPR724', severity: 'error', file: WEATHER, at: 'servers:', changes: w('  - url: https://weather.example.com', '  - url: https://weather.example.com\n  - url: https://backup.example.com') },
  { name: 'O3 no server', code: 'DPR724', severity: 'error', file: WEATHER, at: 'info:', changes: w('servers:\n  - url: https://weather.example.com\n', '') },
  { name: 'O4 server URL without scheme and host', code: 'DPR725', severity: 'error', file: WEATHER, at: 'url: weather.example.com', changes: w('url: https://weather.example.com', 'url: weather.example.com') },
  { name: 'O4 server URL over 512 characters', code: 'DPR725', severity: 'error', file: WEATHER, at: 'url: https://weather.example.com/', changes: w('url: https://weather.example.com', `url: https://weather.example.com/${'a'.repeat(520)}`) },
  { name: 'O4 server URL with a variable Coze never substitutes', code: 'DPR725', severity: 'error', file: WEATHER, at: 'url: https://{region}', changes: w('url: https://weather.example.com', 'url: https://{region}.weather.example.com') },
  { name: 'O4 server URL that is not http', code: 'DPR725', severity: 'warning', file: WEATHER, at: 'url: ftp://', changes: w('url: https://weather.example.com', 'url: ftp://weather.example.com') },
  { name: 'O5 path without a leading slash', code: 'DPR720', severity: 'error', file: WEATHER, at: '  v1/forecast:', changes: w('  /v1/forecast:', '  v1/forecast:') },
  { name: 'O5 templated paths that conflict', code: 'DPR727', severity: 'warning', file: WEATHER, at: '  /v1/cities/{city_id}:', changes: w('  /v1/cities/{city_id}:', CONFLICTING_PATH) },
  { name: 'O6 path variable without a parameter', code: 'DPR726', severity: 'error', file: WEATHER, at: '    get:\n      operationId: get_city', changes: { ...w('  /v1/cities/{city_id}:', '  /v1/cities/{city_id}/{unit}:'), ...m('sub_url: /v1/cities/{city_id}', 'sub_url: /v1/cities/{city_id}/{unit}') } },
  { name: 'O6 path parameter not in the template', code: 'DPR726', severity: 'error', file: WEATHER, at: 'name: cityId', changes: w('          name: city_id', '          name: cityId') },
  { name: 'O7 duplicate operationId', code: 'DPR728', severity: 'error', file: NOTES, at: 'operationId: list_notes\n      requestBody', changes: n('operationId: create_note', 'operationId: list_notes') },
  { name: 'O8 array without items', code: 'DPR733', severity: 'error', file: QUOTE, at: '                    type: array', changes: q('                  author:\n                    type: string', '                  author:\n                    type: string\n                  tags:\n                    type: array') },
  { name: 'O8 unsupported schema type', code: 'DPR720', severity: 'error', file: QUOTE, at: 'type: text', changes: q('                  text:\n                    type: string', '                  text:\n                    type: text') },
  { name: 'O8 default that does not fit its schema', code: 'DPR733', severity: 'error', file: WEATHER, at: 'default: three', changes: w('            default: 3', '            default: three') },
  { name: 'O8 default above the maximum', code: 'DPR733', severity: 'error', file: WEATHER, at: 'default: 30', changes: w('            default: 3', '            default: 30') },
  { name: 'O8 example that does not fit its schema', code: 'DPR733', severity: 'error', file: NOTES, at: 'example: 42', changes: n('                  example: Shopping list', '                  example: 42') },
  { name: 'O9 unknown key in an operation', code: 'DPR720', severity: 'error', file: QUOTE, at: 'summry: typo', changes: q('      summary: Get a quotation for today.', '      summary: Get a quotation for today.\n      summry: typo') },
  // A.5 operations
  { name: 'P1 response without description', code: 'DPR720', severity: 'error', file: QUOTE, at: '        "200":', changes: q('          description: The quotation.\n', '') },
  { name: 'P1 operation without responses', code: 'DPR720', severity: 'error', file: QUOTE, at: '    get:', changes: q('      responses:\n        "200":', '      x-responses:\n        "200":') },
  { name: 'P2 operation without operationId', code: 'DPR729', severity: 'error', file: QUOTE, at: '    get:', changes: q('      operationId: get_quote\n', '') },
  { name: 'P3 operation with an empty summary', code: 'DPR729', severity: 'error', file: QUOTE, at: "summary: ''", changes: q('      summary: Get a quotation for today.', "      summary: ''") },
  { name: 'P4 request body with two media types', code: 'DPR730', severity: 'error', file: NOTES, at: '        content:\n          application/xml:', changes: n('      requestBody:\n        content:\n          application/json:', '      requestBody:\n        content:\n          application/xml:\n            schema:\n              type: object\n          application/json:') },
  { name: 'P4 request body media type Coze cannot encode', code: 'DPR730', severity: 'error', file: NOTES, at: 'text/plain:', changes: n('      requestBody:\n        content:\n          application/json:', '      requestBody:\n        content:\n          text/plain:') },
  { name: 'P4 request body schema that is not an object', code: 'DPR730', severity: 'error', file: NOTES, at: 'type: array\n              items:', changes: n('                - text\n              type: object', '                - text\n              type: array\n              items:\n                type: string') },
  { name: 'P4 request body without content', code: 'DPR730', severity: 'error', file: NOTES, at: '      requestBody:', changes: n('      requestBody:\n        content:', '      requestBody:\n        description: The note.\n        x-content:') },
  // A.6 L1 parameters
  { name: 'L1 parameter without schema', code: 'DPR731', severity: 'error', file: QUOTE, at: '        - description: Topic', changes: q('          name: topic\n          schema:\n            type: string\n', '          name: topic\n') },
  { name: 'L1 parameter in body', code: 'DPR731', severity: 'error', file: QUOTE, at: 'in: body', changes: q(QUOTE_PARAM, '          in: body\n          name: topic') },
  { name: 'L1 parameter without in', code: 'DPR731', severity: 'error', file: QUOTE, at: '        - description: Topic', changes: q(QUOTE_PARAM, '          name: topic') },
  { name: 'L1 parameter in formData (kin)', code: 'DPR731', severity: 'error', file: QUOTE, at: 'in: formData', changes: q(QUOTE_PARAM, '          in: formData\n          name: topic') },
  { name: 'L1 parameter schema without type', code: 'DPR731', severity: 'error', file: QUOTE, at: '          schema:\n            description: topic', changes: q('          schema:\n            type: string\n      responses:', '          schema:\n            description: topic\n      responses:') },
  { name: 'L1 object in the query', code: 'DPR731', severity: 'error', file: QUOTE, at: 'type: object\n      responses:', changes: q('          schema:\n            type: string\n      responses:', '          schema:\n            type: object\n      responses:') },
  { name: 'L1 array in the path', code: 'DPR731', severity: 'error', file: WEATHER, at: 'type: array\n            items:\n              type: string', changes: w('          required: true\n          schema:\n            type: string\n      responses:\n        "200":\n          content:\n            application/json:\n              schema:\n                properties:\n                  country', '          required: true\n          schema:\n            type: array\n            items:\n              type: string\n      responses:\n        "200":\n          content:\n            application/json:\n              schema:\n                properties:\n                  country') },
  { name: 'L1 path parameter not required (kin)', code: 'DPR731', severity: 'error', file: WEATHER, at: '        - description: Identifier of the city.', changes: w('          name: city_id\n          required: true\n', '          name: city_id\n') },
  { name: 'L1 parameter declared twice (kin)', code: 'DPR731', severity: 'error', file: QUOTE, at: 'name: topic\n          schema:\n            type: string\n      responses:', changes: q('          name: topic\n          schema:\n            type: string\n', '          name: topic\n          schema:\n            type: string\n        - in: query\n          name: topic\n          schema:\n            type: string\n') },
  { name: 'L1 style a query parameter cannot use (kin)', code: 'DPR731', severity: 'error', file: QUOTE, at: 'style: simple', changes: q(QUOTE_PARAM, '          in: query\n          style: simple\n          name: topic') },
  { name: 'L1 parameters at path level Coze never sends', code: 'DPR731', severity: 'error', file: WEATHER, at: '    parameters:\n      - in: query', changes: w('  /v1/cities/{city_id}:\n    get:', '  /v1/cities/{city_id}:\n    parameters:\n      - in: query\n        name: lang\n        schema:\n          type: string\n    get:') },
  { name: 'L3 array in the query, never shown to the model', code: 'DPR731', severity: 'warning', file: QUOTE, at: 'type: array\n            items:', changes: q('          schema:\n            type: string\n      responses:', '          schema:\n            type: array\n            items:\n              type: string\n      responses:') },
  { name: 'L3 required array in the query with no default: every call fails', code: 'DPR731', severity: 'error', file: QUOTE, at: 'type: array', changes: q('          name: topic\n          schema:\n            type: string\n', '          name: topic\n          required: true\n          schema:\n            type: array\n            items:\n              type: string\n') },
  { name: 'P4/L3 body field without a type the model schema cannot describe', code: 'DPR730', severity: 'error', file: NOTES, at: '                title:\n', changes: n('                  description: Title of the note.\n                  example: Shopping list\n                  type: string\n', '                  description: Title of the note.\n') },
  // A.5 P6 responses
  { name: 'P6 success response other than 200', code: 'DPR732', severity: 'error', file: QUOTE, at: '"201":', changes: q('        "200":', '        "201":') },
  { name: 'P6 a third response code', code: 'DPR732', severity: 'error', file: QUOTE, at: '"404":', changes: q('          description: The quotation.\n', '          description: The quotation.\n        "404":\n          description: Not found.\n') },
  { name: 'P6 200 response that is not JSON', code: 'DPR732', severity: 'error', file: QUOTE, at: '          content:\n            text/plain:', changes: q('            application/json:\n              schema:\n                properties:\n                  author:', '            text/plain:\n              schema:\n                properties:\n                  author:') },
  { name: 'P6 200 schema that is not an object', code: 'DPR732', severity: 'error', file: QUOTE, at: 'type: array\n                items:', changes: q('                type: object\n          description: The quotation.', '                type: array\n                items:\n                  type: object\n          description: The quotation.') },
  // A.5 P7 extensions
  { name: 'P7 x-global-disable that is not a boolean', code: 'DPR734', severity: 'error', file: WEATHER, at: 'x-global-disable: "yes"', changes: w('            x-global-disable: true', '            x-global-disable: "yes"') },
  { name: 'P7 x-auth-mode value Coze does not know', code: 'DPR734', severity: 'warning', file: NOTES, at: 'x-auth-mode: optional', changes: n('      x-auth-mode: required', '      x-auth-mode: optional') },
  { name: 'P7 x-assist-type value Coze does not know', code: 'DPR734', severity: 'warning', file: QUOTE, at: 'x-assist-type: pdf', changes: q('                  text:\n                    type: string', '                  text:\n                    type: string\n                    x-assist-type: pdf') },
  { name: 'P7 x-variable-ref that is not a name', code: 'DPR734', severity: 'warning', file: QUOTE, at: 'x-variable-ref: 5', changes: q('          schema:\n            type: string\n      responses:', '          schema:\n            type: string\n            x-variable-ref: 5\n      responses:') },
  // A.7 oauth_schema.json
  { name: 'A.7 oauth_schema.json not an array', code: 'DPR740', severity: 'warning', file: OAUTH, at: '{"key"', changes: { [OAUTH]: '{"key": "Authorization Code"}\n' } },
  { name: 'A.7 oauth form without a payload field', code: 'DPR740', severity: 'warning', file: OAUTH, at: '[', changes: change(OAUTH, '      { "key": "scope", "type": "text", "max_len": 1000 },\n', '') },
  { name: 'A.7 oauth form field Coze does not read', code: 'DPR740', severity: 'warning', file: OAUTH, at: '"key": "scopes"', changes: change(OAUTH, '"key": "scope"', '"key": "scopes"') },
  // A.8 conventions, A.9 gaps
  { name: 'A.8 tool_id outside the plugin range', code: 'DPR710', severity: 'warning', file: META, at: 'tool_id: 340001', changes: m('    - tool_id: 330001', '    - tool_id: 340001') },
  { name: 'A.9 operation not listed under tools', code: 'DPR736', severity: 'error', file: WEATHER, at: '    get:\n      operationId: get_city', changes: m('    - tool_id: 310002\n      deprecated: false\n      method: get\n      sub_url: /v1/cities/{city_id}\n', '') },
  { name: 'A.9 two tools for one operation', code: 'DPR737', severity: 'warning', file: META, at: 'sub_url: /v1/forecast\n- plugin_id: 32', changes: m('      sub_url: /v1/cities/{city_id}', '      sub_url: /v1/forecast') },
];

describe('the valid configuration', () => {
  it('passes clean: nothing at warning level or above', async () => {
    const findings = await checkCozeConfig(makeConfig());
    expect(
      findings.filter((f) => f.severity !== 'notice'),
      show(findings),
    ).toEqual([]);
  });

  it('reports the deployment secrets left empty on purpose as notices', async () => {
    const findings = await checkCozeConfig(makeConfig());
    expect(findings.map((f) => f.code)).toEqual(['DPR712', 'DPR712', 'DPR712']);
  });
});

describe('Coze rules: each seeded defect yields its code at its file and line', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await assertCase(c);
  });
});
