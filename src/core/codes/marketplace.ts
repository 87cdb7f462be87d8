import type { CodeInfo } from './info.js';

/** DPR5xx: marketplace checks. Codes are stable: never renumber, only add. */
export const MARKETPLACE_CODES = {
  // contents (toolkit check-package-contents)
  DPR501: { severity: 'error', category: 'contents', title: 'directory the marketplace blocks' },
  DPR502: { severity: 'warning', category: 'contents', title: 'build or dist directory (reviewed by hand)' },
  DPR503: { severity: 'error', category: 'contents', title: 'file name the marketplace blocks' },
  DPR504: { severity: 'error', category: 'contents', title: 'file suffix the marketplace blocks' },
  DPR505: { severity: 'warning', category: 'contents', title: 'archive in the package (for a reviewer)' },
  DPR506: { severity: 'error', category: 'contents', title: 'package larger than 50 MiB' },
  DPR507: { severity: 'error', category: 'contents', title: 'package holds more than 5000 files' },
  DPR508: { severity: 'error', category: 'contents', title: 'virtual environment at the plugin root' },
  // secrets (toolkit check-package-secrets)
  DPR510: { severity: 'error', category: 'secrets', title: 'vendor-shaped token' },
  DPR511: { severity: 'error', category: 'secrets', title: 'PEM private key' },
  DPR512: { severity: 'error', category: 'secrets', title: 'high-entropy literal for a secret key' },
  DPR513: { severity: 'warning', category: 'secrets', title: 'possible secret field (reviewed by hand)' },
  DPR514: { severity: 'warning', category: 'secrets', title: 'file too large for the secret scan' },
  DPR515: { severity: 'warning', category: 'secrets', title: 'toolkit false positive, not a secret' },
  // binaries (toolkit check-package-binaries)
  DPR520: { severity: 'error', category: 'binaries', title: 'native executable or library (magic bytes)' },
  DPR521: { severity: 'error', category: 'binaries', title: 'native binary suffix' },
  DPR522: { severity: 'warning', category: 'binaries', title: 'script or installer (for a reviewer)' },
  DPR523: { severity: 'error', category: 'binaries', title: 'Dify plugin daemon binary inside the package' },
  DPR524: { severity: 'warning', category: 'binaries', title: 'file with the executable bit' },
  // manifest metadata (toolkit check-manifest-metadata, plus the official repository's rules)
  DPR530: { severity: 'error', category: 'manifest', title: 'field the marketplace requires is missing' },
  DPR531: { severity: 'warning', category: 'manifest', title: 'meta.minimum_dify_version missing' },
  DPR532: { severity: 'error', category: 'manifest', title: 'author reserved for first-party plugins' },
  DPR533: { severity: 'error', category: 'manifest', title: 'official plugin without the langgenius author' },
  DPR534: { severity: 'error', category: 'manifest', title: 'type is not plugin' },
  DPR535: { severity: 'error', category: 'manifest', title: 'repo is not on an allowed source host' },
  DPR536: { severity: 'error', category: 'manifest', title: 'contact is not an e-mail address' },
  DPR537: { severity: 'error', category: 'manifest', title: 'PRIVACY.md missing at the package root' },
  DPR538: { severity: 'error', category: 'manifest', title: 'privacy policy missing, empty or the template' },
  DPR539: { severity: 'warning', category: 'manifest', title: 'privacy policy silent on data' },
  // README (toolkit check-readme-metadata)
  DPR540: { severity: 'error', category: 'readme', title: 'README.md missing or empty' },
  DPR541: { severity: 'error', category: 'readme', title: 'README has no source repository link' },
  DPR542: { severity: 'error', category: 'readme', title: 'README is not in English' },
  DPR543: { severity: 'warning', category: 'readme', title: 'localized README Dify does not read' },
  DPR544: { severity: 'warning', category: 'readme', title: 'README may lack a section reviewers expect' },
  // dependencies (toolkit check-package-dependencies)
  DPR550: { severity: 'error', category: 'dependencies', title: 'git-based requirement' },
  DPR551: { severity: 'error', category: 'dependencies', title: 'direct URL requirement' },
  DPR552: { severity: 'warning', category: 'dependencies', title: 'editable requirement (reviewed by hand)' },
  DPR553: { severity: 'warning', category: 'dependencies', title: 'local path requirement' },
  DPR554: { severity: 'warning', category: 'dependencies', title: 'large dependency (reviewed by hand)' },
  DPR555: { severity: 'error', category: 'dependencies', title: 'dify_plugin below the marketplace minimum' },
  DPR556: { severity: 'error', category: 'dependencies', title: 'requirement without a version constraint' },
  DPR557: { severity: 'warning', category: 'dependencies', title: 'requirement with only a lower bound' },
  DPR558: { severity: 'warning', category: 'dependencies', title: 'requirements include not packaged' },
  DPR559: { severity: 'error', category: 'dependencies', title: 'pyproject.toml cannot be parsed' },
  // icon (dify-plugins pre-check workflow)
  DPR560: { severity: 'error', category: 'icon', title: 'plugin icon missing from _assets/' },
  DPR561: { severity: 'error', category: 'icon', title: 'plugin icon is the CLI template icon' },
  DPR562: { severity: 'error', category: 'icon', title: 'plugin icon is the old default "P" icon' },
  // version and submission
  DPR570: { severity: 'error', category: 'version', title: 'version not greater than one already submitted' },
  DPR571: { severity: 'warning', category: 'version', title: 'no earlier submission to compare' },
  DPR572: { severity: 'warning', category: 'version', title: 'version differs from pyproject.toml' },
  DPR573: { severity: 'error', category: 'version', title: 'release notes missing from the PR body' },
  DPR574: { severity: 'error', category: 'version', title: 'PR body misses the template' },
  DPR575: { severity: 'warning', category: 'version', title: 'PR body disagrees with the manifest' },
  DPR576: { severity: 'error', category: 'dependencies', title: 'pyproject.toml missing (official)' },
  // consistency of the Python environment (user-pain-points §3-4, §6)
  DPR580: { severity: 'warning', category: 'dependencies', title: 'requires-python excludes the runner' },
  DPR581: { severity: 'warning', category: 'dependencies', title: 'dify_plugin needs a newer runner' },
  DPR582: { severity: 'error', category: 'dependencies', title: 'requires-python wider than dify_plugin' },
  DPR583: { severity: 'error', category: 'dependencies', title: 'requirements.txt disagrees with uv.lock' },
  DPR584: { severity: 'warning', category: 'dependencies', title: 'requirements.txt and uv.lock differ' },
} as const satisfies Record<string, CodeInfo>;
