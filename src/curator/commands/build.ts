// `build DIR --out FEED --key KEYFILE`: turns a content folder into a signed feed, publishing
// version N+1, or nothing when the content has not changed. See build/build-feed.ts.

import path from 'node:path';
import type { CliCommand } from '../command.ts';
import { buildFeed } from '../build/build-feed.ts';
import { defaultVariantCacheDir } from '../build/variant-cache.ts';
import { parseFlags, required, wholeNumber } from '../parse-flags.ts';
import { plural } from '../report.ts';
import { readSigningKeys } from '../signing-key.ts';

const HELP = `Usage: npm run feed -- build DIR --out FEED --key KEYFILE [--key KEYFILE …] [--strict] [--expires-in DAYS] [--cache CACHE]

Checks the content folder DIR and writes it as a signed feed into the folder FEED:
objects/<sha256>.<ext> first, then manifest.json (eske-feed/2: the manifest and its
signatures in one file). The new version is the feed's last version + 1. If nothing
changed since then, nothing is written.
Old objects are kept, since kiosks in the middle of a sync may still need them.

Register rows with problems are reported and left out; any other error stops the
build, and a build that stops leaves FEED as it was (or missing, if it was).

Images are published as a display-sized WebP (at most 2048 px on the longer side) and
a thumb (at most 640 px), upright and without their metadata, never as the file itself.
The variants are kept in CACHE, so an unchanged image is not made again.

Options:
  --out FEED          the feed folder (created when the build publishes)
  --key KEYFILE       the signing key file made by "npm run feed -- keygen"; give it
                      twice to sign with two keys during a key rotation (docs/trust.md)
  --strict            stop on any error, even one bad register row
  --expires-in DAYS   kiosks refuse the feed DAYS days after it is published;
                      with this option the feed is re-signed even if unchanged
  --cache CACHE       where image variants are kept between builds
                      (default: $XDG_CACHE_HOME/eske/image-variants or ~/.cache/…)

Example:
  npm run feed -- build media --out /tmp/demo-feed --key media/DEMO-ONLY-signing-key.json`;

const MAX_EXPIRY_DAYS = 3650;

export const command: CliCommand = {
  name: 'build',
  summary: 'build and sign a feed from a content folder',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      'build',
      args,
      {
        out: { type: 'string' },
        key: { type: 'string', multiple: true },
        strict: { type: 'boolean' },
        'expires-in': { type: 'string' },
        cache: { type: 'string' },
      },
      ['DIR'],
    );
    const contentDir = path.resolve(io.cwd, required('build', positionals[0], 'DIR'));
    const feedDir = path.resolve(io.cwd, required('build', values.out, '--out FEED'));
    const keyFiles = required('build', values.key?.length ? values.key : undefined, '--key KEYFILE');
    const expiresIn = values['expires-in'];
    const expiresInDays = expiresIn === undefined ? null : wholeNumber('build', expiresIn, '--expires-in', 1, MAX_EXPIRY_DAYS);
    const started = Date.now();

    const keys = await readSigningKeys(keyFiles, io);

    const result = await buildFeed({
      contentDir,
      feedDir,
      keys,
      strict: values.strict === true,
      expiresInDays,
      now: new Date(),
      variantCacheDir: values.cache === undefined ? defaultVariantCacheDir() : path.resolve(io.cwd, values.cache),
      progress: io.err,
    });
    result.report.print(io.err);
    const seconds = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    switch (result.outcome) {
      case 'stopped':
        io.err(`build stopped, nothing published: ${result.report.summary()}${values.strict ? ' (--strict)' : ''}`);
        return 1;
      case 'unchanged':
        io.out(
          result.restoredObjects === 0
            ? `nothing changed since version ${result.published.version}; ${values.out} left as it is (${seconds})`
            : `nothing changed since version ${result.published.version}; put back ${plural(result.restoredObjects, 'object')} missing from ${values.out} (${seconds})`,
        );
        if (result.published.expiresAt)
          io.err(
            `note: version ${result.published.version} expires at ${result.published.expiresAt}; use --expires-in to re-sign it`,
          );
        return 0;
      case 'published': {
        const { manifest } = result;
        const mb = (result.newBytes / 1e6).toFixed(1);
        io.out(
          `published version ${manifest.version} of "${manifest.exhibitId}" to ${values.out}: ${plural(manifest.objects.length, 'object')} ` +
            `(${result.newObjects} new, ${mb} MB), ${plural(result.records, 'name')} in ${plural(result.shards, 'shard')}; ` +
            `${result.report.summary()} (${seconds})`,
        );
        return 0;
      }
    }
  },
};
