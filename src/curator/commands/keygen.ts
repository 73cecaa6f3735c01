// `keygen --out KEYFILE`: makes a new Ed25519 signing key for build. The private key never
// leaves this file, so the file is created 0600 and an existing one is never overwritten
// (that would orphan every kiosk that trusts the old public key).

import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateKeyPair } from '../../feed/ed25519.ts';
import { keyIdOf } from '../../feed/key-id.ts';
import { CliError, describeFsError } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { parseFlags, required } from '../parse-flags.ts';
import { keyFileText } from '../signing-key.ts';

const HELP = `Usage: npm run feed -- keygen --out KEYFILE

Makes a new Ed25519 signing key and writes it to KEYFILE (readable only by you).
Prints its key id (the SHA-256 of the public key, which names its signatures) and
the entry to put into each kiosk's kiosk-config "trustedKeys".
Keep KEYFILE secret and backed up: feeds signed with another key are refused by
kiosks that trust this one. An existing KEYFILE is never overwritten.

Options:
  --out KEYFILE   where to write the key file

Example:
  npm run feed -- keygen --out ~/eske-keys/museum-signing-key.json`;

export const command: CliCommand = {
  name: 'keygen',
  summary: 'make a new signing key and print its public key',
  help: HELP,
  async run(args, io) {
    const { values } = parseFlags('keygen', args, { out: { type: 'string' } }, []);
    const out = required('keygen', values.out, '--out KEYFILE');
    const file = path.resolve(io.cwd, out);
    const pair = await generateKeyPair();
    try {
      // 'wx': fail if the file exists, so a key in use is never replaced by accident.
      await writeFile(file, keyFileText(pair), { flag: 'wx', mode: 0o600 });
      await chmod(file, 0o600);
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST')
        throw new CliError('keygen.exists', `${out}: already exists; keygen never overwrites a key file`);
      throw new CliError('keygen.unwritable', `${out}: cannot write the key file: ${describeFsError(error)}`);
    }
    const keyid = await keyIdOf(pair.publicKey);
    io.out(`wrote ${out} (private: keep it secret and backed up)`);
    io.out(`key id: ${keyid}`);
    io.out(`for kiosk-config "trustedKeys":`);
    io.out(`  "trustedKeys": [{ "keyid": "${keyid}", "publicKey": "${pair.publicKey}" }]`);
    return 0;
  },
};
