import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  COMMANDS,
  findCommand
} from "./chunk-EIL2TQ2A.js";
import "./chunk-3WM5I5RQ.js";
import "./chunk-OYF2RSYP.js";
import "./chunk-GEIE7UX5.js";
import "./chunk-7FU7KTAG.js";
import "./chunk-GCDXVKFS.js";
import "./chunk-FKMQDVNU.js";
import "./chunk-HEKPTX72.js";
import "./chunk-SD6KKTYF.js";
import "./chunk-JSBISJTW.js";
import "./chunk-AZEV7QHZ.js";
import "./chunk-UPJ7TFNW.js";
import "./chunk-53UE5I7M.js";
import "./chunk-7RSWS4GT.js";
import "./chunk-RQW662HW.js";
import "./chunk-LO7TP5FK.js";
import "./chunk-WDF3WVYG.js";
import "./chunk-XCKCVOV2.js";
import "./chunk-QLN57JNR.js";
import "./chunk-JVWTJYVS.js";
import "./chunk-VCKKINYY.js";
import "./chunk-R3SC5XZQ.js";
import "./chunk-XCVQH3HA.js";
import "./chunk-OCX67DOX.js";
import "./chunk-PL5YMODH.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-JCLAI5RO.js";
import "./chunk-5QST4MIK.js";
import "./chunk-3ARZUENX.js";
import "./chunk-VXRUOJMJ.js";
import "./chunk-TH67XRTX.js";
import "./chunk-TWVWNLMF.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-HGR7O5DU.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  COMMANDS,
  findCommand
};
