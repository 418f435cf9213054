/*
 * Tend's service worker: Angular's (ngsw-worker.js) with two guards, so that a full disk never
 * stops a page from loading (Get help now above all).
 *
 * 1. ngsw keeps its bookkeeping (manifests, client assignments, asset ages) in caches named
 *    "db:…" and writes it while it answers a fetch: a new page's navigation first assigns the
 *    page a version and writes that table. When the disk is full the write fails with
 *    QuotaExceededError and ngsw rejects the response. The same state stays in ngsw's memory,
 *    and the files are already cached, so such a write may fail quietly.
 * 2. Any response ngsw still fails to give is answered from the newest cached copy (index.html
 *    for a navigation), else from the network, rather than with a network error.
 */
'use strict';

const put = Cache.prototype.put;
Cache.prototype.put = function (request, response) {
  const bookkeeping = typeof this.name === 'string' && this.name.startsWith('db:');
  return put.call(this, request, response).catch((error) => {
    if (bookkeeping && error?.name === 'QuotaExceededError') return undefined;
    throw error;
  });
};

const respondWith = FetchEvent.prototype.respondWith;
FetchEvent.prototype.respondWith = function (response) {
  const request = this.request;
  return respondWith.call(
    this,
    Promise.resolve(response).catch((error) => {
      console.error('Tend answers from its cache after the service worker failed', request.url, error);
      return fromCache(request).then((cached) => cached ?? fetch(request));
    }),
  );
};

async function fromCache(request) {
  const url = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request.url;
  const names = (await caches.keys()).filter((name) => !name.includes(':db:')).reverse();
  for (const name of names) {
    const cached = await (await caches.open(name)).match(url);
    if (cached) return cached;
  }
  return undefined;
}

importScripts('ngsw-worker.js');
