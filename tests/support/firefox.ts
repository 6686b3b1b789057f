/**
 * Finds Debian's Firefox ESR for the browser tests, installing it with apt-get when it is missing and we are
 * root. Otherwise it stops with one line saying how to install it. (Like chromium.ts: no `vitest` import.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function found(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

export function ensureFirefox(): string {
  const existing = found();
  if (existing) return existing;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Firefox not found: installing Debian firefox-esr with apt-get (once)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'firefox-esr'], { stdio: 'inherit', env });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    'Firefox not found: install it with `sudo apt-get install firefox-esr` (or set FIREFOX_PATH to a Firefox binary), then run npm test again.',
  );
}
