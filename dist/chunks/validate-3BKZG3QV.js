import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
} from "./chunk-2XLMBUVF.js";
import "./chunk-XRKHKGFK.js";
import "./chunk-CQST36R3.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-S7GB3GUJ.js";
import "./chunk-VRKDIB4M.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-2IKMEROK.js";
import "./chunk-36KHJ32L.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-TO5RASRL.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-TJWGW2SP.js";
import "./chunk-62OAMW2I.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-MBP77SEH.js";
export {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
};
