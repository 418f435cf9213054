// Builds the production PWA and runs Playwright against it; prints "e2e: N passed, N failed".
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { buildProduction } from './build.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { run } from './run.mjs';

export async function runE2e() {
  const chrome = ensureChromium();
  if ((await buildProduction()) !== 0) {
    console.log('e2e: 0 passed, 0 failed (the production build failed)');
    return false;
  }
  mkdirSync('test-results', { recursive: true });
  const report = 'test-results/e2e.json';
  rmSync(report, { force: true });
  const code = await run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    CHROME_BIN: chrome,
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    E2E_PORT: process.env.E2E_PORT ?? String(await freePort()),
  });
  const stats = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')).stats : null;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = stats ? stats.unexpected : 0;
  const skipped = stats?.skipped ?? 0;
  console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${stats?.flaky ? ` (${stats.flaky} flaky)` : ''}`);
  return code === 0 && passed > 0 && failed === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit((await runE2e()) ? 0 : 1);

/** A loopback port nothing listens on, so a leftover server never fails the run. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
