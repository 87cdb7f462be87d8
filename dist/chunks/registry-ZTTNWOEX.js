import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  COMMANDS,
  findCommand
} from "./chunk-RPJTFTGT.js";
import "./chunk-2IWEKIMW.js";
import "./chunk-OYF2RSYP.js";
import "./chunk-GEIE7UX5.js";
import "./chunk-7FU7KTAG.js";
import "./chunk-GCDXVKFS.js";
import "./chunk-FKMQDVNU.js";
import "./chunk-VOZERCZW.js";
import "./chunk-SD6KKTYF.js";
import "./chunk-JSBISJTW.js";
import "./chunk-AZEV7QHZ.js";
import "./chunk-UPJ7TFNW.js";
import "./chunk-4X5GSDON.js";
import "./chunk-7RSWS4GT.js";
import "./chunk-RQW662HW.js";
import "./chunk-RNEJKI3O.js";
import "./chunk-HRH65B32.js";
import "./chunk-XQCGHRVX.js";
import "./chunk-QLN57JNR.js";
import "./chunk-JVWTJYVS.js";
import "./chunk-VCKKINYY.js";
import "./chunk-R3SC5XZQ.js";
import "./chunk-RRYIMZ5U.js";
import "./chunk-TTSAFXY3.js";
import "./chunk-PL5YMODH.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-I3C5HU3X.js";
import "./chunk-5QST4MIK.js";
import "./chunk-2RQA23OJ.js";
import "./chunk-V3ODRHME.js";
import "./chunk-TH67XRTX.js";
import "./chunk-TWVWNLMF.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-SAI3GBUW.js";
import "./chunk-RQSBGP2X.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  COMMANDS,
  findCommand
};
