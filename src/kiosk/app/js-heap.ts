// The JS heap figures Chromium gives (performance.memory, non-standard), for the technician panel
// and the heartbeat; other browsers give none.

export interface JsHeap {
  usedBytes: number;
  limitBytes: number;
}

interface ChromiumMemory {
  usedJSHeapSize: number;
  jsHeapSizeLimit: number;
}

export function readJsHeap(): JsHeap | null {
  const memory = (performance as Performance & { memory?: ChromiumMemory }).memory;
  return memory ? { usedBytes: memory.usedJSHeapSize, limitBytes: memory.jsHeapSizeLimit } : null;
}
