// Build step: writes sw.js, a service worker that precaches every file of this build so the
// app loads with no network after one visit. Runs in Node at build time only.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

function listFiles(dir: string): string[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The service worker's code; PRECACHE and VERSION are filled in at build time. */
function serviceWorkerSource(files: string[], version: string): string {
  return `// Generated at build time by src/offline/vite-precache-plugin.ts. Do not edit.
const VERSION = ${JSON.stringify(version)};
const CACHE = 'synapse-' + VERSION;
const PRECACHE = ${JSON.stringify(files)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('synapse-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Network first for pages, so a new build shows when online; the cached shell otherwise.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match('./index.html')).then((r) => r || Response.error()),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)),
    ),
  );
});
`;
}

export function precachePlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'synapse-precache',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const publicFiles = listFiles(publicDir).map((path) =>
        relative(publicDir, path).split(sep).join('/'),
      );
      const files = [...Object.keys(bundle), ...publicFiles]
        .filter((name) => !name.endsWith('.map') && name !== 'sw.js')
        .sort();
      const hash = createHash('sha256');
      for (const name of publicFiles) hash.update(readFileSync(join(publicDir, name)));
      for (const name of files) {
        const item = bundle[name];
        if (!item) continue;
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : item.source);
      }
      const version = hash.digest('hex').slice(0, 12);
      const precache = ['./', './index.html', ...files.map((f) => `./${f}`)];
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource([...new Set(precache)], version),
      });
    },
  };
}
