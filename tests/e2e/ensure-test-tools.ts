// Run before the end-to-end tests: makes sure the tools they drive are there, so `npm test`
// passes on a fresh machine: a Chromium, Debian's prometheus-pushgateway for the heartbeat spec
// and Debian's nginx for the hosting spec. As root with apt it installs Debian's packages; otherwise it stops at once with the
// commands that install them.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.ts';
import { NGINX_BINARY } from './nginx.ts';
import { PUSHGATEWAY_BINARY } from './pushgateway.ts';

interface Tool {
  name: string;
  /** A line naming what was found, or null when it is missing. */
  find: () => string | null;
  /** Debian's package that provides it. */
  debianPackage: string;
  /** How to get it by hand, one command a line. */
  otherwise: readonly string[];
}

const TOOLS: readonly Tool[] = [
  {
    name: 'Chromium',
    find: () => findChromium()?.label ?? null,
    debianPackage: 'chromium',
    otherwise: [
      'Debian/Ubuntu:  sudo apt-get install -y chromium',
      'elsewhere:      npx playwright install chromium',
      'or point ESKE_CHROMIUM at a Chromium or Chrome binary.',
    ],
  },
  {
    name: 'Prometheus Pushgateway',
    find: () => (existsSync(PUSHGATEWAY_BINARY) ? PUSHGATEWAY_BINARY : null),
    debianPackage: 'prometheus-pushgateway',
    otherwise: ['Debian/Ubuntu:  sudo apt-get install -y prometheus-pushgateway'],
  },
  {
    // On a machine with systemd, Debian's package also starts nginx as a service on port 80;
    // the spec runs its own on loopback, whatever that one does.
    name: 'nginx',
    find: () => (existsSync(NGINX_BINARY) ? NGINX_BINARY : null),
    debianPackage: 'nginx',
    otherwise: ['Debian/Ubuntu:  sudo apt-get install -y nginx'],
  },
];

function aptInstall(packages: readonly string[]): boolean {
  console.log(`e2e: installing Debian's ${packages.join(', ')} (apt-get install -y)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`e2e: apt-get ${args.join(' ')} failed (exit ${result.status}).`);
      return false;
    }
  }
  return true;
}

function main(): number {
  if (process.env.ESKE_CHROMIUM && !findChromium()) {
    console.error(`e2e: ESKE_CHROMIUM points to ${process.env.ESKE_CHROMIUM}, which does not exist.`);
    return 1;
  }
  let missing = TOOLS.filter((tool) => tool.find() === null);
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (missing.length > 0 && canApt && aptInstall(missing.map((tool) => tool.debianPackage))) {
    missing = missing.filter((tool) => tool.find() === null);
  }
  for (const tool of TOOLS.filter((each) => !missing.includes(each))) console.log(`e2e: using ${tool.find()}`);
  if (missing.length === 0) return 0;
  for (const tool of missing) {
    console.error(
      [`e2e: no ${tool.name} found. Install it, then run npm test again:`, ...tool.otherwise.map((line) => `  ${line}`)].join(
        '\n',
      ),
    );
  }
  return 1;
}

process.exit(main());
