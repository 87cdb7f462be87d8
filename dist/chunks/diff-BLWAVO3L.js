import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  compareSurfaces,
  diffPlugins
} from "./chunk-ONDG6I2N.js";
import "./chunk-X7B7QGX4.js";
import "./chunk-34KE6XOH.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-QQBDMFIT.js";
import "./chunk-Q6KPHKUQ.js";
import "./chunk-FBHDQ5ZE.js";
import "./chunk-62OAMW2I.js";
import "./chunk-MBP77SEH.js";
export {
  compareSurfaces,
  diffPlugins
};
