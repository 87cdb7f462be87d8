/**
 * Manifest metadata, as the toolkit's `check-manifest-metadata` grades it (marketplace-toolkit.md
 * §A.6, newest text a9c59ca5 with the `source_hosts.py` allow-list of 9b618f84), and the official
 * repository's author rule (dify-format.md §6.4).
 */
import path from 'node:path';
import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import { getAt } from '../../yaml/pointer.js';
import type { CheckContext } from './context.js';

/**
 * Source hosts the marketplace accepts for `repo` and for the README's source link. The newest
 * toolkit keeps them in `toolkit/checks/source_hosts.py` (9b618f84), which added gitlab.anchnet.com
 * to the six public forges hard-coded before (readme.py at f93a7297 still had the six): we follow the
 * newest list (dify-format.md §8 asks for the newest rule where the marketplace's rules disagree).
 */
export const SOURCE_HOSTS = [
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'gitee.com',
  'codeberg.org',
  'git.sr.ht',
  'gitlab.anchnet.com',
];
const HOSTS = SOURCE_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|');
export const SOURCE_URL = new RegExp(`^https?://(?:www\\.)?(?:${HOSTS})/[^\\s)>"]+$`, 'i');
export const SOURCE_LINK = new RegExp(`https?://(?:www\\.)?(?:${HOSTS})/[^\\s)>"]+`, 'i');

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** Required by the toolkit; the official profile needs none of the third-party identity fields. */
const REQUIRED: [string, string][] = [
  ['author', '/author'],
  ['name', '/name'],
  ['version', '/version'],
  ['type', '/type'],
  ['icon', '/icon'],
  ['plugins', '/plugins'],
  ['privacy', '/privacy'],
  ['repo', '/repo'],
  ['contact', '/contact'],
  ['label.en_US', '/label/en_US'],
  ['description.en_US', '/description/en_US'],
  ['meta.version', '/meta/version'],
  ['meta.arch', '/meta/arch'],
  ['meta.runner.language', '/meta/runner/language'],
  ['meta.runner.version', '/meta/runner/version'],
  ['meta.runner.entrypoint', '/meta/runner/entrypoint'],
];
const THIRD_PARTY_ONLY = new Set(['privacy', 'repo', 'contact']);

const PRIVACY_TEMPLATE = 'please fill in the privacy policy';
const DISCLOSURE_WORDS = [
  'collect',
  'collection',
  'personal data',
  'user data',
  'data collected',
  'store',
  'storage',
  'retain',
  'retention',
  'persist',
  'log',
  'logging',
  'third party',
  'third-party',
  'share',
  'send',
  'transmit',
  'external service',
  'no user data collected',
  'does not collect',
  'do not collect',
  'not collect any user data',
];

export async function manifestRules(ctx: CheckContext): Promise<Finding[]> {
  const out: Finding[] = [];
  const official = ctx.profile === 'official';
  const value = ctx.plugin.manifest.value;
  for (const [name, pointer] of REQUIRED) {
    if (official && THIRD_PARTY_ONLY.has(name)) continue;
    const v = getAt(value, pointer);
    // `yq '… // ""'` prints nothing for a missing, null, false or empty value.
    if (v === undefined || v === null || v === false || v === '') {
      out.push(
        finding('DPR530', `manifest.yaml has no ${name}: the marketplace requires it`, {
          ...ctx.at(pointer, 'key'),
          fix: fieldFix(name),
        }),
      );
    }
  }
  const minimum = getAt(value, '/meta/minimum_dify_version');
  if (minimum === undefined || minimum === null || minimum === false || minimum === '') {
    out.push(
      finding('DPR531', 'meta.minimum_dify_version is not set: the marketplace recommends it', {
        ...ctx.at('/meta/minimum_dify_version', 'key'),
        fix: 'Set meta.minimum_dify_version to the oldest Dify release the plugin works with, e.g. "1.0.0".',
      }),
    );
  }
  out.push(...authorRules(ctx), ...typeRepoContact(ctx), ...(await privacyRules(ctx)));
  return out;
}

function fieldFix(name: string): string {
  switch (name) {
    case 'repo':
      return 'Add `repo:` with the plugin’s public source repository URL, e.g. https://github.com/you/your-plugin.';
    case 'contact':
      return 'Add `contact:` with an e-mail address reviewers and users can reach.';
    case 'privacy':
      return 'Add `privacy: PRIVACY.md` and write the policy in PRIVACY.md (or give an https:// URL).';
    default:
      return `Add ${name} to manifest.yaml.`;
  }
}

/**
 * Third-party plugins: the author must not contain `langgenius` or `dify`. The toolkit and the
 * pre-check workflow test substrings (so `dify-community` is refused too; marketplace-toolkit.md
 * §A.24 8 calls this over-broad, but the marketplace refuses it all the same, so we must report it);
 * we also test case-insensitively, since `Dify` is the same reserved name (the daemon refuses upper
 * case anyway, DPR111). Official plugins: the author must contain `langgenius` (official pre-check).
 */
