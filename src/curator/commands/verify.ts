// `verify FEED --pub KEY`: checks a feed folder exactly as a kiosk would before showing it, for a
// technician to run after copying a feed to a host, and says which keys signed it and which of
// them the kiosk trusts (a key rotation, docs/trust.md). Exit code 1 on any failure.

import path from 'node:path';
import { keyIdOf } from '../../feed/key-id.ts';
import type { SignatureCheck } from '../../feed/errors.ts';
import type { CliCommand, CliIo } from '../command.ts';
import { parseFlags, required } from '../parse-flags.ts';
import { readTrust } from '../signing-key.ts';
import { verifyFeed } from '../verify/verify-feed.ts';

const HELP = `Usage: npm run feed -- verify FEED --pub KEY

Checks the feed folder FEED as a kiosk would: the signatures of manifest.json, its
shape and expiry, the size and SHA-256 of every object, the shape of every JSON
document, and that the name register's shards add up. Lists the key id of every
signature and whether KEY trusts it.

Options:
  --pub KEY   the trust to check against: a public key's base64 text or a key file
              made by keygen (one signature needed), or a kiosk-config file (its
              "trustedKeys" and "signatureThreshold", as that kiosk checks)

Exit code: 0 if the feed is valid, 1 otherwise.

Example:
  npm run feed -- verify /tmp/demo-feed --pub kiosk-config/default.json`;

/** How each signature's fate reads in the list. */
const STATUS_TEXT: Record<SignatureCheck['status'], string> = {
  valid: 'valid, trusted',
  invalid: 'INVALID: trusted, but it does not match the manifest',
  malformed: 'MALFORMED: trusted key, but not a 64-byte signature',
  untrusted: 'not trusted by --pub (not checked)',
};

export const command: CliCommand = {
  name: 'verify',
  summary: 'check a feed folder as a kiosk would, and say who signed it',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('verify', args, { pub: { type: 'string' } }, ['FEED']);
    const feed = required('verify', positionals[0], 'FEED');
    const pub = required('verify', values.pub, '--pub KEY');
    const trust = await readTrust(pub, io.cwd);

    const check = await verifyFeed(path.resolve(io.cwd, feed), trust, new Date());
    printSignatures(io, check.signatures, trust.threshold, await Promise.all(trust.keys.map((key) => keyIdOf(key.publicKey))));
    for (const failure of check.failures) io.err(failure);
    if (check.failures.length > 0 || !check.manifest) {
      io.out(`FAILED: ${feed}: ${check.failures.length} problem${check.failures.length === 1 ? '' : 's'}`);
      return 1;
    }
    const { manifest } = check;
    const expiry = manifest.expiresAt ? `, expires ${manifest.expiresAt}` : '';
    io.out(
      `OK: ${feed}: ${check.format} exhibit "${manifest.exhibitId}" version ${manifest.version} (published ${manifest.publishedAt}${expiry}), ` +
        `${manifest.objects.length} objects, ${(check.totalBytes / 1e6).toFixed(1)} MB, ${check.records.toLocaleString('en-US')} name records`,
    );
    return 0;
  },
};

function printSignatures(io: CliIo, checks: readonly SignatureCheck[], threshold: number, trusted: readonly string[]) {
  const distinct = new Set(trusted).size;
  io.out(`signatures: ${checks.length} (--pub trusts ${distinct} key${distinct === 1 ? '' : 's'}, ${threshold} needed)`);
  for (const check of checks) io.out(`  ${check.keyid || '(no key id)'}  ${STATUS_TEXT[check.status]}`);
  const unsigned = [...new Set(trusted)].filter((keyid) => !checks.some((check) => check.keyid === keyid));
  for (const keyid of unsigned) io.out(`  ${keyid}  trusted by --pub, but no signature`);
}
