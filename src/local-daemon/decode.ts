/**
 * An uploaded package decoded and checked in the daemon's order (internal/service/plugin_decoder.go
 * `UploadPluginPkg`, plugin_manager/packages.go): size limit → manifest and declarations → unique
 * identifier (checksum over every entry) → author not a UUID → `ManifestValidate` (author and name
 * patterns, combination rules) → signature (official key, plus the trusted keys) → forced
 * verification → every icon present. Failures carry the daemon's own wording; the zip itself is read
 * by our safe reader, which refuses what the daemon's decoder would fail on (and zip bombs before
 * inflating them).
 */
import { checksumOf, IDENTIFIER_PATTERN } from '../package/checksum.js';
import { type TrustedKey, verifyPackage } from '../signing/verify.js';
import { BadPackageError, type OpenPackage, openPackageBuffer } from '../zip/reader.js';
import { assetId, RemapError, readAssets, remapAssets } from './assets.js';
import { DecodeError, decodeManifest, isObject, type Json } from './declaration.js';
import { badRequest, type DaemonFailure, joined } from './envelope.js';

export interface UploadPolicy {
  /** MAX_PLUGIN_PACKAGE_SIZE: the most an upload may carry and unpack to. */
  maxBytes: number;
  /** The official key first, then the trusted ones (THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS). */
  keys: readonly TrustedKey[];
  /** FORCE_VERIFYING_SIGNATURE. */
  forceVerify: boolean;
}

export interface DecodedPackage {
  identifier: string;
  pluginId: string;
  /** The declaration with icons replaced by asset ids and `verified` set. */
  declaration: Json;
  verification: { authorized_category: string } | null;
  verified: boolean;
  /** Assets to store, by id. */
  assets: Map<string, Buffer>;
}

const UUID = /^(urn:uuid:)?\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;
const AUTHOR = /^[a-z0-9_-]{1,64}$/;
const NAME = /^[a-z0-9_-]{1,128}$/;
const DECODE_FAILED = 'failed to decode package';
const SAVE_FAILED = 'failed to save package';

/** Decode an uploaded package (its bytes); throws a {@link DaemonFailure} with the daemon's answer. */
export async function decodeUpload(
  bytes: Buffer,
  policy: UploadPolicy,
  verifySignature: boolean,
): Promise<DecodedPackage> {
  const file = 'the uploaded package';
  let pkg: OpenPackage;
  try {
    // The daemon's own answer for a package without a manifest comes from decodeManifest.
    pkg = await openPackageBuffer(bytes, file, { maxUncompressed: policy.maxBytes, requireManifest: false });
  } catch (error) {
    throw readFailure(error, policy.maxBytes);
  }
  try {
    return await decodeOpen(pkg, policy, verifySignature);
  } catch (error) {
    if (error instanceof DecodeError) throw badRequest(error.message);
    if (error instanceof BadPackageError) throw readFailure(error, policy.maxBytes);
    throw error;
  } finally {
    await pkg.close();
  }
}

async function decodeOpen(
  pkg: OpenPackage,
  policy: UploadPolicy,
  verifySignature: boolean,
): Promise<DecodedPackage> {
  const { declaration } = await decodeManifest(pkg);
  // The checksum (and the signature) read every entry: a directory entry cannot be read.
  if (pkg.directories.length > 0)
    throw badRequest(`read ${pkg.directories[0]!.replace(/\/$/, '')}: is a directory`);
  const verify = await verifyPackage(pkg, policy.keys);
  const checksum = checksumOf(verify.hashes);
  const author = String(declaration.author ?? '');
  const name = String(declaration.name ?? '');
  const version = String(declaration.version ?? '');
  const identifier = `${author ? `${author}/` : ''}${name}:${version}@${checksum}`;
  if (!IDENTIFIER_PATTERN.test(identifier))
    throw badRequest(`plugin_unique_identifier is not valid: ${identifier}`);
  if (UUID.test(author)) throw badRequest('cannot set author to an UUID');
  const invalid = manifestProblem(declaration);
  if (invalid) throw badRequest(joined(invalid, 'illegal plugin manifest', DECODE_FAILED));
  const verified = verify.status === 'verified';
  if ((policy.forceVerify || verifySignature) && !verified) {
    throw badRequest(
      'plugin verification has been enabled, and the plugin you want to install has a bad signature',
    );
  }
  declaration.verified = verified;
  let assets: Map<string, Buffer>;
  try {
    assets = remapAssets(declaration, await readAssets(pkg));
  } catch (error) {
    if (error instanceof RemapError) throw badRequest(joined(error.message, SAVE_FAILED));
    throw error;
  }
  return {
    identifier,
    pluginId: identifier.slice(0, identifier.indexOf(':')),
    declaration,
    verification: verified ? { authorized_category: verify.category ?? 'langgenius' } : null,
    verified,
    assets,
  };
}

/** The daemon's `ManifestValidate` (pkg/entities/plugin_entities/plugin_declaration.go). */
export function manifestProblem(d: Json): string | undefined {
  if (!AUTHOR.test(String(d.author ?? '')))
    return 'author must be alphanumeric and less than 64 characters: ^[a-z0-9_-]{1,64}$';
  if (!NAME.test(String(d.name ?? '')))
    return 'plugin name must be alphanumeric and less than 128 characters: ^[a-z0-9_-]{1,128}$';
  const has = (k: string) => isObject(d[k]);
  const [endpoint, model, tool, strategy, datasource, trigger] = [
    'endpoint',
    'model',
    'tool',
    'agent_strategy',
    'datasource',
    'trigger',
  ].map(has);
  if (!endpoint && !model && !tool && !strategy && !datasource && !trigger)
    return 'at least one of endpoint, model, tool, agent_strategy, trigger, or datasource must be provided';
  if (model && (datasource || tool || endpoint || strategy || trigger))
    return 'model and datasource, tool, endpoint, trigger, or agent_strategy cannot be provided at the same time';
  if (strategy && (tool || model || endpoint || datasource || trigger))
    return 'agent_strategy and tool, model, endpoint, trigger, or datasource cannot be provided at the same time';
  if (datasource && (tool || model || endpoint || strategy || trigger))
    return 'datasource and tool, model, endpoint, trigger, or agent_strategy cannot be provided at the same time';
  if (trigger && (tool || model || endpoint || strategy || datasource))
    return 'trigger and tool, model, endpoint, or agent_strategy cannot be provided at the same time';
  return undefined;
}

/** Our reader's refusal worded as the daemon's decoder (Go's archive/zip) would fail. */
function readFailure(error: unknown, maxBytes: number): DaemonFailure {
  if (!(error instanceof BadPackageError)) return badRequest((error as Error)?.message ?? String(error));
  const { kind, entry } = error.reason;
  switch (kind) {
    case 'not-zip':
      return badRequest('difypkg: not a valid difypkg file');
    case 'too-large':
      return badRequest(
        `plugin package size is too large, please ensure the uncompressed size is less than ${maxBytes} bytes`,
      );
    case 'unsafe-name':
      return badRequest(`open ${entry ?? ''}: invalid argument`);
    case 'bomb':
      return badRequest('zip: not a valid zip file');
    case 'damaged':
      return badRequest(/CRC/.test(error.message) ? 'zip: checksum error' : 'zip: not a valid zip file');
    default:
      return badRequest(error.message);
  }
}

export { assetId };
