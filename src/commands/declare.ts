/**
 * The shape of a command declaration. Each command is declared once (src/commands/<name>.ts): its
 * options with their kinds, defaults and the name each surface gives them (the CLI flag, the action
 * input, the `.dify-release.yml` key), its outputs, the stage it runs and how the result is
 * presented. The CLI (src/cli/build.ts), the action (src/action/main.ts), the action.yml files and
 * the README's option tables are all built from these declarations.
 */
import type { Finding } from '../core/finding.js';
import type { Section } from '../core/report.js';
import type { StageContext } from '../io/context.js';

export type OptionKind = 'string' | 'boolean' | 'number' | 'list' | 'enum' | 'path' | 'secret';

export interface OptionDecl {
  /** The key in the stage's input (camelCase). */
  key: string;
  kind: OptionKind;
  /** One line, lower case, no final period: help text, action input description, README. */
  description: string;
  /** The value used when no surface and no configuration gives one. */
  default?: string | number | boolean | readonly string[];
  /** How the default is described when it is decided elsewhere (e.g. "meta.runner.version"). */
  defaultText?: string;
  /**
   * A default only the action's input holds, as `with:` would (e.g. `${{ github.token }}`); the CLI
   * reads the environment instead, so the stage never sees it as a default.
   */
  actionDefault?: string;
  /** `enum`: the values allowed. */
  choices?: readonly string[];
  /** `number`: bounds and integer-ness. `minExclusive`: the value must be greater than `min`. */
  min?: number;
  max?: number;
  minExclusive?: boolean;
  integer?: boolean;
  /** `list`: how one flag value splits (`,`: comma-separated, `words`: shell-like words, none: one item per use). */
  split?: ',' | 'words';
  /** The CLI flag's long name (default: the key in kebab-case); `false`: not on the CLI. */
  flag?: string | false;
  /** A one-letter alias (`o` for `-o`). */
  short?: string;
  /** The placeholder shown in help (`MiB`, `dir`); default by kind. */
  value?: string;
  /** `enum`/`string`: the value a bare CLI flag stands for (`--marketplace` alone means `true`). */
  bareValue?: string;
  /** `boolean` whose default is true: the CLI offers `--no-<flag>`. */
  negatable?: boolean;
  /** The action input (default: the flag name); `false`: not in the action. */
  input?: string | false;
  /** The `.dify-release.yml` key (`package.max-size`); absent: not configurable. */
  config?: string;
}

/** A positional argument of the CLI; in the action it is an input like any option. */
export interface ArgDecl extends OptionDecl {
  /** Several values (`validate [paths...]`). */
  variadic?: boolean;
  /** Must be given on the CLI (`sign <package>`). */
  required?: boolean;
}

export interface OutputDecl {
  name: string;
  description: string;
}

/** The options every command that takes them shares, declared once (see common.ts). */
export type CommonOption = 'strict' | 'ignore' | 'config' | 'dry-run' | 'annotate-notices';

/** What a command shows: its sections, the action outputs, and the exit code when findings do not decide it. */
export interface Presentation {
  sections: Section[];
  outputs?: Record<string, string | undefined>;
  /** 0 ok, 1 the thing checked failed, 2 usage or environment; default: 1 when any error, else 0. */
  exitCode?: 0 | 1 | 2 | undefined;
  /** Printed as is on stdout (outside `--json`), e.g. `validate --matrix`'s JSON line. */
  stdout?: string;
  /** More top-level fields of the `--json` document (never replacing its own). */
  document?: Record<string, unknown>;
}

export interface CommandDecl<I = Record<string, unknown>, R = unknown> {
  name: string;
  /** One line for `--help`, the action's description and the README. */
  summary: string;
  args?: readonly ArgDecl[];
  options: readonly OptionDecl[];
  common: readonly CommonOption[];
  outputs: readonly OutputDecl[];
  /** Where the command runs: both surfaces by default. */
  surfaces?: { cli?: boolean; action?: boolean };
  /** The sub-action under actions/<name>/: a node action, a composite (it sets up Python first), or none. */
  subaction?: 'node' | 'composite' | false;
  /** Run the stage (loaded on first use, so declarations stay light). */
  run(input: I, ctx: StageContext): Promise<R>;
  /** Turn the stage's typed result into sections, outputs and an exit code. */
  present(result: R, input: I, ctx: StageContext): Presentation;
}

/** Declare a command (identity, typed). */
export function defineCommand<I, R>(decl: CommandDecl<I, R>): CommandDecl<I, R> {
  return decl;
}

/** An option's CLI flag name, without dashes. */
export function flagName(o: OptionDecl): string | undefined {
  if (o.flag === false) return undefined;
  return o.flag ?? kebab(o.key);
}

/** An option's action input name. */
export function inputName(o: OptionDecl): string | undefined {
  if (o.input === false) return undefined;
  return o.input ?? flagName(o) ?? kebab(o.key);
}

export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Findings a presentation holds, over all its sections. */
export function presentedFindings(p: Presentation): Finding[] {
  return p.sections.flatMap((s) => s.findings);
}
