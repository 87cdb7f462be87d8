import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM,
  submitStage
} from "./chunk-IMJ2RXCY.js";
import "./chunk-Z4Y4D6RE.js";
import "./chunk-LYMVMZXM.js";
import "./chunk-44DMQNJ6.js";
import "./chunk-DHL7WU2O.js";
import "./chunk-JPS3WAKG.js";
import "./chunk-WLUWFIQN.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-KNYFJMOG.js";
import "./chunk-QUYBDFKN.js";
import "./chunk-PLMF4UV6.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-GSZ2FFOJ.js";
import "./chunk-V3BXYE66.js";
import "./chunk-HUPHBNGN.js";
import "./chunk-RYNVO7DO.js";
import "./chunk-N54IPBB7.js";
import "./chunk-IME7R53O.js";
import "./chunk-H4DNBQKS.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-IGQ3AVMN.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-73FYGKZ7.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-MCGZHIVS.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-277J5JLG.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-V6G54X4G.js";
export {
  DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM,
  submitStage
};
