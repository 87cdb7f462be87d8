import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  compareSurfaces,
  diffPlugins
} from "./chunk-QRKKAEIQ.js";
import "./chunk-M5BJJ2O5.js";
import "./chunk-UXCWEC7S.js";
import "./chunk-P45XBDJL.js";
import "./chunk-CDXSHGLA.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-2OFPTKRX.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  compareSurfaces,
  diffPlugins
};
