import * as core from '@actions/core';
import { run } from './main.js';

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // core.setFailed escapes the message, so no text can act as a workflow command.
    core.setFailed(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
