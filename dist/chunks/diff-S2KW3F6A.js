import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  diffCommand
} from "./chunk-2RQA23OJ.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  diffCommand
};
