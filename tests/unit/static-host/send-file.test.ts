// The static host answers a file that vanished between stat and read (a feed republished under a
// running kiosk) with 404, and keeps serving.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendFile } from '../../../src/static-host/static-files.ts';

let server: Server | undefined;
afterEach(() => server?.close());

describe('sendFile', () => {
  it('answers 404 for a file gone after its stat, and the server keeps answering', async () => {
    server = createServer((req, res) => sendFile(req, res, '/nonexistent/eske/manifest.sig', 64, 'no-cache'));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    for (let request = 0; request < 2; request++) {
      const response = await fetch(`http://127.0.0.1:${port}/feed/manifest.sig`);
      expect(response.status).toBe(404);
    }
  });
});
