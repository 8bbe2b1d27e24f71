// A thrown error in one panel does not take down the scene, and the reverse: each sits in its
// own error boundary with a readable message and a working retry.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../helpers/browser';

afterAll(closeBrowser);

const INJECTED = [/Injected fault/, /The above error occurred/];

async function sceneFrames(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(
    () => (window as { __sceneStats?: { frames: number } }).__sceneStats?.frames ?? 0,
  );
}

describe('error isolation', () => {
  it('a broken chart leaves the scene, captions and navigation working', async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=infusion',
      initScript: `window.__injectFault = { 'panel-plasma': true };`,
      allowConsole: INJECTED,
    });
    const card = page.locator('.error-card[data-boundary="panel-plasma"]');
    await card.waitFor();
    expect(await card.getAttribute('role')).toBe('alert');
    expect(await card.textContent()).toMatch(/could not be drawn/);
    const before = await sceneFrames(page);
    await expect.poll(() => sceneFrames(page), { timeout: 120_000 }).toBeGreaterThan(before + 5);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('[data-testid="stage-title"]')).not.toBe('');
    // Mended, a retry brings the chart back.
    await page.keyboard.press('ArrowLeft');
    await card.waitFor();
    await page.evaluate(() => {
      (window as { __injectFault?: Record<string, boolean> }).__injectFault = {};
    });
    await card.getByRole('button').click();
    await page.locator('.panel-slot svg[role="img"]').first().waitFor();
    expect(await card.count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('a broken scene leaves the charts, captions and navigation working', async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=infusion',
      initScript: `window.__injectFault = { scene: true };`,
      allowConsole: INJECTED,
    });
    const card = page.locator('.error-card[data-boundary="scene"]');
    await card.waitFor();
    expect(await card.textContent()).toMatch(/3D view stopped working/);
    await page.locator('.panel-slot svg[role="img"]').first().waitFor();
    const title = await page.textContent('[data-testid="stage-title"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('[data-testid="stage-title"]')).not.toBe(title);
    await page.evaluate(() => {
      (window as { __injectFault?: Record<string, boolean> }).__injectFault = {};
    });
    await card.getByRole('button').click();
    await expect.poll(() => sceneFrames(page), { timeout: 120_000 }).toBeGreaterThan(0);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});
