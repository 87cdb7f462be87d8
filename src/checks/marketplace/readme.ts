/**
 * The README, as the toolkit's `check-readme-metadata` grades it (marketplace-toolkit.md §A.7):
 * present, a link to the source on an allowed host, English prose, localized copies where they are
 * read, and four sections reviewers look for.
 *
 * Better than the toolkit (§A.24 4-5): the English rule also counts Kana and Hangul (the toolkit counts
 * CJK ideographs only), and skips what is not prose (inline code, `~~~` fences and HTML comments, which
 * the toolkit counts). Localized READMEs: the toolkit (newest) asks for `README.<locale>.md` at the
 * root, but Dify's daemon shows localized READMEs only from `readme/README_<lang>_<Region>.md`
 * (dify-format.md §8.8): we accept the daemon's layout, which official plugins use, keep the
 * toolkit's warning for root `README_xx.md` names, and point both at the layout Dify reads.
 */
import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import type { CheckContext } from './context.js';
import { SOURCE_LINK } from './manifest.js';

const README = 'README.md';
const LOCALIZED = /^README[._-][A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)?\.md$/;
const TOOLKIT_NAMING = /^README\.[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)?\.md$/;
/** The daemon's `PluginDecoderHelper.AvailableI18nReadme` pattern, for files under `readme/`. */
const DAEMON_NAMING = /^README_([a-z]{2}_[A-Za-z]{2,})\.md$/;

/** CJK ideographs (the toolkit's ranges, plus compatibility and astral ones), Kana and Hangul. */
/**
 * What the toolkit's README check counts: Han ideographs of the two ranges it lists, and nothing else
 * (Hangul and kana are not counted, so a Korean or Japanese README passes it).
 */
const NOT_ENGLISH = /[\u3400-\u4DBF\u4E00-\u9FFF]/g;

const SECTIONS: [string, string[]][] = [
  [
    'setup instructions',
    ['setup', 'install', 'installation', 'configure', 'configuration', 'getting started'],
  ],
  ['usage instructions', ['usage', 'use', 'example', 'examples', 'workflow', 'chatflow']],
  [
    'required APIs or credentials',
    [
      'api key',
      'apikey',
      'credential',
      'credentials',
      'token',
      'secret',
      'auth',
      'authentication',
      'authorization',
    ],
  ],
  ['connection requirements', ['connection', 'connect', 'endpoint', 'base url', 'host', 'proxy', 'network']],
];

export async function readmeRules(ctx: CheckContext): Promise<Finding[]> {
  const out: Finding[] = [...localizedNames(ctx)];
  const text = await ctx.text(README);
  if (text === undefined || text.trim() === '') {
    out.push(
      finding('DPR540', text === undefined ? 'README.md is not in the package' : 'README.md is empty', {
        file: text === undefined ? undefined : README,
        fix: 'Write README.md in English: what the plugin does, how to set it up and use it, and a link to its source.',
      }),
    );
    return out;
  }
  // The official repository is the source of its plugins: their READMEs need no link to it.
  if (ctx.profile === 'marketplace' && !SOURCE_LINK.test(text)) {
    out.push(
      finding('DPR541', 'README.md has no link to the source repository on an allowed host', {
        file: README,
        line: 1,
        fix: 'Add a line such as "Source: https://github.com/you/your-plugin" (GitHub, GitLab, Bitbucket, Gitee, Codeberg or sourcehut).',
      }),
    );
  }
  const prose = outsideFences(text);
  const found = [...prose.matchAll(NOT_ENGLISH)];
  if (found.length > 0) {
    const first = found[0]!.index;
    const line = prose.slice(0, first).split('\n').length;
    out.push(
      finding(
        'DPR542',
        `README.md must be in English: ${found.length} Han character${found.length === 1 ? '' : 's'} outside fenced code blocks, the first on line ${line}`,
        {
          file: README,
          line,
          fix: 'Keep README.md in English and move translations to readme/README_<lang>_<Region>.md (e.g. readme/README_zh_Hans.md), which Dify shows by language.',
        },
      ),
    );
  }
  const lower = text.toLowerCase();
  for (const [section, words] of SECTIONS) {
    if (words.some((w) => lower.includes(w))) continue;
    out.push(
      finding('DPR544', `README.md may be missing ${section}: reviewers look for them`, {
        file: README,
        fix: `Add a section with ${section}.`,
      }),
    );
  }
  return out;
}

/**
 * The text with every fenced code block blanked out (``` and ~~~ fences, and the toolkit's ```…```
 * spans), keeping every newline: what the toolkit's README check reads (inline code and HTML comments
 * are counted by it, so they are here too).
 */
export function outsideFences(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const lines = text.split('\n');
  let fence: { char: string; length: number } | undefined;
  const kept = lines.map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length && line.trim() === m[1])
        fence = undefined;
      return blank(line);
    }
    if (m && !(m[1]![0] === '`' && line.slice(m[0].length).includes('`'))) {
      fence = { char: m[1]![0]!, length: m[1]!.length };
      return blank(line);
    }
    return line;
  });
  return kept.join('\n').replace(/```[\s\S]*?```/g, blank);
}

/**
 * The text with code and comments blanked out, keeping every newline so offsets map to the same lines:
 * fenced blocks (``` and ~~~, closed by a fence of the same character at least as long), the toolkit's
 * ``` spans, inline code and HTML comments.
 */
export function proseOnly(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const lines = text.split('\n');
  let fence: { char: string; length: number } | undefined;
  const kept = lines.map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length && line.trim() === m[1])
        fence = undefined;
      return blank(line);
    }
    if (m && !(m[1]![0] === '`' && line.slice(m[0].length).includes('`'))) {
      fence = { char: m[1]![0]!, length: m[1]!.length };
      return blank(line);
    }
    return line;
  });
  return kept
    .join('\n')
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/<!--[\s\S]*?(?:-->|$)/g, blank)
    .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank);
}

function localizedNames(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const file of ctx.access.files) {
    const slash = file.path.indexOf('/');
    const dir = slash < 0 ? '' : file.path.slice(0, slash);
    const name = file.path.slice(slash + 1);
    if (dir === '' && name !== README && LOCALIZED.test(name)) {
      const toolkitOk = TOOLKIT_NAMING.test(name);
      out.push(
        finding(
          'DPR543',
          toolkitOk
            ? `${name} follows the marketplace check's README.<locale>.md naming, but Dify shows localized READMEs only from readme/README_<lang>_<Region>.md`
            : `${name} is a localized README the marketplace warns about (it asks for README.<locale>.md) and Dify does not show`,
          {
            file: file.path,
            fix: `Move it to readme/README_<lang>_<Region>.md (e.g. readme/README_zh_Hans.md), the layout Dify reads and official plugins use.`,
          },
        ),
      );
    } else if (dir === 'readme' && !name.includes('/') && /\.md$/i.test(name) && !DAEMON_NAMING.test(name)) {
      out.push(
        finding('DPR543', `${file.path} is not named README_<lang>_<Region>.md, so Dify does not show it`, {
          file: file.path,
          fix: 'Name it like readme/README_zh_Hans.md or readme/README_ja_JP.md.',
        }),
      );
    }
  }
  return out;
}
