import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM,
  submitStage
} from "./chunk-734GJBES.js";
import "./chunk-ZQO2XKB7.js";
import "./chunk-YGZFYM5S.js";
import "./chunk-63HH3ID3.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-IUSXTYE6.js";
import "./chunk-FLQU6WBG.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-KBMMGNZC.js";
import "./chunk-CUPAV3Q6.js";
import "./chunk-X2FD72SB.js";
import "./chunk-6V2WW6HU.js";
import "./chunk-ZQE34I3B.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-DLLVIXXT.js";
import "./chunk-FBK6MZAW.js";
import "./chunk-2YL3XENY.js";
import "./chunk-GI3EWHJB.js";
import "./chunk-IDNDPBMY.js";
import "./chunk-NAMLOCSN.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-OUHONMET.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-GVMVRTSN.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-6UGIGVRO.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-TO5RASRL.js";
import "./chunk-LGLE54KA.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM,
  submitStage
};
