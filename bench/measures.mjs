// One entry per figure the benchmark reports. A capability that is not built yet reports
// { na: reason } until it lands; then it gets a real measure here and records in heavy-user.ts.
import { gzipSync } from 'node:zlib';
import { waitForPrefetchCached as waitForPrefetch } from '../scripts/sw-prefetch.mjs';

export const GOALS = {
  initialTransfer: '≤ 120 kB',
  coldStart: '≤ 1000 ms',
  coldStartLocked: '≤ 2000 ms',
  checkInSave: '≤ 50 ms',
  trendsOpen: '≤ 150 ms',
  trendsOpenEarly: '≤ 150 ms',
  trendsRangeSwitch: '≤ 150 ms',
  journalSearch: 'p95 ≤ 50 ms',
  backupExport: '≤ 2000 ms',
  backupRestore: '≤ 3000 ms',
  programDashboard: '≤ 2000 ms',
  peakHeap: '≤ 80 MB',
};

/**
 * Goals as ratios to a floor measured in the same run (bench/floors.mjs), which hold on any machine
 * of a kind where absolute times differ by 2×. `of` names the statistic compared.
 */
export const RATIO_GOALS = {
  coldStart: { max: 2.5, of: 'median' },
  trendsOpen: { max: 1.5, of: 'median' },
  journalSearch: { max: 4, of: 'p95' },
};

export const ROUTES = ['/', '/check-in', '/journal', '/assess', '/practice', '/trends', '/credit', '/programs', '/settings', '/help'];

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), p50: median, p95: at(0.95), n: sorted.length };
}

const notBuilt = (what) => async () => ({ na: `${what} not built yet` });

/** Performance marks the app sets: Today drawn with its data; every Trends chart on screen drawn. */
const TODAY_READY = 'tend:today-ready';
const TRENDS_DRAWN = 'tend:trends-drawn';

/** When the page last set the mark `name`, by `performance.now()`; 0 if never. */
function lastMark(page, name) {
  return page.evaluate((n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? 0, name);
}

/** The app's performance measure of loading the main routes' code in the background (RouteWarmUp). */
const WARM_UP_MEASURE = 'tend:route-warm-up';

/** Waits until the app has loaded the main routes' code in the background, so nothing measured next shares the CPU with it. */
async function warmedUp(page) {
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, WARM_UP_MEASURE, { timeout: 15_000 });
}

/** Emulates Save-Data, which turns the background loading off: a page then loads only the code of what it shows. */
async function withoutWarmUp(page) {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }), configurable: true }));
}

/**
 * A new tab on Today, once it shows every card with the heavy user's data. `warmUp`: 'allowed'
 * (returns at once, as a user sees it), 'finished' (also waits for the background loading of the
 * main screens' code) or 'off' (Save-Data, so that loading never happens).
 */
async function openToday(context, base, { warmUp = 'allowed' } = {}) {
  const page = await context.newPage();
  if (warmUp === 'off') await withoutWarmUp(page);
  await page.goto(`${base}/`);
  await page.locator('tend-today-page[data-state="ready"]').waitFor();
  if (warmUp === 'finished') await warmedUp(page);
  return page;
}

/**
 * From Today to a drawn Trends chart, in a new tab each run; `warmUp` as for `openToday` (Trends'
 * own chart code is never among what loads in the background). With `pointerPauseMs`, a mouse
 * points at the link, rests that long and clicks, so the code behind the link starts loading when
 * pointed at, as for a person; the time still runs from the click.
 */
async function timeTrendsOpen(context, base, runs, { warmUp, pointerPauseMs = null }) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await openToday(context, base, { warmUp });
    const started = pointerPauseMs === null ? await clickByScript(page, '/trends') : await clickByPointer(page, '/trends', pointerPauseMs);
    await page.locator('tend-trends-page[data-state="ready"]').waitFor({ timeout: 30_000 });
    times.push((await lastMark(page, TRENDS_DRAWN)) - started);
    await page.close();
  }
  return stats(times);
}

