import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-C77FUKDX.js";
import "./chunk-V6G54X4G.js";
export default require_undici();
