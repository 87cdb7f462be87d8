import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MarketplaceOptions } from '../../src/checks/marketplace/index.js';
import { scanText } from '../../src/checks/marketplace/secrets.js';
import type { PluginFiles } from '../helpers/plugins.js';
import {
  checkPlugin,
  codes,
  type Expected,
  expectHit,
  MARKET_PLUGIN,
  manifestWith,
  show,
} from './marketplace-helpers.js';

/** One seeded defect on the marketplace-ready plugin and the finding it must produce. */
interface Case extends Expected {
  name: string;
  changes: PluginFiles;
  options?: MarketplaceOptions;
  /** Codes that must not be reported (a better verdict than the toolkit's, or a restated finding). */
  absent?: string[];
}

const PEM = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
  type: 'pkcs8',
  format: 'pem',
}) as string;
const HEX = '9f8e7d6c5b4a39281726354a5b6c7d8e';
const README = MARKET_PLUGIN['README.md']!;
const PYPROJECT = `[project]
name = "demo-tool"
version = "0.1.0"
requires-python = ">=3.12"
dependencies = ["dify_plugin>=0.9.0,<0.10.0"]
`;

const CASES: Case[] = [
  // contents
  {
    name: 'an IDE directory',
    code: 'DPR501',
    severity: 'error',
    category: 'contents',
    file: '.idea',
    changes: { '.idea/workspace.xml': '<x/>' },
  },
  {
    name: 'a nested node_modules',
    code: 'DPR501',
    severity: 'error',
    category: 'contents',
    file: 'tools/node_modules',
    changes: { 'tools/node_modules/x/index.js': '' },
  },
  {
    name: 'a build directory',
    code: 'DPR502',
    severity: 'warning',
    category: 'contents',
    file: 'build',
    changes: { 'build/out.txt': 'x' },
  },
  {
    name: 'OS metadata',
    code: 'DPR503',
    severity: 'error',
    category: 'contents',
    file: 'Thumbs.db',
    changes: { 'Thumbs.db': 'x' },
  },
  {
    name: 'a log file',
    code: 'DPR504',
    severity: 'error',
    category: 'contents',
    file: 'debug.log',
    changes: { 'debug.log': 'x' },
  },
  {
    name: 'an archive',
    code: 'DPR505',
    severity: 'warning',
    category: 'contents',
    file: 'data/archive.zip',
    changes: { 'data/archive.zip': 'x' },
  },
  {
    name: 'an environment file the package stage refuses',
    code: 'DPR401',
    severity: 'error',
    category: 'contents',
    file: '.env.local',
    changes: { '.env.local': 'A=1' },
  },
  {
    name: 'a .venv312 at the root (third party: warning)',
    code: 'DPR508',
    severity: 'warning',
    category: 'contents',
    file: '.venv312',
    changes: { '.venv312/lib/x.py': '' },
  },
  {
    name: 'a venv* at the root (official: error)',
    code: 'DPR508',
    severity: 'error',
    category: 'contents',
    file: 'venv-old',
    changes: {
      'venv-old/lib/x.py': '',
      'pyproject.toml': PYPROJECT,
      'manifest.yaml': manifestWith('author: acme', 'author: langgenius'),
    },
    options: { profile: 'official' },
  },
  // secrets
  {
    name: 'an OpenAI key',
    code: 'DPR510',
    severity: 'error',
    category: 'secrets',
    file: 'tools/echo.py',
    at: 'sk-',
    changes: { 'tools/echo.py': 'import os\nKEY = "sk-abcdefghijklmnopqrstuvwx1234"\n' },
  },
  {
    name: 'a PEM private key in a text file',
    code: 'DPR511',
    severity: 'error',
    category: 'secrets',
    file: 'certs/key.txt',
    at: '-----BEGIN',
    changes: { 'certs/key.txt': `note\n${PEM}` },
  },
  {
    name: 'a PEM key in a Python string with \\n escapes',
    code: 'DPR511',
    severity: 'error',
    category: 'secrets',
    file: 'tools/echo.py',
    at: 'KEY =',
    changes: { 'tools/echo.py': `KEY = "${PEM.trim().replace(/\n/g, '\\n')}"\n` },
  },
  {
    name: 'PEM header text in code (better than the toolkit: warning, not an error)',
    code: 'DPR515',
    severity: 'warning',
    category: 'secrets',
    file: 'tools/echo.py',
    at: 'startswith',
    changes: {
      'tools/echo.py': 'def is_key(text):\n    return text.startswith("-----BEGIN RSA PRIVATE KEY-----")\n',
    },
    absent: ['DPR511'],
  },
  {
    name: 'a high-entropy literal assigned to api_key',
    code: 'DPR512',
    severity: 'error',
    category: 'secrets',
    file: 'config.yaml',
    at: 'api_key',
    changes: { 'config.yaml': `name: x\napi_key: ${HEX}\n` },
  },
  {
    name: 'a low-entropy password literal',
    code: 'DPR513',
    severity: 'warning',
    category: 'secrets',
    file: 'settings.yaml',
    at: 'password',
    changes: { 'settings.yaml': 'password: hunter2hunter\n' },
  },
  {
    name: 'a text file over 1 MiB',
    code: 'DPR514',
    severity: 'warning',
    category: 'secrets',
    file: 'data/big.txt',
    changes: { 'data/big.txt': 'a'.repeat(1024 * 1024 + 10) },
  },
  {
    name: '?sourceToken= inside a URL in a data file (better than the toolkit)',
    code: 'DPR515',
    severity: 'warning',
    category: 'secrets',
    file: 'data/urls.json',
    at: 'sourceToken',
    changes: { 'data/urls.json': `[\n  {"url": "https://example.com/a?id=1&sourceToken=${HEX}"}\n]\n` },
    absent: ['DPR512'],
  },
  {
    name: 'a placeholder with a vendor prefix (better than the toolkit)',
    code: 'DPR515',
    severity: 'warning',
    category: 'secrets',
    file: 'provider/demo.yaml',
    at: 'xoxb-',
    changes: {
      'provider/demo.yaml': `${MARKET_PLUGIN['provider/demo.yaml']}# placeholder: xoxb-your-access-token\n`,
    },
    absent: ['DPR510'],
  },
  // binaries
  {
    name: 'an ELF binary under another name',
    code: 'DPR520',
    severity: 'error',
    category: 'binaries',
    file: 'lib/helper.dat',
    changes: { 'lib/helper.dat': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]) },
  },
  {
    name: 'a PE binary inside a wheel directory',
    code: 'DPR520',
    severity: 'warning',
    category: 'binaries',
    file: 'vendor/pkg.whl/native.bin',
    changes: { 'vendor/pkg.whl/native.bin': 'MZ\x90\x00' },
  },
  {
    name: 'a shared library suffix',
    code: 'DPR521',
    severity: 'error',
    category: 'binaries',
    file: 'lib/native.so',
    changes: { 'lib/native.so': 'not really' },
  },
  {
    name: 'a shell script',
    code: 'DPR522',
    severity: 'warning',
    category: 'binaries',
    file: 'scripts/run.sh',
    changes: { 'scripts/run.sh': 'echo hi\n' },
  },
  {
    name: 'the daemon binary',
    code: 'DPR523',
    severity: 'error',
    category: 'binaries',
    file: 'dify-plugin-linux-amd64',
    changes: { 'dify-plugin-linux-amd64': 'x' },
  },
  // manifest
  {
    name: 'no contact',
    code: 'DPR530',
    severity: 'error',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 1,
    changes: { 'manifest.yaml': manifestWith('contact: dev@acme.example.com\n', '') },
  },
  {
    name: 'no minimum_dify_version',
    code: 'DPR531',
    severity: 'warning',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 'meta:',
    changes: { 'manifest.yaml': manifestWith('  minimum_dify_version: "1.0.0"\n', '') },
    absent: ['DPR212'],
  },
  {
    name: 'author dify-community (the marketplace’s substring test)',
    code: 'DPR532',
    severity: 'error',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 'author:',
    changes: { 'manifest.yaml': manifestWith('author: acme', 'author: dify-community') },
  },
  {
    name: 'author langgenius on the third-party marketplace',
    code: 'DPR532',
    severity: 'error',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 'author:',
    changes: { 'manifest.yaml': manifestWith('author: acme', 'author: langgenius') },
  },
  {
    name: 'an official plugin without the langgenius author',
    code: 'DPR533',
    severity: 'error',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 'author:',
    changes: { 'pyproject.toml': PYPROJECT },
    options: { profile: 'official' },
  },
  {
    name: 'type is not plugin',
    code: 'DPR534',
    severity: 'error',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 'type:',
    changes: { 'manifest.yaml': manifestWith('type: plugin', 'type: plugins') },
    absent: ['DPR103'],
  },
  {
    name: 'repo on a host not allowed',
    code: 'DPR535',
    severity: 'error',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 'repo:',
    changes: {
      'manifest.yaml': manifestWith(
        'https://github.com/acme/demo-tool',
        'https://example.com/acme/demo-tool',
      ),
    },
  },
  {
    name: 'contact not an e-mail',
    code: 'DPR536',
    severity: 'error',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 'contact:',
    changes: { 'manifest.yaml': manifestWith('dev@acme.example.com', 'acme support') },
  },
  {
    name: 'no PRIVACY.md although privacy is a URL',
    code: 'DPR537',
    severity: 'error',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 'privacy:',
    changes: {
      'PRIVACY.md': null,
      'manifest.yaml': manifestWith('privacy: PRIVACY.md', 'privacy: https://acme.example.com/privacy'),
    },
  },
  {
    name: 'the template privacy policy',
    code: 'DPR538',
    severity: 'error',
    category: 'manifest',
    file: 'PRIVACY.md',
    at: 'Please fill',
    changes: { 'PRIVACY.md': '## Privacy\n\n!!! Please fill in the privacy policy of the plugin.\n' },
  },
  {
    name: 'a privacy file that is missing',
    code: 'DPR538',
    severity: 'error',
    category: 'manifest',
    file: 'manifest.yaml',
    at: 'privacy:',
    changes: { 'manifest.yaml': manifestWith('privacy: PRIVACY.md', 'privacy: docs/privacy.md') },
    absent: ['DPR310'],
  },
  {
    name: 'a privacy policy that says nothing',
    code: 'DPR539',
    severity: 'warning',
    category: 'manifest',
    file: 'PRIVACY.md',
    at: 1,
    changes: { 'PRIVACY.md': '# Privacy\n\nWe respect you.\n' },
  },
  // README
  {
    name: 'no README',
    code: 'DPR540',
    severity: 'error',
    category: 'readme',
    file: null,
    changes: { 'README.md': null },
  },
  {
    name: 'no source link',
    code: 'DPR541',
    severity: 'error',
    category: 'readme',
    file: 'README.md',
    at: 1,
    changes: { 'README.md': README.replace('Source: https://github.com/acme/demo-tool\n', '') },
  },
  {
    name: 'Chinese prose',
    code: 'DPR542',
    severity: 'error',
    category: 'readme',
    file: 'README.md',
    at: '演示',
    changes: { 'README.md': `${README}\n演示工具\n` },
  },
  {
    name: 'Han characters in inline code (the toolkit counts them)',
    code: 'DPR542',
    severity: 'error',
    category: 'readme',
    file: 'README.md',
    at: '查询',
    changes: { 'README.md': `${README}\nCall \`查询\` with a city.\n` },
  },
  {
    name: 'a root README_CN.md',
    code: 'DPR543',
    severity: 'warning',
    category: 'readme',
    file: 'README_CN.md',
    changes: { 'README_CN.md': '# 演示\n' },
  },
  {
    name: 'a root README.zh.md (toolkit naming Dify does not read)',
    code: 'DPR543',
    severity: 'warning',
    category: 'readme',
    file: 'README.zh.md',
    changes: { 'README.zh.md': '# 演示\n' },
  },
  {
    name: 'readme/README_zh.md without a region',
    code: 'DPR543',
    severity: 'warning',
    category: 'readme',
    file: 'readme/README_zh.md',
    changes: { 'readme/README_zh.md': '# 演示\n' },
  },
  {
    name: 'a README without setup words',
    code: 'DPR544',
    severity: 'warning',
    category: 'readme',
    file: 'README.md',
    changes: { 'README.md': '# Demo\n\nSource: https://github.com/acme/demo-tool\n' },
  },
  // dependencies
  {
    name: 'a git requirement',
    code: 'DPR550',
    severity: 'error',
    category: 'dependencies',
    file: 'requirements.txt',
    at: 'git+',
    changes: { 'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\nfoo @ git+https://github.com/a/foo.git\n' },
  },
  {
    name: 'a direct URL',
    code: 'DPR551',
    severity: 'error',
    category: 'dependencies',
    file: 'requirements.txt',
    at: 'foo @',
    changes: { 'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\nfoo @ https://example.com/foo-1.0.whl\n' },
  },
  {
    name: 'an editable install',
    code: 'DPR552',
    severity: 'warning',
    category: 'dependencies',
    file: 'requirements.txt',
    at: '-e',
    changes: { 'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\n-e ./libs/foo\n' },
  },
  {
    name: 'a local path',
    code: 'DPR553',
    severity: 'warning',
    category: 'dependencies',
    file: 'requirements.txt',
    at: 'foo @',
    changes: { 'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\nfoo @ ./libs/foo\n' },
  },
  {
    name: 'torch',
    code: 'DPR554',
    severity: 'warning',
    category: 'dependencies',
    file: 'requirements.txt',
    at: 'torch',
    changes: { 'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\ntorch==2.3.0\n' },
  },
  {
    name: 'dify_plugin below 0.9.0',
    code: 'DPR555',
    severity: 'error',
    category: 'dependencies',
    file: 'requirements.txt',
    at: 'dify_plugin',
    changes: { 'requirements.txt': 'dify_plugin>=0.4.0,<0.5.0\n' },
  },
  {
    name: 'dify_plugin~=0.9.0 (the marketplace reads only >= or ==)',
    code: 'DPR555',
    severity: 'error',
    category: 'dependencies',
    file: 'requirements.txt',
    at: 'dify_plugin',
    changes: { 'requirements.txt': 'dify_plugin~=0.9.0\n' },
  },
  {
    name: 'dify-plugin>=0.9 (compared as (0, 9))',
    code: 'DPR555',
    severity: 'error',
    category: 'dependencies',
    file: 'requirements.txt',
    at: 'dify-plugin',
    changes: { 'requirements.txt': 'dify-plugin>=0.9,<1\n' },
  },
  {
    name: 'an unpinned requirement',
    code: 'DPR556',
    severity: 'error',
    category: 'dependencies',
    file: 'requirements.txt',
    at: 'requests',
    changes: { 'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\nrequests\n' },
  },
  {
    name: 'a lower bound only',
    code: 'DPR557',
    severity: 'warning',
    category: 'dependencies',
    file: 'requirements.txt',
    at: 'requests',
    changes: { 'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\nrequests>=2.0\n' },
  },
  {
    name: 'an include outside the package',
    code: 'DPR558',
    severity: 'warning',
    category: 'dependencies',
    file: 'requirements.txt',
    at: '-r',
    changes: { 'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\n-r ../shared.txt\n' },
  },
  {
    name: 'an include that is missing',
    code: 'DPR558',
    severity: 'warning',
    category: 'dependencies',
    file: 'requirements.txt',
    at: '-r',
    changes: { 'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\n-r extra.txt\n' },
  },
  {
    name: 'an unpinned requirement in an included file',
    code: 'DPR556',
    severity: 'error',
    category: 'dependencies',
    file: 'extra.txt',
    at: 'httpx',
    changes: {
      'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\n--requirement extra.txt\n',
      'extra.txt': '# extras\nhttpx\n',
    },
  },
  {
    name: 'a pyproject.toml that does not parse',
    code: 'DPR559',
    severity: 'error',
    category: 'dependencies',
    file: 'pyproject.toml',
    at: 3,
    changes: { 'pyproject.toml': '[project]\nname = "x"\nversion = \n' },
  },
  {
    name: 'an unpinned runtime dependency group (tool.uv.default-groups)',
    code: 'DPR556',
    severity: 'error',
    category: 'dependencies',
    file: 'pyproject.toml',
    at: 'httpx',
    changes: {
      'pyproject.toml': `${PYPROJECT}\n[dependency-groups]\ndev = ["pytest"]\nextra = ["httpx"]\n\n[tool.uv]\ndefault-groups = ["dev", "extra"]\n`,
    },
  },
  {
    name: 'an official plugin without pyproject.toml',
    code: 'DPR576',
    severity: 'error',
    category: 'dependencies',
    file: null,
    changes: { 'manifest.yaml': manifestWith('author: acme', 'author: langgenius') },
    options: { profile: 'official' },
  },
  // consistency
  {
    name: 'pyproject version differs',
    code: 'DPR572',
    severity: 'notice',
    category: 'version',
    file: 'pyproject.toml',
    at: 'version = ',
    changes: { 'pyproject.toml': PYPROJECT.replace('version = "0.1.0"', 'version = "0.2.0"') },
  },
  {
    name: 'requires-python excludes the runner and Python 3.12',
    code: 'DPR580',
    severity: 'error',
    category: 'dependencies',
    file: 'pyproject.toml',
    at: 'requires-python',
    changes: { 'pyproject.toml': PYPROJECT.replace('>=3.12', '>=3.13') },
  },
  {
    name: 'requires-python excludes a 3.11 runner (Dify runs 3.12: warning)',
    code: 'DPR580',
    severity: 'warning',
    category: 'dependencies',
    file: 'pyproject.toml',
    at: 'requires-python',
    changes: {
      'pyproject.toml': PYPROJECT,
      'manifest.yaml': manifestWith('version: "3.12"', 'version: "3.11"'),
    },
  },
  {
    name: 'dify_plugin 0.9 with a 3.11 runner',
    code: 'DPR581',
    severity: 'warning',
    category: 'dependencies',
    file: 'manifest.yaml',
    at: 'version: "3.11"',
    changes: { 'manifest.yaml': manifestWith('version: "3.12"', 'version: "3.11"') },
  },
  {
    name: 'requires-python >=3.11 with dify_plugin 0.9 (dify-plugins#3089)',
    code: 'DPR582',
    severity: 'error',
    category: 'dependencies',
    file: 'pyproject.toml',
    at: 'requires-python',
    changes: { 'pyproject.toml': PYPROJECT.replace('>=3.12', '>=3.11') },
  },
  // icon
  {
    name: 'an icon missing from _assets/',
    code: 'DPR560',
    severity: 'error',
    category: 'icon',
    file: 'manifest.yaml',
    at: 'icon:',
    changes: { 'manifest.yaml': manifestWith('icon: icon.svg', 'icon: missing.svg') },
    absent: ['DPR305'],
  },
  {
    name: 'the CLI template icon',
    code: 'DPR561',
    severity: 'error',
    category: 'icon',
    file: 'manifest.yaml',
    at: 'icon:',
    changes: { '_assets/icon.svg': '<svg><!-- DIFY_MARKETPLACE_TEMPLATE_ICON_DO_NOT_USE --></svg>' },
  },
  {
    name: 'the old default "P" icon',
    code: 'DPR562',
    severity: 'error',
    category: 'icon',
    file: 'manifest.yaml',
    at: 'icon:',
    changes: {
      '_assets/icon.svg':
        '<svg width="100" height="100" xmlns="http://www.w3.org/2000/svg">\n  <path d="M20 20 V80 M20 20 H60 Q80 20 80 40 T60 60 H20" \n        fill="none" \n        stroke="black" \n        stroke-width="5"/>\n</svg>\n',
    },
  },
];

