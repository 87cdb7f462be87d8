import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  DEFAULT_TENANT,
  startEmbeddedDaemon
} from "./chunk-ZYJQUVKB.js";
import "./chunk-HAERSONJ.js";
import "./chunk-X2FD72SB.js";
import "./chunk-6V2WW6HU.js";
import "./chunk-ZQE34I3B.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-DLLVIXXT.js";
import "./chunk-NAMLOCSN.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-OUHONMET.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-32FHQH6M.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-TO5RASRL.js";
import "./chunk-LGLE54KA.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  DEFAULT_TENANT,
  startEmbeddedDaemon
};
