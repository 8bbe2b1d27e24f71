// The pseudo-locale (?lang=pseudo: every string doubled and accented, between ⟦ ⟧) at projector
// and netbook sizes: no text is clipped or overlaps other text or a control, in every stage of
// every mode (in kiosk mode at set moments of each stage, playing and paused, by driving the
// story clock); and every word on the page comes through the string source (it is bracketed).
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from '../helpers/browser';
import { holdFrames, pauseStory, seek, stepFrames, waitForSettled } from '../helpers/frames';
import { layoutProblems } from './a11y-checks';
import { pseudoLocalize } from '../../src/i18n/localize';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
/** Moments (progress through a stage) the kiosk check looks at, playing and paused. */
const MOMENTS_PLAYING = [0, 0.2, 0.4, 0.6, 0.8, 1];
const MOMENTS_PAUSED = [0, 0.5, 1];
const VIEWPORTS = [
  { width: 1024, height: 600 },
  { width: 1280, height: 720 },
] as const;

/** Visible text outside the ⟦ ⟧ of the pseudo-locale: words that skipped the string source. */
function unbracketed(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const known =
      /^(min|days|mg|kg|ng|mL|mmHg|NMDA|AMPA|BDNF|TrkB|mTOR|GABA|OCD|CRPS|eEF2|English|Español)$/i;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('[hidden], dialog:not([open]), script, style, noscript')) continue;
      // bibliographic references are not translated (authors, titles, journals)
      if (el.closest('.sources, .pfig-sources, [data-source], cite, .citation')) continue;
      // the captions show a narration in pieces, so a piece may fall between the brackets
      if (el.closest('.narration-line')) continue;
      const own = (node.textContent ?? '').trim();
      if (!/\p{L}{3,}/u.test(own)) continue;
      // a wrapped label is split over several elements: read the whole chart, or the nearest
      // element that is not inline (a paragraph, a cell, a button...)
      let block: Element = el.closest('svg') ?? el;
      while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) {
        block = block.parentElement;
      }
      let outside = block.textContent ?? '';
      // brackets nest (a string inside a string): remove the innermost until none is left
      for (let before = ''; before !== outside;) {
        before = outside;
        outside = outside.replace(/⟦[^⟦⟧]*⟧/g, ' ');
      }
      const words = (outside.match(/\p{L}{3,}/gu) ?? []).filter((w) => !known.test(w));
      if (words.length)
        out.add(
          `${el.tagName.toLowerCase()}: ${words.slice(0, 6).join(' ')} | ${own.slice(0, 60)}`,
        );
    }
    return [...out];
  });
}

describe('pseudo-locale', () => {
  describe.each(VIEWPORTS)('at $width x $height', (viewport) => {
    it.each(['explore', 'present'] as const)(
      '%s mode: nothing clipped or overlapping in any stage',
      async (mode) => {
        const { page, context, problems } = await openApp({
          query: `lang=pseudo&mode=${mode}&stage=${stages[0]!.id}`,
          viewport,
        });
        try {
          await page.waitForSelector('[data-testid="scene3d"]', { timeout: 120_000 });
          if ((await page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed')) === 'true')
            await page.keyboard.press('k');
          // paused: each stage is looked at from its start, whatever the machine's speed
          await expect
            .poll(() => page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed'))
            .toBe('false');
          const found: string[] = [];
          // frames held: each stage gets two frames (labels placed, overlays written), and none
          // runs while the page is measured
          await waitForSettled(page);
          await holdFrames(page);
          for (let i = 0; i < stages.length; i++) {
            if (i > 0) {
              await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
              await page.keyboard.press(mode === 'present' ? 'PageDown' : 'ArrowRight');
            }
            await expect
              .poll(() => page.getAttribute('.caption-bar', 'data-stage'))
              .toBe(stages[i]!.id);
            expect(await page.textContent('[data-testid="stage-title"]')).toBe(
              pseudoLocalize(stages[i]!.title.en),
            );
            await stepFrames(page, 2);
            await waitForSettled(page);
            for (const p of await layoutProblems(page)) found.push(`${stages[i]!.id}: ${p}`);
          }
          expect(found).toEqual([]);
          expect(problems.pageErrors).toEqual([]);
        } finally {
          await context.close();
        }
      },
    );

    it('kiosk mode: nothing clipped or overlapping at set moments of every stage', async () => {
      const { page, context, problems } = await openApp({
        query: `lang=pseudo&mode=kiosk&stage=${stages[0]!.id}&kioskIdleSec=3600`,
        viewport,
      });
      try {
        const found: string[] = [];
        /** the time scale's box, per stage: it must not change size as the clock runs */
        const boxes = new Map<string, Set<string>>();
        const look = async (i: number, progress: number, state: string) => {
          await seek(page, i, progress);
          await page.waitForFunction(
            (id) => document.querySelector('.caption-bar')?.getAttribute('data-stage') === id,
            stages[i]!.id,
            { polling: 50 },
          );
          await waitForSettled(page);
          const where = `${stages[i]!.id} at ${progress} ${state}`;
          for (const p of await layoutProblems(page)) found.push(`${where}: ${p}`);
          const box = await page.evaluate(() => {
            const r = document.querySelector('.scene-timescale')!.getBoundingClientRect();
            return `${Math.round(r.width)}x${Math.round(r.height)}`;
          });
          boxes.set(stages[i]!.id, (boxes.get(stages[i]!.id) ?? new Set()).add(box));
        };
        // no frame runs from here on: each moment is exactly the one asked for
        await seek(page, 0, 0);
        await holdFrames(page);
        for (let i = 0; i < stages.length; i++) {
          for (const progress of MOMENTS_PLAYING) await look(i, progress, 'playing');
        }
        const pauseLabel = await page.textContent('[data-testid="kiosk-pause"]');
        await page.keyboard.press('k');
        await expect
          .poll(() => page.textContent('[data-testid="kiosk-pause"]'))
          .not.toBe(pauseLabel);
        for (let i = 0; i < stages.length; i++) {
          for (const progress of MOMENTS_PAUSED) await look(i, progress, 'paused');
        }
        expect(found).toEqual([]);
        for (const [stage, sizes] of boxes) expect([...sizes], stage).toHaveLength(1);
        expect(problems.pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 600_000);
  });

  it('every word on the page comes from the string source (it is bracketed)', async () => {
    // sanity: the same check on the English page finds words outside brackets everywhere
    const english = await openApp({ query: 'lang=en&mode=explore&stage=rest' });
    try {
      expect((await unbracketed(english.page)).length).toBeGreaterThan(10);
    } finally {
      await english.context.close();
    }

    const { page, context } = await openApp({ query: 'lang=pseudo&mode=explore&stage=rest' });
    try {
      await pauseStory(page);
      await waitForSettled(page);
      await holdFrames(page);
      const found = new Set<string>();
      for (let i = 0; i < stages.length; i++) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await page.waitForSelector(`.caption-bar[data-stage="${stages[i]!.id}"]`);
        await stepFrames(page, 2);
        await waitForSettled(page);
        for (const t of await unbracketed(page)) found.add(`${stages[i]!.id}: ${t}`);
      }
      expect([...found]).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
