import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  packageCommand
} from "./chunk-RRYIMZ5U.js";
import "./chunk-PL5YMODH.js";
import "./chunk-5QST4MIK.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  packageCommand
};
