import type { CodeInfo } from './info.js';

/** DPR14xx: the pipeline (the stages chained). Codes are stable: never renumber, only add. */
export const PIPELINE_CODES = () =>
  ({
    DPR1401: {
      severity: 'error',
      category: 'pipeline',
      title: 'a stage of the pipeline failed; the stages after it did not run',
      layer: 'tool',
      fix: 'Read the failed stage’s section above, fix what it names, and run the pipeline again.',
    },
    DPR1402: {
      severity: 'notice',
      category: 'pipeline',
      title: 'a throwaway signing key was generated for this local run',
      layer: 'advice',
      fix: 'Nothing to do locally; a real release signs with your own key (sign --key, or signing: in .dify-release.yml).',
    },
  }) as const satisfies Record<string, CodeInfo>;
