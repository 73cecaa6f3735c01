// `serve FEED`: serves a feed folder over HTTP with the cache rules of a real host (manifest
// no-cache, objects immutable, Range for media), for trying a kiosk against it. Not a
// production host: any static host or CDN serves the same folder.

import { createServer } from 'node:http';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { CliError, describeFsError } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { parseFlags, required, wholeNumber } from '../parse-flags.ts';
import { createStaticHandler, feedCacheControl } from '../../static-host/static-files.ts';

const HELP = `Usage: npm run feed -- serve FEED [--port 8080] [--host 127.0.0.1]

Serves the feed folder FEED over HTTP, with the cache headers of a real host:
manifest.json no-cache, objects/ cached forever, Range requests for media.
Point a kiosk-config "feedUrl" at the printed address. Ctrl+C stops it.

Options:
  --port PORT   the port to listen on (default 8080; 0 picks a free one)
  --host HOST   the address to listen on (default 127.0.0.1, this computer only;
                0.0.0.0 lets kiosks on the network connect)

Example:
  npm run feed -- serve /tmp/demo-feed --port 8080`;

const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';

export const command: CliCommand = {
  name: 'serve',
  summary: 'serve a feed folder over HTTP for testing kiosks',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags('serve', args, { port: { type: 'string' }, host: { type: 'string' } }, ['FEED']);
    const feed = required('serve', positionals[0], 'FEED');
    const feedDir = path.resolve(io.cwd, feed);
    const port = values.port === undefined ? DEFAULT_PORT : wholeNumber('serve', values.port, '--port', 0, 65_535);
    const host = values.host ?? DEFAULT_HOST;
    try {
      await access(path.join(feedDir, 'manifest.json'));
    } catch (error) {
      throw new CliError(
        'serve.not-a-feed',
        `${feed}: not a feed folder (manifest.json: ${describeFsError(error)}); build one with "npm run feed -- build"`,
      );
    }

    const handler = createStaticHandler(feedDir, '/', feedCacheControl);
    const server = createServer((req, res) =>
      handler(req, res, () => {
        res.statusCode = 404;
        res.end('not found\n');
      }),
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new CliError('serve.cannot-listen', `cannot listen on ${host}:${port}: ${describeFsError(error)}`)),
      );
      server.listen(port, host, resolve);
    });
    const address = server.address();
    const actualPort = address && typeof address === 'object' ? address.port : port;
    io.out(`serving ${feed} at http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/ (Ctrl+C stops)`);

    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        server.closeAllConnections();
        server.close(() => resolve());
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.err('stopped');
    return 0;
  },
};
