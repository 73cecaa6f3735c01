// `verify FEED --pub KEY`: checks a feed folder exactly as a kiosk would before showing it,
// for a technician to run after copying a feed to a host. Exit code 1 on any failure.

import path from 'node:path';
import type { CliCommand } from '../command.ts';
import { parseFlags, required } from '../parse-flags.ts';
import { readPublicKeys } from '../signing-key.ts';
import { verifyFeed } from '../verify/verify-feed.ts';

const HELP = `Usage: npm run feed -- verify FEED --pub KEY

Checks the feed folder FEED as a kiosk would: the signature of manifest.json, its
shape and expiry, the size and SHA-256 of every object, the shape of every JSON
document, and that the name register's shards add up.

Options:
  --pub KEY   the trusted public key: its base64 text, a key file made by keygen,
              or a kiosk-config file (its "trustedKeys")

Exit code: 0 if the feed is valid, 1 otherwise.

Example:
  npm run feed -- verify /tmp/demo-feed --pub kiosk-config/default.json`;

export const command: CliCommand = {
  name: 'verify',
  summary: 'check a feed folder as a kiosk would',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('verify', args, { pub: { type: 'string' } }, ['FEED']);
    const feed = required('verify', positionals[0], 'FEED');
    const pub = required('verify', values.pub, '--pub KEY');
    const trustedKeys = await readPublicKeys(pub, io.cwd);

    const check = await verifyFeed(path.resolve(io.cwd, feed), trustedKeys, new Date());
    for (const failure of check.failures) io.err(failure);
    if (check.failures.length > 0 || !check.manifest) {
      io.out(`FAILED: ${feed}: ${check.failures.length} problem${check.failures.length === 1 ? '' : 's'}`);
      return 1;
    }
    const { manifest } = check;
    const expiry = manifest.expiresAt ? `, expires ${manifest.expiresAt}` : '';
    io.out(
      `OK: ${feed}: exhibit "${manifest.exhibitId}" version ${manifest.version} (published ${manifest.publishedAt}${expiry}), ` +
        `${manifest.objects.length} objects, ${(check.totalBytes / 1e6).toFixed(1)} MB, ${check.records.toLocaleString('en-US')} name records`,
    );
    return 0;
  },
};
