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
} from "./chunk-3FQBSEGE.js";
import {
  PROFILES
} from "./chunk-6REEQM5U.js";
import "./chunk-FLQU6WBG.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-EJOZBLSN.js";
import "./chunk-DLLVIXXT.js";
import "./chunk-C4IU7XKC.js";
import "./chunk-2YL3XENY.js";
import "./chunk-ILCEWWSM.js";
import "./chunk-PJKDMMQP.js";
import "./chunk-K466CEJF.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-SP6MBR3R.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-6UGIGVRO.js";
import "./chunk-TO5RASRL.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-IMZZIVNI.js";
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