/** Clicks a nav link from script (no pointer over it first); returns when, by `performance.now()`. */
async function clickByScript(page, path) {
  return page.evaluate((href) => {
    const t = performance.now();
    document.querySelector(`nav a[href="${href}"]`).click();
    return t;
  }, path);
}

/** Points at a nav link, rests, clicks; returns the click event's time, by `performance.now()`. */
async function clickByPointer(page, path, pauseMs) {
  const link = page.locator(`nav a[href="${path}"]`);
  await page.evaluate(() => {
    window.__benchClickAt = null;
    document.addEventListener('click', (event) => (window.__benchClickAt = event.timeStamp), { capture: true, once: true });
  });
  await link.hover();
  await page.waitForTimeout(pauseMs);
  await link.click();
  return page.evaluate(() => window.__benchClickAt);
}

/** From Today to the check-in form drawn (the frame after its Save button exists), in a new tab. */
async function timeCheckInOpen(context, base, { warmUp }) {
  const page = await openToday(context, base, { warmUp });
  const ms = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const started = performance.now();
        const drawn = () => setTimeout(() => resolve(performance.now() - started));
        const poll = () => (document.querySelector('tend-check-in-page button[type="submit"]') ? requestAnimationFrame(drawn) : requestAnimationFrame(poll));
        document.querySelector('nav a[href="/check-in"]').click();
        requestAnimationFrame(poll);
      }),
  );
  await page.close();
  return ms;
}

