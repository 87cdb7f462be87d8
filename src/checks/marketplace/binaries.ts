/**
 * Native binaries, as the toolkit's `check-package-binaries` finds them (marketplace-toolkit.md
 * §A.5): magic bytes first (a renamed file is the cheapest way past a suffix list), then suffixes, the
 * daemon's own binaries, and executable bits. Inside a `.whl` path part, native code is a warning.
 */
import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import { baseName, type CheckContext, pySuffix } from './context.js';

const SKIPPED_DIRS = new Set(['__pycache__', '.git', '.hg', '.svn']);

const MAGIC: [number[], string][] = [
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable or shared object'],
  [[0x4d, 0x5a], 'a Windows PE executable or DLL'],
  [[0xfe, 0xed, 0xfa, 0xce], 'a Mach-O binary'],
  [[0xfe, 0xed, 0xfa, 0xcf], 'a Mach-O 64-bit binary'],
  [[0xce, 0xfa, 0xed, 0xfe], 'a Mach-O binary'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'a Mach-O 64-bit binary'],
  [[0xca, 0xfe, 0xba, 0xbe], 'a Mach-O universal binary (or a Java class file)'],
  [[0xca, 0xfe, 0xba, 0xbf], 'a Mach-O universal binary'],
];
const NATIVE_SUFFIXES = new Map([
  ['.dll', 'a Windows dynamic library'],
  ['.dylib', 'a macOS dynamic library'],
  ['.exe', 'a Windows executable'],
  ['.node', 'a native Node.js addon'],
  ['.pyd', 'a native Python extension'],
  ['.so', 'a native shared library'],
]);
const REVIEW_SUFFIXES = new Map([
  ['.app', 'an application bundle'],
  ['.bin', 'a binary-like file'],
  ['.command', 'a macOS command script'],
  ['.run', 'an installer-like file'],
  ['.sh', 'a shell script'],
]);
const DAEMON_BINARY = /^(?:dify-plugin-linux-.+|dify-plugin-darwin-.+|dify-plugin-windows-.+\.exe)$/i;

export async function binaryRules(ctx: CheckContext): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const file of ctx.access.files) {
    const dirs = file.path.split('/').slice(0, -1);
    if (dirs.some((d) => SKIPPED_DIRS.has(d))) continue;
    const name = baseName(file.path);
    const inWheel = file.path.split('/').some((p) => p.endsWith('.whl'));
    const severity = inWheel ? 'warning' : 'error';
    const wheelNote = inWheel ? ' (inside a wheel, so a reviewer decides)' : '';
    const suffix = pySuffix(name);
    if (DAEMON_BINARY.test(name)) {
      out.push(
        finding(
          'DPR523',
          `${file.path} is named like the Dify plugin daemon/CLI binary: the marketplace refuses it`,
          {
            file: file.path,
            fix: 'Remove the CLI binary from the plugin directory or exclude it in .difyignore.',
          },
        ),
      );
    }
    const head = await ctx.access.head(file.path, 8);
    const magic = head && MAGIC.find(([bytes]) => bytes.every((b, i) => head[i] === b));
    if (magic) {
      out.push(
        finding(
          'DPR520',
          `${file.path} is ${magic[1]} (by its first bytes)${wheelNote}: the marketplace blocks native binaries`,
          {
            file: file.path,
            severity,
            fix: 'Do not ship compiled code; depend on a package from PyPI that provides it (wheels are installed per platform).',
          },
        ),
      );
    } else if (NATIVE_SUFFIXES.has(suffix)) {
      out.push(
        finding(
          'DPR521',
          `${file.path} has the suffix of ${NATIVE_SUFFIXES.get(suffix)}${wheelNote}: the marketplace blocks it`,
          {
            file: file.path,
            severity,
            fix: 'Remove it or exclude it in .difyignore; native code must come from a dependency.',
          },
        ),
      );
    }
    if (REVIEW_SUFFIXES.has(suffix)) {
      out.push(
        finding(
          'DPR522',
          `${file.path} is ${REVIEW_SUFFIXES.get(suffix)}: a marketplace reviewer checks what it runs`,
          {
            file: file.path,
            fix: 'Exclude it in .difyignore unless the plugin runs it, and explain it in the PR if it does.',
          },
        ),
      );
    }
    // Only a package records permissions (zip entries made on Unix). The Dify CLI and `package` write
    // none, so a plugin directory's executable bits never reach the marketplace's unzip.
    if (file.mode !== undefined && (file.mode & 0o111) !== 0) {
      const first = (await ctx.access.head(file.path, 200))?.toString('utf8').split(/\r?\n/)[0]?.trim() ?? '';
      const shebang = first.startsWith('#!') ? ` with the shebang \`${first}\`` : '';
      out.push(
        finding('DPR524', `${file.path} is executable${shebang}: a marketplace reviewer checks it`, {
          file: file.path,
          fix: 'Rebuild the package with `dify-plugin-release package` (it records no permissions), or clear the executable bit.',
        }),
      );
    }
  }
  return out;
}
