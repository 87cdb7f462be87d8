/** Provenance in the release lifecycle: which packages need a bundle, and attesting one. */
import path from 'node:path';
import type { Artifact } from '../core/artifact.js';
import { finding } from '../core/codes.js';
import type { StageContext } from '../io/context.js';
import { writeAtomic } from '../io/files.js';
import { tokenFor } from './connect.js';
import type { Release } from './ports.js';
import { actionsAttestor, bundleName, canAttest, sha256Of } from './provenance.js';
import type { Comparison, LocalAsset } from './release-assets.js';
import type { ReleaseDeps, ReleaseResult, ReleaseStageInput } from './release-stage.js';

/** Which packages need a provenance bundle uploaded (none already attached for the same bytes). */
export async function planProvenance(
  input: ReleaseStageInput,
  ctx: StageContext,
  artifacts: Artifact[],
  rel: Release | undefined,
  verdicts: Map<string, Comparison>,
  result: ReleaseResult,
): Promise<Artifact[]> {
  const out: Artifact[] = [];
  for (const a of artifacts) {
    const name = path.basename(a.path);
    const attached = rel?.assets.find((x) => x.name === bundleName(name) && x.state === 'uploaded');
    if (attached && verdicts.get(name) === 'same') {
      result.provenance.push({
        package: name,
        status: 'attached',
        reason: `${bundleName(name)} is on the release`,
      });
      continue;
    }
    if (input.attest === false) {
      result.provenance.push({
        package: name,
        status: 'skipped',
        reason: 'attestation turned off (--no-attest)',
      });
      continue;
    }
    if (ctx.env.GITHUB_ACTIONS !== 'true') {
      result.provenance.push({
        package: name,
        status: 'skipped',
        reason: 'not in GitHub Actions (attestations need its OIDC token)',
      });
      continue;
    }
    if (!canAttest(ctx.env)) {
      result.provenance.push({
        package: name,
        status: 'skipped',
        reason: 'the job has no id-token: write permission',
      });
      result.findings.push(
        finding(
          'DPR1008',
          `${name}: not attested, the job cannot mint an OIDC token (no \`id-token: write\`)`,
        ),
      );
      continue;
    }
    out.push(a);
  }
  return out;
}

export async function attestOne(
  a: Artifact,
  ctx: StageContext,
  deps: ReleaseDeps,
  input: ReleaseStageInput,
  result: ReleaseResult,
): Promise<LocalAsset | undefined> {
  const name = path.basename(a.path);
  if (ctx.dryRun) {
    result.plan?.push({
      method: 'POST',
      route: '/repos/{owner}/{repo}/attestations',
      path: `/repos/${result.repo}/attestations`,
      read: false,
      purpose: `store the SLSA provenance of ${name} (signed through Sigstore first, by @actions/attest)`,
      body: { subject: { name, sha256: a.sha256 } },
    });
    result.provenance.push({
      package: name,
      status: 'planned',
      reason: 'attested with the job’s OIDC token',
    });
    return undefined;
  }
  const attestor = deps.attestor ?? actionsAttestor(tokenFor(input.token, ctx.env) ?? '');
  const { bundle } = await attestor.attest({ name, sha256: a.sha256 });
  const bytes = Buffer.from(`${JSON.stringify(bundle, null, 2)}\n`);
  const file = `${a.path}.sigstore.json`;
  writeAtomic(file, bytes);
  result.provenance.push({
    package: name,
    status: 'attested',
    reason: `SLSA provenance for sha256 ${a.sha256.slice(0, 12)}…`,
  });
  return {
    name: bundleName(name),
    bytes,
    sha256: sha256Of(bytes),
    contentType: 'application/json',
    kind: 'provenance',
    path: file,
  };
}
