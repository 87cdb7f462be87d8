import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import { getAt } from '../../yaml/pointer.js';
import type { YamlFile } from '../../yaml/yaml-file.js';

/** Locales Dify keeps; anything else is dropped by the daemon. */
export const LOCALES = ['en_US', 'zh_Hans', 'ja_JP', 'pt_BR'] as const;

/** Near-misses of a kept locale, which are surely meant as that locale. */
const LOCALE_ALIASES: Record<string, string> = {
  zh_cn: 'zh_Hans',
  zh_hans: 'zh_Hans',
  zh: 'zh_Hans',
  'zh-cn': 'zh_Hans',
  'zh-hans': 'zh_Hans',
  en: 'en_US',
  en_us: 'en_US',
  'en-us': 'en_US',
  ja: 'ja_JP',
  ja_jp: 'ja_JP',
  'ja-jp': 'ja_JP',
  pt: 'pt_BR',
  pt_br: 'pt_BR',
  'pt-br': 'pt_BR',
};

/**
 * Unknown locales in every localized text (the schema marks them): a near-miss such as `zh_CN` is a
 * warning (the translation is lost), a real but unsupported locale such as `ko_KR` a notice.
 */
export function localeRules(file: YamlFile, i18nPointers: ReadonlyMap<string, unknown>): Finding[] {
  const out: Finding[] = [];
  for (const pointer of i18nPointers.keys()) {
    const value = getAt(file.value, pointer);
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    for (const [key, text] of Object.entries(value)) {
      if ((LOCALES as readonly string[]).includes(key)) continue;
      // A mapping here is a misplaced key, not a locale (schema-check reports it once, as such).
      if (text !== null && typeof text === 'object') continue;
      const meant = LOCALE_ALIASES[key.toLowerCase()];
      const at = file.locate(`${pointer}/${key}`, 'key');
      if (meant) {
        out.push(
          finding('DPR207', `locale "${key}" is not one Dify knows: this text is dropped`, {
            ...at,
            fix: `Rename it to ${meant}.`,
          }),
        );
      } else {
        out.push(
          finding(
            'DPR207',
            `locale "${key}" is dropped by the daemon, which keeps only ${LOCALES.join(', ')}`,
            {
              ...at,
              severity: 'notice',
            },
          ),
        );
      }
    }
  }
  return out;
}
