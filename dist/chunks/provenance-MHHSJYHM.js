import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  actionsAttestor,
  bundleName,
  canAttest,
  checkBundle,
  paeOf,
  provenanceFindings,
  sha256Of
} from "./chunk-YTIQ34WN.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-V6G54X4G.js";
export {
  actionsAttestor,
  bundleName,
  canAttest,
  checkBundle,
  paeOf,
  provenanceFindings,
  sha256Of
};
