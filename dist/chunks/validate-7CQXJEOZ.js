import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
} from "./chunk-POCD7TIW.js";
import "./chunk-DPNLKGCR.js";
import "./chunk-YOYZV4EP.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-X767ODVO.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-EFX4SNBM.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-6UGIGVRO.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-TO5RASRL.js";
import "./chunk-OOAY6CXC.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-MBP77SEH.js";
export {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
};
