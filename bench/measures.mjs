// One entry per figure the benchmark reports. A capability that is not built yet reports
// { na: reason } until it lands; then it gets a real measure here and records in heavy-user.ts.
import { gzipSync } from 'node:zlib';
import { waitForPrefetchCached as waitForPrefetch } from '../scripts/sw-prefetch.mjs';

export const GOALS = {
  initialTransfer: '≤ 110 kB',
  coldStart: '≤ 1000 ms',
  coldStartLocked: '≤ 2000 ms',
  checkInSave: '≤ 50 ms',
  trendsOpen: '≤ 150 ms',
  trendsRangeSwitch: '≤ 150 ms',
  journalSearch: 'p95 ≤ 50 ms',
  backupExport: '≤ 2000 ms',
  backupRestore: '≤ 3000 ms',
  programDashboard: '≤ 2000 ms',
  peakHeap: '≤ 80 MB',
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
    name: 'lazyChunks',
    label: 'Lazy chunks per route',
    async run({ context, base }) {
      const perRoute = {};
      for (const route of ROUTES.slice(1)) {
        const page = await context.newPage();
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
        const page = await context.newPage();
        await page.goto(`${base}/`);
        await page.locator('tend-today-page[data-state="ready"]').waitFor();
        times.push(await page.evaluate(() => Number(document.querySelector('tend-today-page')?.getAttribute('data-ready-at'))));
        await page.close();
      }
      return stats(times);
    },
  },
  { name: 'coldStartLocked', label: 'Cold start with the app lock on (unlock + decrypt)', run: notBuilt('App lock') },
  { name: 'checkInSave', label: 'Check-in saved: tap to stored record', run: notBuilt('Check-in UI') },
  { name: 'trendsOpen', label: 'Trends: open until the chart has drawn', run: notBuilt('Trends UI') },
  { name: 'trendsRangeSwitch', label: 'Trends: range switch until drawn', run: notBuilt('Trends UI') },
  { name: 'journalSearch', label: 'Journal search over 50 queries', run: notBuilt('Journal UI') },
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

/** Runs in the page: writes one batch of stored records in one transaction. */
async function writeBatch({ store, records }) {
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
