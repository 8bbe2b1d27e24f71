// Keyboard only: Tab reaches every control, the structure list and the panels in a logical
// order, focus is always visible, targets are at least 24 x 24 px, nothing traps focus (Tab
// comes back round), Enter and Space activate, and the whole story can be walked with keys.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from '../helpers/browser';
import { holdFrames, pauseStory, waitForSettled } from '../helpers/frames';
import { focusInfo, type FocusInfo } from './a11y-checks';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));

/** Presses Tab until focus comes back to where it started; returns every stop in order. */
async function tabRound(page: Page, max = 250): Promise<FocusInfo[]> {
  const stops: FocusInfo[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    if (!info) continue; // the browser's own UI between the end and the start of the page
    if (stops.length && info.key === stops[0]!.key) return stops;
    stops.push(info);
  }
  throw new Error(
    `focus did not come back round in ${max} presses: ${stops.map((s) => s.key).join('\n')}`,
  );
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 120, back = false): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const activeMatches = (page: Page, selector: string) =>
  page.evaluate((s) => !!document.activeElement?.matches(s), selector);

describe('keyboard only', () => {
  it.each(['explore', 'present'] as const)(
    'in %s mode, Tab reaches every control in order with visible focus and comes back round',
    async (mode) => {
      const { page, context, problems } = await openApp({
        query: `mode=${mode}&stage=infusion`,
      });
      await page.waitForSelector('[data-testid="scene3d"]', { timeout: 120_000 });
      // the page opens paused (the stage holds still while we look around), and the frames: focus is drawn by CSS, and nothing needs to move during the round
      await waitForSettled(page);
      await holdFrames(page);
      const stops = await tabRound(page);
      const keys = stops.map((s) => s.key);
      const index = (pattern: RegExp) => keys.findIndex((k) => pattern.test(k));

      // every part of the page is reached
      const wanted: [string, RegExp][] = [
        ['skip link', /^a\|/],
        ['language', /langChoice=es/],
        ['display options', /display-options/],
        ['structure list', /structure-toggle/],
        ['chart tabs', /panelTab=/],
        ['chart view', /Table|Chart/],
        ['timeline mark', /stage=rest/],
        ['timeline', /timeline-scrubber/],
        ['previous', /Previous stage/],
        ['play', /play-toggle/],
        ['help', /help-button/],
      ];
      if (mode === 'explore') {
        wanted.push(['speed', /speed=2/], ['reset', /reset-all/]);
      } else {
        wanted.push(['presenter', /presenter-button/], ['blackout', /blackout-button/]);
      }
      for (const [what, pattern] of wanted) expect(index(pattern), what).toBeGreaterThanOrEqual(0);

      // in reading order: header, scene, charts, then the footer's controls
      const areas = stops.map((s) => s.area).filter((a) => a !== 'skip');
      const order = ['header', 'scene', 'captions', 'panel', 'footer'];
      const ranks = areas.map((a) => order.indexOf(a));
      expect(ranks.every((r) => r >= 0)).toBe(true);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      // one stop for the whole tab list (arrow keys move inside it)
      expect(keys.filter((k) => /panelTab=/.test(k))).toHaveLength(1);

      // focus always visible; targets at least 24 x 24 (inline links in sentences excepted)
      expect(stops.filter((s) => !s.visible).map((s) => `${s.key}: ${s.outline}`)).toEqual([]);
      expect(
        stops
          .filter((s) => !s.inlineLink && (s.width < 24 || s.height < 24))
          .map((s) => `${s.key}: ${s.width.toFixed(0)}x${s.height.toFixed(0)}`),
      ).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('activates with Enter and Space: stage, play, structures, chart tabs, display options, help', async () => {
    const { page, context, problems } = await openApp({
      query: 'mode=explore&stage=rest',
      autoplay: true,
    });
    await page.waitForSelector('[data-testid="structure-toggle"]', { timeout: 120_000 });
    const title = () => page.textContent('[data-testid="stage-title"]');
    await page.keyboard.press('k');
    await expect
      .poll(() => page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed'))
      .toBe('false');

    // Enter on "next stage"
    await tabTo(page, '.stage-nav button[aria-label="Next stage"]');
    await page.keyboard.press('Enter');
    await expect.poll(title).toBe(stages[1]!.title.en);
    // Space on play, and again
    await tabTo(page, '[data-testid="play-toggle"]', 20, true);
    await page.keyboard.press(' ');
    await expect
      .poll(() => page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed'))
      .toBe('true');
    await page.keyboard.press(' ');
    await expect
      .poll(() => page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed'))
      .toBe('false');
    expect(await title()).toBe(stages[1]!.title.en); // Space on a button did not also step

    // the structure list: open with Enter, arrows move, Space selects, Escape clears
    await tabTo(page, '[data-testid="structure-toggle"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getAttribute('[data-testid="structure-toggle"]', 'aria-expanded'))
      .toBe('true');
    await page.keyboard.press('Tab');
    expect(await activeMatches(page, '#structure-list button')).toBe(true);
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-structure'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-structure'),
    );
    expect(second).not.toBe(first);
    await page.keyboard.press(' ');
    await expect
      .poll(() => page.getAttribute(`[data-structure="${second}"]`, 'aria-pressed'))
      .toBe('true');
    await expect.poll(() => page.textContent('[data-testid="structure-live"]')).not.toBe('');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getAttribute(`[data-structure="${second}"]`, 'aria-pressed'))
      .toBe('false');
    // Tab leaves the list (no trap): the next stop is outside it
    await page.keyboard.press('Tab');
    expect(await activeMatches(page, '#structure-list button')).toBe(false);

    // chart tabs: the arrow keys choose the next chart
    await tabTo(page, '[role="tab"][aria-selected="true"]');
    const before = await page.getAttribute('[role="tab"][aria-selected="true"]', 'data-panel-tab');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getAttribute('[role="tab"][aria-selected="true"]', 'data-panel-tab'))
      .not.toBe(before);
    expect(await activeMatches(page, '[role="tab"][aria-selected="true"]')).toBe(true);
    expect(await title()).toBe(stages[1]!.title.en); // the arrow did not move the story

    // display options: Enter opens, Space toggles captions, Escape closes back to the button
    await tabTo(page, '[data-testid="display-options"]', 200, true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await activeMatches(page, 'input[data-option="captions"]')).toBe(true);
    await page.keyboard.press(' ');
    await expect.poll(() => page.isHidden('[data-testid="narration-captions"]')).toBe(true);
    await page.keyboard.press(' ');
    await expect.poll(() => page.isVisible('[data-testid="narration-captions"]')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await activeMatches(page, '[data-testid="display-options"]')).toBe(true);
    expect(await page.getAttribute('[data-testid="display-options"]', 'aria-expanded')).toBe(
      'false',
    );

    // help: Enter opens the dialog with focus inside; Escape closes it and focus comes back
    await tabTo(page, '[data-testid="help-button"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog[open]')))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => activeMatches(page, '[data-testid="help-button"]')).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('walks the whole story with the next button and back with the keys', async () => {
    const { page, context } = await openApp({ query: 'mode=explore&stage=rest' });
    const title = () => page.textContent('[data-testid="stage-title"]');
    await pauseStory(page);
    await tabTo(page, '.stage-nav button[aria-label="Next stage"]', 200);
    for (let i = 1; i < stages.length; i++) {
      await page.keyboard.press('Enter');
      await expect.poll(title).toBe(stages[i]!.title.en);
    }
    // at the end the button is disabled; focus is not lost in a trap
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Home');
    await expect.poll(title).toBe(stages[0]!.title.en);
    await context.close();
  });

  it('in kiosk mode, the only stops are the skip link, Pause and what the chart offers', async () => {
    const { page, context } = await openApp({ query: 'mode=kiosk&stage=infusion' });
    await page.waitForSelector('[data-testid="scene3d"]', { timeout: 120_000 });
    // the kiosk's bar (Pause) is a lazy part: the round of stops counts once it is in
    await waitForSettled(page);
    const stops = await tabRound(page);
    const keys = stops.map((s) => s.key);
    expect(keys.some((k) => /kiosk-pause/.test(k))).toBe(true);
    expect(keys.some((k) => /panelTab=|display-options|langChoice/.test(k))).toBe(false);
    expect(stops.filter((s) => !s.visible).map((s) => s.key)).toEqual([]);
    await context.close();
  });
});
