// A small static file handler for feeds, kiosk configs and built apps. Node only, and shared: the
// curator's `feed serve`, the Curator Studio and the Vite dev/preview servers (vite.config.ts)
// all mount it, so none imports another. It sets the cache rules of docs/design.md §4 (manifest no-cache, objects
// immutable) and answers Range requests, so media seek the same way as on a real host.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.sig': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  // A built app, as the Curator Studio serves its own and the preview kiosk's (docs/design.md §8.1).
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

/** Objects are content-addressed and never change; everything else must be revalidated. */
export function feedCacheControl(relativePath: string): string {
  return relativePath.startsWith('objects/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Serves files below `rootDir` for URLs below `mountPath`; calls `next()` for anything else
 * (other paths, directories, missing files), so it can sit in front of another server.
 */
export function createStaticHandler(
  rootDir: string,
  mountPath: string,
  cacheControl: (relativePath: string) => string,
): StaticHandler {
  const root = path.resolve(rootDir);
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !url.pathname.startsWith(mountPath)) return next();
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(mountPath.length));
    } catch {
      return next();
    }
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) return next();
    stat(file).then(
      (info) => {
        if (!info.isFile()) return next();
        sendFile(req, res, file, info.size, cacheControl(relative.split(path.sep).join('/')));
      },
      () => next(),
    );
  };
}

/** Exported for its test: a file that vanishes after `stat` must not bring the server down. */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number, cacheControl: string): void {
  res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Access-Control-Allow-Origin', '*');
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  let start = 0;
  let end = size - 1;
  if (range && (range[1] !== '' || range[2] !== '')) {
    start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
    end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${size}`);
      res.end();
      return;
    }
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
  }
  res.setHeader('Content-Length', String(end - start + 1));
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  const stream = createReadStream(file, { start, end });
  stream.on('error', () => {
    // The file went between stat and read (a feed being published over): answer as if it had
    // never been there, since the server must outlive every request.
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.removeHeader('Content-Length');
    res.removeHeader('Content-Range');
    res.statusCode = 404;
    res.end();
  });
  stream.pipe(res);
}
