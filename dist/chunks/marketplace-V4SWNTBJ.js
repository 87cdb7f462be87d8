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
} from "./chunk-J66JKD3A.js";
import {
  PROFILES
} from "./chunk-MTNO3ML5.js";
import "./chunk-4JF6ACRW.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-7GTUWM7F.js";
import "./chunk-55HAFDNT.js";
import "./chunk-BP7WT3OX.js";
import "./chunk-2YL3XENY.js";
import "./chunk-QLSSDZNL.js";
import "./chunk-KERWQLUE.js";
import "./chunk-HG5FHC6A.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-DQVHTW6S.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-6UGIGVRO.js";
import "./chunk-TO5RASRL.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-DET7CSV5.js";
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
