// Which build of the app this is (docs/design.md §6, the technician panel): package.json's version
// and the build's commit, stamped in by vite.config.ts `define`, so a technician can tell which
// code a kiosk runs without opening a console; the heartbeat reports it too.

declare const __ESKE_APP_VERSION__: string;
declare const __ESKE_BUILD_ID__: string;

export const APP_VERSION: string = __ESKE_APP_VERSION__;
/** The commit the app was built from, or what ESKE_BUILD_ID said; `unknown` outside a Git checkout. */
export const BUILD_ID: string = __ESKE_BUILD_ID__;
