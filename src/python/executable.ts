/** Finding a program the way a shell would, and telling a compiled executable from a script. */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

/** A regular file this process may execute. */
export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where a bare command name resolves on PATH (the first executable file), or the path itself. */
export function onPath(command: string, env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  if (/[\\/]/.test(command)) return path.resolve(cwd, command);
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/**
 * A compiled executable (ELF, Mach-O), not a script (a shim) whose answer may depend on where and
 * how it runs: only such a binary identifies an interpreter for a cache.
 */
export function isCompiledExecutable(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(4);
    if (readSync(fd, head, 0, 4, 0) !== 4) return false;
    const magic = head.readUInt32BE(0);
    return (
      magic === 0x7f454c46 || [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic)
    );
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
