// `prune FEED --keep N [--dry-run]`: removes the objects that none of the feed's last N versions
// names, listing each and what it freed. See build/prune-feed.ts.

import path from 'node:path';
import type { CliCommand } from '../command.ts';
import { pruneFeed } from '../build/prune-feed.ts';
import { parseFlags, required, wholeNumber } from '../parse-flags.ts';
import { plural } from '../report.ts';
import { stopOnSignal } from '../stop-on-signal.ts';

const HELP = `Usage: npm run feed -- prune FEED --keep N [--dry-run]

Removes from the feed folder FEED the objects that none of its last N versions
names, and the copies of older manifests in versions/. The current version is
always one of the N, so nothing it needs is ever removed. A kiosk still on an
older version needs that version's objects until its next sync has fetched the
new one: keep enough versions to cover the kiosks that sync least often.

Each file removed is listed, then how many and the bytes freed. Files in objects/
that are not named like objects are left alone and listed as such.

prune reads versions/<N>.json for each version it keeps; build writes them. A
feed built before they existed has only the current one, so only --keep 1 works
on it until more versions are published.

Options:
  --keep N     how many versions keep their objects, the current one included
  --dry-run    list what would be removed, and remove nothing

On a host, remove the same files only once its manifest.json is the current one:
see docs/hosting.md.

Example:
  npm run feed -- prune feed --keep 3 --dry-run`;

/** More versions than anyone keeps; a bound so that a typo is an error, not a slow no-op. */
const MAX_KEEP = 10_000;

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export const command: CliCommand = {
  name: 'prune',
  summary: 'remove objects that none of the last N versions uses',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('prune', args, { keep: { type: 'string' }, 'dry-run': { type: 'boolean' } }, [
      'FEED',
    ]);
    const feed = required('prune', positionals[0], 'FEED');
    const keep = wholeNumber('prune', required('prune', values.keep, '--keep N'), '--keep', 1, MAX_KEEP);
    const dryRun = values['dry-run'] === true;
    const stop = stopOnSignal(io, feed);
    const plan = await pruneFeed({ feedDir: path.resolve(io.cwd, feed), keep, dryRun, stop }).finally(() => stop.dispose());

    const verb = dryRun ? 'would remove' : 'removed';
    for (const file of plan.versionCopies) io.out(`${verb} ${file}`);
    for (const { file, bytes } of plan.objects) io.out(`${verb} ${file} (${megabytes(bytes)})`);
    for (const file of plan.otherFiles) io.err(`${file}: not an object; left alone`);
    const versions = plan.keptVersions;
    const kept = versions.length === 1 ? `version ${versions[0]}` : `versions ${versions[0]}–${versions.at(-1)}`;
    io.out(
      `${feed}: ${verb} ${plural(plan.objects.length, 'object')} (${megabytes(plan.freedBytes)}, ${plan.freedBytes.toLocaleString('en-US')} bytes) ` +
        `and ${plural(plan.versionCopies.length, 'old manifest copy', 'old manifest copies')}; kept what ${kept} ${versions.length === 1 ? 'needs' : 'need'}`,
    );
    return 0;
  },
};
