import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  COMMANDS,
  findCommand
} from "./chunk-EZLT4S3V.js";
import "./chunk-JSBISJTW.js";
import "./chunk-TH67XRTX.js";
import "./chunk-TWVWNLMF.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-NBD5T6J4.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-62OAMW2I.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  COMMANDS,
  findCommand
};
