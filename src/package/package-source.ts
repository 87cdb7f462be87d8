import { byteOrder } from '../core/paths.js';
import { type PluginSource, readSelected } from '../manifest/source.js';
import type { SelectedFile } from '../selection/select.js';
import type { OpenPackage } from '../zip/reader.js';

/**
 * A built `.difypkg` seen by the validator: `validateSource(new PackageSource(pkg, file))` checks the
 * package exactly as it will reach the daemon. Packages hold no symlinks (the reader refuses them).
 */
export class PackageSource implements PluginSource {
  private readonly names: string[];
  private readonly present: Set<string>;

  constructor(
    readonly pkg: OpenPackage,
    readonly label: string,
  ) {
    this.names = pkg.entries.map((e) => e.name).sort(byteOrder);
    this.present = new Set(this.names);
  }

  async files(): Promise<readonly string[]> {
    return this.names;
  }

  async read(file: string): Promise<Uint8Array | undefined> {
    return this.present.has(file) ? this.pkg.read(file) : undefined;
  }
}

/**
 * The files `package` is about to write, seen by the validator: the selection (after the ignore
 * file, so a referenced file that `.difyignore` drops is reported missing) plus generated files.
 * Symlinks were already reported by the selection, so none are listed again.
 */
export class SelectionSource implements PluginSource {
  private readonly byPath = new Map<string, SelectedFile>();
  private readonly names: string[];

  constructor(
    files: readonly SelectedFile[],
    private readonly generated: ReadonlyMap<string, Buffer>,
    readonly label: string,
    /** The real directory the files must stay in (the selection's boundary); none: not checked. */
    private readonly boundary?: string,
    /** Why existing files were left out (the selection's `refused`), for "it exists, but …". */
    private readonly refused?: ReadonlyMap<string, string>,
    /** Files already read (./contents.ts): these bytes, not the file's now. */
    private readonly contents?: ReadonlyMap<string, Buffer>,
  ) {
    for (const f of files) this.byPath.set(f.path, f);
    this.names = [...new Set([...this.byPath.keys(), ...generated.keys()])].sort(byteOrder);
  }

  async files(): Promise<readonly string[]> {
    return this.names;
  }

  async read(file: string): Promise<Uint8Array | undefined> {
    const generated = this.generated.get(file);
    if (generated) return generated;
    const selected = this.byPath.get(file);
    if (!selected) return undefined;
    return this.contents?.get(file) ?? readSelected(selected.source, file, this.boundary);
  }

  whyMissing(file: string): string | undefined {
    const refused = this.refused?.get(file);
    return refused ? `it exists, but it ${refused}, so it is not in the package` : undefined;
  }
}
