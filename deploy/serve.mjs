#!/usr/bin/env node
// A small static server for a kiosk or a classroom: serves dist/ on the loopback address with
// the headers of deploy/README.md (CSP with frame-ancestors, nosniff, no referrer, the page and
// the service worker revalidated, hashed assets immutable). Node's standard library only.
//   node deploy/serve.mjs --dir /opt/ketamine-synapse --port 4173 [--host 127.0.0.1]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const root = resolve(arg('dir', 'dist'));
const port = Number(arg('port', '4173'));
const host = arg('host', '127.0.0.1');
const frameAncestors = arg('frame-ancestors', "'self'");

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'; " +
  `frame-ancestors ${frameAncestors}`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = join(root, path);
  if (file !== root && !file.startsWith(root + sep)) return null; // outside the folder
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return fileFor(`${urlPath.replace(/\/?$/, '/')}index.html`);
    return { file, stat };
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  const headers = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  let found = null;
  try {
    found = fileFor(new URL(req.url ?? '/', 'http://local').pathname);
  } catch {
    found = null; // a malformed address
  }
  if (!found || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(found ? 405 : 404, { ...headers, 'Content-Type': 'text/plain' });
    res.end(found ? 'Method not allowed\n' : 'Not found\n');
    return;
  }
  const { file, stat } = found;
  const hashed = file.startsWith(join(root, 'assets') + sep);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  Object.assign(headers, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ETag: etag,
    'Last-Modified': stat.mtime.toUTCString(),
  });
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': stat.size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  console.log(`serving ${root} at http://${host}:${shown}/`);
});
