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
} from "./chunk-WPIJ2H22.js";
import {
  PROFILES
} from "./chunk-PLMF4UV6.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-ZQENFKUT.js";
import "./chunk-V3BXYE66.js";
import "./chunk-HUPHBNGN.js";
import "./chunk-AFI7Z2DL.js";
import "./chunk-N54IPBB7.js";
import "./chunk-IME7R53O.js";
import "./chunk-HBOEZ4GN.js";
import "./chunk-RN7JU5ET.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-LLCYNNFI.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-4ZVZ2M7T.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-277J5JLG.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
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
