// Offline after one visit, and private: nothing leaves the page's origin, nothing is stored
// about the viewer.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../helpers/browser';
import { nextFrames, waitForSettled } from '../helpers/frames';
import storyJson from '../../scenes/ketamine.json';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));

afterAll(closeBrowser);

describe('offline and private', () => {
  it('loads with no network after one visit', async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=infusion',
      serviceWorkers: 'allow',
    });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
            once: true,
          });
        });
      }
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-testid="stage-title"]');
    expect(await page.textContent('[data-testid="stage-title"]')).toBeTruthy();
    // the lazily loaded 3D chunk and the fonts come from the cache too
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.includes('Atkinson') && f.status === 'loaded'),
      ),
    ).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('sends no request outside its origin and sets no cookie', async () => {
    const { page, context, problems } = await openApp({ serviceWorkers: 'allow' });
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    // every stage visited: its lazy parts have loaded (any request they make has been made)
    await expect
      .poll(() => page.textContent('[data-testid="stage-title"]'))
      .toBe(stages[stages.length - 1]!.title.en);
    await waitForSettled(page);
    await nextFrames(page, 2);
    expect(problems.foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await context.close();
  });

  it('declares a Content-Security-Policy without inline script and has no inline scripts', async () => {
    const { page, context } = await openApp({ serviceWorkers: 'allow' });
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await context.close();
  });

  it('is installable: a manifest with icons that load', async () => {
    const { page, context } = await openApp({ serviceWorkers: 'allow' });
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBeTruthy();
    const manifest = (await page.evaluate(async (h) => (await fetch(h!)).json(), href)) as {
      icons: { src: string; sizes: string }[];
      start_url: string;
    };
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifest.icons) {
      const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
      expect(status).toBe(200);
    }
    await context.close();
  });
});
