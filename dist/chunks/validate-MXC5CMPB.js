import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  validateCommand
} from "./chunk-SAI3GBUW.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  validateCommand
};
