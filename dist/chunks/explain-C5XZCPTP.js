import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  explainCommand
} from "./chunk-AZEV7QHZ.js";
import "./chunk-RQW662HW.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  explainCommand
};
