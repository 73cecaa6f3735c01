// Lets the page paint and answer taps in the middle of long work on the main thread (sync
// checking a register shard, a record page reading one), so no task runs long enough for a
// visitor to feel it. Neither way used here is throttled the way timers are.

interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToScreen(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message is a task of its own: whatever input and rendering wait run before it.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
