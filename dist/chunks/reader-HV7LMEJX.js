import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  BadPackageError,
  DEFAULT_MAX_UNCOMPRESSED,
  extractPackage,
  openPackage,
  openPackageBuffer
} from "./chunk-55HAFDNT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";
export {
  BadPackageError,
  DEFAULT_MAX_UNCOMPRESSED,
  extractPackage,
  openPackage,
  openPackageBuffer
};
