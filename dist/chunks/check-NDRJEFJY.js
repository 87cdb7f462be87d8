import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  CATEGORIES,
  checkCommand
} from "./chunk-I3C5HU3X.js";
import "./chunk-5QST4MIK.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  CATEGORIES,
  checkCommand
};
