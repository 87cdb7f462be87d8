import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  compareSurfaces,
  diffPlugins
} from "./chunk-YN7RZKJ7.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-LLCYNNFI.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  compareSurfaces,
  diffPlugins
};
