// Debian's nginx (which ensure-test-tools.ts installs) for the hosting spec: two sites on
// loopback, the kiosk app and the feed, each from a server block that includes the file shipped
// in deploy/nginx/, so the configuration tested is the one a museum copies. Its prefix (config,
// pid, logs, temporary files) is under tests/.tmp; it is stopped by its own process id.

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './e2e-paths.ts';

export const NGINX_BINARY = '/usr/sbin/nginx';

/** Readiness polls before giving up: nginx listens within a few milliseconds of its start. */
const READY_ATTEMPTS = 100;
const READY_POLL_MS = 100;

export interface NginxSites {
  /** Holds its config, pid, error log and temporary files. */
  prefix: string;
  /** A copy of dist/, served at the app's port with deploy/nginx/eske-kiosk.conf. */
  appRoot: string;
  appPort: number;
  /** The root that holds the feed folder, served at the feed's port with deploy/nginx/eske-feed.conf. */
  feedRoot: string;
  feedPort: number;
}

export interface RunningNginx {
  appUrl: string;
  feedUrl: string;
  stop(): Promise<void>;
}

function config(sites: NginxSites): string {
  const { prefix } = sites;
  const deploy = path.join(PROJECT_ROOT, 'deploy/nginx');
  // Every path nginx would take from its compiled-in defaults (/var/lib/nginx, /run) is set here.
  return `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  server {
    listen 127.0.0.1:${sites.appPort};
    root ${sites.appRoot};
    include ${deploy}/eske-kiosk.conf;
  }
  server {
    listen 127.0.0.1:${sites.feedPort};
    root ${sites.feedRoot};
    include ${deploy}/eske-feed.conf;
  }
}
`;
}

export async function startNginx(sites: NginxSites): Promise<RunningNginx> {
  mkdirSync(path.join(sites.prefix, 'temp'), { recursive: true });
  const configFile = path.join(sites.prefix, 'nginx.conf');
  writeFileSync(configFile, config(sites));
  let stderr = '';
  const child: ChildProcess = spawn(NGINX_BINARY, ['-p', sites.prefix, '-c', configFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    // SIGQUIT: finish the requests in flight, then end; the master ends its worker itself.
    process.kill(child.pid!, 'SIGQUIT');
    await exited;
  };
  const appUrl = `http://127.0.0.1:${sites.appPort}`;
  const feedUrl = `http://127.0.0.1:${sites.feedPort}`;
  const errorLog = () => {
    try {
      return readFileSync(path.join(sites.prefix, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  for (let attempt = 0; attempt < READY_ATTEMPTS; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode} (a port taken?): ${stderr}${errorLog()}`);
    const ready = await Promise.all(
      [appUrl, feedUrl].map((url) =>
        fetch(url).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (ready.every(Boolean)) return { appUrl, feedUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  await stop();
  throw new Error(`nginx did not get ready on ${appUrl} and ${feedUrl}: ${stderr}${errorLog()}`);
}
