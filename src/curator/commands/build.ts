// `build DIR --out FEED --key KEYFILE`: turns a content folder into a signed feed, publishing
// version N+1, or nothing when the content has not changed. See build/build-feed.ts.

import path from 'node:path';
import type { CliCommand, CliIo } from '../command.ts';
import { buildFeed } from '../build/build-feed.ts';
import { defaultVariantCacheDir } from '../build/variant-cache.ts';
import { UsageError } from '../cli-error.ts';
import { parseFlags, required, wholeNumber } from '../parse-flags.ts';
import { plural } from '../report.ts';
import { readSigningKeys } from '../signing-key.ts';
import { stopOnSignal, type StopRequest } from '../stop-on-signal.ts';

const HELP = `Usage: npm run feed -- build DIR --out FEED --key KEYFILE [--key KEYFILE …] [--strict | --force] [--expires-in DAYS] [--cache CACHE]

Checks the content folder DIR and writes it as a signed feed into the folder FEED:
objects/<sha256>.<ext> first, then versions/N.json (a copy for "prune") and
manifest.json (eske-feed/2: the manifest and its signatures in one file). The new
version is the feed's last version + 1. If nothing changed since then, nothing is
written. Old objects are kept, since kiosks in the middle of a sync may still need
them; "npm run feed -- prune" removes them.

Register rows with problems are reported and left out; any other error stops the
build. A build that stops, fails (a full disk) or is stopped (Ctrl-C) leaves FEED as
it was (or missing, if it was); one killed outright is taken back by the next build.

Images are published as a display-sized WebP (at most 2048 px on the longer side) and
a thumb (at most 640 px), upright and without their metadata, never as the file itself.
The variants are kept in CACHE, so an unchanged image is not made again.

Options:
  --out FEED          the feed folder (created when the build publishes)
  --key KEYFILE       the signing key file made by "npm run feed -- keygen"; give it
                      twice to sign with two keys during a key rotation (docs/trust.md)
  --strict            stop on any error, even one bad register row
  --force             publish despite errors: each timeline event, testimony or
                      place with an error, or using a file that cannot be
                      published, is left out, and links to it are dropped. Never
                      skipped: errors in exhibit.yaml, in a register file as a
                      whole or in a folder, and anything a kiosk would refuse
  --expires-in DAYS   kiosks refuse the feed DAYS days after it is published;
                      with this option the feed is re-signed even if unchanged
  --cache CACHE       where image variants are kept between builds
                      (default: $XDG_CACHE_HOME/eske/image-variants or ~/.cache/…)

Example:
  npm run feed -- build media --out /tmp/demo-feed --key media/DEMO-ONLY-signing-key.json`;

const MAX_EXPIRY_DAYS = 3650;

/** What the command line asks for, parsed once. */
interface BuildRequest {
  contentDir: string;
  /** FEED as given, for messages. */
  out: string;
  feedDir: string;
  /** Each KEYFILE as given. */
  keyFiles: string[];
  strict: boolean;
  force: boolean;
  expiresInDays: number | null;
  variantCacheDir: string;
}

function parseRequest(args: string[], cwd: string): BuildRequest {
  const { values, positionals } = parseFlags(
    'build',
    args,
    {
      out: { type: 'string' },
      key: { type: 'string', multiple: true },
      strict: { type: 'boolean' },
      force: { type: 'boolean' },
      'expires-in': { type: 'string' },
      cache: { type: 'string' },
    },
    ['DIR'],
  );
  const out = required('build', values.out, '--out FEED');
  const keyFiles = required('build', values.key?.length ? values.key : undefined, '--key KEYFILE');
  const expiresIn = values['expires-in'];
  if (values.strict && values.force)
    throw new UsageError('usage.conflict', 'build: --strict and --force cannot go together (see: npm run feed -- build --help)');
  return {
    contentDir: path.resolve(cwd, required('build', positionals[0], 'DIR')),
    out,
    feedDir: path.resolve(cwd, out),
    keyFiles,
    strict: values.strict === true,
    force: values.force === true,
    expiresInDays: expiresIn === undefined ? null : wholeNumber('build', expiresIn, '--expires-in', 1, MAX_EXPIRY_DAYS),
    variantCacheDir: values.cache === undefined ? defaultVariantCacheDir() : path.resolve(cwd, values.cache),
  };
}

async function buildAndReport(request: BuildRequest, io: CliIo, stop: StopRequest): Promise<number> {
  const { out } = request;
  const started = Date.now();
  const keys = await readSigningKeys(request.keyFiles, io);
  const result = await buildFeed({ ...request, keys, now: new Date(), progress: io.err, stop });
  result.report.print(io.err);
  const seconds = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  switch (result.outcome) {
    case 'stopped':
      io.err(`build stopped, nothing published: ${result.report.summary()}${request.strict ? ' (--strict)' : ''}`);
      return 1;
    case 'unchanged':
      io.out(
        result.restoredObjects === 0
          ? `nothing changed since version ${result.published.version}; ${out} left as it is (${seconds})`
          : `nothing changed since version ${result.published.version}; put back ${plural(result.restoredObjects, 'object')} missing from ${out} (${seconds})`,
      );
      if (result.published.expiresAt)
        io.err(
          `note: version ${result.published.version} expires at ${result.published.expiresAt}; use --expires-in to re-sign it`,
        );
      return 0;
    case 'published': {
      const { manifest } = result;
      if (result.leftOut.length > 0) io.err(`left out (--force): ${result.leftOut.join(', ')}`);
      const mb = (result.newBytes / 1e6).toFixed(1);
      io.out(
        `published version ${manifest.version} of "${manifest.exhibitId}" to ${out}: ${plural(manifest.objects.length, 'object')} ` +
          `(${result.newObjects} new, ${mb} MB), ${plural(result.records, 'name')} in ${plural(result.shards, 'shard')}; ` +
          `${result.report.summary()} (${seconds})`,
      );
      return 0;
    }
  }
}

export const command: CliCommand = {
  name: 'build',
  summary: 'build and sign a feed from a content folder',
  help: HELP,
  async run(args, io) {
    const request = parseRequest(args, io.cwd);
    // Before anything else, so that a stop at any moment finds its handler.
    const stop = stopOnSignal(io, request.out);
    try {
      return await buildAndReport(request, io, stop);
    } finally {
      stop.dispose();
    }
  },
};
