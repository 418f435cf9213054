// Serves the production build like any static host would, on loopback only: gzip, long caching
// for hashed files, index.html for app routes so that deep links work on the first visit, and the
// security headers a host should send.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.env.TEND_DIST ?? 'dist/tend/browser');
const port = Number(process.env.PORT ?? process.argv[2] ?? 4300);
const host = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '']);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build at ${root}. Run "npm run build" first.`);
  process.exit(1);
}

/**
 * index.html's own policy, plus what only a header can say: no site may frame Tend (a `<meta>`
 * policy ignores frame-ancestors).
 */
const pagePolicy = readFileSync(join(root, 'index.html'), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
if (!pagePolicy) {
  console.error(`${root}/index.html has no Content-Security-Policy.`);
  process.exit(1);
}
const SECURITY_HEADERS = {
  'content-security-policy': `${pagePolicy}; frame-ancestors 'none'`,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Throws URIError for a path that is not valid percent-encoding. */
function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  // An app route (no file extension) gets the shell; a missing asset is a real 404.
  return extname(path) === '' ? join(root, 'index.html') : null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  let file;
  try {
    file = fileFor(url.pathname);
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
    res.writeHead(400, { ...SECURITY_HEADERS, 'content-type': 'text/plain' }).end('Bad request');
    return;
  }
  if (!file) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const ext = extname(file);
  const hashed = /-[A-Z0-9]{8}\.(js|css)$/.test(file);
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
});

server.listen(port, host, () => console.log(`Tend is served at http://127.0.0.1:${port}/ (Ctrl+C to stop)`));
