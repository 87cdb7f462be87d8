"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  DAEMON_TRUST: () => DAEMON_TRUST,
  officialKey: () => officialKey,
  parseCategory: () => parseCategory,
  signPackage: () => signPackage,
  verifyPackage: () => verifyPackage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_crypto2 = require("node:crypto");
var BATCH_ENTRY = 1024 * 1024;
var BATCH_BYTES = 8 * 1024 * 1024;
var CATEGORIES = ["langgenius", "partner", "community"];
function verificationJson(category) {
  return Buffer.from(JSON.stringify({ authorized_category: category }), "utf8");
}
function signedData(entryHashes2, time) {
  return Buffer.concat([...entryHashes2, Buffer.from(String(time), "ascii")]);
}
function signatureComment(signature, time) {
  return JSON.stringify({ signature: signature.toString("base64"), time });
}
function signedPath(input, outDir) {
  const base = import_node_path.default.basename(input);
  const ext = import_node_path.default.extname(base);
  const stem = base.slice(0, base.length - ext.length);
  const name = stem.endsWith(".signed") ? base : `${stem}.signed${ext}`;
  return import_node_path.default.join(outDir ?? import_node_path.default.dirname(input), name);
}
function sameFile(a, b) {
  if (import_node_path.default.resolve(a) === import_node_path.default.resolve(b)) return true;
  try {
    const [x, y] = [(0, import_node_fs.statSync)(a), (0, import_node_fs.statSync)(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
function parseCategory(value) {
  const v = (value ?? "community").trim().toLowerCase();
  if (CATEGORIES.includes(v)) return v;
  throw new import_chunk_NG6BV4S6.UsageError(
    `category "${value}" is not one of ${CATEGORIES.join(", ")}`,
    "Pass --category community (or partner, or langgenius for official plugins)."
  );
}
function signingTime(env = process.env) {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return Number(epoch);
  return Math.floor(Date.now() / 1e3);
}
async function signPackage(input) {
  (0, import_chunk_JS5O4ZNU.assertSigningStrength)(input.key, input.keyOrigin);
  const target = signedPath(input.file, input.outDir);
  if (!input.force && sameFile(target, input.file)) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `signing ${import_node_path.default.basename(input.file)} would overwrite it: the signed package's name is the input's (it is signed already)`,
      "Write the result elsewhere with -o DIR, or replace the input with --force (its previous signature is then lost)."
    );
  }
  (0, import_chunk_TPCKOOU5.ensureDir)(import_node_path.default.dirname(target));
  const temp = (0, import_chunk_TPCKOOU5.tempPathFor)(target);
  const time = input.time ?? signingTime();
  const writer = await import_chunk_NWBBVL5O.ZipWriter.create(temp);
  let resigned = false;
  try {
    const hashes = [];
    const { writeItems } = await Promise.resolve().then(() => require("./parallel-deflate-BF5EFAY2.cjs"));
    let batch = [];
    let batchBytes = 0;
    const flush = async () => {
      for (const w of await writeItems(writer, batch)) hashes.push(w.sha256);
      batch = [];
      batchBytes = 0;
    };
    for (const { name, size } of input.pkg.entries) {
      if (name === import_chunk_LO4GP5KN.VERIFICATION_FILE) {
        resigned = true;
        continue;
      }
      if (size <= BATCH_ENTRY) {
        batch.push({ path: name, data: await input.pkg.read(name) });
        batchBytes += size;
        if (batchBytes >= BATCH_BYTES || batch.length >= 4096) await flush();
        continue;
      }
      await flush();
      const written = await writer.addStream(name, await input.pkg.stream(name));
      hashes.push(written.sha256);
    }
    await flush();
    const verification = await writer.addBuffer(import_chunk_LO4GP5KN.VERIFICATION_FILE, verificationJson(input.category));
    hashes.push(verification.sha256);
    const signature = (0, import_node_crypto.sign)("sha256", signedData(hashes, time), input.key);
    const done = await writer.finish(signatureComment(signature, time));
    await input.pkg.close();
    await input.check?.(temp);
    (0, import_chunk_TPCKOOU5.commit)(temp, target);
    return {
      path: target,
      size: done.size,
      sha256: done.sha256,
      checksum: (0, import_chunk_PD4DO7MN.checksumOf)(done.entries),
      time,
      category: input.category,
      resigned,
      entries: done.entries,
      sumsFile: (0, import_chunk_7DITFGIQ.updateSums)(import_node_path.default.dirname(target), import_node_path.default.basename(target), done.sha256)
    };
  } catch (error) {
    await writer.abort();
    throw (0, import_chunk_TPCKOOU5.outputFailure)(error, target);
  }
}
var OFFICIAL_PUBLIC_KEY = `-----BEGIN RSA PUBLIC KEY-----
MIICCgKCAgEAwUY1cndCmqclHHlCn/PVB011n0m+vmXT2M/QWbViM/2oqO2S5lXl
VYwZjbN+r3xjUxnzCK6YC7fCI0CXJ69RPTpfRc9meV0TPb50g01kJI6HWL+SziZs
i+Mmul5ji7W4ebpOUNUPuBgFFfzrOv4BSO6tWVfpiqFTdfF3o2XT3FUja2rMCSQO
dsGvuhX5/YYAnOH4suxGo+nWda/QC+ohM4z8yLuM6fo7QPmkjTXN+jr7+RZ6JA7g
6XT7TdMK8oJcqMm15E0pRmgfNNLvqSeVcVM5OgmteTpSn7ekSdCMOpai3Cnc4zOa
PWSViiHTDu9AIoDbSBRQbvOaQ339eXOlHnomvg6WK6hw3hYoE+ASkv5qK9BwuWqn
xdUQ99qJ04eNTGjqCo65P9DKzpDb5BT5cxg40Utue0MbuN6pLPwhqkvnVmExuykw
aLQmTwnLODOD4gc5UU1dUeSUOxQeSoL8zSqL809ZV89B31jYOSFqcKEbyhoKaen3
dQSUFxEIca7Juj4E4tC+V1RsU2GSaVRCKEtJ4RBnDkQvB4aRBL+zpc26aIBKb3G3
0a9BWRvXRy+gr/qx8fDJgOuF23j1WXEDVsNtK6vpHGQkDUmsBsE2U+Sag9l2Vnq1
hrqLbjz2PPOHsBkg09IlM6SNr2NaEWvVJnC/szW8EQ51QBz8XJOnEmUCAwEAAQ==
-----END RSA PUBLIC KEY-----
`;
function officialKey() {
  return {
    ...(0, import_chunk_JS5O4ZNU.loadPublicKey)({ text: OFFICIAL_PUBLIC_KEY }, {}),
    origin: "the official Dify key",
    official: true
  };
}
var SHA256_DIGEST_INFO = Buffer.from("3031300d060960864801650304020105000420", "hex");
async function verifyPackage(pkg, keys) {
  const hashes = await (0, import_chunk_PD4DO7MN.entryHashes)(pkg);
  const base = { keys: [...keys], hashes };
  const comment = parseComment(pkg.comment);
  if (comment.kind === "none") {
    return { ...base, status: "unsigned", reason: import_chunk_LO4GP5KN.NOT_SIGNED };
  }
  if (comment.kind === "bad") return { ...base, status: "unsigned", reason: comment.reason };
  const { signature, time } = comment;
  if (pkg.directories.length > 0) {
    return {
      ...base,
      time,
      status: "invalid",
      reason: `the package has directory entries (${pkg.directories[0]}\u2026), which the daemon cannot read, so it cannot verify it`
    };
  }
  let category;
  let categorySource;
  if (pkg.entries.some((e) => e.name === import_chunk_LO4GP5KN.VERIFICATION_FILE)) {
    const parsed = parseVerification(await pkg.read(import_chunk_LO4GP5KN.VERIFICATION_FILE));
    if (parsed === void 0) {
      return {
        ...base,
        time,
        status: "invalid",
        reason: `${import_chunk_LO4GP5KN.VERIFICATION_FILE} is not valid JSON of the daemon's shape, so the daemon treats the package as unverified`
      };
    }
    category = parsed ?? "";
    categorySource = "entry";
  }
  const data = signedData(
    hashes.map((h) => h.sha256),
    time
  );
  for (const key of keys) {
    if ((0, import_node_crypto2.verify)("sha256", data, key.key, signature)) {
      if (categorySource === void 0) {
        category = "langgenius";
        categorySource = "legacy-default";
      }
      return {
        ...base,
        status: "verified",
        reason: `signed by ${key.origin}`,
        signer: key,
        time,
        category,
        categorySource
      };
    }
  }
  const digest = (0, import_node_crypto2.createHash)("sha256").update(data).digest();
  for (const key of keys) {
    const recovered = recoverDigest(key, signature);
    if (recovered && !recovered.equals(digest)) {
      return {
        ...base,
        status: "modified",
        reason: `signed by ${key.origin}, but modified after signing: an entry was changed, added or removed, or the signing time was edited`,
        signer: key,
        time,
        category,
        categorySource
      };
    }
  }
  return {
    ...base,
    status: "untrusted",
    reason: `signed by a key that is not trusted here (tried: ${keys.map((k) => `${k.origin} ${(0, import_chunk_LO4GP5KN.short)(k.fingerprint)}`).join(", ")})`,
    time,
    category,
    categorySource
  };
}
function recoverDigest(key, signature) {
  try {
    const block = (0, import_node_crypto2.publicDecrypt)({ key: key.key, padding: import_node_crypto2.constants.RSA_PKCS1_PADDING }, signature);
    if (block.length !== SHA256_DIGEST_INFO.length + 32) return void 0;
    if (!block.subarray(0, SHA256_DIGEST_INFO.length).equals(SHA256_DIGEST_INFO)) return void 0;
    return block.subarray(SHA256_DIGEST_INFO.length);
  } catch {
    return void 0;
  }
}
function parseComment(text) {
  if (text.trim() === "") return { kind: "none" };
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      kind: "bad",
      reason: "the zip comment is not a signature (not JSON), so the package counts as unsigned"
    };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return {
      kind: "bad",
      reason: "the zip comment is not a signature object, so the package counts as unsigned"
    };
  }
  const { signature, time } = value;
  if (signature !== void 0 && typeof signature !== "string") {
    return { kind: "bad", reason: "the signature in the zip comment is not a string" };
  }
  if (time !== void 0 && !(typeof time === "number" && Number.isInteger(time))) {
    return { kind: "bad", reason: "the time in the zip comment is not a whole number of seconds" };
  }
  if (!signature)
    return { kind: "bad", reason: "the zip comment has no signature, so the package counts as unsigned" };
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(signature) || signature.length % 4 !== 0) {
    return { kind: "bad", reason: "the signature in the zip comment is not valid base64" };
  }
  return { kind: "ok", signature: Buffer.from(signature, "base64"), time: time ?? 0 };
}
function parseVerification(bytes) {
  let value;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    return void 0;
  }
  if (value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) return void 0;
  const category = value.authorized_category;
  if (category === void 0 || category === null) return null;
  return typeof category === "string" ? category : void 0;
}
var DAEMON_TRUST = "On the daemon: THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/<name>.public.pem (comma-separated; restart with docker compose down/up).";
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DAEMON_TRUST,
  officialKey,
  parseCategory,
  signPackage,
  verifyPackage
});
