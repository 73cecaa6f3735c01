// A tiny JSON heartbeat receiver for the heartbeat spec (node:http, loopback only): records each
// POST's body and headers, and answers without any CORS header, as a plain monitor would.

import { createServer, type IncomingHttpHeaders } from 'node:http';
import { once } from 'node:events';

export interface ReceivedPost {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface HeartbeatReceiver {
  received: ReceivedPost[];
  close(): Promise<void>;
}

export async function startHeartbeatReceiver(port: number): Promise<HeartbeatReceiver> {
  const received: ReceivedPost[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST') {
        received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      }
      response.writeHead(204).end();
    });
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    received,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
