import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  inspectOpen,
  readArtifact,
  requireIdentifier,
  sha256File
} from "./chunk-XMWX2DAZ.js";
import "./chunk-YVPYNXKR.js";
import "./chunk-6V2WW6HU.js";
import "./chunk-ZQE34I3B.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-J3KWQV2H.js";
import "./chunk-X767ODVO.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-EFX4SNBM.js";
import "./chunk-2YYE62HA.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-OOAY6CXC.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-MBP77SEH.js";
export {
  inspectOpen,
  readArtifact,
  requireIdentifier,
  sha256File
};
