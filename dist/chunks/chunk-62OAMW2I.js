import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/core/errors.ts
var DprError = class extends Error {
  constructor(message, exitCode, fix, options) {
    super(message, options);
    this.exitCode = exitCode;
    this.fix = fix;
    this.name = new.target.name;
  }
  exitCode;
  fix;
};
var UsageError = class extends DprError {
  constructor(message, fix) {
    super(message, 2, fix);
  }
};
var EnvironmentError = class extends DprError {
  constructor(message, fix, options) {
    super(message, 2, fix, options);
  }
};
var CheckFailedError = class extends DprError {
  constructor(message, fix) {
    super(message, 1, fix);
  }
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  DprError,
  UsageError,
  EnvironmentError,
  CheckFailedError,
  errorMessage
};
