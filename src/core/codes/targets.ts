import type { CodeInfo } from './info.js';

/**
 * DPR11xx: Dify targets (a plugin daemon, a Dify console, the embedded daemon): what the target
 * answered when a package was uploaded, installed, upgraded or listed. Codes are stable: never
 * renumber, only add.
 */
export const TARGETS_CODES = () =>
  ({
    DPR1101: {
      severity: 'error',
      category: 'target',
      title: 'the target refused the credentials',
      layer: 'dify',
      fix: 'Check the API key (the daemon’s SERVER_KEY, Dify’s PLUGIN_DAEMON_KEY) or the console account in the environment variable the configuration names.',
    },
    DPR1102: {
      severity: 'error',
      category: 'target',
      title: 'the account may not install plugins in this workspace',
      layer: 'dify',
      fix: 'An owner or admin sets Plugins → Permissions → “Who can install plugins” to everyone or admins (and makes the account an admin), or use an account that may.',
    },
    DPR1103: {
      severity: 'error',
      category: 'target',
      title: 'the workspace or tenant is not the one configured',
      layer: 'tool',
      fix: 'Switch the account to the configured workspace in the console, or correct `workspace`/`tenants` in .dify-release.yml.',
    },
    DPR1104: {
      severity: 'error',
      category: 'target',
      title: 'the target refused the package at upload',
      layer: 'daemon',
      fix: 'Run `dify-plugin-release validate` and `verify` on the package: the daemon’s own message says what it refused.',
    },
    DPR1105: {
      severity: 'error',
      category: 'target',
      title: 'the target refused the package’s signature',
      layer: 'daemon',
      fix: 'Sign the package with a key the daemon trusts (THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS), without turning verification off.',
    },
    DPR1106: {
      severity: 'error',
      category: 'target',
      title: 'the install or upgrade task failed',
      layer: 'daemon',
      fix: 'Read the task message: it is the daemon’s own text (dependency installation, start-up).',
    },
    DPR1107: {
      severity: 'error',
      category: 'target',
      title: 'the install task did not finish in time',
      layer: 'tool',
      fix: 'Look at the daemon’s log; raise the wait with the deploy timeout if dependency installation is slow.',
    },
    DPR1108: {
      severity: 'warning',
      category: 'target',
      title: 'the console cannot upgrade a local package in place: it was uninstalled, then installed',
      layer: 'dify',
      fix: 'Use the daemon’s management API (kind: daemon) for in-place upgrades, or accept the gap the report measures.',
    },
    DPR1109: {
      severity: 'error',
      category: 'target',
      title: 'the target is unreachable or does not answer as a Dify daemon or console',
      layer: 'tool',
      fix: 'Check the URL (the daemon listens on port 5002; the console is https://<host>/console/api) and the network between this runner and it.',
    },
    DPR1110: {
      severity: 'error',
      category: 'target',
      title: 'the secret the target needs is not set',
      layer: 'tool',
      fix: 'Set the environment variable the configuration names (in Actions: an `env:` entry from the repository’s secrets).',
    },
    DPR1111: {
      severity: 'error',
      category: 'target',
      title: 'the target computed another identifier than the package’s',
      layer: 'tool',
      fix: 'The bytes uploaded are not the artifact that was built; upload the released file itself.',
    },
    DPR1112: {
      severity: 'error',
      category: 'target',
      title: 'the plugin did not stay up after install (runtime check)',
      layer: 'sdk',
      fix: 'Run the plugin locally (`python -m main` in the unpacked package) and read its error output.',
    },
    DPR1113: {
      severity: 'error',
      category: 'target',
      title: 'the embedded daemon cannot start',
      layer: 'tool',
      fix: 'Give it an API key (--api-key-env VAR), a free port and a writable data directory.',
    },
    DPR1114: {
      severity: 'error',
      category: 'target',
      title: 'the target refused the request (business error)',
      layer: 'daemon',
      fix: 'The daemon’s own message says why; check the identifiers and the tenant.',
    },
  }) as const satisfies Record<string, CodeInfo>;
