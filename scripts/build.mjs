// The production build: `npm run build` and every script that builds (e2e, audit, bench) run this.
// Extra arguments go to `ng build` (e.g. `npm run build -- --base-href /tend/`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { run } from './run.mjs';

/**
 * Angular's chunk optimizer merges esbuild's small shared chunks after bundling (each file costs
 * its import lines and its own gzip start). Angular 21 enables it only through this variable;
 * Angular 22 makes it the default for apps with several lazy chunks.
 */
const PRODUCTION_BUILD_ENV = { NG_BUILD_OPTIMIZE_CHUNKS: '1' };

/**
 * The largest a lazy chunk may be, raw. `angular.json`'s per-script budget has to admit `main`,
 * which holds Today and the framework, so lazy chunks keep the tighter limit here. Names are
 * lost in merged chunks, so this is by file, not by route.
 */
const LAZY_CHUNK_MAX_BYTES = 245_000;

/** The first screen's budget: index.html's scripts and styles and what they import statically, gzip. */
const FIRST_SCREEN_MAX_GZIP_BYTES = 120 * 1024;

const SERVICE_WORKER_FILES = new Set(['tend-worker.js', 'ngsw-worker.js', 'safety-worker.js', 'worker-basic.min.js']);

/** Lazy chunks (scripts index.html does not load) over `maxBytes`, with their sizes. */
function oversizedLazyChunks(browserDir, maxBytes = LAZY_CHUNK_MAX_BYTES) {
  const index = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const initial = new Set([...index.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]));
  return readdirSync(browserDir)
    .filter((file) => file.endsWith('.js') && !initial.has(file) && !SERVICE_WORKER_FILES.has(file))
    .map((file) => ({ file, bytes: statSync(join(browserDir, file)).size }))
    .filter((chunk) => chunk.bytes > maxBytes);
}

/** The files the first screen loads: index.html's scripts and styles and every chunk they import statically. */
export function firstScreenFiles(browserDir) {
  const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const seen = new Set();
  while (pending.length) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(browserDir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)"\.\/([\w.-]+\.js)"/g)) pending.push(m[1]);
  }
  return [...seen];
}

function firstScreenGzipBytes(browserDir) {
  return firstScreenFiles(browserDir).reduce((sum, file) => sum + gzipSync(readFileSync(join(browserDir, file))).length, 0);
}

function browserDirOf(args) {
  const at = args.findIndex((arg) => arg === '--output-path' || arg.startsWith('--output-path='));
  const outputPath = at < 0 ? 'dist/tend' : args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  return join(outputPath, 'browser');
}

export async function buildProduction(args = []) {
  const code = await run('npx', ['ng', 'build', ...args], PRODUCTION_BUILD_ENV);
  const browserDir = browserDirOf(args);
  if (code !== 0 || !existsSync(join(browserDir, 'index.html'))) return code;
  const oversized = oversizedLazyChunks(browserDir);
  for (const { file, bytes } of oversized) {
    console.error(`Lazy chunk ${file} is ${(bytes / 1000).toFixed(2)} kB, over the ${LAZY_CHUNK_MAX_BYTES / 1000} kB budget.`);
  }
  const firstScreen = firstScreenGzipBytes(browserDir);
  const fits = firstScreen <= FIRST_SCREEN_MAX_GZIP_BYTES;
  const line = `First screen: ${(firstScreen / 1024).toFixed(1)} kB gzip, budget ${FIRST_SCREEN_MAX_GZIP_BYTES / 1024} kB.`;
  if (fits) console.log(line);
  else console.error(`${line} Over budget.`);
  return oversized.length > 0 || !fits ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await buildProduction(process.argv.slice(2)));
