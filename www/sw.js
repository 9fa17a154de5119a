// Annexa's service worker: keeps the app shell so the app loads and works
// with the network off after the first visit. A static file copied by
// Trunk; sw-assets.js, written by scripts/post-build.py, lists this build's
// (hashed) files and a version. Registered by the app (platform::offline)
// relative to index.html, so its scope is wherever Annexa is served.
importScripts('./sw-assets.js');

const { version, assets, onDemand = [] } = self.ANNEXA_BUILD;
const scope = self.registration.scope;
// The modules loaded on demand (the files worker, the simulation worker's
// wasm, the catalogue prose): not precached, so that a first visit does not
// download them; kept when first used, or all at once when the page asks
// ("keep-offline" below).
const ON_DEMAND = onDemand.map((a) => new URL(a, scope).href);
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

// Files whose name carries a hash of their content never change.
const HASHED = /-[0-9a-f]{16}\.(?:js|css)$/;

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const url = new URL(request.url);
  // A navigation to the app's directory is the cached index.html.
  const key = request.mode === 'navigate' && url.href.split(/[?#]/)[0] === scope ? INDEX : request;
  const cached = () => caches.open(CACHE).then((cache) => cache.match(key, { ignoreSearch: true }));
  const onDemand = ON_DEMAND.includes(url.href.split(/[?#]/)[0]);
  if (request.mode !== 'navigate' && (HASHED.test(url.pathname) || onDemand)) {
    // Immutable (or, for an on-demand module's stable loader, this build's:
    // the cache is per build): the cache first. A module loaded on demand
    // is kept when first used, and works offline from then on.
    event.respondWith(cached().then((hit) => hit || fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    })));
    return;
  }
  // The page and the stable names (annexa.js, annexa-embed.js, …) name the
  // current build's hashed files: the network first, so a new deploy is
  // picked up whole, and this build's cached copy when offline.
  event.respondWith(
    fetch(request).catch(() => cached().then((hit) => hit || Response.error())),
  );
});

// The page asks (platform::offline):
// - {type: 'offline-status'}: how many of the on-demand modules are kept;
// - {type: 'keep-offline'}: keep them all now, for use with the network off.
// The answer goes to the MessagePort sent with the request:
// {kept, of} or {error}.
self.addEventListener('message', (event) => {
  const port = event.ports && event.ports[0];
  const type = event.data && event.data.type;
  if (!port || (type !== 'offline-status' && type !== 'keep-offline')) return;
  const status = (cache) => Promise.all(ON_DEMAND.map((u) => cache.match(u)))
    .then((hits) => ({ kept: hits.filter(Boolean).length, of: ON_DEMAND.length }));
  const work = caches.open(CACHE).then((cache) => (type === 'keep-offline'
    ? Promise.all(ON_DEMAND.map((u) => cache.match(u).then((hit) => hit || cache.add(u))))
      .then(() => status(cache))
    : status(cache)));
  event.waitUntil(work
    .then((answer) => port.postMessage(answer))
    .catch((e) => port.postMessage({ error: String((e && e.message) || e) })));
});
