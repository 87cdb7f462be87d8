import { describe, expect, it } from 'vitest';
import { processRunner } from '../../src/io/process.js';
import { compilePython, startCompiler } from '../../src/python/compile.js';

const file = (plugin: string, path: string, text: string | Uint8Array) => ({
  plugin,
  path,
  bytes: typeof text === 'string' ? Buffer.from(text) : text,
});

describe('the compile check’s one Python process', () => {
  it('compiles files given while it runs, and gives each error to its plugin, file and line', async () => {
    const compiler = startCompiler(processRunner);
    compiler.add([file('a', 'ok.py', 'x = 1\n'), file('a', 'bad.py', 'x = 1\ndef f(:\n')]);
    await new Promise((r) => setTimeout(r, 50));
    compiler.add([file('b', 'tools/t.py', 'if True:\nprint(1)\n')]);
    const outcome = await compiler.finish();
    expect(outcome.version).toMatch(/^3\.\d+\.\d+$/);
    expect(outcome.byPlugin.get('a')).toMatchObject([{ code: 'DPR415', file: 'bad.py', line: 2 }]);
    expect(outcome.byPlugin.get('b')).toMatchObject([{ code: 'DPR415', file: 'tools/t.py', line: 2 }]);
    expect(outcome.notice).toBeUndefined();
  });

  it('honours encoding declarations, reports text beyond ASCII under a C locale, and survives NUL bytes', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('# -*- coding: latin-1 -*-\nname = "'),
      Buffer.from([0xe9]),
      Buffer.from('"\n'),
    ]);
    const outcome = await compilePython(
      [
        file('p', 'latin.py', latin1),
        file('p', 'accent.py', 'café = (\n'),
        file('p', 'nul.py', Buffer.from('x = 1\u0000\n')),
      ],
      processRunner,
      { env: { ...process.env, LC_ALL: 'C', LANG: 'C', PYTHONIOENCODING: '' } },
    );
    const found = outcome.byPlugin.get('p') ?? [];
    expect(found.map((f) => f.file)).toEqual(['accent.py', 'nul.py']);
    expect(found[0]!.message).toContain('café');
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  it('a compiler finished without files lets its Python go and reports nothing', async () => {
    const outcome = await startCompiler(processRunner).finish();
    expect(outcome).toEqual({ byPlugin: new Map() });
  });

  it('a program that is not Python 3 gives a notice, never a pass', async () => {
    const outcome = await compilePython([file('p', 'x.py', 'x = 1\n')], processRunner, {
      python: '/bin/echo',
    });
    expect(outcome.notice).toMatchObject({ code: 'DPR416' });
  });
});
