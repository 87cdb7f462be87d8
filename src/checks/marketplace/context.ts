/**
 * What every marketplace check family sees: the files that are (or would be) in the package, read
 * through one cache, the loaded manifest, and the options (profile, marketplace directory, PR body).
 */
import type { LoadedPlugin } from '../../manifest/plugin-types.js';

/**
 * `marketplace`: the third-party submission rules of langgenius/dify-plugins (the toolkit's checks and
 * the pre-check workflow). `official`: the rules of langgenius/dify-official-plugins, whose pre-check
 * requires the `langgenius` author, `pyproject.toml` and release notes instead of the third-party
 * identity fields (repo, contact, privacy), with the same package hygiene.
 */
export type Profile = 'marketplace' | 'official';
export const PROFILES: readonly Profile[] = ['marketplace', 'official'];

export interface CheckedFile {
  /** Path inside the package, `/`-separated. */
  path: string;
  /** Uncompressed size in bytes. */
  size: number;
  /** Unix permission bits, when the package records them (zip entries made on Unix). */
  mode?: number;
}

/** The files of a plugin directory (after the package stage's selection) or of a built package. */
export interface FileAccess {
  kind: 'directory' | 'package';
  files: readonly CheckedFile[];
  /** A file's bytes, or `undefined` when it cannot be read. */
  read(file: string): Promise<Buffer | undefined>;
  /** The first bytes of a file (large files are not read whole). */
  head(file: string, bytes: number): Promise<Buffer | undefined>;
  /** The `.difypkg` file's own (compressed) size, for a package. */
  packageSize?: number;
  /** Absolute path of the `.difypkg`, for a package. */
  packagePath?: string;
}

export interface CheckOptions {
  profile: Profile;
  /** The `<author>/<name>/` folder of a dify-plugins checkout: earlier submissions live there. */
  marketplaceDir?: string;
  /** The pull request's body (Markdown), and the file it came from. */
  prBody?: { text: string; file: string };
}

/** Files over this size are not scanned for text (the toolkit's MAX_TEXT_FILE_BYTES). */
export const MAX_TEXT_BYTES = 1024 * 1024;

export class CheckContext {
  readonly fileSet: ReadonlySet<string>;
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly raw = new Map<string, Promise<Buffer | undefined>>();

  constructor(
    readonly access: FileAccess,
    readonly plugin: LoadedPlugin,
    readonly options: CheckOptions,
  ) {
    this.fileSet = new Set(access.files.map((f) => f.path));
  }

  get profile(): Profile {
    return this.options.profile;
  }

  has(file: string): boolean {
    return this.fileSet.has(file);
  }

  /** A file's bytes, cached (checks read files of at most {@link MAX_TEXT_BYTES} whole). */
  bytes(file: string): Promise<Buffer | undefined> {
    let b = this.raw.get(file);
    if (!b) {
      b = this.has(file) ? this.access.read(file) : Promise.resolve(undefined);
      this.raw.set(file, b);
    }
    return b;
  }

  /** A file as text (UTF-8, undecodable bytes dropped as Python's `errors="ignore"`), cached. */
  text(file: string): Promise<string | undefined> {
    let t = this.texts.get(file);
    if (!t) {
      t = this.bytes(file).then((b) => (b === undefined ? undefined : decodeText(b)));
      this.texts.set(file, t);
    }
    return t;
  }

  /** A manifest value as text the way `yq -r` prints a scalar; `undefined` when absent or not a scalar. */
  manifestString(pointer: string): string | undefined {
    return this.plugin.manifest.scalarText(pointer);
  }

  /** Where a manifest value is, for a finding (falls back to the nearest parent, then line 1). */
  at(pointer: string, part: 'key' | 'value' = 'value') {
    const { file, line, column } = this.plugin.manifest.locate(pointer, part);
    return { file, line, column };
  }
}

export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes).replace(/\uFFFD/g, '');
}

/** Python's `Path.suffix`, lower-cased: the last `.xxx` of the name, none for `.env` or `name.`. */
export function pySuffix(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const i = base.lastIndexOf('.');
  if (i <= 0 || i === base.length - 1) return '';
  // A name made only of dots and a leading-dot stem has no suffix (`.env` → '').
  if (base.slice(0, i).replace(/\./g, '') === '') return '';
  return base.slice(i).toLowerCase();
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** Lines as editors count them (`\n`, `\r\n` or a lone `\r` ends a line). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** The 1-based line holding a text offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * A value shown without republishing it: its first characters (at most a quarter of it, at most four)
 * and its length, e.g. `9f8e…(32 chars)`. Never its end: a masked prefix and suffix together give
 * away more of a short key than a reader needs to find it.
 */
export function mask(value: string): string {
  const n = [...value].length;
  const shown = Math.min(4, Math.floor(n / 4));
  return `${shown > 0 ? value.slice(0, shown) : '***'}…(${n} chars)`;
}
