import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  COMMANDS,
  findCommand
} from "./chunk-LHFR4FLM.js";
import "./chunk-TH67XRTX.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-TWVWNLMF.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-XYIL2DA5.js";
import "./chunk-UJ2SMS4R.js";
import "./chunk-62OAMW2I.js";
import "./chunk-V6G54X4G.js";
export {
  COMMANDS,
  findCommand
};
