import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
} from "./chunk-6GW2FYOL.js";
import "./chunk-I56ZGMHQ.js";
import "./chunk-D7R7KY5Z.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-UXCWEC7S.js";
import "./chunk-P45XBDJL.js";
import "./chunk-CDXSHGLA.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-2OFPTKRX.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-WTZDBT4N.js";
import "./chunk-AUYXDDC3.js";
import "./chunk-ZGFNRH4I.js";
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
