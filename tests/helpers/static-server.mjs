// A static file server that caches like `python3 -m http.server` (Last-Modified, no
// Cache-Control, 304 on If-Modified-Since): what a clinic or a department often deploys on. The
// browser tests and the soak serve copies of dist/ with it. Node only.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * Serves the folder `root()` names at the time of each request (so a test can swap builds) on a
 * free loopback port. Resolves when listening, with its origin (no trailing slash).
 */
export function serveStatic(root) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(root(), normalize(path).replace(/^([/\\])+/, ''));
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const stat = statSync(file);
      const modified = new Date(Math.floor(stat.mtimeMs / 1000) * 1000);
      const since = req.headers['if-modified-since'];
      if (since && new Date(since) >= modified) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Last-Modified': modified.toUTCString(),
      });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = address && typeof address === 'object' ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    }),
  );
}
