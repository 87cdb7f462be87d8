import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  MIN_SIGNING_BITS,
  assertSigningStrength,
  fingerprint,
  generateKeyPairPem,
  loadPrivateKey,
  loadPublicKey,
  parsePem,
  readKeyText
} from "./chunk-KNYFJMOG.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  MIN_SIGNING_BITS,
  assertSigningStrength,
  fingerprint,
  generateKeyPairPem,
  loadPrivateKey,
  loadPublicKey,
  parsePem,
  readKeyText
};
