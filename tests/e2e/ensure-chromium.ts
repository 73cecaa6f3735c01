// Run before the end-to-end tests: makes sure a Chromium is there, so `npm test` passes on a
// fresh machine. As root with apt it installs Debian's package; otherwise it stops at once with
// the one command that installs a browser.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.ts';

function main(): number {
  const found = findChromium();
  if (found) {
    console.log(`e2e: using ${found.label}`);
    return 0;
  }
  if (process.env.ESKE_CHROMIUM) {
    console.error(`e2e: ESKE_CHROMIUM points to ${process.env.ESKE_CHROMIUM}, which does not exist.`);
    return 1;
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("e2e: no Chromium found; installing Debian's package (apt-get install -y chromium)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) {
        console.error(`e2e: apt-get ${args.join(' ')} failed (exit ${result.status}).`);
        return 1;
      }
    }
    if (findChromium()) return 0;
  }
  console.error(
    [
      'e2e: no Chromium found. Install one, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  elsewhere:      npx playwright install chromium',
      '  or point ESKE_CHROMIUM at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  return 1;
}

process.exit(main());
