// A real Prometheus Pushgateway (Debian's package, which ensure-test-tools.ts installs) for the
// heartbeat spec: started on loopback with no persistence file, stopped by its own process id.

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export const PUSHGATEWAY_BINARY = '/usr/bin/prometheus-pushgateway';

/** Readiness polls before giving up: the Pushgateway is ready in well under a second. */
const READY_ATTEMPTS = 100;
const READY_POLL_MS = 100;

export interface RunningPushgateway {
  url: string;
  /** The text /metrics answers now. */
  metrics(): Promise<string>;
  stop(): Promise<void>;
}

export async function startPushgateway(port: number): Promise<RunningPushgateway> {
  const url = `http://127.0.0.1:${port}`;
  // An empty --persistence.file keeps metrics in memory only; Debian's default is a file in /var/lib.
  const child: ChildProcess = spawn(
    PUSHGATEWAY_BINARY,
    [`--web.listen-address=127.0.0.1:${port}`, '--persistence.file=', '--log.level=warn'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(child.pid!, 'SIGTERM');
    await exited;
  };
  for (let attempt = 0; attempt < READY_ATTEMPTS; attempt++) {
    if (child.exitCode !== null) throw new Error(`prometheus-pushgateway exited with ${child.exitCode} (is port ${port} taken?)`);
    const ready = await fetch(`${url}/-/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, metrics: async () => (await fetch(`${url}/metrics`)).text(), stop };
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  await stop();
  throw new Error(`prometheus-pushgateway did not get ready on ${url}`);
}
