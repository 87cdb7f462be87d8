import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/commands/options.ts
function maxSizeOption(of = "the package") {
  return {
    key: "maxSize",
    kind: "number",
    value: "MiB",
    min: 0,
    minExclusive: true,
    defaultText: "50, the daemon\u2019s",
    description: `uncompressed size limit of ${of} in MiB`,
    config: "package.max-size"
  };
}
function outputOption(description, config) {
  return {
    key: "output",
    kind: "path",
    short: "o",
    value: "dir",
    input: "output-dir",
    description,
    ...config ? { config } : {}
  };
}
function publicKeysOption(description) {
  return {
    key: "key",
    kind: "list",
    value: "file",
    input: "key-file",
    description,
    config: "verify.key-file"
  };
}

export {
  maxSizeOption,
  outputOption,
  publicKeysOption
};
