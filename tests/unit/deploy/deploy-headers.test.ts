// The example server configurations (deploy/) send the headers of deploy/README.md, with the
// same Content-Security-Policy as index.html's meta tag plus frame-ancestors; and the small
// Node server sends them for real.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const metaCsp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync('index.html', 'utf8'),
)![1]!;
const headerCsp = `${metaCsp}; frame-ancestors 'self'`;

describe('example server configurations', () => {
  it.each(['deploy/nginx.conf', 'deploy/Caddyfile', 'deploy/_headers'])('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(headerCsp);
    expect(text).toMatch(/X-Content-Type-Options:?\s+"?nosniff/);
    expect(text).toMatch(/Referrer-Policy:?\s+"?no-referrer/);
    expect(text).toContain('no-cache');
    expect(text).toContain('public, max-age=31536000, immutable');
  });
});

describe('deploy/serve.mjs', () => {
  let dir = '';
  let child: ChildProcess;
  let base = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'sw.js'), '// sw');
    writeFileSync(join(dir, 'assets/app-1234.js'), 'export {};');
    child = spawn(process.execPath, ['deploy/serve.mjs', '--dir', dir, '--port', '0']);
    base = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const m = /at (http:\/\/\S+)/.exec(String(chunk));
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error('serve.mjs exited')));
    });
  });
  afterAll(() => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the security headers and revalidates the page and the service worker', async () => {
    for (const path of ['', 'index.html', 'sw.js']) {
      const r = await fetch(base + path);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-security-policy')).toBe(headerCsp);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('marks hashed assets immutable, answers 304 to a current ETag, 404 outside the folder', async () => {
    const r = await fetch(`${base}assets/app-1234.js`);
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const again = await fetch(`${base}assets/app-1234.js`, {
      headers: { 'If-None-Match': r.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    expect((await fetch(`${base}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${base}missing.js`)).status).toBe(404);
  });
});
