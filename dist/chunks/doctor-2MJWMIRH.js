import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  doctorCommand
} from "./chunk-VOZERCZW.js";
import "./chunk-SD6KKTYF.js";
import "./chunk-JSBISJTW.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  doctorCommand
};
