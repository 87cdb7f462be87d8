import { describe, expect, it } from 'vitest';
import { isSecretValue, secretVariables } from '../../src/core/secrets.js';

describe('a value that is a credential whatever its variable is called', () => {
  const secret = {
    ghp: `ghp_${'a1B2'.repeat(9)}`,
    fine: `github_pat_${'x9Y8_'.repeat(9)}`,
    inText: `token=ghs_${'Z'.repeat(36)} rest`,
    url: 'https://user:hunter2@index.example/simple',
    pem: 'head\n-----BEGIN OPENSSH PRIVATE KEY-----\nbody',
  };
  const plain = {
    path: '/usr/local/bin:/usr/bin',
    url: 'https://index.example/simple',
    short: 'ghp_short',
    word: `high_${'a'.repeat(40)}`,
    cert: '-----BEGIN CERTIFICATE-----',
  };
  for (const [name, value] of Object.entries(secret)) {
    it(`${name} is one`, () => expect(isSecretValue(value)).toBe(true));
  }
  for (const [name, value] of Object.entries(plain)) {
    it(`${name} is not`, () => expect(isSecretValue(value)).toBe(false));
  }
  it('makes its variable a secret one, whatever the name', () => {
    expect(secretVariables({ A: secret.ghp, B: secret.fine, C: plain.path, D: secret.url })).toEqual([
      'A',
      'B',
      'D',
    ]);
  });
});
