import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
} from "./chunk-QDPWKYED.js";
import "./chunk-2YL3XENY.js";
import "./chunk-S2QSPZNN.js";
import "./chunk-6FUC5W6M.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-5R2OIHHY.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-WTZDBT4N.js";
import "./chunk-AUYXDDC3.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-NS6TY6RU.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
};
