// The studio's /api/ routes (docs/design.md §8.1): one table of method, path and handler. Every
// body is checked against its schema at the door; every write of the content folder goes through
// here, to the entry store or the upload.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { LANGUAGES } from '../../feed/languages.ts';
import { checkContent } from './check-content.ts';
import { contentFilePath } from './content-files.ts';
import { readOverview } from './content-overview.ts';
import type { DraftOverlay } from './draft-overlay.ts';
import type { EntryStore } from './entry-store.ts';
import { readJson, sendJson } from './http-io.ts';
import type { PreviewFeed } from './preview-feed.ts';
import { ENTRY_KINDS, type ContentOverview, type EntryKind } from './protocol/studio-protocol.ts';
import type { Publisher } from './publisher.ts';
import { StudioError } from './studio-error.ts';
import { uploadFile } from './upload-file.ts';

export interface StudioContext {
  store: EntryStore;
  overlay: DraftOverlay;
  preview: PreviewFeed;
  /** Null when the studio was started without a feed folder and key to publish with. */
  publisher: Publisher | null;
  settings: Pick<ContentOverview, 'folder' | 'contentPath' | 'publishTo' | 'previewPort'>;
  now: () => Date;
}

const localized = z.partialRecord(z.enum(LANGUAGES), z.string());
const editSchema = z.union([
  z.strictObject({ front: z.record(z.string(), z.unknown()), sections: localized }),
  z.strictObject({ text: z.string() }),
]);
const draftsBody = z.object({
  drafts: z.array(z.object({ kind: z.enum(ENTRY_KINDS), id: z.string(), baseHash: z.string(), edit: editSchema })),
});
const saveBody = z.object({ baseHash: z.string(), edit: editSchema });
const createBody = z.object({ id: z.string() });

type Handler = (context: StudioContext, req: IncomingMessage, params: string[], url: URL) => Promise<unknown>;

function kindOf(value: string | undefined): EntryKind {
  const kind = ENTRY_KINDS.find((each) => each === value);
  if (!kind) throw new StudioError('not-found', `no entries of kind "${value}"`);
  return kind;
}

function publisherOf(context: StudioContext): Publisher {
  if (!context.publisher) {
    throw new StudioError('publish-not-set-up', 'the studio was started without --out and --key, so it cannot publish');
  }
  return context.publisher;
}

const ROUTES: { method: string; path: RegExp; handle: Handler }[] = [
  { method: 'GET', path: /^\/api\/overview$/, handle: (context) => readOverview(context.store, context.settings) },
  {
    method: 'GET',
    path: /^\/api\/entries\/([^/]+)\/([^/]+)$/,
    handle: ({ store }, _req, [kind, id]) => store.read(kindOf(kind), id!),
  },
  {
    method: 'PUT',
    path: /^\/api\/entries\/([^/]+)\/([^/]+)$/,
    handle: async ({ store }, req, [kind, id]) => {
      const { baseHash, edit } = await readJson(req, saveBody);
      return store.save(kindOf(kind), id!, baseHash, edit);
    },
  },
  {
    method: 'POST',
    path: /^\/api\/entries\/([^/]+)$/,
    handle: async (context, req, [kind]) => {
      const { id } = await readJson(req, createBody);
      const { exhibit } = await readOverview(context.store, context.settings);
      return context.store.create(kindOf(kind), id, exhibit.languages, context.now());
    },
  },
  {
    method: 'POST',
    path: /^\/api\/check$/,
    handle: async ({ overlay }, req) => overlay.run((await readJson(req, draftsBody)).drafts, checkContent),
  },
  {
    method: 'POST',
    path: /^\/api\/preview$/,
    handle: async ({ preview }, req) => preview.build((await readJson(req, draftsBody)).drafts),
  },
  { method: 'POST', path: /^\/api\/publish\/plan$/, handle: (context) => publisherOf(context).plan() },
  { method: 'POST', path: /^\/api\/publish$/, handle: (context) => publisherOf(context).publish() },
  {
    method: 'PUT',
    path: /^\/api\/files$/,
    handle: ({ store }, req, _params, url) =>
      uploadFile(
        req,
        contentFilePath(store.contentDir, url.searchParams.get('path') ?? ''),
        url.searchParams.get('replace') === '1',
      ),
  },
];

/** A part of a URL's path as it was meant, or a bad-request for a broken %-escape. */
export function decodedPath(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new StudioError('bad-request', `${part} is not a well-formed path`);
  }
}

/** Answers a request under /api/; false when no route has its path. */
export async function handleApi(context: StudioContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const routes = ROUTES.filter((route) => route.path.test(url.pathname));
  if (routes.length === 0) return false;
  const route = routes.find((each) => each.method === req.method);
  if (!route) throw new StudioError('bad-request', `${req.method} is not a method of ${url.pathname}`);
  const params = route.path.exec(url.pathname)!.slice(1).map(decodedPath);
  sendJson(res, 200, await route.handle(context, req, params, url));
  return true;
}
