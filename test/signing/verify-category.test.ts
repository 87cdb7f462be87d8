/**
 * The verification record as the daemon reads it: a present `.verification.dify.json` is taken as
 * parsed (`{}` or `null` → category ""), and only a missing one gets the legacy default `langgenius`.
 */
import { createHash, sign as rsaSign } from 'node:crypto';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../src/commands/verify.js';
import { generateKeyPairPem, loadPrivateKey, loadPublicKey } from '../../src/signing/keys.js';
import { signatureComment, signedData, VERIFICATION_FILE } from '../../src/signing/sign.js';
import { verifyPackage } from '../../src/signing/verify.js';
import { openPackage } from '../../src/zip/reader.js';
import { ZipWriter } from '../../src/zip/writer.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';

const MANIFEST = 'version: 0.0.1\ntype: plugin\nauthor: langgenius\nname: demo\n';

let privatePem: string;
let publicPem: string;

beforeAll(async () => {
  ({ privatePem, publicPem } = await generateKeyPairPem(1024));
});

/** A package signed with the test key, holding `verification` as its record (none when undefined). */
async function signed(verification: string | undefined): Promise<string> {
  const entries: [string, Buffer][] = [['manifest.yaml', Buffer.from(MANIFEST)]];
  if (verification !== undefined) entries.push([VERIFICATION_FILE, Buffer.from(verification)]);
  const time = 1_700_000_000;
  const data = signedData(
    entries.map(([, d]) => createHash('sha256').update(d).digest()),
    time,
  );
  const signature = rsaSign('sha256', data, loadPrivateKey({ text: privatePem }).key);
  const file = path.join(tempDir(), 'p.difypkg');
  const w = await ZipWriter.create(file);
  for (const [name, d] of entries) await w.addBuffer(name, d);
  await w.finish(signatureComment(signature, time));
  return file;
}

describe('verify: the category of a present verification record', () => {
  it.each([
    ['{}', '{}'],
    ['null', 'null'],
    ['a null category', '{"authorized_category":null}'],
  ])('%s is category "" from the entry, not the legacy default', async (_what, record) => {
    const file = await signed(record);
    const pkg = await openPackage(file);
    const result = await verifyPackage(pkg, [{ ...loadPublicKey({ text: publicPem }), official: false }]);
    await pkg.close();
    expect(result).toMatchObject({ status: 'verified', category: '', categorySource: 'entry' });
  });

  it('then flags a langgenius-authored package (DPR432), as the daemon refuses it in bundles', async () => {
    const outcome = await runCommand(
      verifyCommand,
      { package: await signed('{}'), keyEnv: ['DPR_TEST_PUBLIC_KEY'], official: false },
      { env: { ...process.env, DPR_TEST_PUBLIC_KEY: publicPem } },
    );
    const reporter = outcome.reporter;
    expect(outcome.exitCode).toBe(0);
    expect(outcome.outputs.category).toBe('');
    const report = reporter.sections[0]!;
    expect(report.summary).toMatchObject({ category: '', categorySource: 'entry' });
    const f = report.findings.find((x) => x.code === 'DPR432');
    expect(f?.message).toMatch(/the author is langgenius but the category is none/);
    const table = report.tables![0]!;
    const rows = ('rows' in table ? table.rows : []).map((row) => row.join(' '));
    expect(rows.join('\n')).not.toMatch(/legacy default/);
  });

  it('a missing record still gets the legacy default langgenius', async () => {
    const { reporter } = await runCommand(
      verifyCommand,
      { package: await signed(undefined), keyEnv: ['DPR_TEST_PUBLIC_KEY'], official: false },
      { env: { ...process.env, DPR_TEST_PUBLIC_KEY: publicPem } },
    );
    const report = reporter.sections[0]!;
    expect(report.summary).toMatchObject({ category: 'langgenius', categorySource: 'legacy-default' });
    expect(report.findings.find((x) => x.code === 'DPR432')).toBeUndefined();
  });
});
