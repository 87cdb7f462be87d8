/**
 * An {@link Artifact} from what is known of a package: its file's digest and size, its manifest's
 * author, name and version, the daemon's checksum of its entries, and its signature's state. The one
 * place the identifier and the signature summary are put together: `readArtifact` fills it from a
 * file it reads; `package` from the file it has just written (so it need not read it back).
 */
import type { Artifact } from '../core/artifact.js';
import { formatIdentifier } from '../package/checksum.js';
import type { VerifyResult } from '../signing/verify.js';

export type ArtifactFacts = Pick<
  Artifact,
  'path' | 'sha256' | 'size' | 'author' | 'name' | 'version' | 'checksum'
> & {
  verify: Pick<VerifyResult, 'status' | 'reason' | 'category' | 'signer' | 'time'>;
};

export function artifactOf(facts: ArtifactFacts): Artifact {
  const { path, sha256, size, author, name, version, checksum, verify } = facts;
  return {
    path,
    sha256,
    size,
    author,
    name,
    version,
    checksum,
    identifier: name ? formatIdentifier(author, name, version, checksum) : '',
    pluginId: name ? `${author}/${name}` : '',
    signature: {
      state: verify.status,
      reason: verify.reason,
      ...(verify.category !== undefined && verify.status !== 'unsigned' ? { category: verify.category } : {}),
      ...(verify.signer
        ? {
            signer: {
              fingerprint: verify.signer.fingerprint,
              official: verify.signer.official,
              origin: verify.signer.origin,
            },
          }
        : {}),
      ...(verify.time !== undefined ? { time: verify.time } : {}),
    },
  };
}
