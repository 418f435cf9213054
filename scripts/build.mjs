// The production build: `npm run build` and every script that builds (e2e, audit, bench) run this.
// Extra arguments go to `ng build` (e.g. `npm run build -- --base-href /tend/`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

const SERVICE_WORKER_FILES = new Set(['ngsw-worker.js', 'safety-worker.js', 'worker-basic.min.js']);

/** Lazy chunks (scripts index.html does not load) over `maxBytes`, with their sizes. */
function oversizedLazyChunks(browserDir, maxBytes = LAZY_CHUNK_MAX_BYTES) {
  const index = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const initial = new Set([...index.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]));
  return readdirSync(browserDir)
    .filter((file) => file.endsWith('.js') && !initial.has(file) && !SERVICE_WORKER_FILES.has(file))
    .map((file) => ({ file, bytes: statSync(join(browserDir, file)).size }))
    .filter((chunk) => chunk.bytes > maxBytes);
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
  return oversized.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await buildProduction(process.argv.slice(2)));
