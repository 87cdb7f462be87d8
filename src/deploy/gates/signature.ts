/**
 * `signature` (验证数字签名有效): the package's signature verifies with the official key or one of
 * the trusted keys, as the daemon verifies it. Unsigned passes only when the configuration allows.
 */
import { short } from '../../signing/text.js';
import type { GateSpec } from './types.js';

const SIGN =
  'Sign it with `dify-plugin-release sign PKG --key KEY.pem` and trust the public key (--trusted-key, or checklist.signature.trusted-keys), then deploy again.';

export const signatureGate: GateSpec = {
  id: 'signature',
  title: 'the signature verifies with a trusted key',
  phase: 'before',
  commands: ['deploy'],
  async run(c) {
    const s = c.pkg.artifact.signature;
    const keys = `checked against ${c.keys.length} key${c.keys.length === 1 ? '' : 's'} (the official one${c.keys.length > 1 ? ` and ${c.keys.length - 1} trusted` : ''})`;
    if (s.state === 'verified') {
      return {
        status: 'passed',
        evidence: [
          `signed${s.category ? ` (${s.category})` : ''} by ${s.signer?.official ? 'the official key' : (s.signer?.origin ?? 'a trusted key')}${s.signer ? ` ${short(s.signer.fingerprint)}` : ''}`,
          ...(s.time ? [`signed at ${new Date(s.time * 1000).toISOString()}`] : []),
        ],
      };
    }
    if (s.state === 'unsigned' && c.checklist.signature.allowUnsigned) {
      return {
        status: 'passed',
        evidence: [
          'unsigned, allowed by checklist.signature.allow-unsigned (the target must accept unsigned packages too)',
        ],
      };
    }
    return {
      status: 'failed',
      reason: `the package is ${s.state}: ${s.reason}`,
      evidence: [keys],
      fix:
        s.state === 'untrusted'
          ? `Trust the signer's public key with --trusted-key PEM (or checklist.signature.trusted-keys), or ${SIGN.charAt(0).toLowerCase()}${SIGN.slice(1)}`
          : SIGN,
    };
  },
};
