/**
 * The files generated from the command declarations never drift: the umbrella action.yml, every
 * actions/<command>/action.yml (inputs, the env lines that pass them, outputs) and the README's
 * command reference are exactly what `npm run gen` makes; every configuration key an option
 * declares is in the configuration schema, and every key the schema has for a command is declared.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import schema from '../../schemas/dify-release.schema.json' with { type: 'json' };
import { generatedFiles, readmeWithReference } from '../../scripts/docs/generate.js';
import { flagName, inputName } from '../../src/commands/declare.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { allOptions } from '../../src/commands/run.js';

describe('generated files agree with the declarations', () => {
  for (const [file, content] of generatedFiles()) {
    it(`${file} is what npm run gen writes`, () => {
      expect(readFileSync(file, 'utf8'), `${file} is stale: run npm run gen`).toBe(content);
      expect(() => parse(content)).not.toThrow();
    });
  }

  it('the README command reference is what npm run gen writes', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme, 'README.md is stale: run npm run gen').toBe(readmeWithReference(readme));
  });

  it('every input a sub-action passes is one the command reads, and the reverse', () => {
    for (const decl of COMMANDS) {
      if (!decl.subaction) continue;
      const action = parse(readFileSync(`actions/${decl.name}/action.yml`, 'utf8'));
      const declared = new Set(allOptions(decl).map(inputName).filter(Boolean));
      declared.add('working-directory');
      const inputs = Object.keys(action.inputs);
      for (const name of declared) expect(inputs, `${decl.name}: ${name}`).toContain(name);
      const outputs = Object.keys(action.outputs ?? {});
      for (const o of decl.outputs) expect(outputs, `${decl.name} output ${o.name}`).toContain(o.name);
      if (decl.subaction === 'composite') {
        const run = action.runs.steps.find((s: { id?: string }) => s.id === 'run');
        const passed = Object.keys(run.env).map((k) => k.replace(/^INPUT_/, '').toLowerCase());
        for (const name of declared) expect(passed, `${decl.name} passes ${name}`).toContain(name);
        for (const name of passed)
          expect([...declared], `${decl.name} passes ${name}, which it never reads`).toContain(name);
      } else {
        expect(action.runs).toEqual({ using: 'node24', main: `../../dist/stages/${decl.name}.js` });
      }
    }
  });

  it('no two options of a command share a flag or an input', () => {
    for (const decl of COMMANDS) {
      const flags = allOptions(decl).map(flagName).filter(Boolean);
      const inputs = allOptions(decl).map(inputName).filter(Boolean);
      expect(new Set(flags).size, decl.name).toBe(flags.length);
      expect(new Set(inputs).size, decl.name).toBe(inputs.length);
    }
  });
});

describe('configuration keys agree with the schema', () => {
  type Node = {
    properties?: Record<string, Node>;
    $ref?: string;
    type?: string | string[];
    enum?: unknown[];
    items?: Node;
    anyOf?: Node[];
  };
  const root = schema as unknown as Node & { definitions: Record<string, Node> };
  const at = (key: string): Node | undefined => {
    let node: Node | undefined = root;
    for (const part of key.split('.')) node = node?.properties?.[part];
    return node?.$ref ? root.definitions[node.$ref.split('/').pop()!] : node;
  };

  it('every configuration key an option declares is in schemas/dify-release.schema.json, of its kind', () => {
    for (const decl of COMMANDS) {
      for (const o of allOptions(decl)) {
        if (!o.config) continue;
        const node = at(o.config);
        expect(node, `${decl.name} --${flagName(o)} → ${o.config}`).toBeDefined();
        const types = [node!.type, ...(node!.anyOf ?? []).map((n) => n.type)].flat().filter(Boolean);
        if (o.kind === 'boolean') expect(types, o.config).toContain('boolean');
        if (o.kind === 'number') expect(types, o.config).toContain('number');
        if (o.kind === 'list') expect(types, o.config).toContain('array');
        if (o.kind === 'enum')
          expect(node!.enum, o.config).toEqual(
            expect.arrayContaining([...(o.choices ?? [])].filter((c) => c !== 'true' && c !== 'false')),
          );
      }
    }
  });

  it('every key the schema has in a command section is declared by some option', () => {
    const declared = new Set(
      COMMANDS.flatMap((d) =>
        allOptions(d)
          .map((o) => o.config)
          .filter(Boolean),
      ),
    );
    const sections = ['validate', 'check', 'test', 'package', 'signing', 'verify', 'release', 'marketplace'];
    for (const section of sections) {
      for (const key of Object.keys(root.properties![section]!.properties!)) {
        expect(declared, `${section}.${key}`).toContain(`${section}.${key}`);
      }
    }
  });
});
