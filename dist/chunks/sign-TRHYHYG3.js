import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  signCommand
} from "./chunk-TTSAFXY3.js";
import "./chunk-PL5YMODH.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  signCommand
};
