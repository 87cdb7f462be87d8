import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  deployStage,
  describeGates,
  newEntry,
  order
} from "./chunk-KH75CD65.js";
import "./chunk-KTCYT4J2.js";
import "./chunk-XN7FEI2X.js";
import "./chunk-B76SBVVD.js";
import "./chunk-FFG6D77W.js";
import "./chunk-ETYHASKV.js";
import "./chunk-Z4Y4D6RE.js";
import "./chunk-GZKZY5N3.js";
import "./chunk-FDLIBT4G.js";
import "./chunk-2WZGRXG2.js";
import "./chunk-6QHSZZGL.js";
import "./chunk-APFHLBDD.js";
import "./chunk-MD3DR7BH.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-M5BJJ2O5.js";
import "./chunk-3JFZV5RV.js";
import "./chunk-6GW2FYOL.js";
import "./chunk-I56ZGMHQ.js";
import "./chunk-D7R7KY5Z.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-HAERSONJ.js";
import "./chunk-KUYDZFMP.js";
import "./chunk-ZQE34I3B.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-YAXIWS3W.js";
import "./chunk-UXCWEC7S.js";
import "./chunk-P45XBDJL.js";
import "./chunk-CDXSHGLA.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-2OFPTKRX.js";
import "./chunk-JLTILB3U.js";
import "./chunk-KNYFJMOG.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-4MZOOEHW.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-WTZDBT4N.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-AUYXDDC3.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  deployStage,
  describeGates,
  newEntry,
  order
};