describe('check: every marketplace rule trips on its fixture', () => {
  it('the marketplace-ready base plugin passes clean', async () => {
    const { findings } = await checkPlugin();
    expect(show(findings)).toBe('');
  });

  it.each(CASES)('$code $name', async (c) => {
    const { dir, findings } = await checkPlugin(c.changes, c.options);
    expectHit(findings, c, dir);
    for (const code of c.absent ?? [])
      expect(codes(findings), `${code} must not be reported`).not.toContain(code);
  });
});

describe('check: where we do better than the toolkit', () => {
  it('tiktoken==0.13.0 and Poetry-style "^0.8" are version pins, not secret fields', async () => {
    const { findings } = await checkPlugin({
      'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\ntiktoken==0.13.0\n',
      'pyproject.toml': `${PYPROJECT}\n[tool.poetry.dependencies]\ntiktoken = "^0.8"\n`,
    });
    expect(findings.filter((f) => f.category === 'secrets')).toEqual([]);
  });

  it('dev dependency groups are not runtime dependencies', async () => {
    const { findings } = await checkPlugin({
      'pyproject.toml': `${PYPROJECT}\n[dependency-groups]\ndev = ["pytest", "ruff"]\nlint = ["black"]\n`,
    });
    expect(show(findings)).toBe('');
  });

  it('counts what the toolkit counts: Han outside every fenced block (``` and ~~~), not Hangul or kana', async () => {
    const readme = `${README}\n\`\`\`json\n{"q": "天气"}\n\`\`\`\n\n~~~\n例子\n~~~\n\n데모 도구, デモツール\n`;
    const { findings } = await checkPlugin({ 'README.md': readme });
    expect(codes(findings)).not.toContain('DPR542');
  });

  it('accepts the daemon’s readme/README_<lang>_<Region>.md layout', async () => {
    const { findings } = await checkPlugin({
      'readme/README_zh_Hans.md': '# 演示工具\n',
      'readme/README_ja_JP.md': '# デモ\n',
    });
    expect(show(findings)).toBe('');
  });

  it('accepts a repo on gitlab.anchnet.com (the newest host list)', async () => {
    const { findings } = await checkPlugin({
      'manifest.yaml': manifestWith(
        'https://github.com/acme/demo-tool',
        'https://gitlab.anchnet.com/acme/demo-tool',
      ),
    });
    expect(codes(findings)).not.toContain('DPR535');
  });

  it('reports author "Dify" case-insensitively', async () => {
    const { findings } = await checkPlugin({
      'manifest.yaml': manifestWith('author: acme', 'author: MyDify'),
    });
    expect(codes(findings)).toContain('DPR532');
  });

  it('an official plugin passes the official profile and fails the marketplace one on identity only', async () => {
    const changes = {
      'pyproject.toml': PYPROJECT,
      'manifest.yaml': manifestWith('author: acme', 'author: langgenius'),
    };
    const official = await checkPlugin(changes, { profile: 'official' });
    expect(show(official.findings)).toBe('');
    const third = await checkPlugin(changes);
    expect(codes(third.findings)).toEqual(['DPR532']);
  });
});

