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
  MIN_SIGNING_BITS: () => MIN_SIGNING_BITS,
  assertSigningStrength: () => assertSigningStrength,
  fingerprint: () => fingerprint,
  generateKeyPairPem: () => generateKeyPairPem,
  loadPrivateKey: () => loadPrivateKey,
  loadPublicKey: () => loadPublicKey,
  parsePem: () => parsePem,
  readKeyText: () => readKeyText
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_node_crypto = require("node:crypto");
var import_node_util = require("node:util");
var MAX_KEY_FILE_BYTES = 64 * 1024;
var MIN_SIGNING_BITS = 2048;
function readKeyText(source, env = process.env) {
  if (source.text !== void 0) return { raw: source.text, origin: "input" };
  if (source.env !== void 0) {
    const value = env[source.env];
    if (value === void 0 || value.trim() === "") {
      throw new import_chunk_NG6BV4S6.UsageError(
        `the environment variable ${source.env} is not set or empty`,
        `Set ${source.env} to the PEM text of the key (in Actions: env: ${source.env}: \${{ secrets.\u2026 }}).`
      );
    }
    return { raw: value, origin: `$${source.env}` };
  }
  if (source.file !== void 0) {
    try {
      return { raw: (0, import_chunk_C7Z2DSUT.readRegularText)(source.file, { maxBytes: MAX_KEY_FILE_BYTES }), origin: source.file };
    } catch (error) {
      const why = error instanceof import_chunk_C7Z2DSUT.FileReadError ? error.reason === "missing" ? "no such file" : error.reason === "not-a-file" ? `it is ${error.kind ?? "not a regular file"}` : error.reason === "too-large" ? `it is larger than ${MAX_KEY_FILE_BYTES} bytes, which no PEM key is` : error.message.replace(`${source.file} `, "") : String(error);
      throw new import_chunk_NG6BV4S6.UsageError(
        `cannot read the key file ${source.file} (${why})`,
        "Pass the path of a PEM key made by `dify-plugin-release keygen` or `dify signature generate`."
      );
    }
  }
  throw new import_chunk_NG6BV4S6.UsageError("no key given", "Pass --key FILE or --key-env VARIABLE.");
}
function parsePem(raw, origin) {
  let text = raw.replace(/^\uFEFF/, "").trim();
  if (!text.includes("-----BEGIN") && /^[A-Za-z0-9+/=\s]+$/.test(text)) {
    const decoded = Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8");
    if (decoded.includes("-----BEGIN")) text = decoded.trim();
  }
  if (!/\n/.test(text) && text.includes("\\n")) text = text.replace(/\\r/g, "").replace(/\\n/g, "\n");
  const m = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} does not hold a PEM key (no -----BEGIN \u2026 ----- / -----END \u2026 ----- block)`,
      "Use the .pem files made by `dify-plugin-release keygen`, with their BEGIN and END lines."
    );
  }
  const type = m[1];
  let body = m[2];
  const encrypted = /Proc-Type:\s*4,ENCRYPTED/i.test(body) || type === "ENCRYPTED PRIVATE KEY";
  body = body.split("\n").filter((line) => !/^\s*[A-Za-z-]+:\s/.test(line)).join("").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin}: the PEM block is not valid base64`,
      "Copy the key file again, unchanged."
    );
  }
  return { type, der: Buffer.from(body, "base64"), encrypted };
}
function loadPrivateKey(source, env) {
  const { raw, origin } = readKeyText(source, env);
  const block = parsePem(raw, origin);
  if (block.encrypted) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is an encrypted private key; Dify's signing keys are unencrypted PKCS#1`,
      `Decrypt it into a PKCS#1 key: openssl rsa -in ${shown(origin)} -traditional -out key.private.pem (keep it secret).`
    );
  }
  if (block.type !== "RSA PRIVATE KEY") throw wrongPrivate(block.type, origin, keyTypeOf(block));
  let key;
  try {
    key = (0, import_node_crypto.createPrivateKey)({ key: block.der, format: "der", type: "pkcs1" });
  } catch {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is damaged: its RSA PRIVATE KEY block does not parse`,
      "Copy the key again."
    );
  }
  return describe(key, (0, import_node_crypto.createPublicKey)(key), origin);
}
function assertSigningStrength(key, origin = "the key") {
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_SIGNING_BITS) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is a ${bits}-bit RSA key; signing needs at least ${MIN_SIGNING_BITS} bits (Dify's CLI makes 4096-bit keys)`,
      "Make a new key pair with `dify-plugin-release keygen` (RSA-4096) and give the daemon its public key."
    );
  }
}
function loadPublicKey(source, env) {
  const { raw, origin } = readKeyText(source, env);
  const block = parsePem(raw, origin);
  const spkiType = block.type === "PUBLIC KEY" ? keyTypeOf(block) : void 0;
  if (spkiType !== void 0 && spkiType !== "rsa") {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is ${article(spkiType)} public key; Dify verifies RSA signatures only, and no command converts one into the other`,
      "Verify with the RSA public key (BEGIN RSA PUBLIC KEY) that matches the signing key; make a pair with `dify-plugin-release keygen`."
    );
  }
  if (block.type === "PUBLIC KEY") {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is an SPKI public key (BEGIN PUBLIC KEY); Dify reads only PKCS#1 public keys (BEGIN RSA PUBLIC KEY)`,
      `Convert it: openssl rsa -pubin -in ${shown(origin)} -RSAPublicKey_out -out key.public.pem`
    );
  }
  if (block.type === "CERTIFICATE") {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is a certificate, not a public key`,
      `Extract its key: openssl x509 -in ${shown(origin)} -pubkey -noout | openssl rsa -pubin -RSAPublicKey_out -out key.public.pem`
    );
  }
  if (block.type.includes("PRIVATE KEY")) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is a private key; verifying takes the public key (keep the private one secret)`,
      "Pass the matching <name>.public.pem."
    );
  }
  if (block.type !== "RSA PUBLIC KEY") {
    throw new import_chunk_NG6BV4S6.UsageError(`${origin} holds a ${block.type}, not an RSA PUBLIC KEY`);
  }
  let key;
  try {
    key = (0, import_node_crypto.createPublicKey)({ key: block.der, format: "der", type: "pkcs1" });
  } catch {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is damaged: its RSA PUBLIC KEY block does not parse`,
      "Copy the key again."
    );
  }
  const loaded = describe(key, key, origin);
  const problem = source.text === void 0 ? daemonProblem(raw) : void 0;
  return problem ? { ...loaded, daemonProblem: problem } : loaded;
}
function fingerprint(publicKey) {
  return (0, import_node_crypto.createHash)("sha256").update(publicKey.export({ format: "der", type: "pkcs1" })).digest("hex");
}
async function generateKeyPairPem(bits = 4096) {
  const { privateKey, publicKey } = await (0, import_node_util.promisify)(import_node_crypto.generateKeyPair)("rsa", {
    modulusLength: bits,
    publicExponent: 65537,
    publicKeyEncoding: { type: "pkcs1", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" }
  });
  return { privatePem: privateKey, publicPem: publicKey };
}
function describe(key, publicKey, origin) {
  if (key.asymmetricKeyType !== "rsa") {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is not an RSA key; Dify signs with RSA only`,
      "Make a key pair with keygen."
    );
  }
  return {
    key,
    origin,
    fingerprint: fingerprint(publicKey),
    bits: key.asymmetricKeyDetails?.modulusLength ?? 0
  };
}
function keyTypeOf(block) {
  try {
    if (block.type === "PRIVATE KEY") {
      return (0, import_node_crypto.createPrivateKey)({ key: block.der, format: "der", type: "pkcs8" }).asymmetricKeyType;
    }
    if (block.type === "PUBLIC KEY") {
      return (0, import_node_crypto.createPublicKey)({ key: block.der, format: "der", type: "spki" }).asymmetricKeyType;
    }
  } catch {
    return void 0;
  }
  return void 0;
}
function article(keyType) {
  const names = {
    ed25519: "an Ed25519",
    ed448: "an Ed448",
    ec: "an elliptic-curve (EC)",
    dsa: "a DSA",
    dh: "a Diffie-Hellman",
    x25519: "an X25519",
    x448: "an X448",
    "rsa-pss": "an RSA-PSS"
  };
  return names[keyType] ?? `a ${keyType}`;
}
function wrongPrivate(type, origin, keyType) {
  const file = shown(origin);
  if (type === "PRIVATE KEY" && keyType !== void 0 && keyType !== "rsa") {
    return new import_chunk_NG6BV4S6.UsageError(
      `${origin} is ${article(keyType)} private key; Dify signs with RSA only, and no command converts one into the other`,
      "Make an RSA signing key pair with `dify-plugin-release keygen` (or `dify signature generate`), and give the daemon its public key."
    );
  }
  if (type === "EC PRIVATE KEY" || type === "DSA PRIVATE KEY") {
    return new import_chunk_NG6BV4S6.UsageError(
      `${origin} holds ${type === "EC PRIVATE KEY" ? "an elliptic-curve" : "a DSA"} key (BEGIN ${type}); Dify signs with RSA only`,
      "Make an RSA signing key pair with `dify-plugin-release keygen`."
    );
  }
  switch (type) {
    case "PRIVATE KEY":
      return new import_chunk_NG6BV4S6.UsageError(
        `${origin} is a PKCS#8 private key (BEGIN PRIVATE KEY); Dify reads only PKCS#1 keys (BEGIN RSA PRIVATE KEY)`,
        `Convert it: openssl rsa -in ${file} -traditional -out key.private.pem (OpenSSL 1.1: openssl rsa -in ${file} -out key.private.pem)`
      );
    case "OPENSSH PRIVATE KEY":
      return new import_chunk_NG6BV4S6.UsageError(
        `${origin} is an OpenSSH private key; Dify reads only PKCS#1 PEM keys`,
        `Convert a copy: ssh-keygen -p -m PEM -f <copy of ${file}>, or make a signing key pair with keygen.`
      );
    case "RSA PUBLIC KEY":
    case "PUBLIC KEY":
      return new import_chunk_NG6BV4S6.UsageError(
        `${origin} is a public key; signing needs the private key`,
        "Pass the <name>.private.pem made by keygen."
      );
    default:
      return new import_chunk_NG6BV4S6.UsageError(
        `${origin} holds a ${type}; Dify signs with RSA PKCS#1 keys (BEGIN RSA PRIVATE KEY)`,
        "Make a key pair with `dify-plugin-release keygen`."
      );
  }
}
function shown(origin) {
  return origin.startsWith("$") || origin === "input" ? "key.pem" : origin;
}
function daemonProblem(raw) {
  if (!raw.includes("\n") && raw.includes("\\n")) return "its newlines are written as the two characters \\n";
  const begin = raw.startsWith("-----BEGIN ") ? 0 : raw.indexOf("\n-----BEGIN ") + 1;
  if (begin === 0 && !raw.startsWith("-----BEGIN ")) {
    return "the daemon looks for -----BEGIN at the start of a line (there is white space or text before it)";
  }
  const lineEnd = raw.indexOf("\n", begin);
  const beginLine = raw.slice(begin, lineEnd === -1 ? void 0 : lineEnd).replace(/[ \t\r]+$/, "");
  if (beginLine !== "-----BEGIN RSA PUBLIC KEY-----") return "its BEGIN line has more than the marker on it";
  const end = /\n-----END RSA PUBLIC KEY-----[ \t\r]*(\n|$)/.exec(raw);
  if (!end) return "its END line is not on a line of its own";
  if (raw.length > end.index + end[0].length) {
    return 'it has data after the END line (often a blank line); the daemon rejects it with "extra data included in the PEM block"';
  }
  return void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MIN_SIGNING_BITS,
  assertSigningStrength,
  fingerprint,
  generateKeyPairPem,
  loadPrivateKey,
  loadPublicKey,
  parsePem,
  readKeyText
});
