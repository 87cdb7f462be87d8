import type { CodeInfo } from './info.js';

/**
 * DPR12xx: the deployment checklist (gates), promotion, rollback and the ledger. Each message names
 * the gate, the evidence and the next step. Codes are stable: never renumber, only add.
 */
export const DEPLOY_CODES = () =>
  ({
    DPR1201: {
      severity: 'error',
      category: 'gate',
      title: 'a required gate of the deployment checklist failed',
      layer: 'tool',
      fix: 'Read the gate’s evidence, fix the package or the configuration, deploy to staging again, then promote.',
    },
    DPR1202: {
      severity: 'warning',
      category: 'gate',
      title: 'an optional gate of the deployment checklist failed',
      layer: 'tool',
      fix: 'It does not block promotion; make it required in `checklist:` of .dify-release.yml if it should.',
    },
    DPR1203: {
      severity: 'warning',
      category: 'gate',
      title: 'a gate waits for a person’s approval (manual)',
      layer: 'tool',
      fix: 'Check what the gate names, then promote with `--approve GATE` (in Actions, behind the environment’s required reviewers).',
    },
    DPR1204: {
      severity: 'error',
      category: 'promote',
      title: 'promotion refused: the staging checklist did not pass for this digest',
      layer: 'tool',
      fix: 'Deploy exactly this package to staging (`deploy PKG --env staging`) until every required gate passes, then promote it.',
    },
    DPR1205: {
      severity: 'error',
      category: 'promote',
      title: 'the promotion failed and was rolled back',
      layer: 'tool',
      fix: 'The environment runs its previous version again; fix the new version, deploy it to staging, then promote again.',
    },
    DPR1206: {
      severity: 'error',
      category: 'promote',
      title: 'a tenant could not be put back on its previous version',
      layer: 'tool',
      fix: 'Run `rollback --env NAME` once the target answers; it reads the ledger and finishes the job.',
    },
    DPR1207: {
      severity: 'error',
      category: 'ledger',
      title: 'another deployment holds the environment’s lock',
      layer: 'tool',
      fix: 'Wait for it to finish (two promotions never interleave); in Actions give the jobs a `concurrency` group per environment.',
    },
    DPR1208: {
      severity: 'warning',
      category: 'ledger',
      title: 'an interrupted deployment was found and settled',
      layer: 'tool',
      fix: 'Nothing to do: the message says whether it was finished or rolled back, and the ledger records it.',
    },
    DPR1209: {
      severity: 'error',
      category: 'rollback',
      title: 'no earlier version to roll back to',
      layer: 'tool',
      fix: 'The ledger knows no earlier good version of this environment; name one with `rollback --to VERSION`, or deploy a fixed version.',
    },
    DPR1210: {
      severity: 'error',
      category: 'rollback',
      title: 'the target lost the package and no copy is available to upload again',
      layer: 'tool',
      fix: 'Download the release asset and pass it with `--package FILE`, or keep the artifact store (.dify-release/artifacts) between runs.',
    },
    DPR1211: {
      severity: 'notice',
      category: 'rollback',
      title: 'nothing to roll back: the environment already runs that version',
      layer: 'tool',
      fix: 'Nothing to do; `status --env NAME` shows what runs and what came before.',
    },
    DPR1212: {
      severity: 'error',
      category: 'ledger',
      title: 'the ledger cannot be read or written',
      layer: 'tool',
      fix: 'Restore the ledger file from the backup next to it, or fix the GitHub token’s `deployments: write` permission.',
    },
    DPR1213: {
      severity: 'error',
      category: 'promote',
      title: 'the target stopped answering during the change: its state is not known',
      layer: 'tool',
      fix: 'Bring the target back, then run any deploy, promote or rollback for the environment: it checks what is installed and finishes or rolls back.',
    },
    DPR1214: {
      severity: 'error',
      category: 'promote',
      title: 'the package or identifier to promote cannot be found',
      layer: 'tool',
      fix: 'Pass the .difypkg that was deployed to staging (or its identifier, when the artifact store still holds it).',
    },
    DPR1215: {
      severity: 'error',
      category: 'deploy',
      title: 'a canary tenant is not a tenant of the environment',
      layer: 'tool',
      fix: 'List the tenant under `environments.NAME.tenants` in .dify-release.yml, or correct `--canary`.',
    },
    DPR1216: {
      severity: 'notice',
      category: 'deploy',
      title: 'the plugin was absent while the console reinstalled it',
      layer: 'tool',
      fix: 'A console has no in-place upgrade for a local package; deploy through the daemon’s API to avoid the gap.',
    },
  }) as const satisfies Record<string, CodeInfo>;
