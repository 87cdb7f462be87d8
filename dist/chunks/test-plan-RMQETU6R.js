import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  testPlanCommand
} from "./chunk-7FU7KTAG.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-V6G54X4G.js";
export {
  testPlanCommand
};
