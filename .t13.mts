import { YamlFile } from './src/yaml/yaml-file.ts';

for (const t of [
  'label:\n  -\n# a comment\nname: demo\n',
  'label:\n  -\nname: demo\n',
  'label:\n  - a\n# c\nname: demo\n',
  'label:\n  x:\n# c\nname: demo\n',
]) {
  const f = new YamlFile('x', t),
    s = new YamlFile('x', t, { fast: false });
  console.log(
    JSON.stringify(t),
    JSON.stringify([...(f as any).spans]),
    JSON.stringify([...(s as any).spans]),
  );
}
