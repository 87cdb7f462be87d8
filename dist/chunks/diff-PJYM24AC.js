import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  compareSurfaces,
  diffPlugins
} from "./chunk-P2JEJFFH.js";
import "./chunk-X7B7QGX4.js";
import "./chunk-VRKDIB4M.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-2IKMEROK.js";
import "./chunk-TJWGW2SP.js";
import "./chunk-62OAMW2I.js";
import "./chunk-MBP77SEH.js";
export {
  compareSurfaces,
  diffPlugins
};
