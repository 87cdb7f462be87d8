import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  start
} from "../chunks/chunk-Q4Y4HHHQ.js";
import "../chunks/chunk-A3MVWPB4.js";
import "../chunks/chunk-C77FUKDX.js";
import "../chunks/chunk-QQD7ZZSL.js";
import "../chunks/chunk-TH67XRTX.js";
import "../chunks/chunk-TWVWNLMF.js";
import "../chunks/chunk-74P7VPCQ.js";
import "../chunks/chunk-GVMVRTSN.js";
import "../chunks/chunk-6UGIGVRO.js";
import "../chunks/chunk-RNQVW4XQ.js";
import "../chunks/chunk-TO5RASRL.js";
import "../chunks/chunk-HXXNGEUI.js";
import "../chunks/chunk-RQVOJRQL.js";
import "../chunks/chunk-Z2ORKAXO.js";
import "../chunks/chunk-Y4BKZJXZ.js";
import "../chunks/chunk-62OAMW2I.js";
import "../chunks/chunk-2IS3DTRP.js";
import "../chunks/chunk-V6G54X4G.js";

// dpr-stage:deploy
start("deploy");
