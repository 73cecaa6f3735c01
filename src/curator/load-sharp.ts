// Loads sharp (libvips) on first use: its native library costs a CLI start a third of a second
// or more, which commands that never touch an image (help, keygen, search) should not pay. One
// loader, so that the process-wide settings below are made once.

import type Sharp from 'sharp';

let loading: Promise<typeof Sharp> | null = null;

export function loadSharp(): Promise<typeof Sharp> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    // A CLI that decodes one large scan after another gains nothing from libvips' operation
    // cache and would hold hundreds of megabytes in it.
    sharp.cache(false);
    return sharp;
  });
  return loading;
}
