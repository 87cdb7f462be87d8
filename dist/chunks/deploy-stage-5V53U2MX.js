import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  deployStage,
  describeGates,
  newEntry,
  order
} from "./chunk-ICX4WUMP.js";
import "./chunk-XN7FEI2X.js";
import "./chunk-QI66RZEI.js";
import "./chunk-Q3B6C26F.js";
import "./chunk-ROZRPW5Q.js";
import "./chunk-KHEB35I4.js";
import "./chunk-Z4Y4D6RE.js";
import "./chunk-HAERSONJ.js";
import "./chunk-44DMQNJ6.js";
import "./chunk-DHL7WU2O.js";
import "./chunk-ZR46IG5X.js";
import "./chunk-MC6ROTTZ.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-KNYFJMOG.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-WPIJ2H22.js";
import "./chunk-PLMF4UV6.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-ZQENFKUT.js";
import "./chunk-V3BXYE66.js";
import "./chunk-HUPHBNGN.js";
import "./chunk-AFI7Z2DL.js";
import "./chunk-N54IPBB7.js";
import "./chunk-IME7R53O.js";
import "./chunk-HBOEZ4GN.js";
import "./chunk-RN7JU5ET.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-LLCYNNFI.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-WY3W4H7T.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-4ZVZ2M7T.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-277J5JLG.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  deployStage,
  describeGates,
  newEntry,
  order
};
