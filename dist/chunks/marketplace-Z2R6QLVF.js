import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  OFFICIAL_GATE_CODES,
  checkMarketplace,
  checkTarget,
  directoryFindings,
  marketplaceProfile,
  marketplaceRules,
  mergeWithValidation,
  officialProfile,
  resolveOptions
} from "./chunk-W5P3PA3H.js";
import {
  PROFILES
} from "./chunk-N74JTWJR.js";
import "./chunk-FLQU6WBG.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-NV3FUAZ2.js";
import "./chunk-P26NH3M3.js";
import "./chunk-2YL3XENY.js";
import "./chunk-2M4PM3XZ.js";
import "./chunk-TNACQOAT.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-DLLVIXXT.js";
import "./chunk-LPBHGQHM.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-MFLOZH23.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-6UGIGVRO.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-TO5RASRL.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-Y4BKZJXZ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  OFFICIAL_GATE_CODES,
  PROFILES,
  checkMarketplace,
  checkTarget,
  directoryFindings,
  marketplaceProfile,
  marketplaceRules,
  mergeWithValidation,
  officialProfile,
  resolveOptions
};
