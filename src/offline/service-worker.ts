// The service worker dist/sw.js is built from. Its one job: a reload
// without a network still opens the app, so the articles and the shared
// articles this browser keeps in IndexedDB are there offline (issue 15,
// "a reload while offline shows the last state").
//
// Network first, the cache second: a checker online always runs what the
// server has now (no stale app after a deploy), and the cache only stands in
// when the server cannot be reached. The build writes the list of files
// (FC_PRECACHE) and a version (FC_VERSION); a new build replaces the cache
// whole, so old chunks never mix with new ones.
//
// Typed by hand: the WebWorker library cannot share a program with the DOM
// library the rest of src/ is checked against.

declare const FC_PRECACHE: readonly string[];
declare const FC_VERSION: string;

interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly registration: { readonly scope: string };
}

const scope = self as unknown as WorkerScope;
const CACHE = `factcheck-desk-${FC_VERSION}`;
const base = new URL(scope.registration.scope);
const precached = new Set(FC_PRECACHE.map((file) => new URL(file, base).href));

scope.addEventListener('install', (event) => {
  // Every file or none: a half-filled cache would open a broken app offline.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...precached]))
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('factcheck-desk-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => scope.clients.claim()),
  );
});

/** The cached copy a request stands for: the page for any navigation inside the app (a share link is `/#team=…`). */
function cacheKey(request: Request): string | undefined {
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate' && url.origin === base.origin && (url.pathname === base.pathname || url.pathname === `${base.pathname}index.html`)) {
    return new URL('index.html', base).href;
  }
  url.search = '';
  return precached.has(url.href) ? url.href : undefined;
}

scope.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const key = cacheKey(request);
  // The sync socket, the team API and anything not built with the app go
  // straight to the network, untouched.
  if (!key) return;
  event.respondWith(
    fetch(request).then(
      (response) => {
        if (response.ok && new URL(request.url).search === '') {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        }
        return response;
      },
      async (error: unknown) => {
        const cached = await caches.match(key, { cacheName: CACHE });
        if (cached) return cached;
        throw error;
      },
    ),
  );
});

export {};
