// Lighthouse 12 (mobile) against the served production build: the median of 5 runs per figure.
// Usage: npm run audit [-- --runs 5 --url /path --seed]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureChromium } from './ensure-chromium.mjs';
import { run } from './run.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', 5));
const path = option('url', '/');
const port = Number(process.env.AUDIT_PORT ?? 4310);

const chromePath = ensureChromium();
if (!args.includes('--no-build') && (await run('npx', ['ng', 'build'])) !== 0) process.exit(1);

const server = spawn('node', ['scripts/serve.mjs', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 800));
const url = `http://127.0.0.1:${port}${path}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        bestPractices: lhr.categories['best-practices'].score * 100,
        fcpMs: audit('first-contentful-paint'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        speedIndexMs: audit('speed-index'),
        failing: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id),
      });
      console.log(`run ${i + 1}/${runs}: performance ${results.at(-1).performance}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.kill();
}

const keys = ['performance', 'accessibility', 'bestPractices', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'speedIndexMs'];
const summary = Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))]));
mkdirSync('lighthouse-results', { recursive: true });
writeFileSync('lighthouse-results/summary.json', JSON.stringify({ url: path, runs, summary, results }, null, 2));
console.log(`\nLighthouse 12 (mobile), median of ${runs} runs on ${path}`);
console.table(
  Object.fromEntries(keys.map((k) => [k, { median: round(summary[k]), min: round(Math.min(...results.map((r) => r[k]))), max: round(Math.max(...results.map((r) => r[k]))) }])),
);
const failing = [...new Set(results.flatMap((r) => r.failing))];
if (failing.length) console.log(`Binary audits not passed: ${failing.join(', ')}`);

function round(v) {
  return Math.round(v * 1000) / 1000;
}
