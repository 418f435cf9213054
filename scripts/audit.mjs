// Lighthouse 12 (mobile) against the served production build: the median of 5 runs per figure.
// Usage: npm run audit [-- --runs 5 --url /path --no-build --heavy --no-floor]
// --heavy: each run first loads the benchmark's ten-year heavy user into the browser profile and
// lets the service worker cache the app, then audits that returning visit without resetting storage.
// A first visit is audited alternately with the floor (bench/floor-app: a bare Angular app with
// Tend's stack and the service worker, served the same way), one run each in turn, and the two
// medians are compared: performance within 3 points of the floor's, LCP within 1.25× of it.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadHeavyUser } from '../bench/load-heavy-user.mjs';
import { measures } from '../bench/measures.mjs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureChromium } from './ensure-chromium.mjs';
import { buildProduction } from './build.mjs';
import { run } from './run.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', 5));
const path = option('url', '/');
const port = Number(process.env.AUDIT_PORT ?? 4310);
const heavy = args.includes('--heavy');
const withFloor = !heavy && !args.includes('--no-floor');

const chromePath = ensureChromium();
if (!args.includes('--no-build') && (await buildProduction()) !== 0) process.exit(1);

if (withFloor && (await run('npx', ['ng', 'build', 'floor'])) !== 0) process.exit(1);

const servers = [spawn('node', ['scripts/serve.mjs', String(port)], { stdio: 'ignore' })];
if (withFloor) servers.push(spawn('node', ['scripts/serve.mjs', String(port + 1)], { stdio: 'ignore', env: { ...process.env, TEND_DIST: 'dist/floor/browser' } }));
await new Promise((resolve) => setTimeout(resolve, 800));
const url = `http://127.0.0.1:${port}${path}`;
const floorUrl = `http://127.0.0.1:${port + 1}/`;
const heavyUser = heavy ? await loadHeavyUser() : null;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = [];
const floorResults = [];
try {
  for (let i = 0; i < runs; i++) {
    results.push(await audit(url, heavy));
    console.log(`run ${i + 1}/${runs}: performance ${results.at(-1).performance}`);
    if (!withFloor) continue;
    floorResults.push(await audit(floorUrl, false));
    console.log(`run ${i + 1}/${runs} of the floor: performance ${floorResults.at(-1).performance}`);
  }
} finally {
  servers.forEach((server) => server.kill());
}

/** One Lighthouse run in a fresh profile; with `seeded`, the heavy user's returning visit. */
async function audit(target, seeded) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tend-audit-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    userDataDir,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    if (seeded) await seed(chrome.port);
    const { lhr } = await lighthouse(target, { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: seeded });
    mkdirSync('lighthouse-results', { recursive: true });
    writeFileSync(`lighthouse-results/last${target === floorUrl ? '-floor' : seeded ? '-heavy' : ''}.json`, JSON.stringify(lhr));
    const figure = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: lhr.categories.performance.score * 100,
      accessibility: lhr.categories.accessibility.score * 100,
      bestPractices: lhr.categories['best-practices'].score * 100,
      fcpMs: figure('first-contentful-paint'),
      lcpMs: figure('largest-contentful-paint'),
      tbtMs: figure('total-blocking-time'),
      cls: figure('cumulative-layout-shift'),
      speedIndexMs: figure('speed-index'),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const keys = ['performance', 'accessibility', 'bestPractices', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'speedIndexMs'];
const summarize = (list) => Object.fromEntries(keys.map((k) => [k, median(list.map((r) => r[k]))]));
const summary = summarize(results);
const floor = withFloor ? summarize(floorResults) : null;
mkdirSync('lighthouse-results', { recursive: true });
const file = heavy ? 'lighthouse-results/summary-heavy.json' : 'lighthouse-results/summary.json';
writeFileSync(file, JSON.stringify({ url: path, runs, heavy, summary, results, floor, floorResults }, null, 2));
console.log(`\nLighthouse 12 (mobile), median of ${runs} runs on ${path}${heavy ? ', returning visit with the heavy user' : ''}`);
console.table(
  Object.fromEntries(keys.map((k) => [k, { median: round(summary[k]), min: round(Math.min(...results.map((r) => r[k]))), max: round(Math.max(...results.map((r) => r[k]))) }])),
);
if (floor) {
  console.log(`\nThe floor, alternated run by run with Tend: median of ${runs} runs`);
  console.table(Object.fromEntries(keys.map((k) => [k, { tend: round(summary[k]), floor: round(floor[k]) }])));
  const points = floor.performance - summary.performance;
  const lcpRatio = summary.lcpMs / floor.lcpMs;
  console.log(`performance ${points <= 3 ? 'within' : 'NOT within'} 3 points of the floor (${points} behind); LCP ${lcpRatio.toFixed(2)}× the floor's (${lcpRatio <= 1.25 ? 'within' : 'NOT within'} 1.25×)`);
}
const failing = [...new Set(results.flatMap((r) => r.failing))];
if (failing.length) console.log(`Binary audits not passed: ${failing.join(', ')}`);

/** Loads the heavy user through the page itself (as the benchmark does), then leaves. */
async function seed(chromePort) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chromePort}`);
  try {
    const [context] = browser.contexts();
    await measures.find((m) => m.name === 'seed').run({ context, base: `http://127.0.0.1:${port}`, heavyUser });
  } finally {
    await browser.close();
  }
}

function round(v) {
  return Math.round(v * 1000) / 1000;
}
