import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/python/executable.ts
import { accessSync, closeSync, constants, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function onPath(command, env, cwd) {
  if (/[\\/]/.test(command)) return path.resolve(cwd, command);
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
function isCompiledExecutable(file) {
  let fd;
  try {
    fd = openSync(file, "r");
    const head = Buffer.alloc(4);
    if (readSync(fd, head, 0, 4, 0) !== 4) return false;
    const magic = head.readUInt32BE(0);
    return magic === 2135247942 || [4277009102, 4277009103, 3472551422, 3489328638, 3405691582].includes(magic);
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

export {
  isExecutableFile,
  onPath,
  isCompiledExecutable
};
