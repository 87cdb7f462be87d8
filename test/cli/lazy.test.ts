import { describe, expect, it } from 'vitest';
import { COMMAND_LOADERS } from '../../src/commands/lazy.js';
import { COMMANDS } from '../../src/commands/registry.js';

describe('the CLI loads only the declaration of the command it runs', () => {
  it('the index of declarations names every command of the registry, in its order, and loads that very declaration', async () => {
    expect(Object.keys(COMMAND_LOADERS)).toEqual(COMMANDS.map((c) => c.name));
    for (const decl of COMMANDS) expect(await COMMAND_LOADERS[decl.name]!()).toBe(decl);
  });
});
