/**
 * What promote installs: a .difypkg, or an identifier deployed to staging that the artifact store
 * (or the release asset staging's ledger names) can give; and `--previous-package`, the version the
 * environment runs now, kept ready for a rollback.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { StageContext } from '../io/context.js';
import { keep, obtain, storedPath } from './artifact-store.js';
import type { TenantChange } from './gates/types.js';
import { readPackageInfo } from './package-info.js';
import type { PromoteInput } from './promote-stage.js';
import { PromoteError } from './proof.js';
import { readOtherLedger, type Session } from './session.js';

const IDENTIFIER = /^[^/\s]+\/[^:\s]+:[^@\s]+@[0-9a-f]{64}$/;

/** The file the argument names when it exists; undefined for an identifier; else a refusal. */
export function checkPackageArgument(arg: string, ctx: Pick<StageContext, 'cwd'>): string | undefined {
  const given = path.resolve(ctx.cwd, arg);
  if (existsSync(given)) return given;
  if (IDENTIFIER.test(arg)) return undefined;
  throw new PromoteError(
    `${arg} is neither a file nor a plugin identifier (author/name:version@checksum)`,
    'Pass the .difypkg deployed to staging, or its identifier as `deploy` printed it.',
  );
}

/** The package file: a path, or an identifier the artifact store (or staging's ledger) can give. */
export async function resolvePackage(
  input: PromoteInput,
  s: Session,
  fromEnv: string,
  ctx: StageContext,
): Promise<string> {
  const given = checkPackageArgument(input.package, ctx);
  if (given) return given;
  const stored = storedPath(s.store, input.package);
  if (existsSync(stored)) return stored;
  const entry = (await (await readOtherLedger(fromEnv, input, ctx)).history()).find(
    (e) => e.identifier === input.package,
  );
  const { found, tried } = await obtain(
    input.package,
    entry?.digest,
    { ...(entry?.source ?? {}), ...(input.assetUrl ? { url: input.assetUrl } : {}), store: s.store },
    ctx,
  );
  if (found) return found.file;
  throw new PromoteError(
    `no package for ${input.package} is at hand: ${tried.join('; ')}`,
    'Pass the .difypkg itself (the release asset), or --asset-url where it can be downloaded.',
  );
}

/** `--previous-package`: keep the version the environment runs in the store, for a rollback. */
export async function keepPrevious(
  s: Session,
  file: string,
  changes: TenantChange[],
  ctx: StageContext,
): Promise<void> {
  const { artifact } = await readPackageInfo(path.resolve(ctx.cwd, file), []);
  const running = [
    ...new Set(changes.map((t) => t.previous?.identifier).filter((x): x is string => Boolean(x))),
  ];
  if (!running.includes(artifact.identifier)) {
    throw new PromoteError(
      `--previous-package ${file} is ${artifact.identifier}, but ${s.environment} runs ${running.join(', ') || 'nothing'}`,
      'Pass the .difypkg of the version the environment runs now (its release asset).',
    );
  }
  keep(s.store, artifact);
}
