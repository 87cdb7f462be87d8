import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  packagePlugin
} from "./chunk-5EFIG7OU.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-36F662Q5.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-ZQENFKUT.js";
import "./chunk-AFI7Z2DL.js";
import "./chunk-N54IPBB7.js";
import "./chunk-IME7R53O.js";
import "./chunk-HBOEZ4GN.js";
import "./chunk-RN7JU5ET.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LLCYNNFI.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-4ZVZ2M7T.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-277J5JLG.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  packagePlugin
};
