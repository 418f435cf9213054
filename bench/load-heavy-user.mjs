// Bundles bench/heavy-user.ts (which imports the app's domain code) with esbuild and builds the
// seeded "ten-year heavy user". Shared by the benchmark and the Lighthouse audit.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function loadHeavyUser() {
  const out = join('bench-results', 'heavy-user.mjs');
  await build({ entryPoints: ['bench/heavy-user.ts'], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
  const { buildHeavyUser } = await import(pathToFileURL(join(process.cwd(), out)).href);
  return buildHeavyUser();
}
