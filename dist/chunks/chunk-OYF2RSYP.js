import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  outputOption
} from "./chunk-PL5YMODH.js";
import {
  short
} from "./chunk-HXXNGEUI.js";
import {
  DEFAULT_KEY_NAME
} from "./chunk-TWVWNLMF.js";
import {
  display
} from "./chunk-RNQVW4XQ.js";
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";

// src/commands/keygen.ts
import path from "node:path";
var keygenCommand = defineCommand({
  name: "keygen",
  summary: "make an RSA-4096 signing key pair as Dify does: <name>.private.pem and <name>.public.pem",
  options: [
    { key: "name", kind: "string", default: DEFAULT_KEY_NAME, description: "base name of the key files" },
    outputOption("directory for the key files (default: .)"),
    { key: "force", kind: "boolean", default: false, description: "replace existing key files" },
    // Not on any surface: the tests make smaller keys, for speed.
    {
      key: "bits",
      kind: "number",
      flag: false,
      input: false,
      default: 4096,
      description: "key size in bits"
    }
  ],
  common: ["config"],
  outputs: [
    { name: "private-key", description: "path of the private key file (mode 0600)" },
    { name: "public-key", description: "path of the public key file" },
    { name: "fingerprint", description: "the public key\u2019s SHA-256 fingerprint" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { keygenStage } = await import("./keygen-stage-GVWVP5PK.js");
    return keygenStage({ name: input.name, outDir: input.output, force: input.force, bits: input.bits }, ctx);
  },
  present(r, _input, ctx) {
    const shownPrivate = display(ctx.cwd, r.privateKey);
    const shownPublic = display(ctx.cwd, r.publicKey);
    const base = path.basename(r.publicKey);
    return {
      sections: [
        {
          stage: "keygen",
          headline: `key pair ${short(r.fingerprint)} written`,
          findings: [],
          summary: { privateKey: r.privateKey, publicKey: r.publicKey, fingerprint: r.fingerprint },
          tables: [
            {
              title: "Key pair",
              header: ["", "value"],
              rows: [
                [
                  "private key",
                  `${shownPrivate} (mode 0600: keep it secret, e.g. a CI secret; never commit it)`
                ],
                ["public key", `${shownPublic} (give it to the daemons that must trust your plugins)`],
                ["fingerprint", r.fingerprint],
                ["sign", `dify-plugin-release sign PKG --key ${shownPrivate}`],
                [
                  "trust",
                  `copy ${base} to docker/volumes/plugin_daemon/public_keys/ and set THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true, THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/${base}`
                ]
              ]
            }
          ]
        }
      ],
      outputs: { "private-key": r.privateKey, "public-key": r.publicKey, fingerprint: r.fingerprint }
    };
  }
});

export {
  keygenCommand
};
