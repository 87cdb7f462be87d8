import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
} from "./chunk-YUJNU6GV.js";
import "./chunk-F7BV5NPZ.js";
import "./chunk-VVFZUVIB.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-S7GB3GUJ.js";
import "./chunk-ZBQBWRBB.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-INAE5SBE.js";
import "./chunk-ORDP4D4P.js";
import "./chunk-DPA5EFVB.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-EHVJKRLH.js";
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
