import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  inspectOpen,
  readArtifact,
  requireIdentifier,
  sha256File
} from "./chunk-UWIAWLSW.js";
import "./chunk-P4UHCZGU.js";
import "./chunk-H2V5PLBP.js";
import "./chunk-S4KMRDAG.js";
import "./chunk-VE4XLNYK.js";
import "./chunk-V3FPZX47.js";
import "./chunk-MP6ZBQ7L.js";
import "./chunk-S7GB3GUJ.js";
import "./chunk-VRKDIB4M.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-2IKMEROK.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-TJWGW2SP.js";
import "./chunk-62OAMW2I.js";
import "./chunk-MBP77SEH.js";
export {
  inspectOpen,
  readArtifact,
  requireIdentifier,
  sha256File
};
