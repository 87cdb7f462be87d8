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
} from "./chunk-63HH3ID3.js";
import "./chunk-OOXWVKXK.js";
import {
  PROFILES
} from "./chunk-IUSXTYE6.js";
import "./chunk-FLQU6WBG.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-KBMMGNZC.js";
import "./chunk-DLLVIXXT.js";
import "./chunk-FBK6MZAW.js";
import "./chunk-2YL3XENY.js";
import "./chunk-GI3EWHJB.js";
import "./chunk-IDNDPBMY.js";
import "./chunk-NAMLOCSN.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-OUHONMET.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-6UGIGVRO.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-TO5RASRL.js";
import "./chunk-LGLE54KA.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
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
