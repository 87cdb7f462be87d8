/**
 * `dependencies` (检查依赖关系完整): the package's Python requirements are pinned and consistent (the
 * marketplace's dependency rules, over the package itself), and after the install the target
 * reports nothing missing for the identifier.
 */
import { checkTarget } from '../../checks/marketplace/index.js';
import type { Finding } from '../../core/finding.js';
import type { GateSpec } from './types.js';

export const dependenciesGate: GateSpec = {
  id: 'dependencies',
  title: 'requirements pinned and consistent, nothing missing on the target',
  phase: 'after',
  commands: ['deploy'],
  async run(c, t) {
    const { artifact } = c.pkg;
    let findings = c.memo.get('dependencyFindings') as Finding[] | undefined;
    if (!findings) {
      const r = await checkTarget(artifact.path, { cwd: c.stage.cwd });
      findings = r.findings.filter((f) => f.category === 'dependencies');
      c.memo.set('dependencyFindings', findings);
    }
    const say = (f: Finding) =>
      `${f.code} ${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : ''}${f.message}`;
    const errors = findings.filter((f) => f.severity === 'error');
    const evidence = [
      errors.length === 0
        ? `requirements checked: ${findings.length ? `${findings.length} warning${findings.length > 1 ? 's' : ''}` : 'pinned and consistent'}`
        : `${errors.length} dependency error${errors.length > 1 ? 's' : ''}`,
      ...findings.slice(0, 5).map(say),
    ];
    const missing = await t!.target.missing([artifact.identifier]);
    if (missing.length === 0) evidence.push('the target reports nothing missing');
    if (errors.length || missing.length) {
      return {
        status: 'failed',
        reason: [
          ...(errors.length ? [`the requirements do not hold: ${say(errors[0]!)}`] : []),
          ...(missing.length
            ? [
                `the target reports missing: ${missing.map((m) => m.identifier + (m.currentIdentifier ? ` (installed: ${m.currentIdentifier})` : '')).join(', ')}`,
              ]
            : []),
        ].join('; '),
        evidence,
        fix: 'Pin every requirement (name==version or a bounded range) in requirements.txt or pyproject.toml, rebuild, and deploy again.',
      };
    }
    return { status: 'passed', evidence };
  },
};
