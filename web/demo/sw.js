// Service worker of the Précis demo (a PWA): precaches the pages, the JS, the wasm and the samples
// at install, so the demo works with the network off after the first visit. Requests are
// network-first, so an online visit always gets the current build, and every same-origin GET that
// succeeds is cached too (language data loaded later, say). Nothing outside the origin is touched.
// It does not claim the first page: that visit runs on the network, the next one is controlled.
const CACHE = 'precis-demo-v7';

// Relative to this file (dist/demo/sw.js); the engine lives one level up in dist/.
const CORE = [
  './',
  'index.html',
  'demo.css',
  'demo.js',
  'story-view.js',
  'manifest.webmanifest',
  'icons/icon.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
  '../precis.js',
  '../errors.js',
  '../data-files.js',
  '../wasm-memory.js',
  '../language-packs.js',
  '../precis-core.js',
  '../precis-core.wasm',
  '../data/langid/langid.bin',
  '../data/lang/index.json',
  '../data/lang/it.lang',
];
// Present in a full dist/; a missing one must not fail the install.
const OPTIONAL = [
  'widget.html',
  'widget.css',
  'icons/icon-maskable-512.png',
  '../define.js',
  '../precis-summary.js',
  '../precis-summary-styles.js',
  '../precis-summary-labels.js',
  '../article-text.js',
  '../worker.js',
  '../worker-client.js',
  '../polyfill.js',
  'samples/index.json',
];

async function sampleUrls() {
  try {
    const response = await fetch('samples/index.json');
    if (!response.ok) return [];
    const index = await response.json();
    return index.map((entry) => `samples/${encodeURIComponent(entry.file)}`);
  } catch {
    return [];
  }
}

async function precache() {
  const cache = await caches.open(CACHE);
  await cache.addAll(CORE);
  const optional = [...OPTIONAL, ...(await sampleUrls())];
  await Promise.allSettled(optional.map((url) => cache.add(url)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      ),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(request));
});
