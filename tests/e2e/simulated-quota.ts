// A storage quota for the kiosk's page, simulated where the page meets IndexedDB and the storage
// estimate. Chromium 156 applies CDP's Storage.overrideQuotaForOrigin to neither: after it,
// Storage.getUsageAndQuota reports `overrideActive: true` and the lower quota, while
// navigator.storage.estimate() and IndexedDB writes go on as before. So, once `setQuota` set a
// limit, a put of an object that would pass it throws QuotaExceededError, as a full disk makes
// IndexedDB do, and the estimate reports the limit as the quota.

import type { Page } from '@playwright/test';

interface QuotaState {
  limit: number | null;
  used: number;
  /** Objects put since the limit was set, by SHA-256, so that a delete gives their bytes back. */
  sizes: Map<string, number>;
}

/** Before the page loads: wraps the APIs, with no limit yet. */
export async function installQuota(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state: QuotaState = { limit: null, used: 0, sizes: new Map() };
    Object.defineProperty(window, '__eskeTestQuota', { value: state });
    const estimate = StorageManager.prototype.estimate;
    StorageManager.prototype.estimate = async function (this: StorageManager) {
      const real = await estimate.call(this);
      return state.limit === null ? real : { ...real, quota: state.limit };
    };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const object = value as { sha256?: string; blob?: unknown } | null;
      if (state.limit !== null && this.name === 'objects' && object?.sha256 && object.blob instanceof Blob) {
        if (!state.sizes.has(object.sha256)) {
          if (state.used + object.blob.size > state.limit)
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          state.used += object.blob.size;
          state.sizes.set(object.sha256, object.blob.size);
        }
      }
      return put.call(this, value, key);
    };
    const remove = IDBObjectStore.prototype.delete;
    IDBObjectStore.prototype.delete = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
      const size = typeof query === 'string' && this.name === 'objects' ? state.sizes.get(query) : undefined;
      if (size !== undefined) {
        state.used -= size;
        state.sizes.delete(query as string);
      }
      return remove.call(this, query);
    };
  });
}

/** Limits the page to what it uses now plus `spareBytes`; null lifts the limit. */
export async function setQuota(page: Page, spareBytes: number | null): Promise<void> {
  await page.evaluate(async (spareBytes) => {
    const state = (window as unknown as { __eskeTestQuota: QuotaState }).__eskeTestQuota;
    state.limit = null;
    if (spareBytes === null) return;
    const { usage = 0 } = await navigator.storage.estimate();
    state.used = usage;
    state.sizes.clear();
    state.limit = usage + spareBytes;
  }, spareBytes);
}
