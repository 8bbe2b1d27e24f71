// Build step: writes sw.js, a service worker that precaches every file of this build so the
// app loads with no network after one visit. Files are fetched past the HTTP cache
// (cache: 'reload'), each with a revision (a hash of its content), the page checked against
// its hash, and the cache checked complete before the new version takes over; files that go
// missing later are fetched again. Runs in Node at build time only.
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

/** The service worker's code; PRECACHE (url -> revision), PAGES (url -> sha-256 of the page) and
 * VERSION are filled in at build time. */
function serviceWorkerSource(
  files: Record<string, string>,
  pageHash: string,
  version: string,
): string {
  return `// Generated at build time by src/offline/vite-precache-plugin.ts. Do not edit.
const VERSION = ${JSON.stringify(version)};
const CACHE = 'synapse-' + VERSION;
// every file of this build with its revision (a hash of its content)
const PRECACHE = ${JSON.stringify(files)};
// sha-256 of this build's index.html: a page from another build is never cached as this one's
const PAGE_HASH = ${JSON.stringify(pageHash)};
const PAGES = ['./', './index.html'];

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Fetches one file past the HTTP cache (a server may send an old copy as fresh) and checks it. */
async function fetchFresh(url) {
  const response = await fetch(new Request(url, { cache: 'reload', credentials: 'same-origin' }));
  if (!response.ok) throw new Error('precache: ' + url + ' answered ' + response.status);
  if (PAGES.includes(url) && PAGE_HASH) {
    const body = await response.clone().arrayBuffer();
    if (hex(await crypto.subtle.digest('SHA-256', body)) !== PAGE_HASH) {
      throw new Error('precache: ' + url + ' is not the page of build ' + VERSION);
    }
  }
  return response;
}

/** Puts every missing file of this build in the cache; true when the cache is complete. */
async function fill() {
  const cache = await caches.open(CACHE);
  const urls = Object.keys(PRECACHE);
  const missing = [];
  for (const url of urls) if (!(await cache.match(url))) missing.push(url);
  for (const url of missing) await cache.put(url, await fetchFresh(url));
  for (const url of urls) if (!(await cache.match(url))) throw new Error('precache: ' + url + ' missing');
  return true;
}

let refilling = null;
/** Refills a cache that lost files (deleted by the browser or a person) while running. */
function refill() {
  refilling ??= fill().catch(() => false).finally(() => (refilling = null));
  return refilling;
}

self.addEventListener('install', (event) => {
  // a failed or incomplete fill fails the install: the previous version stays in charge
  event.waitUntil(fill().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    fill()
      .then(() => keepClinic())
      .then(() => caches.keys())
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('synapse-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'refill') event.waitUntil(refill());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Network first for pages, so a new build shows when online; this build's page otherwise.
    event.respondWith(
      fetch(request)
        .then((response) => {
          event.waitUntil(refill());
          return response;
        })
        .catch(() =>
          caches.open(CACHE).then((cache) => cache.match('./index.html')).then((r) => r || Response.error()),
        ),
    );
    return;
  }
  if (url.pathname === CLINIC_PATH) {
    event.respondWith(clinicFirst(request, event));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => {
        if (hit) return hit;
        event.waitUntil(refill());
        // not part of the build (e.g. the clinic's logo): the network, else a copy kept offline
        return fetch(request).catch((error) =>
          caches.open(CLINIC_CACHE).then((c) => c.match(request, { ignoreSearch: true })).then((r) => {
            if (r) return r;
            throw error;
          }),
        );
      }),
    ),
  );
});

// clinic.json (optional, the kiosk's settings) and the logo it names are not part of the build:
// network first, and a copy kept (in a cache no new build deletes) for when the network is down.
const CLINIC_CACHE = 'clinic-files';
const CLINIC_PATH = new URL('./clinic.json', self.registration.scope).pathname;

async function clinicFirst(request, event) {
  const cache = await caches.open(CLINIC_CACHE);
  try {
    const response = await fetch(request);
    event.waitUntil(keepClinicResponse(response.clone(), cache));
    return response;
  } catch (error) {
    const kept = await cache.match('./clinic.json');
    if (kept) return kept;
    throw error;
  }
}

/** Keeps a copy of clinic.json (and its logo) as the server sent it; forgets it on a 404. */
async function keepClinicResponse(response, cache) {
  const type = response.headers.get('content-type') || '';
  if (response.ok && !/text\\/html/i.test(type)) {
    await cache.put('./clinic.json', response.clone());
    await keepLogo(response, cache);
  } else if (response.status === 404) {
    await cache.delete('./clinic.json'); // removed on the server: no longer used
  }
}

/** At activation: the first visit's page fetched clinic.json before this worker was in charge,
 * so a kiosk started once, then offline, would lose its clinic; fetch it now. Never fails. */
async function keepClinic() {
  try {
    const cache = await caches.open(CLINIC_CACHE);
    const request = new Request('./clinic.json', { cache: 'reload', credentials: 'same-origin' });
    await keepClinicResponse(await fetch(request), cache);
  } catch {
    // offline or no server: the copy kept before (if any) stays
  }
}

async function keepLogo(response, cache) {
  try {
    const logo = (await response.json()).logo;
    if (typeof logo !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}\\.(svg|png|jpe?g|webp)$/i.test(logo)) return;
    const file = await fetch(new Request('./' + logo, { credentials: 'same-origin' }));
    if (file.ok) await cache.put('./' + logo, file);
  } catch {
    // no logo kept: the card shows the name alone when offline
  }
}
`;
}

export function precachePlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'synapse-precache',
    apply: 'build',
    enforce: 'post',
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
      const contentOf = (name: string): string | Uint8Array => {
        const item = bundle[name];
        if (item) return item.type === 'chunk' ? item.code : item.source;
        return readFileSync(join(publicDir, name));
      };
      const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
      const precache: Record<string, string> = {};
      const whole = createHash('sha256');
      for (const name of [...new Set(files)]) {
        const rev = sha(contentOf(name)).slice(0, 16);
        precache[`./${name}`] = rev;
        whole.update(`${name}:${rev}\n`);
      }
      const page = bundle['index.html'];
      const pageHash = page && page.type === 'asset' ? sha(page.source) : '';
      const version = whole.digest('hex').slice(0, 12);
      if (precache['./index.html']) precache['./'] = precache['./index.html'];
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(precache, pageHash, version),
      });
    },
  };
}