function authorRules(ctx: CheckContext): Finding[] {
  const author = ctx.manifestString('/author');
  if (author === undefined || author === '') return [];
  const at = ctx.at('/author');
  if (ctx.profile === 'official') {
    if (author.includes('langgenius')) return [];
    return [
      finding(
        'DPR533',
        `author is "${author}": the official plugins repository requires an author containing "langgenius"`,
        {
          ...at,
          fix: 'Set `author: langgenius`, or submit the plugin to langgenius/dify-plugins with --profile marketplace.',
        },
      ),
    ];
  }
  const lower = author.toLowerCase();
  return ['langgenius', 'dify']
    .filter((word) => lower.includes(word))
    .map((word) =>
      finding(
        'DPR532',
        lower === word
          ? `author "${author}" is reserved for first-party plugins: the marketplace refuses it`
          : `author "${author}" contains "${word}", reserved for first-party plugins: the marketplace refuses the word anywhere in the author, even inside another name`,
        {
          ...at,
          fix: 'Use your own GitHub user or organisation name as the author, without "dify" or "langgenius".',
        },
      ),
    );
}

function typeRepoContact(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const type = ctx.manifestString('/type');
  if (type && type !== 'plugin') {
    out.push(
      finding('DPR534', `type is "${type}": the marketplace accepts only plugin`, {
        ...ctx.at('/type'),
        fix: 'Set `type: plugin`.',
      }),
    );
  }
  const repo = ctx.manifestString('/repo');
  if (repo && !SOURCE_URL.test(repo)) {
    out.push(
      finding(
        'DPR535',
        `repo ${repo} (host ${hostOf(repo)}) is not a repository URL on a host the marketplace accepts (${SOURCE_HOSTS.join(', ')})`,
        {
          ...ctx.at('/repo'),
          fix: 'Give the plain repository URL on one of these hosts; to admit another host, the toolkit’s source_hosts.py must list it.',
        },
      ),
    );
  }
  const contact = ctx.manifestString('/contact');
  if (contact && !EMAIL.test(contact)) {
    out.push(
      finding('DPR536', `contact "${contact}" is not an e-mail address`, {
        ...ctx.at('/contact'),
        fix: 'Set `contact:` to an e-mail address, e.g. maintainers@example.org.',
      }),
    );
  }
  return out;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

async function privacyRules(ctx: CheckContext): Promise<Finding[]> {
  const out: Finding[] = [];
  if (ctx.profile === 'marketplace' && !ctx.has('PRIVACY.md')) {
    out.push(
      finding(
        'DPR537',
        'PRIVACY.md is not at the package root: the marketplace requires it, even when `privacy` is a URL',
        {
          ...ctx.at('/privacy', 'key'),
          fix: 'Add PRIVACY.md at the plugin root saying what data the plugin collects, stores and sends.',
        },
      ),
    );
  }
  const privacy = ctx.manifestString('/privacy');
  if (!privacy || /^https?:\/\//.test(privacy)) return out; // a URL is accepted (never fetched)
  const at = ctx.at('/privacy');
  const bad = (why: string, fix: string) => out.push(finding('DPR538', why, { ...at, fix }));
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(privacy)) {
    bad(`privacy "${privacy}" is a URL that is not http(s)`, 'Use an https:// URL or a file in the package.');
    return out;
  }
  const ref = privacy.startsWith('./') ? privacy.slice(2) : privacy;
  const normalized = path.posix.normalize(ref);
  if (ref.startsWith('/') || normalized === '..' || normalized.startsWith('../')) {
    bad(
      `privacy "${privacy}" points outside the package`,
      'Reference a file inside the plugin, e.g. PRIVACY.md.',
    );
    return out;
  }
  const text = await ctx.text(normalized);
  if (text === undefined) {
    bad(
      `privacy "${privacy}" names a file that is not in the package`,
      `Add ${normalized}, or fix the path.`,
    );
    return out;
  }
  const lower = text.toLowerCase();
  if (lower.trim() === '') {
    bad(
      `the privacy policy ${normalized} is empty`,
      'Write the privacy policy: what the plugin collects, stores and sends.',
    );
  } else if (lower.includes(PRIVACY_TEMPLATE)) {
    out.push(
      finding('DPR538', `the privacy policy ${normalized} is still the \`dify plugin init\` template`, {
        file: normalized,
        line: text.slice(0, lower.indexOf(PRIVACY_TEMPLATE)).split('\n').length,
        fix: 'Replace the template text with the plugin’s real privacy policy.',
      }),
    );
  } else if (!DISCLOSURE_WORDS.some((w) => lower.includes(w))) {
    out.push(
      finding(
        'DPR539',
        `the privacy policy ${normalized} does not say whether data is collected, stored, logged or shared`,
        {
          file: normalized,
          line: 1,
          fix: 'Say what the plugin collects, stores, logs and sends to third parties (or that it collects no user data).',
        },
      ),
    );
  }
  return out;
}
