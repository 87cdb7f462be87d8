import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  rollbackCommand
} from "./chunk-4X5GSDON.js";
import "./chunk-XQCGHRVX.js";
import "./chunk-QLN57JNR.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  rollbackCommand
};
