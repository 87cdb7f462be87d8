#!/usr/bin/env node
import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-32FHQH6M.js";
import "./chunks/chunk-V6G54X4G.js";

// src/cli/index.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var argv = process.argv.slice(2);
var run = argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V") ? Promise.resolve(process.stdout.write(`${VERSION}
`)).then(() => 0) : import("./chunks/main-PTVYE6H4.js").then(({ main }) => main(argv));
run.then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}
`);
    process.exitCode = 2;
  }
);
