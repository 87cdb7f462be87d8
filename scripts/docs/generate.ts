// The files generated from the command declarations (src/commands/): the umbrella action.yml, every
// actions/<command>/action.yml, and the README's option tables between their markers. `npm run gen`
// writes them; test/docs/generated.test.ts fails when a committed file differs from what this makes.
import { COMMON_OPTIONS, COMMON_OUTPUTS, JSON_OPTION } from '../../src/commands/common.js';
import { type CommandDecl, flagName, inputName, type OptionDecl } from '../../src/commands/declare.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { allOptions } from '../../src/commands/run.js';

type Decl = CommandDecl<never, never>;

const HEADER = '# Generated from the command declarations (src/commands/) by `npm run gen`: do not edit.\n';

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
function q(text: string): string {
  return JSON.stringify(text);
}

function sentence(text: string): string {
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** The action-facing default of an option, as a string (what `with:` would hold), if any. */
function actionDefault(o: OptionDecl): string | undefined {
  if (o.actionDefault !== undefined) return o.actionDefault;
  if (o.default === undefined) return undefined;
  if (Array.isArray(o.default)) return o.default.join(',');
  return String(o.default);
}

function describeOption(o: OptionDecl): string {
  const def = o.defaultText ?? actionDefault(o);
  const kind =
    o.kind === 'boolean'
      ? ' true or false.'
      : o.kind === 'enum'
        ? ` One of: ${(o.choices ?? []).join(', ')}.`
        : o.kind === 'list'
          ? ' One per line, or comma-separated.'
          : '';
  return `${sentence(o.description)}${kind}${def !== undefined && o.kind !== 'boolean' ? ` Default: \`${def}\`.` : ''}`;
}

function actionOptions(decl: Decl): OptionDecl[] {
  return allOptions(decl).filter((o) => inputName(o) !== undefined);
}

const ACTION_COMMANDS = (): Decl[] => COMMANDS.filter((c) => c.surfaces?.action !== false);

/** The umbrella action: `command` picks the stage; every stage's inputs and outputs. */
export function umbrellaAction(): string {
  const commands = ACTION_COMMANDS();
  const inputs = new Map<
    string,
    { commands: string[]; descriptions: string[]; actionDefaults: (string | undefined)[] }
  >();
  for (const decl of commands) {
    for (const o of actionOptions(decl)) {
      const name = inputName(o)!;
      const entry = inputs.get(name) ?? { commands: [], descriptions: [], actionDefaults: [] };
      entry.commands.push(decl.name);
      entry.actionDefaults.push(o.actionDefault);
      const d = describeOption(o);
      if (!entry.descriptions.includes(d)) entry.descriptions.push(d);
      inputs.set(name, entry);
    }
  }
  const outputs = new Map<string, { commands: string[]; description: string }>();
  for (const decl of commands) {
    for (const o of [...decl.outputs, ...COMMON_OUTPUTS]) {
      const entry = outputs.get(o.name) ?? { commands: [], description: sentence(o.description) };
      entry.commands.push(decl.name);
      outputs.set(o.name, entry);
    }
  }
  const all = commands.length;
  const scope = (names: string[]) => (names.length === all ? '' : `${names.join(', ')}: `);
  let out = `${HEADER}name: dify-plugin-release
description: ${q('Validate, test, package, sign, release and deploy Dify plugins, with line-accurate annotations.')}
author: dify-plugin-release
branding:
  icon: package
  color: blue
inputs:
  command:
    description: ${q(`The stage to run: ${commands.map((c) => c.name).join(', ')}.`)}
    required: false
    default: validate
  working-directory:
    description: ${q('The directory paths are relative to (default: the workspace).')}
    required: false
`;
  for (const [name, e] of [...inputs].sort(([a], [b]) => a.localeCompare(b))) {
    // Defaults differ per stage, so the umbrella holds none, except an action-only default (an
    // expression such as `${{ github.token }}`) that every stage taking the input shares.
    const shared = new Set(e.actionDefaults);
    const def = shared.size === 1 ? [...shared][0] : undefined;
    out += `  ${name}:\n    description: ${q(`${scope(e.commands)}${e.descriptions.join(' / ')}`)}\n    required: false\n${def !== undefined ? `    default: ${q(def)}\n` : ''}`;
  }
  out += 'outputs:\n';
  for (const [name, e] of [...outputs].sort(([a], [b]) => a.localeCompare(b))) {
    out += `  ${name}:\n    description: ${q(`${scope(e.commands)}${e.description}`)}\n`;
  }
  out += 'runs:\n  using: node24\n  main: dist/action.js\n';
  return out;
}

/** actions/<name>/action.yml for a node sub-action. */
export function nodeSubAction(decl: Decl): string {
  const out = `${HEADER}name: ${q(`dify-plugin-release / ${decl.name}`)}
description: ${q(sentence(decl.summary))}
author: dify-plugin-release
branding:
  icon: package
  color: blue
inputs:
${inputsYaml([...actionOptions(decl), WORKING])}outputs:
${outputsYaml(decl)}runs:
  using: node24
  main: ../../dist/stages/${decl.name}.js
`;
  return out;
}

const WORKING: OptionDecl = {
  key: 'workingDirectory',
  kind: 'path',
  input: 'working-directory',
  description: 'the directory paths are relative to (default: the workspace)',
};

function inputsYaml(options: OptionDecl[]): string {
  return options
    .map((o) => {
      const def = actionDefault(o);
      const required = (o as { required?: boolean }).required === true;
      return `  ${inputName(o)}:\n    description: ${q(describeOption(o))}\n    required: ${required}\n${def !== undefined && !required ? `    default: ${q(def)}\n` : ''}`;
    })
    .join('');
}

function outputsYaml(decl: Decl, value?: (name: string) => string): string {
  return [...decl.outputs, ...COMMON_OUTPUTS]
    .map(
      (o) =>
        `  ${o.name}:\n    description: ${q(sentence(o.description))}\n${value ? `    value: ${value(o.name)}\n` : ''}`,
    )
    .join('');
}

/** The inputs only the composite test action has (its set-up steps), beside the stage's own. */
const COMPOSITE_TEST_INPUTS: OptionDecl[] = [
  {
    key: 'pythonVersion',
    kind: 'string',
    input: 'python-version',
    description: 'the Python to set up (default: meta.runner.version from the manifest, else 3.12)',
  },
  {
    key: 'setupPython',
    kind: 'boolean',
    input: 'setup-python',
    default: true,
    description: 'set up Python with actions/setup-python',
  },
  {
    key: 'cache',
    kind: 'boolean',
    default: true,
    description: 'cache the test environments between runs with actions/cache',
  },
];

/** A GitHub Actions expression, `${{ … }}`. */
function expression(inside: string): string {
  return `\${{ ${inside} }}`;
}

/** Pinned third-party actions: full commit SHAs, the version in a comment. */
export const PINNED = {
  setupNode: 'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
  setupPython: 'actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97 # v7.0.0',
  setupUv: 'astral-sh/setup-uv@20cfd1bf945f4377ade1205e4dbc17946fc9a30d # v10.0.1',
  cacheRestore: 'actions/cache/restore@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5',
  cacheSave: 'actions/cache/save@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5',
  checkout: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
} as const;

/** actions/test/action.yml: sets up Node (only when the runner's is too old), Python and uv, then runs the stage. */
export function compositeTestAction(decl: Decl): string {
  const options = actionOptions(decl);
  const env = options
    .map((o) => {
      const name = inputName(o)!;
      const value =
        name === 'python'
          ? expression('inputs.python || steps.python.outputs.python-path')
          : name === 'cache-dir'
            ? expression('steps.plan.outputs.cache-dir')
            : expression(`inputs.${name}`);
      return `        INPUT_${name.toUpperCase()}: ${value}\n`;
    })
    .join('');
  return `${HEADER}name: ${q(`dify-plugin-release / ${decl.name}`)}
description: ${q(sentence(decl.summary))}
author: dify-plugin-release
branding:
  icon: package
  color: blue
inputs:
${inputsYaml([...options, ...COMPOSITE_TEST_INPUTS, WORKING])}outputs:
${outputsYaml(decl, (name) => `\${{ steps.run.outputs.${name} }}`)}runs:
  using: composite
  steps:
    # Our code needs Node.js 20.15 or newer; the runner's own is used when it is new enough, else
    # this step sets one up (composite steps cannot use the runner's bundled Node.js).
    - id: node
      shell: bash
      run: |
        if command -v node >/dev/null && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=15)?0:1)'; then
          echo "ready=true" >> "$GITHUB_OUTPUT"
        fi
    - if: steps.node.outputs.ready != 'true'
      uses: ${PINNED.setupNode}
      with:
        node-version: 24
    # Which Python (meta.runner.version), whether uv, and the cache key of the dependency files.
    - id: plan
      shell: bash
      working-directory: \${{ inputs.working-directory || '.' }}
      run: node "$GITHUB_ACTION_PATH/../../dist/action.js"
      env:
        INPUT_COMMAND: test-plan
        INPUT_PATH: \${{ inputs.path }}
        INPUT_PYTHON-VERSION: \${{ inputs.python-version }}
    - id: python
      if: inputs.setup-python == 'true' && inputs.python == ''
      uses: ${PINNED.setupPython}
      with:
        python-version: \${{ steps.plan.outputs.python-version }}
    - if: steps.plan.outputs.uv == 'true'
      uses: ${PINNED.setupUv}
    # The stage keys an environment on more than this step can see: restore the newest cache for
    # these dependency files, and save under the key the stage reports (below).
    - id: cache
      if: inputs.cache == 'true'
      uses: ${PINNED.cacheRestore}
      with:
        path: \${{ steps.plan.outputs.cache-dir }}
        key: \${{ steps.plan.outputs.cache-prefix }}-\${{ steps.plan.outputs.deps-hash }}
        restore-keys: |
          \${{ steps.plan.outputs.cache-prefix }}-\${{ steps.plan.outputs.deps-hash }}-
          \${{ steps.plan.outputs.cache-prefix }}-
    - id: run
      shell: bash
      run: node "$GITHUB_ACTION_PATH/../../dist/stages/${decl.name}.js"
      env:
