import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-VIK6TWDY.js";
import "./chunk-MBP77SEH.js";
export default require_undici();
