import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  submitCommand
} from "./chunk-RNEJKI3O.js";
import "./chunk-R3SC5XZQ.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  submitCommand
};
