import type { CodeInfo } from './info.js';

/** DPR3xx: references across files. Codes are stable: never renumber, only add. */
export const REFERENCES_CODES = () =>
  ({
    DPR301: {
      severity: 'error',
      category: 'reference',
      title: 'referenced file missing',
      layer: 'daemon',
      fix: 'Create the file, or fix the path (relative to the plugin root, case-sensitive).',
    },
    DPR302: {
      severity: 'error',
      category: 'reference',
      title: 'reference leaves the plugin',
      layer: 'daemon',
      fix: 'Reference files by their path relative to the plugin root, e.g. provider/tool.yaml.',
    },
    DPR303: {
      severity: 'error',
      category: 'reference',
      title: 'symlink escapes the repository',
      layer: 'cli',
      fix: 'Replace the symlink with the file itself, or point it inside the repository.',
    },
    DPR304: {
      severity: 'error',
      category: 'reference',
      title: 'reference the daemon cannot open',
      layer: 'daemon',
      fix: 'Write the clean path shown in the message (no ./, no .., no backslashes).',
    },
    DPR305: {
      severity: 'error',
      category: 'reference',
      title: 'icon missing from _assets/',
      layer: 'cli',
      fix: 'Put the icon file in _assets/ under the name the declaration gives.',
    },
    DPR306: {
      severity: 'warning',
      category: 'reference',
      title: 'icon missing (accepted by the CLI, broken in Dify)',
      layer: 'runtime',
      fix: 'Put the icon file in _assets/ under the name the declaration gives.',
    },
    DPR307: {
      severity: 'error',
      category: 'reference',
      title: 'Python source missing',
      layer: 'sdk',
      fix: 'Create the Python file, or fix extra.python.source.',
    },
    DPR308: {
      severity: 'warning',
      category: 'reference',
      title: 'orphan declaration file',
      layer: 'advice',
      fix: 'List the file where it belongs, or delete it.',
    },
    DPR309: {
      severity: 'warning',
      category: 'reference',
      title: 'model glob matches nothing',
      layer: 'runtime',
      fix: 'Fix the glob (relative to the plugin root), or add the model files.',
    },
    DPR310: {
      severity: 'warning',
      category: 'reference',
      title: 'privacy file missing',
      layer: 'runtime',
      fix: 'Create the privacy file, or fix the path in manifest.yaml.',
    },
    DPR311: {
      severity: 'notice',
      category: 'reference',
      title: 'symlink followed inside the repository',
      layer: 'advice',
      fix: 'Nothing to do: the file the link points to is packaged.',
    },
    DPR312: {
      severity: 'error',
      category: 'reference',
      title: 'entrypoint module missing',
      layer: 'sdk',
      fix: 'Create the module (main.py for `entrypoint: main`), or fix meta.runner.entrypoint.',
    },
    DPR313: {
      severity: 'error',
      category: 'reference',
      title: 'reference is not a file',
      layer: 'daemon',
      fix: 'Reference a regular file, not a directory or a special file.',
    },
  }) as const satisfies Record<string, CodeInfo>;
