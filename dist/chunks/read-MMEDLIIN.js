import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  inspectOpen,
  readArtifact,
  requireIdentifier,
  sha256File
} from "./chunk-JBGABJJO.js";
import "./chunk-H2V5PLBP.js";
import "./chunk-C2HAJOBI.js";
import "./chunk-237USAR5.js";
import "./chunk-62G3TLRA.js";
import "./chunk-G5FDGPDF.js";
import "./chunk-S7GB3GUJ.js";
import "./chunk-ZBQBWRBB.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-INAE5SBE.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-EHVJKRLH.js";
import "./chunk-62OAMW2I.js";
import "./chunk-MBP77SEH.js";
export {
  inspectOpen,
  readArtifact,
  requireIdentifier,
  sha256File
};
