import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  describe,
  matrixOf,
  runRules,
  validate,
  validateSource
} from "./chunk-SLGCHDLQ.js";
import "./chunk-2YL3XENY.js";
import "./chunk-FEZ5BCC3.js";
import "./chunk-SEZSLU6W.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-PHNCF7H2.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-K3NGV4HY.js";
import "./chunk-6FEGXJAF.js";
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