describe('check: secrets are judged on the token, and never printed', () => {
  const hits = (text: string) => scanText('tools/echo.py', text).map((f) => [f.code, f.message]);

  it('a real token that merely contains a placeholder word stays an error, masked', () => {
    const token = 'ghp_Q7fYourR8s2KdL0pXw9ZbN4mVt6HcJ1aE3uG';
    const found = hits(`TOKEN = "${token}"\n`);
    expect(found).toEqual([['DPR510', expect.stringContaining('ghp_Q7f…(40 chars)')]]);
    expect(found[0]![1]).not.toContain(token.slice(7));
    const openai = 'sk-9fK2exampleQ1w8Zr7LmN3bV6cX0';
    expect(hits(`KEY = "${openai}"\n`)).toEqual([['DPR510', expect.not.stringContaining(openai)]]);
  });

  it('a placeholder after the vendor prefix is a warning, masked too', () => {
    for (const token of [
      'xoxb-your-access-token',
      'sk-xxxxxxxxxxxxxxxxxxxxxxxx',
      'sk-your_api_key_goes_here',
      'sk-000000000000000000000000',
      'AKIAIOSFODNN7EXAMPLE',
    ]) {
      const found = hits(`# e.g. ${token}\n`);
      expect(found, token).toEqual([['DPR515', expect.not.stringContaining(token)]]);
    }
  });

  it('a high-entropy literal is shown by its first characters and its length only', () => {
    const secret = '9f8e7d6c5b4a39281726354a5b6c7d8e';
    const [f] = scanText('config.yaml', `api_key: ${secret}\n`);
    expect(f).toMatchObject({ code: 'DPR512' });
    expect(f!.message).toContain('9f8e…(32 chars)');
    expect(f!.message).not.toContain(secret.slice(-4));
  });
});
