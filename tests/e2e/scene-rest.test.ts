// A still scene draws nothing: paused (or with reduced motion) and with nothing changing, the
// canvas stops drawing frames, so an idle page costs no GPU (on a software rasteriser, the
// whole CPU). Any change draws again. Counted in frames, never timed.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from '../helpers/browser';
import { nextFrames, seek } from '../helpers/frames';
import { stats } from './scene-helpers';

afterAll(closeBrowser);

function resting(page: Page): Promise<void> {
  return page
    .waitForFunction(() => window.__sceneStats?.resting === true, null, {
      polling: 50,
      timeout: 120_000,
    })
    .then(() => undefined);
}

/** Scene frames drawn while the page runs `pageFrames` of its own animation frames. */
async function framesDrawnOver(page: Page, pageFrames: number): Promise<number> {
  const before = (await stats(page)).frames;
  await nextFrames(page, pageFrames);
  return (await stats(page)).frames - before;
}

describe('a still scene rests', () => {
  it('paused, it stops drawing; a seek, the pointer or Play draw again', async () => {
    const { page, problems } = await openApp({ query: 'stage=channel-block' });
    await resting(page);
    // the page's own frames go on (the playback loop runs); the scene draws none of them
    expect(await framesDrawnOver(page, 30)).toBe(0);

    // moving the story clock wakes it at once, and it comes to rest again
    await seek(page, 2, 0.5);
    expect((await stats(page)).resting).toBe(false);
    expect(await framesDrawnOver(page, 5)).toBeGreaterThan(0);
    await resting(page);

    // the pointer over the scene (hover names a structure) wakes it
    const canvas = page.locator('[data-testid="scene-canvas"] canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    expect(await framesDrawnOver(page, 5)).toBeGreaterThan(0);
    await resting(page);

    // playing, it never rests
    await page.getByRole('button', { name: /^play/i }).first().click();
    expect(await framesDrawnOver(page, 30)).toBeGreaterThanOrEqual(15);
    expect((await stats(page)).resting).toBe(false);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('with reduced motion it rests, and draws each new stage once', async () => {
    const { page, problems } = await openApp({ query: 'stage=rest', reducedMotion: 'reduce' });
    await resting(page);
    expect(await framesDrawnOver(page, 30)).toBe(0);
    // the next stage is drawn (a change), then the scene rests on it
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.__sceneStats?.stageId !== 'rest', null, {
      polling: 50,
      timeout: 120_000,
    });
    await resting(page);
    expect(await framesDrawnOver(page, 30)).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
