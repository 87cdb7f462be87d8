import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  deployStage,
  describeGates,
  newEntry,
  order
} from "./chunk-5AXPXNJX.js";
import "./chunk-Q7RXMQN4.js";
import "./chunk-Z4Y4D6RE.js";
import "./chunk-EP4CQILQ.js";
import "./chunk-YGZFYM5S.js";
import "./chunk-W5P3PA3H.js";
import "./chunk-N74JTWJR.js";
import "./chunk-FLQU6WBG.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-NV3FUAZ2.js";
import "./chunk-P26NH3M3.js";
import "./chunk-2YL3XENY.js";
import "./chunk-2M4PM3XZ.js";
import "./chunk-TNACQOAT.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-ETYHASKV.js";
import "./chunk-HAERSONJ.js";
import "./chunk-QVPZPZGV.js";
import "./chunk-X2FD72SB.js";
import "./chunk-6V2WW6HU.js";
import "./chunk-ZQE34I3B.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-DLLVIXXT.js";
import "./chunk-LPBHGQHM.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-MFLOZH23.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-74P7VPCQ.js";
import "./chunk-GVMVRTSN.js";
import "./chunk-6UGIGVRO.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-TO5RASRL.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-Y4BKZJXZ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  deployStage,
  describeGates,
  newEntry,
  order
};
