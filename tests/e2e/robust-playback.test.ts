// Playback that cannot die: a per-frame listener that throws, or a history call that throws
// (the app opened at a doubled slash, "//?..."), leaves the story advancing; the kiosk's
// recovery proves its loop runs again.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, closeBrowser, getBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import storyJson from '../../scenes/ketamine.json';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const title = (i: number) => stages[i]!.title.en;
const stageTitle = (page: Page) => page.textContent('[data-testid="stage-title"]');

/**
 * Makes the captions' per-frame writer throw: the caption line's text can no longer be set
 * (as a browser extension or a broken polyfill might do). Runs in the page.
 */
function plantThrowingCaption(): void {
  const el = document.querySelector('[data-testid="narration-caption"]');
  if (!el) throw new Error('no caption line');
  Object.defineProperty(el, 'textContent', {
    configurable: true,
    get: () => '',
    set: () => {
      throw new Error('planted fault in a per-frame listener');
    },
  });
}

afterAll(closeBrowser);

// These tests run the real frame loop (what they test is that it keeps going), so the story
// moves at the machine's pace: at most 0.1 s of story a frame, a few frames a second on a
// busy machine. The waits are generous; a quiet machine passes each in seconds.
const STAGE_WAIT_MS = 120_000;
const LOOP_WAIT_MS = 240_000;
const WATCHDOG_WAIT_MS = 60_000;

describe('playback that cannot die', () => {
  it('keeps the story advancing when a per-frame listener throws (explore)', async () => {
    const { page, context, problems } = await openApp({
      initScript: NO_WEBGL_SCRIPT,
      autoplay: true,
    });
    try {
      await page.waitForSelector('[data-testid="narration-caption"]', { state: 'attached' });
      await page.evaluate(plantThrowingCaption);
      expect(await stageTitle(page)).toBe(title(0));
      await page.keyboard.press('>');
      await page.keyboard.press('>'); // 4x: the first stage ends in a few seconds
      await expect.poll(() => stageTitle(page), { timeout: STAGE_WAIT_MS }).toBe(title(1));
      await expect.poll(() => stageTitle(page), { timeout: STAGE_WAIT_MS }).toBe(title(2));
      // the fault is reported (once per listener that hit it), not swallowed nor per frame
      const reports = problems.pageErrors.filter((e) => e.includes('planted fault')).length;
      expect(reports).toBeGreaterThanOrEqual(1);
      expect(reports).toBeLessThanOrEqual(2);
    } finally {
      await context.close();
    }
  });

  it('keeps the kiosk loop running when a per-frame listener throws', async () => {
    const { page, context } = await openApp({
      query: 'mode=kiosk&stage=rest&kioskStageSec=1',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      await page.waitForSelector('[data-testid="narration-caption"]', { state: 'attached' });
      await page.evaluate(plantThrowingCaption);
      await expect.poll(() => stageTitle(page), { timeout: STAGE_WAIT_MS }).toBe(title(2));
      await expect
        .poll(() => page.evaluate(() => window.__kioskLoops ?? 0), { timeout: LOOP_WAIT_MS })
        .toBeGreaterThanOrEqual(1);
    } finally {
      await context.close();
    }
  });

  it('plays on at a doubled-slash address, where history calls throw', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      const base = new URL(appUrl());
      await page.goto(`${base.origin}//?stage=rest`);
      await page.waitForSelector('[data-testid="stage-title"]');
      expect(await stageTitle(page)).toBe(title(0));
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stageTitle(page)).toBe(title(1));
      // the address follows the stage, and the model and timeline keep moving
      await expect.poll(() => new URL(page.url()).searchParams.get('stage')).toBe(stages[1]!.id);
      const timeline = page.getByTestId('timeline-scrubber');
      const value = Number(await timeline.inputValue());
      await expect
        .poll(async () => Number(await timeline.inputValue()), { timeout: STAGE_WAIT_MS })
        .toBeGreaterThan(value);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('runs the kiosk at a doubled-slash address', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(NO_WEBGL_SCRIPT);
      const base = new URL(appUrl());
      await page.goto(`${base.origin}//?mode=kiosk&stage=rest&kioskStageSec=1&kioskIdleSec=oops`);
      await page.waitForSelector('[data-testid="stage-title"]');
      await expect.poll(() => stageTitle(page), { timeout: STAGE_WAIT_MS }).toBe(title(2));
    } finally {
      await context.close();
    }
  });

  it('a kiosk watchdog starts the playback loop again when its frames stop', async () => {
    const { page, context } = await openApp({
      query: 'mode=kiosk&stage=rest&kioskStageSec=1',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      // stop the loop's frames for good, as an exception in an old build did, then fault
      await page.evaluate(() => {
        const raf = window.requestAnimationFrame.bind(window);
        let blocked = true;
        window.requestAnimationFrame = (cb) => (blocked ? 0 : raf(cb));
        (window as { __unblockFrames?: () => void }).__unblockFrames = () => (blocked = false);
      });
      await expect
        .poll(() => page.evaluate(() => window.__kioskLoopRestarts ?? 0), {
          timeout: WATCHDOG_WAIT_MS,
        })
        .toBeGreaterThanOrEqual(1);
      await page.evaluate(() => (window as { __unblockFrames?: () => void }).__unblockFrames?.());
      await expect.poll(() => stageTitle(page), { timeout: STAGE_WAIT_MS }).toBe(title(2));
    } finally {
      await context.close();
    }
  });
});
