import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  compareSurfaces,
  diffPlugins
} from "./chunk-54TMQL7E.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-NAMLOCSN.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-OUHONMET.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-LGLE54KA.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  compareSurfaces,
  diffPlugins
};
