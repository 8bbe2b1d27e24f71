// ?embed=1 in an iframe: fits 800x450 and 320x180 with no page scrolling and no header, obeys
// the documented postMessage shapes, ignores every other message, tells the host about stage
// changes, and has no serious axe violation.
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { closeBrowser, getBrowser, openApp } from '../helpers/browser';
import { seriousAxeViolations } from '../helpers/axe';

afterAll(closeBrowser);

const SOURCE = 'ketamine-synapse';

async function openHost(size: { width: number; height: number }, stage: string) {
  const base = inject('baseUrl');
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // the host page, on the app's origin (an unrouted origin would need a network)
  await page.route(`${base}__host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body style="margin:0">
<iframe id="app" src="${base}?embed=1&stage=${stage}&lang=en" title="Ketamine"
  width="${size.width}" height="${size.height}" style="border:0;display:block"></iframe>
<script>
  window.heard = [];
  addEventListener('message', (e) => {
    if (e.source === document.getElementById('app').contentWindow) window.heard.push(e.data);
  });
</script></body>`,
    }),
  );
  await page.goto(`${base}__host.html`);
  const frameEl = await page.waitForSelector('#app');
  const frame = (await frameEl.contentFrame()) as Frame;
  await frame.waitForSelector('[data-testid="embed"] [data-testid="stage-title"]');
  return { context, page, frame, errors };
}

const title = (frame: Frame) => frame.locator('[data-testid="stage-title"]').textContent();

async function post(page: Page, data: unknown) {
  await page.evaluate((d) => {
    (document.getElementById('app') as HTMLIFrameElement).contentWindow?.postMessage(d, '*');
  }, data);
}

describe('embed', () => {
  for (const size of [
    { width: 800, height: 450 },
    { width: 320, height: 180 },
  ]) {
    it(`fits an iframe of ${size.width}x${size.height} without scrolling or header`, async () => {
      const { context, frame, errors } = await openHost(size, 'channel-block');
      try {
        const m = await frame.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          const inside = (sel: string) =>
            [...document.querySelectorAll(sel)].every((el) => {
              const r = el.getBoundingClientRect();
              return (
                r.top >= 0 &&
                r.left >= 0 &&
                r.bottom <= innerHeight + 0.5 &&
                r.right <= innerWidth + 0.5
              );
            });
          return {
            scrollW: root.scrollWidth,
            scrollH: root.scrollHeight,
            w: innerWidth,
            h: innerHeight,
            header: document.querySelectorAll('header, .app-header').length,
            controlsInside: inside('.embed-controls button'),
            titleInside: inside('[data-testid="stage-title"]'),
            captionShown:
              (document.querySelector('[data-testid="stage-caption"]')?.getBoundingClientRect()
                .height ?? 0) > 0,
          };
        });
        expect(m).toEqual({
          scrollW: size.width,
          scrollH: size.height,
          w: size.width,
          h: size.height,
          header: 0,
          controlsInside: true,
          titleInside: true,
          captionShown: true,
        });
        expect(await title(frame)).toBe('Ketamine blocks the NMDA receptor channel');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('obeys the documented messages, ignores others and reports stage changes', async () => {
    const { context, page, frame, errors } = await openHost({ width: 800, height: 450 }, 'rest');
    try {
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard))
        .toContainEqual({ source: SOURCE, type: 'stage', stage: 'rest', index: 0, total: 10 });

      await post(page, { source: SOURCE, type: 'goToStage', stage: 'mtor' });
      await expect.poll(() => title(frame)).toBe('mTOR switches on protein building');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard))
        .toContainEqual({ source: SOURCE, type: 'stage', stage: 'mtor', index: 5, total: 10 });

      const toggle = frame.locator('[data-testid="play-toggle"]');
      await post(page, { source: SOURCE, type: 'pause' });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');

      // none of these may do anything
      for (const bad of [
        { source: SOURCE, type: 'goToStage', stage: 'spines', extra: true },
        { type: 'goToStage', stage: 'spines' },
        { source: 'someone-else', type: 'goToStage', stage: 'spines' },
        { source: SOURCE, type: 'goToStage', stage: 'no-such-stage' },
        { source: SOURCE, type: 'play', now: 1 },
        'play',
        null,
      ]) {
        await post(page, bad);
      }
      // a message from the embed's own window is not from the host
      await frame.evaluate(
        (s) => window.postMessage({ source: s, type: 'goToStage', stage: 'spines' }, '*'),
        SOURCE,
      );
      // a good message after them: once it has been applied, the bad ones were handled too
      await post(page, { source: SOURCE, type: 'play' });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await title(frame)).toBe('mTOR switches on protein building');
      // the embed leaves the host's address alone
      expect(page.url()).toMatch(/__host\.html$/);
      expect(await frame.evaluate(() => location.search)).toBe('?embed=1&stage=rest&lang=en');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('has no serious or critical axe violation', async () => {
    const { page, context } = await openApp({
      query: 'embed=1&stage=channel-block',
      viewport: { width: 800, height: 450 },
    });
    try {
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
