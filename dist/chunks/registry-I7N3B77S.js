import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  COMMANDS,
  findCommand
} from "./chunk-7TBI6TQE.js";
import "./chunk-RECBLIRD.js";
import "./chunk-OYF2RSYP.js";
import "./chunk-GEIE7UX5.js";
import "./chunk-7FU7KTAG.js";
import "./chunk-GCDXVKFS.js";
import "./chunk-FKMQDVNU.js";
import "./chunk-DUCQZJBM.js";
import "./chunk-SD6KKTYF.js";
import "./chunk-JSBISJTW.js";
import "./chunk-AZEV7QHZ.js";
import "./chunk-UPJ7TFNW.js";
import "./chunk-3BDNK52R.js";
import "./chunk-7RSWS4GT.js";
import "./chunk-RQW662HW.js";
import "./chunk-YF25ONWA.js";
import "./chunk-VG7HAYRI.js";
import "./chunk-IEVXI3CA.js";
import "./chunk-QLN57JNR.js";
import "./chunk-JVWTJYVS.js";
import "./chunk-VCKKINYY.js";
import "./chunk-R3SC5XZQ.js";
import "./chunk-W3M62JFP.js";
import "./chunk-Y7E5AMYV.js";
import "./chunk-PL5YMODH.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-IJZZQHRB.js";
import "./chunk-5QST4MIK.js";
import "./chunk-2RQA23OJ.js";
import "./chunk-V3ODRHME.js";
import "./chunk-TH67XRTX.js";
import "./chunk-TWVWNLMF.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-MWFVCVXG.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  COMMANDS,
  findCommand
};
