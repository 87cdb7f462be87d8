/**
 * What deploy, promote, rollback and status share: the target flags (the environment's entry in
 * .dify-release.yml, or `--target-url` with `--target-kind` and the secret's variable; neither: the
 * environment's embedded daemon), the ledger choice, and how gates become findings and tables.
 */
import { type Code, finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import type { Gate, Table } from '../core/report.js';
import type { OptionDecl } from './declare.js';

export const ENV_OPTION: OptionDecl = {
  key: 'env',
  kind: 'string',
  value: 'name',
  description:
    'the environment (its entry in .dify-release.yml; without a URL there, its embedded daemon in .dify-release/envs/NAME/)',
};

/** The GitHub token for the GitHub ledger: the action passes the job's token by default. */
export const TOKEN_OPTION: OptionDecl = {
  key: 'token',
  kind: 'secret',
  flag: false,
  description: 'the GitHub token for the Deployments ledger (default: GITHUB_TOKEN, else GH_TOKEN)',
  actionDefault: '${{ github.token }}',
};

export const TARGET_OPTIONS: readonly OptionDecl[] = [
  {
    key: 'targetUrl',
    kind: 'string',
    value: 'url',
    description: 'the target instead of the environment’s: a plugin daemon’s URL, or a Dify console’s',
  },
  {
    key: 'targetKind',
    kind: 'enum',
    choices: ['daemon', 'console'],
    defaultText: 'the environment’s, else daemon',
    description: 'what --target-url is',
  },
  {
    key: 'apiKeyEnv',
    kind: 'string',
    value: 'variable',
    defaultText: 'DIFY_DAEMON_API_KEY',
    description: 'the environment variable holding the daemon’s API key (never printed)',
  },
  {
    key: 'accountEnv',
    kind: 'string',
    value: 'variable',
    defaultText: 'DIFY_CONSOLE_ACCOUNT',
    description: 'the environment variable holding the console account as EMAIL:PASSWORD (never printed)',
  },
  {
    key: 'tenant',
    kind: 'list',
    split: ',',
    value: 'ids',
    description:
      'the tenants (daemon) or workspaces (console) to change, comma-separated; default the environment’s',
  },
  {
    key: 'trustedKey',
    kind: 'list',
    value: 'pem',
    description: 'a public key file whose signatures are trusted (repeatable; the official key always is)',
  },
  {
    key: 'ledger',
    kind: 'enum',
    choices: ['auto', 'local', 'github'],
    default: 'auto',
    description:
      'where deployments are recorded: GitHub Deployments in Actions, the local file .dify-release/envs/NAME/ledger.json otherwise (auto)',
  },
  {
    key: 'timeout',
    kind: 'number',
    min: 1,
    value: 'seconds',
    default: 600,
    description: 'how long to wait for an install task',
  },
  TOKEN_OPTION,
];

export const PROVENANCE_OPTIONS: readonly OptionDecl[] = [
  {
    key: 'digest',
    kind: 'string',
    value: 'sha256',
    description: 'the sha256 recorded when the package was built (the package step’s output)',
  },
  {
    key: 'sums',
    kind: 'path',
    value: 'file',
    defaultText: 'SHA256SUMS next to the package',
    description: 'a SHA256SUMS file that records the package’s digest',
  },
  {
    key: 'attestation',
    kind: 'path',
    value: 'file',
    defaultText: '<package>.sigstore.json when present',
    description: 'an attestation bundle whose subject is the package’s digest',
  },
  {
    key: 'assetUrl',
    kind: 'string',
    value: 'url',
    description: 'where the package can be downloaded again (the release asset), recorded for rollback',
  },
  {
    key: 'record',
    kind: 'path',
    value: 'file',
    description: 'also write the checklist record (JSON, schemas/checklist-record.schema.json) here',
  },
];

/** A finding per gate that did not pass: the gate, its evidence, the next step. */
export function gateFindings(gates: readonly Gate[]): Finding[] {
  const out: Finding[] = [];
  for (const g of gates) {
    if (g.status === 'passed' || g.status === 'skipped') continue;
    const code: Code = g.status === 'pending' ? 'DPR1203' : g.required ? 'DPR1201' : 'DPR1202';
    const evidence = g.evidence.length ? ` (evidence: ${g.evidence.slice(0, 4).join('; ')})` : '';
    out.push(
      finding(
        code,
        `gate ${g.id} ${g.status}: ${g.reason ?? g.title}${evidence}`,
        g.fix ? { fix: g.fix } : {},
      ),
    );
  }
  return out;
}

export function gateTable(title: string, gates: Gate[]): Table {
  return { kind: 'gates', title, gates };
}

export const short = (d?: string) => (d ? `${d.slice(0, 12)}…` : '');
