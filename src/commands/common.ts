import type { CommonOption, OptionDecl } from './declare.js';

/** The options several commands share, declared once; a command lists the ones it takes. */
export const COMMON_OPTIONS: Record<CommonOption, OptionDecl> = {
  strict: {
    key: 'strict',
    kind: 'boolean',
    description: 'treat warnings as errors',
    default: false,
    config: 'strict',
  },
  ignore: {
    key: 'ignore',
    kind: 'list',
    split: ',',
    value: 'codes',
    description:
      'finding codes to ignore, comma-separated, any case (e.g. DPR212,dpr106; `explain --list` lists them)',
    config: 'ignore',
  },
  config: {
    key: 'config',
    kind: 'path',
    value: 'file',
    description: 'the configuration file (default: .dify-release.yml at the repository root)',
  },
  'dry-run': {
    key: 'dryRun',
    kind: 'boolean',
    description: 'change nothing remote: show every call that would be made',
    default: false,
  },
  'annotate-notices': {
    key: 'annotateNotices',
    kind: 'boolean',
    description: 'in GitHub Actions, annotate notices too (errors and warnings always are)',
    default: false,
    config: 'annotate-notices',
  },
};

/** `--json`: the CLI's one output switch (the action always reports as Actions does). */
export const JSON_OPTION: OptionDecl = {
  key: 'json',
  kind: 'boolean',
  description: 'print exactly one JSON document on stdout',
  input: false,
};

/** The action's own input: the directory paths are relative to. */
export const WORKING_DIRECTORY: OptionDecl = {
  key: 'workingDirectory',
  kind: 'path',
  description: 'the directory paths are relative to (default: the workspace)',
  flag: false,
  input: 'working-directory',
};

/** The outputs every command sets. */
export const COMMON_OUTPUTS = [
  { name: 'errors', description: 'number of error findings' },
  { name: 'warnings', description: 'number of warning findings' },
] as const;
