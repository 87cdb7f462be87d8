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
} from "./chunk-I6HOR6M7.js";
import "./chunk-OOXWVKXK.js";
import {
  PROFILES
} from "./chunk-HFRFQT4R.js";
import "./chunk-FLQU6WBG.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-CA4ME6LG.js";
import "./chunk-CYV7KXBG.js";
import "./chunk-XWRR5A5U.js";
import "./chunk-2YL3XENY.js";
import "./chunk-NMMBE5IQ.js";
import "./chunk-MXVWFXIF.js";
import "./chunk-CGRQM2F4.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-EFQNBONL.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-6UGIGVRO.js";
import "./chunk-TO5RASRL.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-HLY3B3WB.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-62OAMW2I.js";
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
