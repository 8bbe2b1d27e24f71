// The pseudo-locale (?lang=pseudo: every string doubled and accented, between ⟦ ⟧) at projector
// and netbook sizes: no text is clipped or overlaps other text or a control, in every stage of
// every mode; and every word on the page comes through the string source (it is bracketed).
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from '../helpers/browser';
import { layoutProblems } from './a11y-checks';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
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
        await page.waitForSelector('[data-testid="scene3d"]', { timeout: 60_000 });
        await page.keyboard.press('k');
        const found: string[] = [];
        for (let i = 0; i < stages.length; i++) {
          if (i > 0) {
            await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
            await page.keyboard.press(mode === 'present' ? 'PageDown' : 'ArrowRight');
          }
          await expect
            .poll(() =>
              page.getAttribute('[data-testid="stage-title"]', 'data-stage').catch(() => null),
            )
            .not.toBe(undefined);
          await page.waitForSelector(`.caption-bar[data-stage="${stages[i]!.id}"]`);
          await page.waitForTimeout(400);
          for (const p of await layoutProblems(page)) found.push(`${stages[i]!.id}: ${p}`);
        }
        expect(found).toEqual([]);
        expect(problems.pageErrors).toEqual([]);
        await context.close();
      },
    );

    it('kiosk mode: nothing clipped or overlapping in any stage', async () => {
      const found: string[] = [];
      for (const stage of stages) {
        const { page, context } = await openApp({
          query: `lang=pseudo&mode=kiosk&stage=${stage.id}`,
          viewport,
        });
        await page.keyboard.press('k');
        await page.waitForTimeout(600);
        for (const p of await layoutProblems(page)) found.push(`${stage.id}: ${p}`);
        await context.close();
      }
      expect(found).toEqual([]);
    }, 300_000); // ten page loads with the 3D scene
  });

  it('every word on the page comes from the string source (it is bracketed)', async () => {
    // sanity: the same check on the English page finds words outside brackets everywhere
    const english = await openApp({ query: 'lang=en&mode=explore&stage=rest' });
    expect((await unbracketed(english.page)).length).toBeGreaterThan(10);
    await english.context.close();

    const { page, context } = await openApp({ query: 'lang=pseudo&mode=explore&stage=rest' });
    await page.keyboard.press('k');
    const found = new Set<string>();
    for (let i = 0; i < stages.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await page.waitForSelector(`.caption-bar[data-stage="${stages[i]!.id}"]`);
      await page.waitForTimeout(300);
      for (const t of await unbracketed(page)) found.add(`${stages[i]!.id}: ${t}`);
    }
    expect([...found]).toEqual([]);
    await context.close();
  });
});
