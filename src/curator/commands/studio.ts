// `studio DIR`: the Curator Studio, a local web app that edits, checks, previews and publishes
// the content folder DIR (docs/design.md §8.1). Serves until Ctrl+C; see studio/studio-server.ts.

import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, describeFsError, UsageError } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { parseFlags, required, wholeNumber } from '../parse-flags.ts';
import { readSigningKey } from '../signing-key.ts';
import { DEFAULT_STUDIO_PORT, startStudio } from '../studio/studio-server.ts';

const HELP = `Usage: npm run feed -- studio DIR [--out FEED --key KEYFILE] [--port 4174] [--preview-port PORT]

Opens the Curator Studio on http://localhost:4174 for the content folder DIR: edit
the timeline, testimonies and places in three languages, check the folder as
"validate" does, preview the kiosk on your drafts, and publish a signed version.
Every change is written to DIR's own files when you save; drafts stay in the browser.

The studio listens on this computer only (127.0.0.1) and answers only pages of its
own address; the signing key never leaves this computer.

Options:
  --out FEED           the feed folder Publish writes to (as "build --out")
  --key KEYFILE        the signing key Publish signs with (as "build --key");
                       without --out and --key the studio edits, checks and
                       previews, and cannot publish
  --port PORT          the studio's port (default ${DEFAULT_STUDIO_PORT})
  --preview-port PORT  the preview kiosk's port (default: the studio's + 1)

The app must be built first; "npm run studio" builds it and opens the demo exhibit.

Example:
  npm run feed -- studio media --out .eske/feed --key media/DEMO-ONLY-signing-key.json`;

/** The project's builds, beside src/: the kiosk's (vite.config.ts) and the studio app's (vite.studio.config.ts). */
const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));
const KIOSK_APP_DIR = path.join(PROJECT_DIR, 'dist');
const STUDIO_APP_DIR = path.join(PROJECT_DIR, 'dist-studio');

async function checkBuilt(dir: string, script: string): Promise<void> {
  try {
    await access(path.join(dir, 'index.html'));
  } catch (error) {
    throw new CliError('studio.not-built', `${dir}: no built app (${describeFsError(error)}); run "npm run ${script}" first`);
  }
}

export const command: CliCommand = {
  name: 'studio',
  summary: 'open the Curator Studio on a content folder',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      'studio',
      args,
      { out: { type: 'string' }, key: { type: 'string' }, port: { type: 'string' }, 'preview-port': { type: 'string' } },
      ['DIR'],
    );
    const folder = required('studio', positionals[0], 'DIR');
    const contentDir = path.resolve(io.cwd, folder);
    if ((values.out === undefined) !== (values.key === undefined)) {
      throw new UsageError(
        'usage.conflict',
        'studio: give --out and --key together, or neither (then the studio cannot publish)',
      );
    }
    const port = values.port === undefined ? DEFAULT_STUDIO_PORT : wholeNumber('studio', values.port, '--port', 1, 65_535);
    const previewPort =
      values['preview-port'] === undefined
        ? port + 1
        : wholeNumber('studio', values['preview-port'], '--preview-port', 1, 65_535);
    if (previewPort === port) throw new UsageError('usage.conflict', 'studio: --preview-port must differ from --port');
    await checkBuilt(STUDIO_APP_DIR, 'build:studio');
    await checkBuilt(KIOSK_APP_DIR, 'build');
    const key = values.key === undefined ? null : await readSigningKey(path.resolve(io.cwd, values.key));
    if (key?.demoOnly) io.err(`warning: publishing with the public DEMO key (${values.key}): anyone can sign feeds with it`);

    const studio = await startStudio({
      contentDir,
      folderLabel: folder,
      port,
      previewPort,
      appDir: STUDIO_APP_DIR,
      kioskAppDir: KIOSK_APP_DIR,
      publish: key && values.out !== undefined ? { feedDir: path.resolve(io.cwd, values.out), key } : null,
      log: io.err,
    }).catch((error: unknown) => {
      throw new CliError(
        'studio.cannot-listen',
        `studio: cannot listen on 127.0.0.1:${port} or ${previewPort}: ${describeFsError(error)}`,
      );
    });
    io.out(`Curator Studio for ${folder} at ${studio.url} (Ctrl+C stops)`);

    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await studio.close();
    io.err('stopped');
    return 0;
  },
};
