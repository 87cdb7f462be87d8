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
} from "./chunk-QUYBDFKN.js";
import {
  PROFILES
} from "./chunk-PLMF4UV6.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-GSZ2FFOJ.js";
import "./chunk-V3BXYE66.js";
import "./chunk-HUPHBNGN.js";
import "./chunk-RYNVO7DO.js";
import "./chunk-N54IPBB7.js";
import "./chunk-IME7R53O.js";
import "./chunk-H4DNBQKS.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-IGQ3AVMN.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-73FYGKZ7.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-MCGZHIVS.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-277J5JLG.js";
import "./chunk-ZGFNRH4I.js";
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
