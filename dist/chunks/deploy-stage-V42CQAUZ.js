import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  deployStage,
  describeGates,
  newEntry,
  order
} from "./chunk-XNBSLBVS.js";
import "./chunk-5MKPKF4L.js";
import "./chunk-XN7FEI2X.js";
import "./chunk-XKX3XD72.js";
import "./chunk-BXCCUNIL.js";
import "./chunk-ETYHASKV.js";
import "./chunk-Z4Y4D6RE.js";
import "./chunk-W4GB3AWT.js";
import "./chunk-YGZFYM5S.js";
import "./chunk-DBBNZVSP.js";
import "./chunk-7E5EFD3O.js";
import "./chunk-AMBW3VGF.js";
import "./chunk-HUPHBNGN.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-YBQG7BNU.js";
import "./chunk-SLGCHDLQ.js";
import "./chunk-2YL3XENY.js";
import "./chunk-FEZ5BCC3.js";
import "./chunk-SEZSLU6W.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-HAERSONJ.js";
import "./chunk-JLDG5FBB.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-PHNCF7H2.js";
import "./chunk-KNYFJMOG.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-V3BXYE66.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-WY3W4H7T.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-K3NGV4HY.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-6FEGXJAF.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  deployStage,
  describeGates,
  newEntry,
  order
};
