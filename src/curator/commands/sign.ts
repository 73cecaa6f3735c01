// `sign FEED --key KEYFILE`: adds a signature to the published manifest without changing what it
// signs, so kiosks that installed it see the same version and download nothing. The first step of
// a key rotation (docs/trust.md): a feed signed by the old key and the new one is accepted by
// kiosks trusting either.

import path from 'node:path';
import { shortKeyId } from '../../feed/key-id.ts';
import { envelopeFileBytes, MANIFEST_FILE, sameBytes } from '../../feed/manifest-envelope.ts';
import { FEED_FORMAT } from '../../feed/manifest-schema.ts';
import { readPublishedManifest } from '../build/feed-folder.ts';
import { recoverFeedFolder } from '../build/feed-transaction.ts';
import { manifestControlFiles, publishFeed } from '../build/publish-feed.ts';
import { CliError } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { parseFlags, required } from '../parse-flags.ts';
import { signEnvelope } from '../sign-envelope.ts';
import { readSigningKeys } from '../signing-key.ts';

const HELP = `Usage: npm run feed -- sign FEED --key KEYFILE [--key KEYFILE …]

Adds a signature by each KEYFILE to the manifest published in the feed folder FEED.
What is signed stays as it is (version, objects, expiry), so kiosks that installed it
download nothing. A key that already signed it is signed with again, in its place.
manifest.json and its copy in versions/ are rewritten as one transaction, each
through a temporary file and a rename: a host serving FEED meanwhile hands out the
old file or the new one, never half of either.

Check the feed first ("npm run feed -- verify FEED --pub …"): a signature vouches for
whatever the manifest holds. A key rotation, step by step, is in docs/trust.md.

Options:
  --key KEYFILE   a signing key file made by "npm run feed -- keygen"

Example:
  npm run feed -- sign /srv/eske/feed --key ~/eske-keys/museum-2027.json`;

export const command: CliCommand = {
  name: 'sign',
  summary: 'add a signature to a published feed (key rotation)',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('sign', args, { key: { type: 'string', multiple: true } }, ['FEED']);
    const feed = required('sign', positionals[0], 'FEED');
    const keys = await readSigningKeys(required('sign', values.key?.length ? values.key : undefined, '--key KEYFILE'), io);
    const feedDir = path.resolve(io.cwd, feed);
    await recoverFeedFolder(feedDir);
    const published = await readPublishedManifest(feedDir);
    if (!published) throw new CliError('feed.unreadable-manifest', `${feed}: has no ${MANIFEST_FILE}; build the feed first`);
    const { file, manifest } = published;
    if (file.format !== FEED_FORMAT) {
      throw new CliError(
        'sign.legacy-format',
        `${feed}: holds an ${file.format} manifest, which has room for one signature; build it again to publish ${FEED_FORMAT}`,
      );
    }

    const envelope = await signEnvelope(file.envelope.signed, keys, file.envelope.signatures);
    const before = envelopeFileBytes(file.envelope);
    const after = envelopeFileBytes(envelope);
    const signers = envelope.signatures.map((signature) => shortKeyId(signature.keyid)).join(', ');
    if (sameBytes(before, after)) {
      io.out(
        `version ${manifest.version} of "${manifest.exhibitId}" already carries these signatures; left as it is (signed by ${signers})`,
      );
      return 0;
    }
    await publishFeed(feedDir, [], manifestControlFiles(manifest.version, after), { baseVersion: manifest.version });
    io.out(`signed version ${manifest.version} of "${manifest.exhibitId}" in ${feed}; now signed by ${signers}`);
    return 0;
  },
};
