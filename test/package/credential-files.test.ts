import { describe, expect, it } from 'vitest';
import { secretReason } from '../../src/selection/file-rules.js';

describe('credential files are refused by their path', () => {
  const refused = [
    '.aws/credentials',
    'conf/application_default_credentials.json',
    'keys/my-Service_Account-prod.json',
    'client_secret_123.apps.json',
    'credentials.json',
    '.azure/accessTokens.json',
    '.kube/config',
    'deploy/kubeconfig',
    '.docker/config.json',
    '.netrc',
    '_netrc',
    'home/.pgpass',
    '.git-credentials',
    '.pypirc',
    'infra/terraform.tfstate',
    'infra/terraform.tfstate.backup',
    '.env',
    'id_ed25519',
    'certs/server.pem',
  ];
  const kept = [
    'credentials.md',
    'docs/service.json',
    'account.json',
    'kube.py',
    'docker/config.json',
    'netrc.txt',
    'tfstate.py',
    '.env.example',
    'provider/accounts.yaml',
  ];
  for (const rel of refused) it(`${rel} is refused`, () => expect(secretReason(rel)).toBeTruthy());
  for (const rel of kept) it(`${rel} is kept`, () => expect(secretReason(rel)).toBeUndefined());
});
