// Updates that cannot break offline: two builds served in turn by a server that caches like
// `python3 -m http.server` (Last-Modified, no Cache-Control, 304 on If-Modified-Since). After
// the deploy, an offline reload shows the new build, and a kiosk that nobody reloads picks it
// up between two loops. Build B is a patched copy of dist/: one more script that marks the page.
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, getBrowser, NO_WEBGL_SCRIPT } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/static-server.mjs';

let root = '';
let dirA = '';
let dirB = '';
let serving = '';
let server: StaticServer;
let origin = '';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Build B: dist/ with one more script, which marks the page, and a service worker to match. */
function makeBuildB(): void {
  cpSync(dirA, dirB, { recursive: true });
  writeFileSync(join(dirB, 'assets/mark-b.js'), 'document.documentElement.dataset.build = "B";\n');
  const html = readFileSync(join(dirA, 'index.html'), 'utf8').replace(
    '</head>',
    '  <script type="module" src="./assets/mark-b.js"></script>\n  </head>',
  );
  writeFileSync(join(dirB, 'index.html'), html);
  let sw = readFileSync(join(dirA, 'sw.js'), 'utf8');
  sw = sw.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-b"');
  sw = sw.replace(/const PRECACHE = (.*);/, (_, list: string) => {
    const parsed = JSON.parse(list) as string[] | Record<string, string>;
    if (Array.isArray(parsed))
      return `const PRECACHE = ${JSON.stringify([...parsed, './assets/mark-b.js'])};`;
    const rev = sha256(html).slice(0, 16);
    return `const PRECACHE = ${JSON.stringify({ ...parsed, './assets/mark-b.js': 'b', './': rev, './index.html': rev })};`;
  });
  sw = sw.replace(/const PAGE_HASH = "[0-9a-f]*"/, `const PAGE_HASH = "${sha256(html)}"`);
  writeFileSync(join(dirB, 'sw.js'), sw);
}

/** Dates every file of a build (A long ago, so a browser's heuristic keeps it fresh for weeks). */
function touchAll(dir: string, when: Date): void {
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else utimesSync(path, when, when);
    }
  };
  walk(dir);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deploy-'));
  dirA = join(root, 'a');
  dirB = join(root, 'b');
  cpSync('dist', dirA, { recursive: true });
  makeBuildB();
  touchAll(dirA, new Date('2020-01-01T00:00:00Z'));
  touchAll(dirB, new Date());
  serving = dirA;
  server = await serveStatic(() => serving);
  origin = server.origin;
});

afterAll(async () => {
  await closeBrowser();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, {
    timeout: 120_000,
  });
}

const build = (page: Page) => page.evaluate(() => document.documentElement.dataset.build ?? 'A');

describe('a deploy on a server that caches like python -m http.server', () => {
  it('shows the new build after an offline reload', async () => {
    serving = dirA;
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      await context.addInitScript(NO_WEBGL_SCRIPT);
      const page = await context.newPage();
      await page.goto(`${origin}/?stage=rest`);
      await page.waitForSelector('[data-testid="stage-title"]');
      await waitForController(page);
      expect(await build(page)).toBe('A');
      // the deploy, then an ordinary (online) reload
      serving = dirB;
      await page.reload();
      await page.waitForSelector('[data-testid="stage-title"]');
      expect(await build(page)).toBe('B');
      // the new service worker takes over once its cache is complete
      await expect
        .poll(
          () =>
            page.evaluate(async () =>
              (await caches.keys()).filter((k) => k.startsWith('synapse-')),
            ),
          {
            timeout: 120_000,
          },
        )
        .toEqual([expect.stringMatching(/-b$/)]);
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('[data-testid="stage-title"]', { timeout: 120_000 });
      expect(await build(page)).toBe('B');
    } finally {
      await context.close();
    }
  });

  it('refills a cache deleted while the app runs', async () => {
    serving = dirB;
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      await context.addInitScript(NO_WEBGL_SCRIPT);
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForSelector('[data-testid="stage-title"]');
      await waitForController(page);
      await page.evaluate(async () => {
        for (const key of await caches.keys()) await caches.delete(key);
      });
      // any request the worker cannot answer from its cache has it refill the whole cache
      await page.evaluate(() => fetch('./manifest.webmanifest').then((r) => r.text()));
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const keys = await caches.keys();
              if (keys.length !== 1) return false;
              return Boolean(await (await caches.open(keys[0]!)).match('./index.html'));
            }),
          { timeout: 120_000 },
        )
        .toBe(true);
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('[data-testid="stage-title"]', { timeout: 120_000 });
    } finally {
      await context.close();
    }
  });

  it('a kiosk nobody reloads picks up the new build between two loops', async () => {
    serving = dirA;
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      await context.addInitScript(NO_WEBGL_SCRIPT);
      const page = await context.newPage();
      await page.goto(`${origin}/?mode=kiosk&kioskStageSec=1`);
      await page.waitForSelector('[data-testid="stage-title"]');
      await waitForController(page);
      expect(await build(page)).toBe('A');
      serving = dirB;
      await expect.poll(() => build(page).catch(() => 'reloading'), { timeout: 200_000 }).toBe('B');
      await page.waitForSelector('[data-testid="stage-title"]');
      expect(await page.getAttribute('.app', 'data-mode')).toBe('kiosk');
    } finally {
      await context.close();
    }
  }, 600_000);
});
