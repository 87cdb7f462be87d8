import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  compareSurfaces,
  diffPlugins
} from "./chunk-GKRKBKN6.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-CGRQM2F4.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-EFQNBONL.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-HLY3B3WB.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  compareSurfaces,
  diffPlugins
};
