// Floors measured in the same run as Tend's figures, so that a figure reads as a ratio that holds
// on any machine of a kind: what the same work costs without Tend around it.
// - cold start: a bare Angular app with Tend's stack (bench/floor-app) that opens the `tend`
//   database and reads the same recent weeks of check-ins Today reads first;
// - Trends open: a bare page that loads chart.js on a click and draws Trends' first chart's series;
// - journal search: MiniSearch alone, configured as Tend's, over the same entries and queries.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { waitForPrefetchCached } from '../scripts/sw-prefetch.mjs';
import { run } from '../scripts/run.mjs';
import { stats } from './measures.mjs';

const OUT = join('bench-results', 'floors');
export const FLOOR_APP_DIST = join('dist', 'floor', 'browser');

/** Builds the floor app (Angular, production) and the two bare pages. */
export async function buildFloors() {
  if ((await run('npx', ['ng', 'build', 'floor'])) !== 0) throw new Error('the floor app did not build');
  mkdirSync(join(OUT, 'chart'), { recursive: true });
  copyFileSync('bench/floors/index.html', join(OUT, 'chart', 'index.html'));
  await build({ entryPoints: ['bench/floors/chart-floor-page.ts'], bundle: true, splitting: true, format: 'esm', minify: true, outdir: join(OUT, 'chart'), logLevel: 'error' });
  await build({ entryPoints: ['bench/floors/search-floor.ts'], bundle: true, format: 'iife', minify: true, outfile: join(OUT, 'search-floor.js'), logLevel: 'error' });
}

/** Serves `dist` the way Tend is served, on `port`; resolves to a function that stops it. */
export async function serve(dist, port) {
  const server = spawn('node', ['scripts/serve.mjs', String(port)], { stdio: 'ignore', env: { ...process.env, TEND_DIST: dist } });
  // Answers once it listens; a loaded machine takes longer to start it.
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return () => server.kill();
}

/** Cold start of the floor app with the heavy user's check-ins, service worker warm, `runs` new tabs. */
export async function coldStartFloor({ context, port, runs, heavyUser, writeBatch }) {
  const base = `http://127.0.0.1:${port}`;
  const first = await context.newPage();
  await first.goto(`${base}/`);
  await first.locator('floor-root[data-ready-at]').waitFor();
  await waitForPrefetchCached(first);
  const records = heavyUser.stores.checkins;
  for (let i = 0; i < records.length; i += 500) await first.evaluate(writeBatch, { store: 'checkins', records: records.slice(i, i + 500) });
  await first.close();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('floor-root[data-ready-at]').waitFor();
    times.push(Number(await page.locator('floor-root').getAttribute('data-ready-at')));
    await page.close();
  }
  return stats(times);
}

/** Click to drawn on the chart floor page, a new tab each run. */
export async function trendsOpenFloor({ context, port, runs, heavyUser }) {
  const series = firstChartSeries(heavyUser);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // As Trends is opened from a settled Today: nothing else is running.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    const started = await page.evaluate((s) => {
      window.floorSeries = s;
      window.__drawnAt = null;
      const t = performance.now();
      document.getElementById('draw').click();
      return t;
    }, series);
    await page.waitForFunction(() => window.__drawnAt !== null);
    times.push((await page.evaluate(() => window.__drawnAt)) - started);
    await page.close();
  }
  return stats(times);
}

/** MiniSearch alone over the heavy user's entries, the benchmark's 50 queries, in a page. */
export async function journalSearchFloor({ context, port, heavyUser, queries }) {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.addScriptTag({ content: readFileSync(join(OUT, 'search-floor.js'), 'utf8') });
  const entries = heavyUser.stores.journal.map(({ v }) => ({ id: v.id, text: v.text }));
  const { first, times } = await page.evaluate(([e, q]) => window.searchFloor(e, q), [entries, queries]);
  await page.close();
  return { ...stats(times), first };
}

export const CHART_FLOOR_DIST = join(OUT, 'chart');

/** Mood of the last 30 check-in days and its 7-day rolling mean, as Trends' first chart draws them. */
function firstChartSeries(heavyUser) {
  const byDay = new Map(heavyUser.stores.checkins.map(({ v }) => [v.day, v.mood]));
  const days = [...byDay.keys()].sort();
  const last = days.at(-1);
  const window = [];
  for (let i = 35; i >= 0; i--) window.push(new Date(Date.parse(`${last}T00:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10));
  const moods = window.map((day) => byDay.get(day) ?? null);
  const rolling = moods.map((_, i) => {
    const seen = moods.slice(Math.max(0, i - 6), i + 1).filter((m) => m !== null);
    return i < 6 || seen.length === 0 ? null : seen.reduce((a, b) => a + b, 0) / seen.length;
  });
  return { labels: window.slice(6), mood: moods.slice(6), rolling: rolling.slice(6) };
}
