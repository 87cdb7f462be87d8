import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/commands/declare.ts
function defineCommand(decl) {
  return decl;
}
function flagName(o) {
  if (o.flag === false) return void 0;
  return o.flag ?? kebab(o.key);
}
function inputName(o) {
  if (o.input === false) return void 0;
  return o.input ?? flagName(o) ?? kebab(o.key);
}
function kebab(key) {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export {
  defineCommand,
  flagName,
  inputName
};
