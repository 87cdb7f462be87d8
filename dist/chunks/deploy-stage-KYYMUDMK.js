import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  deployStage,
  describeGates,
  newEntry,
  order
} from "./chunk-MOXLQWED.js";
import "./chunk-HUAEPMJ3.js";
import "./chunk-Z4Y4D6RE.js";
import "./chunk-GZKZY5N3.js";
import "./chunk-FDLIBT4G.js";
import "./chunk-UTCBGKLK.js";
import "./chunk-WG3AZKYP.js";
import "./chunk-KBUVKGVG.js";
import "./chunk-MD3DR7BH.js";
import "./chunk-M5BJJ2O5.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-23HEVRKZ.js";
import "./chunk-C6C3ZJDV.js";
import "./chunk-I56ZGMHQ.js";
import "./chunk-ZRASEKEN.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-ETYHASKV.js";
import "./chunk-HAERSONJ.js";
import "./chunk-KUYDZFMP.js";
import "./chunk-ZQE34I3B.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-YAXIWS3W.js";
import "./chunk-K2WU2RWW.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-KNYFJMOG.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-P45XBDJL.js";
import "./chunk-CDXSHGLA.js";
import "./chunk-NC43K3BC.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-4MZOOEHW.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-WTZDBT4N.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-AUYXDDC3.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-UJ2SMS4R.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  deployStage,
  describeGates,
  newEntry,
  order
};
