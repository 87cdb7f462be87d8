import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  promoteCommand
} from "./chunk-HRH65B32.js";
import "./chunk-XQCGHRVX.js";
import "./chunk-QLN57JNR.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  promoteCommand
};
