import type { OptionDecl } from './declare.js';

/**
 * How a command names the target it talks to (issue 13's contract): the environment of
 * `.dify-release.yml`, or a URL with its kind and the variables holding its secrets.
 */
export const TARGET_OPTIONS: readonly OptionDecl[] = [
  {
    key: 'env',
    kind: 'string',
    value: 'name',
    description:
      'the environment of .dify-release.yml (default: every environment configured, else the embedded daemon)',
  },
  {
    key: 'targetUrl',
    kind: 'string',
    value: 'url',
    description: 'the daemon’s or the Dify console’s URL, instead of the environment’s',
  },
  {
    key: 'targetKind',
    kind: 'enum',
    choices: ['daemon', 'console'],
    description: 'with --target-url: daemon (X-Api-Key) or console (a Dify account)',
  },
  {
    key: 'apiKeyEnv',
    kind: 'string',
    value: 'variable',
    defaultText: 'DIFY_DAEMON_API_KEY',
    description: 'the environment variable holding the daemon’s API key',
  },
  {
    key: 'accountEnv',
    kind: 'string',
    value: 'variable',
    defaultText: 'DIFY_CONSOLE_ACCOUNT',
    description: 'the environment variable holding the console account (EMAIL:PASSWORD)',
  },
  {
    key: 'tenant',
    kind: 'string',
    value: 'id',
    description: 'the daemon’s tenant (the Dify workspace id; default: the environment’s tenants)',
  },
];
