import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  COMMANDS,
  findCommand
} from "./chunk-KHQVJRVP.js";
import "./chunk-ZKZA5GBN.js";
import "./chunk-OYF2RSYP.js";
import "./chunk-K4NJFTQA.js";
import "./chunk-7FU7KTAG.js";
import "./chunk-GCDXVKFS.js";
import "./chunk-VRACQ3NL.js";
import "./chunk-O3LRC45A.js";
import "./chunk-SD6KKTYF.js";
import "./chunk-JSBISJTW.js";
import "./chunk-AZEV7QHZ.js";
import "./chunk-NLYQIVEP.js";
import "./chunk-RMZYEBQH.js";
import "./chunk-CL2DECSK.js";
import "./chunk-RQW662HW.js";
import "./chunk-HVGJ23QR.js";
import "./chunk-YMLKJHQE.js";
import "./chunk-GNE2HTIW.js";
import "./chunk-QLN57JNR.js";
import "./chunk-JJRCRG34.js";
import "./chunk-7THUTBRW.js";
import "./chunk-R3SC5XZQ.js";
import "./chunk-5EGOPNCF.js";
import "./chunk-U765PYD6.js";
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
