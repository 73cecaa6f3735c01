// The heartbeat end to end (docs/design.md §6.5): a kiosk reports to a real Prometheus
// Pushgateway, and queues its events while offline for a JSON receiver, in order. Both monitors
// listen on another port than the kiosk page and send no CORS headers, so every report is a
// cross-origin simple request that must arrive all the same.

import { expect, test } from '@playwright/test';
import type { HeartbeatDocument } from '../../src/kiosk/heartbeat/format-json.ts';
import { E2E_BASE_URL, E2E_HEARTBEAT_RECEIVER_PORT, E2E_PUSHGATEWAY_PORT } from './e2e-paths.ts';
import { startHeartbeatReceiver } from './heartbeat-receiver.ts';
import { openTechnicianPanel, waitForContentVersion } from './kiosk-page.ts';
import { resetFeed } from './publish-feed.ts';
import { startPushgateway } from './pushgateway.ts';

test.beforeEach(() => resetFeed());

test('a kiosk pushes its metrics to a Pushgateway, labelled with its id, across origins', async ({ page }) => {
  const pushgateway = await startPushgateway(E2E_PUSHGATEWAY_PORT);
  try {
    // The Pushgateway allows no other origin: only a no-cors simple request can reach it from the page.
    const probe = await fetch(`${pushgateway.url}/metrics`, { headers: { Origin: E2E_BASE_URL } });
    expect(probe.headers.get('access-control-allow-origin')).toBeNull();

    await page.goto('/?kiosk=heartbeat-pushgateway');
    await waitForContentVersion(page, 1);
    const group = 'instance="e2e-heartbeat",job="eske"';
    await expect.poll(() => pushgateway.metrics(), { timeout: 30_000 }).toContain(`eske_content_version{${group}} 1\n`);

    const lines = (await pushgateway.metrics())
      .split('\n')
      .filter((line) => line.startsWith('eske_') || line.startsWith('push_'));
    console.log(`Pushgateway /metrics, the kiosk's group:\n${lines.filter((line) => line.includes(group)).join('\n')}`);
    expect(lines).toContain(`eske_up{${group}} 1`);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^eske_info\{app_version="\d+\.\d+\.\d+",exhibit="kz-repression-demo",instance="e2e-heartbeat",job="eske",mode="open"\} 1$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^eske_last_sync_success_timestamp_seconds\\{${group}\\} \\d`)),
    );
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^eske_storage_used_bytes\\{${group}\\} \\d`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^eske_errors_total\\{${group}\\} \\d+$`)));
    expect(lines).toContain(`eske_events_total{event="start",${group}} 1`);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^push_time_seconds\\{${group}\\} \\d`)));

    await openTechnicianPanel(page, '2468');
    const line = page.locator('[data-testid="heartbeat"]');
    await expect(line).toHaveAttribute('data-result', 'sent');
    await expect(line).toContainText(`pushgateway → ${pushgateway.url}`);
  } finally {
    await pushgateway.stop();
  }
});

test('events queued offline reach a JSON receiver in order once the network is back', async ({ page, context }) => {
  const receiver = await startHeartbeatReceiver(E2E_HEARTBEAT_RECEIVER_PORT);
  const documents = () => receiver.received.map((post) => JSON.parse(post.body) as HeartbeatDocument);
  const kinds = () => documents().flatMap((document) => document.events.map((event) => event.kind));
  try {
    await page.goto('/?kiosk=heartbeat-json');
    await waitForContentVersion(page, 1);
    await expect.poll(kinds, { timeout: 30_000 }).toContain('start');
    const [first] = receiver.received;
    expect(first!.path).toBe('/heartbeat');
    expect(first!.headers.origin).toBe(E2E_BASE_URL);
    expect(first!.headers['content-type']).toBe('text/plain; charset=utf-8');

    await openTechnicianPanel(page, '2468');
    const line = page.locator('[data-testid="heartbeat"]');
    await context.setOffline(true);
    await expect(line).toHaveAttribute('data-result', 'unreachable', { timeout: 30_000 });
    const postsWhileOffline = receiver.received.length;
    await context.setOffline(false);
    await expect.poll(kinds, { timeout: 30_000 }).toContain('online');
    await expect(line).toHaveAttribute('data-result', 'sent');

    expect(receiver.received.length).toBeGreaterThan(postsWhileOffline);
    const events = documents().flatMap((document) => document.events);
    const seqs = events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    const after = events.slice(events.findIndex((event) => event.kind === 'offline'));
    expect(after[0]?.kind).toBe('offline');
    const online = after.find((event) => event.kind === 'online');
    expect(online).toMatchObject({ kind: 'online', offlineSeconds: expect.any(Number) });
    expect(after.map((event) => event.at)).toEqual([...after.map((event) => event.at)].sort((a, b) => a - b));
    expect(documents().at(-1)!.status).toMatchObject({ kioskId: 'e2e-heartbeat-json', contentVersion: 1 });
  } finally {
    await receiver.close();
  }
});
