import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  COMMANDS,
  findCommand
} from "./chunk-ARARUFSE.js";
import "./chunk-ABMYKOAO.js";
import "./chunk-JV2SDZJG.js";
import "./chunk-WBALVF54.js";
import "./chunk-DPNKMWTI.js";
import "./chunk-7FU7KTAG.js";
import "./chunk-2HNNMWG4.js";
import "./chunk-RGZW5JPH.js";
import "./chunk-OB5CHQ2A.js";
import "./chunk-SD6KKTYF.js";
import "./chunk-JSBISJTW.js";
import "./chunk-AZEV7QHZ.js";
import "./chunk-REBUUDU7.js";
import "./chunk-LDWCHAPX.js";
import "./chunk-RQW662HW.js";
import "./chunk-D4IIEJMR.js";
import "./chunk-6HFKTGO5.js";
import "./chunk-R3SC5XZQ.js";
import "./chunk-67POUGLA.js";
import "./chunk-X2ZRXL2H.js";
import "./chunk-QLN57JNR.js";
import "./chunk-GQHC3TBA.js";
import "./chunk-E6J5ZIHF.js";
import "./chunk-MEJJ4DTJ.js";
import "./chunk-PL5YMODH.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-JYYXNW3G.js";
import "./chunk-G5KYPP2H.js";
import "./chunk-5QST4MIK.js";
import "./chunk-EDGECDR7.js";
import "./chunk-MGV2XCLI.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-TH67XRTX.js";
import "./chunk-TWVWNLMF.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-V6G54X4G.js";
export {
  COMMANDS,
  findCommand
};
