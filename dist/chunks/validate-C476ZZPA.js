import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
} from "./chunk-O4G3SUWA.js";
import "./chunk-ZQBYHFJZ.js";
import "./chunk-WV2NDSDO.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-S7GB3GUJ.js";
import "./chunk-34KE6XOH.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-QQBDMFIT.js";
import "./chunk-Q6KPHKUQ.js";
import "./chunk-ORDP4D4P.js";
import "./chunk-DPA5EFVB.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-FBHDQ5ZE.js";
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
