"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  actionsAttestor: () => actionsAttestor,
  bundleName: () => bundleName,
  canAttest: () => canAttest,
  checkBundle: () => checkBundle,
  paeOf: () => paeOf,
  provenanceFindings: () => provenanceFindings,
  sha256Of: () => sha256Of
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_node_crypto = require("node:crypto");
function actionsAttestor(token) {
  return {
    async attest(subject) {
      const { attestProvenance } = await Promise.resolve().then(() => require("./lib-ZFKZXFTA.cjs"));
      const a = await attestProvenance({
        subjects: [{ name: subject.name, digest: { sha256: subject.sha256 } }],
        token
      });
      return { bundle: a.bundle, ...a.attestationID ? { attestationId: a.attestationID } : {} };
    }
  };
}
function canAttest(env) {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
function bundleName(packageName) {
  return `${packageName}.sigstore.json`;
}
var NOT_CHECKED = [
  "the certificate chains to the Sigstore (Fulcio) root",
  "the signature is recorded in the transparency log (Rekor)",
  "the signer identity matches your repository and workflow"
];
function checkBundle(text, sha256, fileBytes) {
  const base = {
    subjects: [],
    checked: [],
    notChecked: NOT_CHECKED
  };
  let bundle;
  try {
    bundle = JSON.parse(text);
  } catch (error) {
    return { ...base, status: "invalid", reason: `not JSON: ${error.message}` };
  }
  if (!bundle || typeof bundle !== "object" || Array.isArray(bundle))
    return { ...base, status: "invalid", reason: "not a Sigstore bundle (a JSON object is expected)" };
  const mediaType = typeof bundle.mediaType === "string" ? bundle.mediaType : void 0;
  if (!mediaType?.startsWith("application/vnd.dev.sigstore.bundle"))
    return {
      ...base,
      status: "invalid",
      reason: `mediaType is ${mediaType ?? "missing"}, not a Sigstore bundle`
    };
  const cert = certificateOf(bundle.verificationMaterial);
  const signer = cert ? identity(cert) : {};
  const out = { ...base, mediaType, ...signer };
  out.checked.push(`a Sigstore bundle (${mediaType})`);
  const envelope = bundle.dsseEnvelope;
  if (envelope) {
    const payloadType = String(envelope.payloadType ?? "");
    const payload = Buffer.from(String(envelope.payload ?? ""), "base64");
    let statement;
    try {
      statement = JSON.parse(payload.toString("utf8"));
    } catch {
      return { ...out, status: "invalid", reason: "the DSSE payload is not JSON" };
    }
    if (payloadType !== "application/vnd.in-toto+json" || !String(statement._type ?? "").startsWith("https://in-toto.io/Statement/"))
      return {
        ...out,
        status: "invalid",
        reason: `the DSSE payload is ${payloadType || "untyped"}, not an in-toto statement`
      };
    const subjects = (statement.subject ?? []).map((s) => ({
      name: String(s.name ?? ""),
      ...typeof s.digest?.sha256 === "string" ? { sha256: String(s.digest.sha256).toLowerCase() } : {}
    }));
    const withSubjects = { ...out, subjects, predicateType: String(statement.predicateType ?? "") };
    const sigs = envelope.signatures ?? [];
    if (!cert)
      return {
        ...withSubjects,
        status: "invalid",
        reason: "the bundle holds no certificate to check the signature with"
      };
    const pae = paeOf(payloadType, payload);
    const good = sigs.some((s) => verifies(cert, pae, Buffer.from(String(s.sig ?? ""), "base64")));
    if (!good)
      return {
        ...withSubjects,
        status: "bad-signature",
        reason: "the envelope\u2019s signature does not verify with the bundled certificate\u2019s key"
      };
    withSubjects.checked.push("the DSSE signature verifies with the public key of the bundled certificate");
    const match = subjects.find((s) => s.sha256 === sha256);
    if (!match)
      return {
        ...withSubjects,
        status: "mismatch",
        reason: `no subject has sha256 ${sha256} (subjects: ${subjects.map((s) => `${s.name} ${s.sha256 ?? "?"}`).join(", ") || "none"})`
      };
    withSubjects.checked.push(`subject ${match.name} has the package\u2019s sha256`);
    return {
      ...withSubjects,
      status: "verified",
      reason: `statement for ${match.name} signed by ${signer.signer ?? "an unnamed signer"}`
    };
  }
  const message = bundle.messageSignature;
  if (message) {
    const digest = message.messageDigest;
    const hex = Buffer.from(String(digest?.digest ?? ""), "base64").toString("hex");
    const subjects = [{ name: "(the signed file)", sha256: hex }];
    if (String(digest?.algorithm ?? "") !== "SHA2_256" || hex !== sha256)
      return {
        ...out,
        subjects,
        status: "mismatch",
        reason: `the message digest is ${hex || "missing"}, not ${sha256}`
      };
    out.checked.push("the message digest is the package\u2019s sha256");
    if (!cert)
      return {
        ...out,
        subjects,
        status: "invalid",
        reason: "the bundle holds no certificate to check the signature with"
      };
    const bytes = fileBytes?.();
    if (bytes && !verifies(cert, bytes, Buffer.from(String(message.signature ?? ""), "base64")))
      return {
        ...out,
        subjects,
        status: "bad-signature",
        reason: "the signature does not verify with the bundled certificate\u2019s key"
      };
    if (bytes)
      out.checked.push("the signature over the file verifies with the public key of the bundled certificate");
    return {
      ...out,
      subjects,
      status: "verified",
      reason: `message signature by ${signer.signer ?? "an unnamed signer"}`
    };
  }
  return {
    ...out,
    status: "invalid",
    reason: "the bundle has neither a DSSE envelope nor a message signature"
  };
}
function certificateOf(material) {
  const raw = material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  if (typeof raw !== "string") return void 0;
  try {
    return new import_node_crypto.X509Certificate(Buffer.from(raw, "base64"));
  } catch {
    return void 0;
  }
}
function identity(cert) {
  const san = cert.subjectAltName?.split(/,\s*/).map((s) => s.replace(/^(URI|email):/, "")).join(", ");
  const issuer = cert.issuer.replace(/\n/g, ", ");
  return { ...san ? { signer: san } : {}, ...issuer ? { certificateIssuer: issuer } : {} };
}
function paeOf(type, payload) {
  const t = Buffer.from(type, "utf8");
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${t.length} `),
    t,
    Buffer.from(` ${payload.length} `),
    Buffer.from(payload)
  ]);
}
function verifies(cert, data, signature) {
  if (signature.length === 0) return false;
  for (const hash of ["sha256", "sha384"]) {
    try {
      if ((0, import_node_crypto.verify)(hash, data, cert.publicKey, signature)) return true;
    } catch {
    }
  }
  return false;
}
function sha256Of(bytes) {
  return (0, import_node_crypto.createHash)("sha256").update(bytes).digest("hex");
}
function provenanceFindings(check, file) {
  const code = check.status === "verified" ? "DPR1033" : check.status === "mismatch" ? "DPR1030" : check.status === "bad-signature" ? "DPR1032" : "DPR1031";
  const message = check.status === "verified" ? `${file}: ${check.reason}; checked offline: ${check.checked.join("; ")}; not checked: ${check.notChecked.join("; ")}` : `${file}: ${check.reason}`;
  return [(0, import_chunk_AIBAUOYI.finding)(code, message, { file })];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  actionsAttestor,
  bundleName,
  canAttest,
  checkBundle,
  paeOf,
  provenanceFindings,
  sha256Of
});
