// The app's own version (package.json), written in at build time by vite.config.ts, for the
// heartbeat's eske_info and status.

declare const __ESKE_APP_VERSION__: string;

export const APP_VERSION: string = __ESKE_APP_VERSION__;
