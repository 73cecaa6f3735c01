// The Curator Studio's two loopback servers (docs/design.md §8.1): the studio itself (its app,
// the API, the media under files/) and the preview kiosk on a port of its own, so the kiosk app
// runs in its own origin as on a real kiosk. Both bind 127.0.0.1 only, and every request passes
// the guard before anything else looks at it.

import { randomInt, randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { LANGUAGES } from '../../feed/languages.ts';
import { createStaticHandler, feedCacheControl, sendFile, type StaticHandler } from '../../static-host/static-files.ts';
import { readOverview } from './content-overview.ts';
import { existingContentFile } from './content-files.ts';
import { DraftOverlay } from './draft-overlay.ts';
import { EntryStore } from './entry-store.ts';
import { createImportRoutes } from './import/import-routes.ts';
import { sendError } from './http-io.ts';
import { PreviewFeed, throwawayKey } from './preview-feed.ts';
import { previewKioskId } from './protocol/studio-protocol.ts';
import { Publisher, type PublishTarget } from './publisher.ts';
import { guardRequest, loopbackOrigins, protectiveHeaders } from './request-guard.ts';
import { decodedPath, handleApi, type StudioContext } from './studio-api.ts';
import { StudioError } from './studio-error.ts';

/** Loopback only: the studio writes the curator's files and must never be reachable from the network. */
export const STUDIO_HOST = '127.0.0.1';
export const DEFAULT_STUDIO_PORT = 4174;

export interface StudioOptions {
  contentDir: string;
  /** The content folder as the curator named it, for the app's header. */
  folderLabel: string;
  port: number;
  previewPort: number;
  /** The studio app's build (vite.studio.config.ts) and the kiosk's (vite.config.ts). */
  appDir: string;
  kioskAppDir: string;
  publish: PublishTarget | null;
  log: (text: string) => void;
}

export interface RunningStudio {
  url: string;
  previewUrl: string;
  close: () => Promise<void>;
}

/** The preview remembers which run of the studio the browser's kiosk data came from (see previewIndex). */
const PREVIEW_RUN_COOKIE = 'eske-studio-preview-run';

export async function startStudio(options: StudioOptions): Promise<RunningStudio> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'eske-studio-'));
  const store = new EntryStore(options.contentDir);
  const overlay = new DraftOverlay(store, workDir);
  const previewKey = await throwawayKey();
  const context: StudioContext = {
    store,
    overlay,
    preview: new PreviewFeed(workDir, previewKey, overlay, options.log),
    publisher: options.publish && new Publisher(options.contentDir, options.publish, workDir, options.log),
    settings: {
      folder: options.folderLabel,
      contentPath: options.contentDir,
      publishTo: options.publish?.feedDir ?? null,
      previewPort: options.previewPort,
    },
    now: () => new Date(),
  };
  const imports = createImportRoutes(options.contentDir, { log: options.log });
  const signingKeyFile = options.publish?.key.file ?? null;
  const studioFiles = createStaticHandler(options.appDir, '/', () => 'no-cache');
  const studio = createServer((req, res) =>
    serve(req, res, options, { port: options.port }, [], async (url) => {
      if (url.pathname.startsWith('/api/')) {
        if (!(await imports.handle(req, res, url)) && !(await handleApi(context, req, res, url)))
          throw new StudioError('not-found', `no API at ${url.pathname}`);
      } else if (url.pathname.startsWith('/files/')) {
        const file = await existingContentFile(options.contentDir, decodedPath(url.pathname).slice(1), signingKeyFile);
        if (!file) throw new StudioError('not-found', `${url.pathname} does not exist`);
        sendFile(req, res, file.absolute, (await stat(file.absolute)).size, 'no-cache');
      } else {
        await serveStatic(studioFiles, options.appDir, req, res, url);
      }
    }),
  );

  const runId = randomUUID();
  // Nobody types it: the preview's technician panel is not what is being previewed.
  const pin = String(randomInt(10_000_000, 100_000_000));
  const feedFiles = createStaticHandler(context.preview.feedDir, '/feed/', feedCacheControl);
  const kioskFiles = createStaticHandler(options.kioskAppDir, '/', () => 'no-cache');
  const preview = createServer((req, res) =>
    serve(
      req,
      res,
      options,
      { port: options.previewPort, framedBySameSite: true },
      loopbackOrigins(options.port),
      async (url) => {
        const config = /^\/kiosk-config\/([a-z0-9-]+)\.json$/.exec(url.pathname)?.[1];
        if (config !== undefined) {
          const language = LANGUAGES.find((each) => previewKioskId(each) === config);
          if (language === undefined) throw new StudioError('not-found', `no kiosk-config ${config}`);
          const { exhibit } = await readOverview(store, context.settings);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(context.preview.kioskConfig(exhibit, language, pin));
        } else if (url.pathname === '/service-worker.js') {
          // The kiosk's service worker would keep this build's pages across runs of the studio and
          // answer the page itself; the preview must always load what the studio serves now.
          throw new StudioError('not-found', 'the preview runs without a service worker');
        } else if (url.pathname.startsWith('/feed/')) {
          await serveStatic(feedFiles, context.preview.feedDir, req, res, url);
        } else {
          if (url.pathname === '/' && !(req.headers.cookie ?? '').includes(`${PREVIEW_RUN_COOKIE}=${runId}`)) {
            // Each run signs its preview with a new key and counts versions from 1: a browser that
            // kept an earlier run's kiosk data would refuse them as a rollback. Start it afresh.
            res.setHeader('Clear-Site-Data', '"storage"');
            res.setHeader('Set-Cookie', `${PREVIEW_RUN_COOKIE}=${runId}; Path=/; HttpOnly; SameSite=Strict`);
          }
          await serveStatic(kioskFiles, options.kioskAppDir, req, res, url);
        }
      },
    ),
  );

  await listen(studio, options.port);
  await listen(preview, options.previewPort).catch(async (error: unknown) => {
    await close(studio);
    throw error;
  });
  return {
    url: `http://localhost:${options.port}/`,
    previewUrl: `http://localhost:${options.previewPort}/`,
    close: async () => {
      await Promise.all([close(studio), close(preview)]);
      await imports.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  options: StudioOptions,
  rule: Parameters<typeof guardRequest>[2],
  frameAncestors: readonly string[],
  route: (url: URL) => Promise<void>,
): Promise<void> {
  for (const [name, value] of Object.entries(protectiveHeaders(frameAncestors))) res.setHeader(name, value);
  try {
    // docs/design.md §8.1: before any routing.
    guardRequest(req.method, req.headers, rule);
    await route(new URL(req.url ?? '/', 'http://localhost'));
  } catch (error) {
    sendError(res, error, options.log);
  }
}

/** A built app's files, `/` being its index.html; anything else is a 404. */
function serveStatic(handler: StaticHandler, dir: string, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = () => resolve();
    res.once('finish', finish);
    res.once('close', finish);
    if (url.pathname === '/') {
      stat(path.join(dir, 'index.html')).then(
        (info) => sendFile(req, res, path.join(dir, 'index.html'), info.size, 'no-cache'),
        () => reject(new StudioError('not-found', `${dir} holds no built app; run the build first`)),
      );
      return;
    }
    handler(req, res, () => reject(new StudioError('not-found', `${url.pathname} does not exist`)));
  });
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, STUDIO_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
