import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  officialKey,
  verifyPackage
} from "./chunk-MC6ROTTZ.js";
import {
  checksumOf,
  formatIdentifier
} from "./chunk-5EIB45IJ.js";
import {
  openPackage
} from "./chunk-V3BXYE66.js";
import {
  MANIFEST
} from "./chunk-AA2BIYNF.js";
import {
  parseYamlBytes
} from "./chunk-NN4QJYMT.js";
import {
  CheckFailedError
} from "./chunk-62OAMW2I.js";

// src/artifact/read.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
async function readArtifact(file, options = {}) {
  const pkg = await openPackage(file, options.limits);
  try {
    return (await inspectOpen(pkg, file, options)).artifact;
  } finally {
    await pkg.close();
  }
}
async function inspectOpen(pkg, file, options = {}) {
  const [digest, info] = await Promise.all([sha256File(file), stat(file)]);
  const verify = await verifyPackage(pkg, options.keys ?? [officialKey()]);
  const checksum = checksumOf(verify.hashes);
  const manifest = pkg.entries.some((e) => e.name === MANIFEST) ? parseYamlBytes(MANIFEST, await pkg.read(MANIFEST)) : void 0;
  const author = manifest?.scalarText("/author") ?? "";
  const name = manifest?.scalarText("/name") ?? "";
  const version = manifest?.scalarText("/version") ?? "";
  return {
    manifest,
    verify,
    artifact: {
      path: file,
      sha256: digest,
      size: info.size,
      author,
      name,
      version,
      checksum,
      identifier: name ? formatIdentifier(author, name, version, checksum) : "",
      pluginId: name ? `${author}/${name}` : "",
      signature: {
        state: verify.status,
        reason: verify.reason,
        ...verify.category !== void 0 && verify.status !== "unsigned" ? { category: verify.category } : {},
        ...verify.signer ? {
          signer: {
            fingerprint: verify.signer.fingerprint,
            official: verify.signer.official,
            origin: verify.signer.origin
          }
        } : {},
        ...verify.time !== void 0 ? { time: verify.time } : {}
      }
    }
  };
}
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}
function requireIdentifier(artifact) {
  if (!artifact.identifier) {
    throw new CheckFailedError(
      `${artifact.path} has no manifest.yaml with a name: it is not a Dify plugin package`,
      "Build it with `dify-plugin-release package`."
    );
  }
  return artifact;
}

export {
  readArtifact,
  inspectOpen,
  sha256File,
  requireIdentifier
};
