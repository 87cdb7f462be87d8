/**
 * The marketplace pull request's title and body, in the shape langgenius/dify-plugins' template and
 * its PR-body check expect (dify-format.md §6.1, the toolkit's check-pr-body): plugin information,
 * exactly one submission type, what changed, exactly one risk level, the required checks, security
 * and privacy notes (from the capability scan, never a bare "None" when something was found) and
 * the local validation results, in English. Items only a person can confirm stay unticked unless
 * the submitter says so (--confirm-requirements).
 */
import type { CapabilityReport } from '../checks/marketplace/capabilities.js';
import type { Artifact } from '../core/artifact.js';
import type { Finding } from '../core/finding.js';

export type Risk = 'low' | 'medium' | 'high';

export interface PrFacts {
  artifact: Artifact;
  label: string;
  sourceRepository: string;
  contact: string;
  submission: 'new' | 'update';
  /** Versions already in the upstream directory, highest last. */
  previous: string[];
  whatChanged: string;
  risk: Risk;
  capabilities: CapabilityReport;
  /** More security notes from the submitter. */
  securityNotes?: string;
  /** The marketplace checks' findings (no errors: those refuse the submission). */
  findings: Finding[];
  confirmed: boolean;
  fileName: string;
  tool: string;
}

const HIGH = [
  'command execution',
  'code execution',
  'SQL or database access',
  'SSH or SFTP',
  'browser automation',
];

/** The risk level the capabilities suggest (the requirements' classification; higher when in doubt). */
export function suggestedRisk(caps: CapabilityReport, findings: readonly Finding[]): Risk {
  const found = Object.keys(caps);
  if (found.some((c) => HIGH.includes(c)) || findings.some((f) => f.category === 'binaries')) return 'high';
  if (found.length > 0) return 'medium';
  return 'low';
}

export function prTitle(a: Artifact): string {
  return `bump ${a.name} plugin to version ${a.version}`;
}

const tick = (on: boolean) => (on ? '[x]' : '[ ]');

/** Free text inside a section: its `#`/`##` headings demoted so they cannot end the section. */
function block(text: string): string {
  return text.replace(/^(#{1,2})(\s)/gm, '###$2').trim();
}

/** One line of text without anything that would start Markdown structure or a heading. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function prBody(f: PrFacts): string {
  const a = f.artifact;
  const has = (category: string, codes?: string[]) =>
    f.findings.some((x) => x.category === category && (!codes || codes.includes(x.code)));
  const counts = {
    errors: f.findings.filter((x) => x.severity === 'error').length,
    warnings: f.findings.filter((x) => x.severity === 'warning').length,
  };
  const caps = Object.entries(f.capabilities);
  const security: string[] = [];
  if (caps.length > 0) {
    security.push('A static scan of the package’s code found these sensitive capabilities:', '');
    for (const [cap, hit] of caps)
      security.push(
        `- ${cap}: ${hit!.count} place${hit!.count === 1 ? '' : 's'} (${hit!.samples
          .slice(0, 5)
          .map((s) => `\`${s}\``)
          .join(', ')}${hit!.count > 5 ? ', …' : ''})`,
      );
    security.push('');
  } else {
    security.push(
      'A static scan of the package’s code found no sensitive capability (command or code execution, SQL, SSH/SFTP, filesystem operations, arbitrary network requests, browser automation).',
      '',
    );
  }
  security.push('Data handling is described in the plugin’s privacy policy (`privacy` in manifest.yaml).');
  if (f.securityNotes?.trim()) security.push('', block(f.securityNotes));
  const warnings = f.findings.filter((x) => x.severity === 'warning');
  const lines = [
    '# Plugin Submission',
    '',
    '## Plugin information',
    '',
    `- **Author**: ${inline(a.author)}`,
    `- **Plugin name**: ${inline(a.name)}`,
    `- **Version**: ${inline(a.version)}`,
    `- **Source repository**: ${inline(f.sourceRepository)}`,
    `- **Contact**: ${inline(f.contact)}`,
    '',
    '## Submission type',
    '',
    `- ${tick(f.submission === 'new')} New plugin`,
    `- ${tick(f.submission === 'update')} Version update`,
    '',
    '## What changed',
    '',
    block(f.whatChanged) ||
      `${f.submission === 'new' ? 'First release' : 'Version'} ${a.version} of ${f.label}.`,
    '',
    '## Risk level',
    '',
    `- ${tick(f.risk === 'low')} Low risk`,
    `- ${tick(f.risk === 'medium')} Medium risk`,
    `- ${tick(f.risk === 'high')} High risk`,
    '',
    '## Required checks',
    '',
    `- ${tick(f.confirmed)} Follows the Marketplace submission requirements (docs/plugin-submission-requirements.md).`,
    `- ${tick(f.confirmed)} Complies with the Plugin Developer Agreement.`,
    `- ${tick(f.confirmed)} Tested on Dify Community Edition and Dify Cloud, or limitations noted below.`,
    `- ${tick(!has('contents'))} Only files needed at run time are packaged (checked: package contents).`,
    `- ${tick(!has('contents') && !has('secrets'))} No secrets, credentials, \`.env\` files, \`.git\`, virtual environments, caches, logs or IDE files (checked: contents and secret scan).`,
    `- ${tick(!has('binaries'))} No executables or bundled binaries (checked: binary scan).`,
    `- ${tick(!has('readme'))} The README covers setup, usage, required APIs or credentials, connection requirements and the source repository link (checked: README rules).`,
    `- ${tick(!has('manifest', ['DPR537', 'DPR538', 'DPR539']))} A privacy policy (\`PRIVACY.md\` or hosted) is referenced by \`manifest.yaml\` (checked: manifest rules).`,
    `- ${tick(!has('readme', ['DPR542']))} User-facing text is primarily in English (checked: README language).`,
    '',
    '## Security and privacy notes',
    '',
    ...security,
    '',
    '## Local validation',
    '',
    '```',
    `$ ${f.tool} check ${f.fileName} --profile marketplace`,
    `${counts.errors} errors, ${counts.warnings} warnings`,
    ...warnings.slice(0, 10).map((w) => `warning ${w.code}: ${inline(w.message)}`),
    ...(warnings.length > 10 ? [`… and ${warnings.length - 10} more warnings`] : []),
    `sha256      ${a.sha256}`,
    `identifier  ${a.identifier}`,
    `signature   ${a.signature.state}${a.signature.category ? ` (${a.signature.category})` : ''}`,
    '```',
    '',
    '## Reviewer notes',
    '',
    f.submission === 'update' && f.previous.length
      ? `Updates ${f.previous.at(-1)} to ${a.version}. Submitted with ${f.tool}; the file is byte-identical to the package checked above.`
      : `Submitted with ${f.tool}; the file is byte-identical to the package checked above.`,
    '',
  ];
  return lines.join('\n');
}
