// npm run bench: builds the production app, fills it with the seeded "ten-year heavy user", drives
// it with Playwright in headless Chromium and prints (and writes as JSON) what it measured.
// A benchmark, not a test: it never fails on a time; it reports. Options: --runs N, --no-build,
// --only name,name (the seed always runs; see measures.mjs for the names), --no-floors (skips the
// floors of bench/floors.mjs, which are otherwise measured in the same run and printed beside the
// figures as ratios). BENCH_DIST=dir measures another build (for comparing two commits) instead
// of dist/tend/browser.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildProduction, firstScreenFiles } from '../scripts/build.mjs';
import { ensureChromium } from '../scripts/ensure-chromium.mjs';
import { loadHeavyUser } from './load-heavy-user.mjs';
import { buildFloors, CHART_FLOOR_DIST, coldStartFloor, FLOOR_APP_DIST, journalSearchFloor, serve, trendsOpenFloor } from './floors.mjs';
import { GOALS, journalQueries, measures, RATIO_GOALS, writeBatch } from './measures.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 5) || 5;
const only = args.includes('--only') ? new Set(['seed', ...args[args.indexOf('--only') + 1].split(',')]) : null;
const port = Number(process.env.BENCH_PORT ?? 4320);
const base = `http://127.0.0.1:${port}`;
const dist = process.env.BENCH_DIST ?? 'dist/tend/browser';

const chromePath = ensureChromium();
if (!args.includes('--no-build') && (await buildProduction()) !== 0) process.exit(1);
const withFloors = !args.includes('--no-floors');
if (withFloors) await buildFloors();

mkdirSync('bench-results', { recursive: true });
const heavyUser = await loadHeavyUser();
const server = spawn('node', ['scripts/serve.mjs', String(port)], { stdio: 'ignore', env: { ...process.env, TEND_DIST: dist } });
await new Promise((resolve) => setTimeout(resolve, 800));

const profile = mkdtempSync(join(tmpdir(), 'tend-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  viewport: { width: 1280, height: 800 },
  serviceWorkers: 'allow',
  baseURL: base,
});

const figures = {};
try {
  figures.initialTransfer = initialTransfer(dist);
  const ctx = { context, base, runs, heavyUser, figures };
  for (const measure of measures.filter(({ name }) => !only || only.has(name))) {
    process.stdout.write(`measuring ${measure.name}… `);
    const started = Date.now();
    try {
      figures[measure.name] = await measure.run(ctx);
    } catch (error) {
      figures[measure.name] = { error: String(error?.message ?? error).split('\n')[0] };
    }
    console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (withFloors) figures.floors = await measureFloors(ctx);
} finally {
  await context.close();
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}

const result = { date: new Date().toISOString(), runs, dataSet: heavyUser.counts, figures };
const output = only ? 'bench-results/partial.json' : 'bench-results/latest.json';
writeFileSync(output, JSON.stringify(result, null, 2));
printTable(result, output);

/**
 * The initial JS and CSS of the first screen: index.html's scripts and styles and every chunk they
 * import statically (index.html preloads only some of them), gzipped as served.
 */
function initialTransfer(dir) {
  const seen = firstScreenFiles(dir);
  const sizes = { js: 0, css: 0, raw: 0 };
  for (const file of seen) {
    const content = readFileSync(join(dir, file));
    sizes.raw += content.length;
    sizes[file.endsWith('.css') ? 'css' : 'js'] += gzipSync(content).length;
  }
  return { jsGzipBytes: sizes.js, cssGzipBytes: sizes.css, totalGzipBytes: sizes.js + sizes.css, rawBytes: sizes.raw, files: seen.size };
}

/** The floors, each on its own origin in the same browser, right after Tend's own figures. */
async function measureFloors({ context, runs, heavyUser }) {
  const floors = {};
  const stops = [await serve(FLOOR_APP_DIST, port + 1), await serve(CHART_FLOOR_DIST, port + 2)];
  const measured = {
    coldStart: () => coldStartFloor({ context, port: port + 1, runs, heavyUser, writeBatch }),
    trendsOpen: () => trendsOpenFloor({ context, port: port + 2, runs, heavyUser }),
    journalSearch: () => journalSearchFloor({ context, port: port + 2, heavyUser, queries: journalQueries(heavyUser.journalWords) }),
  };
  try {
    for (const [name, measure] of Object.entries(measured)) {
      if (only && !only.has(name)) continue;
      process.stdout.write(`measuring the ${name} floor… `);
      const started = Date.now();
      try {
        floors[name] = await measure();
      } catch (error) {
        floors[name] = { error: String(error?.message ?? error).split('\n')[0] };
      }
      console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    stops.forEach((stop) => stop());
  }
  return floors;
}

/** The floor's figure and the ratio of Tend's to it, against the ratio goal. */
function floorRows(value, floor, { max, of }) {
  if (floor.error) return [['  floor', `error: ${floor.error}`, '']];
  const ratio = value[of] / floor[of];
  const verdict = Number.isFinite(ratio) ? (ratio <= max ? 'met' : 'MISSED') : 'n/a';
  return [
    [`  floor (${of})`, `${floor[of].toFixed(1)} ms (min ${floor.min.toFixed(1)}, max ${floor.max.toFixed(1)})`, ''],
    [`  Tend ÷ floor (${of})`, `${ratio.toFixed(2)}× (${verdict})`, `≤ ${max}×`],
  ];
}

function printTable({ dataSet, figures }, output) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const ms = (stat) => (stat && typeof stat.median === 'number' ? `${stat.median.toFixed(1)} ms (min ${stat.min.toFixed(1)}, max ${stat.max.toFixed(1)})` : 'n/a');
  const rows = [];
  const t = figures.initialTransfer;
  rows.push(['Initial transfer, JS + CSS gzip', `${kb(t.totalGzipBytes)} (JS ${kb(t.jsGzipBytes)}, CSS ${kb(t.cssGzipBytes)})`, GOALS.initialTransfer]);
  for (const [route, bytes] of Object.entries(figures.lazyChunks?.perRoute ?? {})) {
    rows.push([`  lazy JS for ${route}, gzip`, kb(bytes), route === '/trends' ? 'holds chart.js' : '≤ 80 kB']);
  }
  for (const measure of measures.filter((m) => m.name !== 'lazyChunks' && m.name !== 'seed')) {
    const value = figures[measure.name];
    if (value === undefined) continue;
    const shown = value.error ? `error: ${value.error}` : value.na ? `n/a (${value.na})` : measure.format ? measure.format(value) : ms(value);
    rows.push([measure.label, shown, GOALS[measure.name] ?? '']);
    const floor = figures.floors?.[measure.name];
    const goal = RATIO_GOALS[measure.name];
    if (floor && goal) rows.push(...floorRows(value, floor, goal));
  }
  console.log(`\nTend benchmark: ${Object.entries(dataSet).map(([k, v]) => `${v} ${k}`).join(', ')}; median of ${runs} runs\n`);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(['figure', 'measured', 'goal']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r) => console.log(line(r)));
  console.log(`\nWritten to ${output}`);
}