export const measures = [
  {
    name: 'seed',
    label: 'Seed the heavy user into IndexedDB',
    async run({ context, base, heavyUser }) {
      const page = await context.newPage();
      await page.goto(`${base}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await waitForPrefetch(page);
      const started = Date.now();
      for (const [store, records] of Object.entries(heavyUser.stores)) {
        for (let i = 0; i < records.length; i += 500) {
          await page.evaluate(writeBatch, { store, records: records.slice(i, i + 500) });
        }
      }
      await page.close();
      return { median: Date.now() - started, min: Date.now() - started, max: Date.now() - started };
    },
  },
  {
    name: 'firstScreen',
    label: 'First screen (shell + Today with its data code), JS + CSS gzip',
    format: (v) => `${(v.gzipBytes / 1024).toFixed(1)} kB in ${v.files} files`,
    async run({ context, base }) {
      const page = await context.newPage();
      await withoutWarmUp(page);
      const responses = [];
      page.on('response', (response) => {
        if (/\.(js|css)$/.test(new URL(response.url()).pathname)) responses.push(response);
      });
      await page.goto(`${base}/`);
      await page.locator('tend-today-page[data-state="ready"]').waitFor();
      await page.waitForLoadState('networkidle');
      let gzipBytes = 0;
      for (const response of responses) gzipBytes += gzipSync(await response.body()).length;
      await page.close();
      return { gzipBytes, files: responses.length };
    },
  },
  {
    name: 'lazyChunks',
    label: 'Lazy chunks per route',
    async run({ context, base }) {
      const perRoute = {};
      for (const route of ROUTES.slice(1)) {
        const page = await context.newPage();
        await withoutWarmUp(page);
        await page.goto(`${base}/`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const loaded = [];
        page.on('response', (response) => {
          if (response.url().endsWith('.js')) loaded.push(response);
        });
        await page.evaluate((path) => {
          history.pushState({}, '', path);
          dispatchEvent(new PopStateEvent('popstate'));
        }, route);
        await page.waitForLoadState('networkidle');
        let bytes = 0;
        for (const response of loaded) bytes += gzipSync(await response.body()).length;
        perRoute[route] = bytes;
        await page.close();
      }
      return { perRoute };
    },
  },
  {
    name: 'coldStart',
    label: 'Cold start to interactive Today (full data, SW warm)',
    async run({ context, base, runs }) {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const page = await openToday(context, base);
        times.push(await lastMark(page, TODAY_READY));
        await page.close();
      }
      return stats(times);
    },
  },
  { name: 'coldStartLocked', label: 'Cold start with the app lock on (unlock + decrypt)', run: notBuilt('App lock') },
  {
    name: 'checkInSave',
    label: 'Check-in saved: tap to stored record',
    async run({ context, base, runs }) {
      const page = await context.newPage();
      await page.goto(`${base}/check-in`);
      const save = page.getByRole('button', { name: 'Save check-in' });
      await save.waitFor();
      await warmedUp(page);
      const times = [];
      for (let i = 0; i < runs; i++) {
        // Three taps' worth of answers (mood, energy, stress), a different mood each run.
        const choose = (group, name) => page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true }).check({ force: true });
        await choose('Mood', ['Low', 'Okay', 'Good'][i % 3]);
        await choose('Energy', 'Steady');
        await choose('Stress', 'Moderate');
        times.push(await page.evaluate(tapSaveUntilStored));
        await page.waitForTimeout(300);
      }
      await page.close();
      const stored = times.filter((t) => !Number.isNaN(t));
      if (stored.length === 0) throw new Error('no save reached IndexedDB within 5 s');
      return stats(stored);
    },
  },
  {
    name: 'checkInOpen',
    label: 'Check-in: open from Today until the form is drawn',
    format: (v) => `${v.settled.median.toFixed(1)} ms from a settled Today (${v.settled.min.toFixed(1)}–${v.settled.max.toFixed(1)}); ${v.early.median.toFixed(1)} ms before its code has loaded in the background`,
    async run({ context, base, runs }) {
      const settled = [];
      const early = [];
      for (let i = 0; i < runs; i++) {
        settled.push(await timeCheckInOpen(context, base, { warmUp: 'finished' }));
        early.push(await timeCheckInOpen(context, base, { warmUp: 'off' }));
      }
      return { settled: stats(settled), early: stats(early) };
    },
  },
  {
    name: 'trendsOpen',
    label: 'Trends: open from a settled Today until every chart on screen has drawn',
    run: ({ context, base, runs }) => timeTrendsOpen(context, base, runs, { warmUp: 'finished' }),
  },
  {
    name: 'trendsOpenEarly',
    label: 'Trends: open the moment Today appears, before the main screens\' code loads in the background',
    run: ({ context, base, runs }) => timeTrendsOpen(context, base, runs, { warmUp: 'off' }),
  },
  {
    name: 'trendsOpenPointer',
    label: 'Trends: open by mouse, clicked 100 ms after pointing at the link (timed from the click)',
    run: ({ context, base, runs }) => timeTrendsOpen(context, base, runs, { warmUp: 'finished', pointerPauseMs: 100 }),
  },
  {
    name: 'trendsRangeSwitch',
    label: 'Trends: range switch until drawn',
    async run({ context, base }) {
      const page = await context.newPage();
      await page.goto(`${base}/trends`);
      await page.locator('tend-trends-page[data-state="ready"]').waitFor({ timeout: 30_000 });
      await warmedUp(page);
      const times = [];
      for (const range of ['7d', '90d', '365d', 'all', '30d', '7d', 'all', '90d', '365d', '30d']) {
        const before = await lastMark(page, TRENDS_DRAWN);
        const started = await page.evaluate((value) => {
          const radio = document.querySelector(`input[type=radio][name=range][value="${value}"]`);
          const t = performance.now();
          radio.click();
          return t;
        }, range);
        await page.waitForFunction(([name, prev]) => (performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? 0) !== prev, [TRENDS_DRAWN, before]);
        times.push((await lastMark(page, TRENDS_DRAWN)) - started);
      }
      await page.close();
      return stats(times);
    },
  },
  {
    name: 'journalSearch',
    label: 'Journal search: query to results painted, 50 queries',
    format: (v) => `p50 ${v.p50.toFixed(1)} ms, p95 ${v.p95.toFixed(1)} ms (first search, building the index: ${v.first.toFixed(0)} ms)`,
    async run({ context, base, heavyUser }) {
      const page = await context.newPage();
      await page.goto(`${base}/journal/search`);
      await page.getByLabel('Words to find').waitFor();
      await warmedUp(page);
      await page.waitForTimeout(500);
      const queries = journalQueries(heavyUser.journalWords);
      const first = await page.evaluate(searchUntilDrawn, 'gratitude');
      const times = [];
      for (const query of queries) times.push(await page.evaluate(searchUntilDrawn, query));
      const drawn = times.filter((t) => !Number.isNaN(t));
      await page.close();
      return { ...stats(drawn), first, unchanged: times.length - drawn.length };
    },
  },
  { name: 'backupExport', label: 'Backup export of the full data set', run: notBuilt('Backup') },
  { name: 'backupRestore', label: 'Backup restore of the full data set', run: notBuilt('Backup') },
  { name: 'programDashboard', label: 'Program dashboard: 1,000 reports until drawn', run: notBuilt('Program dashboard') },
  {
    name: 'peakHeap',
    label: 'Peak JS heap after opening every route',
    format: (v) => `${(v.peakBytes / 1024 / 1024).toFixed(1)} MB`,
    async run({ context, base }) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      let peak = 0;
      await page.goto(`${base}/`);
      for (const route of ROUTES) {
        await page.evaluate((path) => {
          history.pushState({}, '', path);
          dispatchEvent(new PopStateEvent('popstate'));
        }, route);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const { metrics } = await cdp.send('Performance.getMetrics');
        peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      }
      await page.close();
      return { peakBytes: peak };
    },
  },
];

/** The 50 searches the benchmark makes: whole words, and every fifth a four-letter prefix. */
export function journalQueries(words) {
  return Array.from({ length: 50 }, (_, i) => (i % 5 === 4 ? words[i].slice(0, 4) : words[(i * 7) % words.length]));
}

/** Runs in the page: writes one batch of stored records in one transaction. */
export async function writeBatch({ store, records }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tend');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    for (const record of records) tx.objectStore(store).put(record);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Runs in the page: taps Save and polls IndexedDB until today's check-in carries the new time. */
async function tapSaveUntilStored() {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('tend');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const newest = () =>
    new Promise((resolve) => {
      const request = db.transaction('checkins').objectStore('checkins').openCursor(null, 'prev');
      request.onsuccess = () => resolve(request.result?.value.v.updatedAt ?? '');
    });
  const before = await newest();
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Save check-in'));
  const started = performance.now();
  button.click();
  while ((await newest()) === before) {
    if (performance.now() - started > 5000) return NaN;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

/**
 * Runs in the page: submits a search and waits until the results stop changing. The time ends at
 * the first task after the last change: Angular renders in an animation frame, so that task runs
 * once the frame's style, layout and paint are done.
 */
async function searchUntilDrawn(query) {
  const input = document.getElementById('search-query');
  const section = document.querySelector('section[aria-labelledby="results-heading"]');
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  let last = performance.now();
  let painted = last;
  const observer = new MutationObserver(() => {
    last = performance.now();
    setTimeout(() => (painted = performance.now()));
  });
  observer.observe(section, { childList: true, subtree: true, characterData: true });
  const started = performance.now();
  [...document.querySelectorAll('button[type=submit]')].find((b) => b.textContent.includes('Search')).click();
  const settled = () => /found|No entries/.test(section.querySelector('[role=status]').textContent) && performance.now() - last > 150;
  // Identical results may leave the page untouched: give up waiting for a change after 3 s.
  while ((!settled() || last < started) && performance.now() - started < 3000) await new Promise((resolve) => setTimeout(resolve, 10));
  observer.disconnect();
  return last < started ? NaN : Math.max(painted, last) - started;
}
