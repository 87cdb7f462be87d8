import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** Every input an action command reads, from its source (inputs.string('x'), inputs.list('x'), …). */
function inputsRead(): Set<string> {
  const source = readFileSync('src/action/commands.ts', 'utf8');
  return new Set(
    [...source.matchAll(/inputs\.(?:string|boolean|list|number)\('([a-z-]+)'\)/g)].map((m) => m[1]!),
  );
}

describe('action.yml files agree with what the action reads', () => {
  it('the umbrella action declares every input a command reads, and nothing it does not', () => {
    const declared = Object.keys(parse(readFileSync('action.yml', 'utf8')).inputs);
    const read = inputsRead();
    read.add('command');
    read.add('working-directory');
    expect(declared.filter((i) => !read.has(i))).toEqual([]);
    expect([...read].filter((i) => !declared.includes(i))).toEqual([]);
  });

  it('each composite action passes only inputs the action reads, and runs the bundled entry', () => {
    const read = inputsRead();
    for (const dir of readdirSync('actions')) {
      const file = path.join('actions', dir, 'action.yml');
      const action = parse(readFileSync(file, 'utf8'));
      const run = action.runs.steps.find((s: { run?: string }) => s.run?.includes('dist/action.js'));
      expect(run, `${file} runs dist/action.js`).toBeDefined();
      expect(run.env.INPUT_COMMAND, file).toBe(dir);
      for (const key of Object.keys(run.env)) {
        const name = key
          .replace(/^INPUT_/, '')
          .toLowerCase()
          .replace(/_/g, ' ');
        if (name === 'command' || name === 'working-directory') continue;
        expect(read.has(name), `${file} passes ${key}, which the action never reads`).toBe(true);
      }
    }
  });
});
