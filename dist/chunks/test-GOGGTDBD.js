import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  slowest,
  testCommand
} from "./chunk-V3ODRHME.js";
import "./chunk-TH67XRTX.js";
import "./chunk-TWVWNLMF.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  slowest,
  testCommand
};
