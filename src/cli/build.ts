/**
 * The CLI, built from the command declarations: one commander command per declaration, one flag
 * per option (kinds parsed and worded for the CLI), defaults shown in the help but left to the
 * runner, so a configuration file can supply what a flag does not.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { COMMON_OPTIONS, JSON_OPTION } from '../commands/common.js';
import { type ArgDecl, type CommandDecl, flagName, type OptionDecl } from '../commands/declare.js';
import { parseText, splitList } from '../commands/values.js';
import { DprError } from '../core/errors.js';
import { VERSION } from '../core/version.js';

/** What the chosen command's action leaves for `main`: the declaration and the values given. */
export interface Chosen {
  decl: CommandDecl<never, never>;
  values: Record<string, unknown>;
  json: boolean;
}

/**
 * The program with these commands (every command, or only the one being run: its help, options and
 * errors are the same either way).
 */
export function buildProgram(
  commands: readonly CommandDecl<never, never>[],
  onAction: (chosen: Chosen) => void,
): Command {
  const program = new Command('dify-plugin-release')
    .description('Validate, test, package, sign, release and deploy Dify plugins.')
    .version(VERSION, '-V, --version')
    .option('--json', JSON_OPTION.description)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const decl of commands) {
    if (decl.surfaces?.cli === false) continue;
    program.addCommand(buildCommand(decl, onAction));
  }
  return program;
}

function buildCommand(decl: CommandDecl<never, never>, onAction: (chosen: Chosen) => void): Command {
  const cmd = new Command(decl.name).description(decl.summary).exitOverride();
  for (const a of decl.args ?? []) cmd.argument(argSpec(a), withDefault(a.description, a));
  const options = [...decl.options, ...decl.common.map((c) => COMMON_OPTIONS[c]), JSON_OPTION];
  for (const o of options) {
    if (flagName(o) === undefined) continue;
    cmd.addOption(optionOf(o));
  }
  cmd.action((...params: unknown[]) => {
    const command = params[params.length - 1] as Command;
    const values: Record<string, unknown> = {};
    (decl.args ?? []).forEach((a, i) => {
      const given = params[i];
      if (given === undefined || (Array.isArray(given) && given.length === 0)) return;
      values[a.key] = Array.isArray(given) ? given.map(String) : parseText(a, String(given), 'cli', true);
    });
    for (const o of options) {
      const name = attributeName(o);
      if (name === undefined) continue;
      const source = command.getOptionValueSource(name);
      if (source !== 'cli') continue;
      const value = command.getOptionValue(name);
      values[o.key] = value === true && o.bareValue !== undefined ? o.bareValue : value;
    }
    const json = values.json === true || Boolean(command.parent?.opts().json);
    delete values.json;
    onAction({ decl, values, json });
  });
  return cmd;
}

function argSpec(a: ArgDecl): string {
  if (a.variadic) return a.required ? `<${a.key}...>` : `[${a.key}...]`;
  return a.required ? `<${a.key}>` : `[${a.key}]`;
}

function optionOf(o: OptionDecl): Option {
  const long = flagName(o)!;
  const short = o.short ? `-${o.short}, ` : '';
  let spec: string;
  if (o.kind === 'boolean') spec = o.negatable ? `--no-${long}` : `${short}--${long}`;
  else {
    const placeholder =
      o.value ?? (o.kind === 'enum' ? (o.choices ?? []).join('|') : o.kind === 'path' ? 'path' : 'value');
    spec = `${short}--${long} ${o.bareValue !== undefined ? `[${placeholder}]` : `<${placeholder}>`}`;
  }
  const option = new Option(spec, withDefault(o.description, o));
  if (o.kind === 'secret') option.hideHelp();
  if (o.kind === 'boolean') return option;
  return option.argParser((text: string, previous: unknown) => {
    try {
      if (o.kind === 'list') {
        const items = o.split ? splitList(o, text, 'cli') : [text];
        return [...((previous as string[] | undefined) ?? []), ...items];
      }
      return parseText(o, text, 'cli');
    } catch (error) {
      // commander prefixes "option '--x <v>' argument 'y' is invalid."; our message says the rest.
      throw new InvalidArgumentError(
        error instanceof DprError ? `${error.message}. ${error.fix ?? ''}`.trim() : String(error),
      );
    }
  });
}

/** The name commander stores an option's value under (camelCase of the flag, `no-` dropped). */
function attributeName(o: OptionDecl): string | undefined {
  const long = flagName(o);
  if (long === undefined) return undefined;
  return long.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function withDefault(description: string, o: OptionDecl): string {
  const shown =
    o.defaultText ??
    (o.default === undefined || o.default === false || (Array.isArray(o.default) && o.default.length === 0)
      ? undefined
      : Array.isArray(o.default)
        ? o.default.join(', ')
        : String(o.default));
  const config = o.config ? `; .dify-release.yml: ${o.config}` : '';
  return shown === undefined && !config
    ? description
    : `${description} (${shown !== undefined ? `default: ${shown}` : ''}${shown !== undefined ? config : config.slice(2)})`;
}