${env}        INPUT_WORKING-DIRECTORY: \${{ inputs.working-directory }}
    # Saved whatever the tests said, under the stage's own environment key, unless that cache was
    # the one restored (a cache key is never overwritten).
    - if: >-
        always() && inputs.cache == 'true' && steps.run.outputs.environment-key != '' &&
        steps.cache.outputs.cache-matched-key != format('{0}-{1}-{2}', steps.plan.outputs.cache-prefix, steps.plan.outputs.deps-hash, steps.run.outputs.environment-key)
      uses: ${PINNED.cacheSave}
      with:
        path: \${{ steps.plan.outputs.cache-dir }}
        key: \${{ steps.plan.outputs.cache-prefix }}-\${{ steps.plan.outputs.deps-hash }}-\${{ steps.run.outputs.environment-key }}
`;
}

/** Every generated file: path → content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>([['action.yml', umbrellaAction()]]);
  for (const decl of COMMANDS) {
    if (decl.subaction === 'node') files.set(`actions/${decl.name}/action.yml`, nodeSubAction(decl));
    if (decl.subaction === 'composite')
      files.set(`actions/${decl.name}/action.yml`, compositeTestAction(decl));
  }
  return files;
}

/** The README's reference for one command: usage, then a table of options. */
export function commandReference(decl: Decl): string {
  const args = (decl.args ?? [])
    .map((a) => (a.required ? `${a.key.toUpperCase()}` : `[${a.key.toUpperCase()}${a.variadic ? '…' : ''}]`))
    .join(' ');
  const rows = [
    ...(decl.args ?? []),
    ...decl.options,
    ...decl.common.map((c) => COMMON_OPTIONS[c]),
    JSON_OPTION,
  ]
    .filter((o) => flagName(o) !== undefined || inputName(o) !== undefined)
    .map((o) => {
      const positional = (decl.args ?? []).includes(o as never);
      const flag = positional
        ? `\`${o.key.toUpperCase()}\``
        : flagName(o) === undefined
          ? '—'
          : `\`${o.kind === 'boolean' && o.negatable ? '--no-' : '--'}${flagName(o)}\``;
      const input = inputName(o) === undefined ? '—' : `\`${inputName(o)}\``;
      const config = o.config ? `\`${o.config}\`` : '—';
      const def = o.defaultText ?? actionDefault(o) ?? '';
      return `| ${flag} | ${input} | ${config} | ${o.kind}${o.choices ? ` (${o.choices.join(', ')})` : ''} | ${def ? `\`${def}\`` : ''} | ${sentence(o.description).replace(/\|/g, '\\|')} |`;
    });
  const outputs = [...decl.outputs, ...COMMON_OUTPUTS].map((o) => `\`${o.name}\``).join(', ');
  return `#### \`${decl.name}\`

${sentence(decl.summary)}

\`\`\`
dify-plugin-release ${decl.name}${args ? ` ${args}` : ''} [options]
\`\`\`

| flag | action input | .dify-release.yml | kind | default | description |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Action outputs: ${outputs}.
`;
}

export const README_START =
  '<!-- commands:start (generated by `npm run gen` from src/commands/; do not edit) -->';
export const README_END = '<!-- commands:end -->';

/** The README with its generated command reference replaced. */
export function readmeWithReference(readme: string): string {
  const a = readme.indexOf(README_START);
  const b = readme.indexOf(README_END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the markers ${README_START} … ${README_END}`);
  const body = COMMANDS.filter((c) => c.surfaces?.cli !== false)
    .map(commandReference)
    .join('\n');
  return `${readme.slice(0, a + README_START.length)}\n\n${body}\n${readme.slice(b)}`;
}
