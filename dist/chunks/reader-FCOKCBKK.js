import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  BadPackageError,
  DEFAULT_MAX_UNCOMPRESSED,
  extractPackage,
  openPackage,
  openPackageBuffer
} from "./chunk-MP6ZBQ7L.js";
import "./chunk-S7GB3GUJ.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-62OAMW2I.js";
import "./chunk-MBP77SEH.js";
export {
  BadPackageError,
  DEFAULT_MAX_UNCOMPRESSED,
  extractPackage,
  openPackage,
  openPackageBuffer
};
