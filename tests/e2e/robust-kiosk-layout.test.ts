// The kiosk at 1280 x 720 (a common waiting-room screen) gives the scene room and shows the
// chart whole, under its large stage text.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../helpers/browser';

afterAll(closeBrowser);

describe('kiosk at 1280 x 720', () => {
  it('gives the scene at least 300 px and does not cut the chart', async () => {
    const { page, context } = await openApp({
      query: 'mode=kiosk&stage=infusion&kioskStageSec=600',
      viewport: { width: 1280, height: 720 },
    });
    try {
      await page.waitForSelector('.panel-slot svg');
      const box = await page.evaluate(() => {
        const rect = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        return {
          scene: rect('.scene-view').height,
          svgBottom: rect('.panel-slot svg').bottom,
          panelBottom: rect('.panel-slot').bottom,
          caption: parseFloat(getComputedStyle(document.querySelector('.caption')!).fontSize),
        };
      });
      expect(box.scene).toBeGreaterThanOrEqual(300);
      expect(box.svgBottom).toBeLessThanOrEqual(box.panelBottom + 1);
      expect(box.caption).toBeGreaterThanOrEqual(40);
    } finally {
      await context.close();
    }
  });
});
