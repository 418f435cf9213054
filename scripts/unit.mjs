// Karma + Jasmine in headless Chromium; prints "unit: N passed, N failed".
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { run } from './run.mjs';

export async function runUnit() {
  const chrome = ensureChromium();
  mkdirSync('test-results', { recursive: true });
  const summaryFile = 'test-results/unit.json';
  rmSync(summaryFile, { force: true });
  const code = await run('npx', ['ng', 'test', '--watch=false'], { CHROME_BIN: chrome, TEND_UNIT_SUMMARY: summaryFile });
  const summary = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  console.log(`unit: ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`);
  return code === 0 && summary.passed > 0 && summary.failed === 0 && !summary.error;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit((await runUnit()) ? 0 : 1);
