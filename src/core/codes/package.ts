import type { CodeInfo } from './info.js';

/** DPR4xx: package, sign, verify, bundle. Codes are stable: never renumber, only add. */
export const PACKAGE_CODES = {
  DPR401: { severity: 'error', category: 'package', title: 'secret or credential file would be packaged' },
  DPR402: { severity: 'error', category: 'package', title: 'package larger than the size limit' },
  DPR403: { severity: 'warning', category: 'package', title: 'ignore pattern the Dify CLI does not apply' },
  DPR404: { severity: 'warning', category: 'package', title: 'hidden file packaged' },
  DPR405: { severity: 'warning', category: 'package', title: 'no ignore file: default exclusions applied' },
  DPR406: {
    severity: 'warning',
    category: 'package',
    title: 'virtual environment, cache or build output packaged',
  },
  DPR407: { severity: 'error', category: 'package', title: 'file cannot be packaged' },
  DPR408: { severity: 'notice', category: 'package', title: 'secret-looking file allowed explicitly' },
  DPR409: { severity: 'notice', category: 'package', title: 'requirements.txt generated from uv.lock' },
  DPR410: { severity: 'warning', category: 'package', title: 'more files than the marketplace accepts' },
  DPR411: { severity: 'error', category: 'package', title: 'private key inside a packaged file' },
  DPR412: { severity: 'notice', category: 'package', title: 'nested ignore file not read' },
  DPR413: { severity: 'warning', category: 'package', title: 'no dependency file packaged' },
  DPR414: {
    severity: 'error',
    category: 'package',
    title: 'ignore file not read (not a regular file, or too large)',
    layer: 'tool',
  },
  DPR420: { severity: 'error', category: 'bundle', title: 'invalid bundle manifest' },
  DPR421: { severity: 'error', category: 'bundle', title: 'invalid bundle dependency' },
  DPR422: { severity: 'error', category: 'bundle', title: 'bundled package missing or invalid' },
  DPR423: { severity: 'warning', category: 'bundle', title: 'bundle asset not referenced' },
  DPR430: { severity: 'warning', category: 'signature', title: 'key file the daemon would reject' },
  DPR431: { severity: 'notice', category: 'signature', title: 'signing key not trusted by default daemons' },
  DPR432: { severity: 'warning', category: 'signature', title: 'langgenius plugin not signed as langgenius' },
  DPR433: { severity: 'warning', category: 'package', title: 'package layout differs from the Dify CLI' },
  DPR434: { severity: 'error', category: 'signature', title: 'package signature not verified' },
} as const satisfies Record<string, CodeInfo>;
