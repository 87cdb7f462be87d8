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
} from "./chunk-WG3AZKYP.js";
import {
  PROFILES
} from "./chunk-KBUVKGVG.js";
import "./chunk-MD3DR7BH.js";
import "./chunk-M5BJJ2O5.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-23HEVRKZ.js";
import "./chunk-C6C3ZJDV.js";
import "./chunk-I56ZGMHQ.js";
import "./chunk-ZRASEKEN.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-YAXIWS3W.js";
import "./chunk-K2WU2RWW.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-P45XBDJL.js";
import "./chunk-CDXSHGLA.js";
import "./chunk-NC43K3BC.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-WTZDBT4N.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-AUYXDDC3.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-UJ2SMS4R.js";
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
