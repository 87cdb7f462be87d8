import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM,
  submitStage
} from "./chunk-N3AOW6CQ.js";
import "./chunk-X325L3WK.js";
import "./chunk-YGZFYM5S.js";
import "./chunk-KYFHDNK5.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-H4BG4H77.js";
import "./chunk-FLQU6WBG.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-FGHMESBN.js";
import "./chunk-FDP5CLN4.js";
import "./chunk-X2FD72SB.js";
import "./chunk-6V2WW6HU.js";
import "./chunk-ZQE34I3B.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-DLLVIXXT.js";
import "./chunk-FMZ7JAF7.js";
import "./chunk-2YL3XENY.js";
import "./chunk-NMMBE5IQ.js";
import "./chunk-4W6BNWG3.js";
import "./chunk-CGRQM2F4.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-EFQNBONL.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-GVMVRTSN.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-6UGIGVRO.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-TO5RASRL.js";
import "./chunk-HLY3B3WB.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";
export {
  DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM,
  submitStage
};
