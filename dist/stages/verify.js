import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  start
} from "../chunks/chunk-3OCRUJM4.js";
import "../chunks/chunk-J4K6GQSZ.js";
import "../chunks/chunk-VIK6TWDY.js";
import "../chunks/chunk-2EX5VXN2.js";
import "../chunks/chunk-HXXNGEUI.js";
import "../chunks/chunk-TH67XRTX.js";
import "../chunks/chunk-TWVWNLMF.js";
import "../chunks/chunk-ZAXOYJEL.js";
import "../chunks/chunk-ORDP4D4P.js";
import "../chunks/chunk-DPA5EFVB.js";
import "../chunks/chunk-RNQVW4XQ.js";
import "../chunks/chunk-2IS3DTRP.js";
import "../chunks/chunk-EHVJKRLH.js";
import "../chunks/chunk-62OAMW2I.js";
import "../chunks/chunk-RQVOJRQL.js";
import "../chunks/chunk-MBP77SEH.js";

// dpr-stage:verify
start("verify");
