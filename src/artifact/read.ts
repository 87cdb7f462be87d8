/**
 * The one function that reads a `.difypkg` into an {@link Artifact}: the file's sha256 and size,
 * the manifest's author, name and version, the daemon's checksum and identifier, and the
 * signature's state against the trusted keys (the official key unless told otherwise). Used by
 * sign, verify, inspect, check and every stage after them; `package` builds the same artifact from
 * what it wrote (./of.ts), and a test holds the two equal.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Artifact } from '../core/artifact.js';
import { CheckFailedError } from '../core/errors.js';
import { MANIFEST } from '../manifest/plugin-types.js';
import { checksumOf } from '../package/checksum.js';
import { officialKey, type TrustedKey, type VerifyResult, verifyPackage } from '../signing/verify.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { type OpenPackage, openPackage, type ReadLimits } from '../zip/reader.js';
import { artifactOf } from './of.js';

export interface ReadArtifactOptions {
  /** Keys the signature is checked against (default: the official key only). */
  keys?: readonly TrustedKey[];
  limits?: ReadLimits;
}

/** What reading a package yields besides the artifact, for stages that look further (inspect, check). */
export interface ArtifactDetail {
  artifact: Artifact;
  /** The manifest as parsed, when the package has one. */
  manifest?: YamlFile;
  verify: VerifyResult;
}

/** Read a package file into an artifact; the package is closed again. */
export async function readArtifact(file: string, options: ReadArtifactOptions = {}): Promise<Artifact> {
  const pkg = await openPackage(file, options.limits);
  try {
    return (await inspectOpen(pkg, file, options)).artifact;
  } finally {
    await pkg.close();
  }
}

/** Read an open package into an artifact, with the manifest and the verification result. */
export async function inspectOpen(
  pkg: OpenPackage,
  file: string,
  options: ReadArtifactOptions = {},
): Promise<ArtifactDetail> {
  const [digest, info] = await Promise.all([sha256File(file), stat(file)]);
  const verify = await verifyPackage(pkg, options.keys ?? [officialKey()]);
  const checksum = checksumOf(verify.hashes);
  const manifest = pkg.entries.some((e) => e.name === MANIFEST)
    ? parseYamlBytes(MANIFEST, await pkg.read(MANIFEST))
    : undefined;
  return {
    manifest,
    verify,
    artifact: artifactOf({
      path: file,
      sha256: digest,
      size: info.size,
      author: manifest?.scalarText('/author') ?? '',
      name: manifest?.scalarText('/name') ?? '',
      version: manifest?.scalarText('/version') ?? '',
      checksum,
      verify,
    }),
  };
}

/** SHA-256 of a file's bytes, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** An artifact must carry an identifier to go anywhere: refuse a package without a manifest name. */
export function requireIdentifier(artifact: Artifact): Artifact {
  if (!artifact.identifier) {
    throw new CheckFailedError(
      `${artifact.path} has no manifest.yaml with a name: it is not a Dify plugin package`,
      'Build it with `dify-plugin-release package`.',
    );
  }
  return artifact;
}
