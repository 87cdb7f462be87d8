import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  compilePython,
  compilerCommand,
  startCompiler
} from "./chunk-73FYGKZ7.js";
import "./chunk-277J5JLG.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-V6G54X4G.js";
export {
  compilePython,
  compilerCommand,
  startCompiler
};
