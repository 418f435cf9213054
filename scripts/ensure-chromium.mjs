// Finds Chromium for the tests, installing Debian's package when it is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureChromium() {
  const wanted = process.env.CHROME_BIN || '/usr/bin/chromium';
  if (existsSync(wanted)) return wanted;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium not found at ${wanted}. Install it with: sudo apt-get install -y chromium`);
  }
  console.log('Chromium is missing: installing Debian chromium (about a minute)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (!existsSync('/usr/bin/chromium')) throw new Error('apt-get did not install /usr/bin/chromium');
  return '/usr/bin/chromium';
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
