import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  start
} from "../chunks/chunk-NCO6DR7D.js";
import "../chunks/chunk-EZLT4S3V.js";
import "../chunks/chunk-JSBISJTW.js";
import "../chunks/chunk-TH67XRTX.js";
import "../chunks/chunk-TWVWNLMF.js";
import "../chunks/chunk-USEF4RXG.js";
import "../chunks/chunk-RQSBGP2X.js";
import "../chunks/chunk-WY3W4H7T.js";
import "../chunks/chunk-NXO6TLEO.js";
import "../chunks/chunk-AFHULDBQ.js";
import "../chunks/chunk-GHC7EWKP.js";
import "../chunks/chunk-NBD5T6J4.js";
import "../chunks/chunk-RNQVW4XQ.js";
import "../chunks/chunk-K3NGV4HY.js";
import "../chunks/chunk-HXXNGEUI.js";
import "../chunks/chunk-6FEGXJAF.js";
import "../chunks/chunk-ZGFNRH4I.js";
import "../chunks/chunk-62OAMW2I.js";
import "../chunks/chunk-2IS3DTRP.js";
import "../chunks/chunk-A3MVWPB4.js";
import "../chunks/chunk-C77FUKDX.js";
import "../chunks/chunk-RQVOJRQL.js";
import "../chunks/chunk-V6G54X4G.js";

// dpr-stage:submit
start("submit");
