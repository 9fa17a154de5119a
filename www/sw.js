// Annexa's service worker: keeps the app shell so the app loads and works
// with the network off after the first visit. A static file copied by
// Trunk; sw-assets.js, written by scripts/post-build.py, lists this build's
// (hashed) files and a version. Registered by the app (platform::offline)
// relative to index.html, so its scope is wherever Annexa is served.
importScripts('./sw-assets.js');

const { version, assets } = self.ANNEXA_BUILD;
const scope = self.registration.scope;
// Several Annexa deployments on one origin share `caches`: key by scope.
const PREFIX = `annexa:${scope}:`;
const CACHE = PREFIX + version;
const INDEX = new URL('./index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(assets.map((a) => new URL(a, scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.mode === 'navigate') {
    // The page: fresh when online (it names the current hashed files),
    // the cached copy when not.
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(INDEX))
        .then((hit) => hit || Response.error())),
    );
    return;
  }
  // Everything else is immutable per build: cache first.
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
