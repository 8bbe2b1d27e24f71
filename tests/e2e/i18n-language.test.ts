// English and Spanish from one string source: ?lang= and the browser's language pick the
// language, a switch in the page changes it, and a Spanish page has no English string of the
// app left on it (names and units are the same in both languages and so are not counted).
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import { holdFrames, pauseStory, releaseFrames, waitForSettled } from '../helpers/frames';
import { englishLeft, englishOnlyStrings, pageTexts } from './a11y-checks';
import { PANEL_IDS } from '../../src/story/structures';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const english = englishOnlyStrings();
const title = (page: Page) => page.textContent('[data-testid="stage-title"]');

/** Every chart, its table view too, then every stage: English left anywhere on the way. */
async function englishOnEveryScreen(page: Page, mode: 'explore' | 'present'): Promise<string[]> {
  const found = new Set<string>();
  const look = async (where: string) => {
    for (const t of englishLeft(await pageTexts(page), english)) found.add(`${where}: ${t}`);
  };
  await pauseStory(page);
  for (let i = 0; i < stages.length; i++) {
    await expect.poll(() => title(page)).toBe(stages[i]!.title.es);
    await waitForSettled(page);
    await look(stages[i]!.id);
    if (i < stages.length - 1) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('ArrowRight');
    }
  }
  if (mode === 'explore') {
    for (const panel of PANEL_IDS) {
      await page.click(`[data-panel-tab="${panel}"]`);
      await page.waitForSelector(`[data-testid="panel-host"][data-panel="${panel}"]`);
      await waitForSettled(page);
      await look(`chart ${panel}`);
      const tables = page.locator('[data-testid="view-table"]');
      for (let k = 0; k < (await tables.count()); k++) await tables.nth(k).click();
      await look(`table ${panel}`);
    }
  }
  return [...found];
}

describe('choosing the language', () => {
  it('?lang=es gives Spanish whatever the browser says', async () => {
    const { page, context } = await openApp({ query: 'lang=es&stage=infusion', locale: 'en-US' });
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await title(page)).toBe(stages[1]!.title.es);
    await context.close();
  });

  it("the browser's language (es-ES) gives Spanish; ?lang=en still wins", async () => {
    const es = await openApp({ query: 'stage=infusion', locale: 'es-ES' });
    expect(await es.page.getAttribute('html', 'lang')).toBe('es');
    expect(await title(es.page)).toBe(stages[1]!.title.es);
    await es.context.close();
    const en = await openApp({ query: 'lang=en&stage=infusion', locale: 'es-ES' });
    expect(await title(en.page)).toBe(stages[1]!.title.en);
    await en.context.close();
  });

  it('the switch changes every string on the page at once (paused), the address and the next visit', async () => {
    const { page, context } = await openApp({
      query: 'mode=explore&stage=conditions',
      locale: 'en-US',
      initScript: NO_WEBGL_SCRIPT,
    });
    try {
      if ((await page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed')) === 'true')
        await page.keyboard.press('k');
      await expect
        .poll(() => page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed'))
        .toBe('false');
      await waitForSettled(page);
      const before = await pageTexts(page);
      expect(englishLeft(before, english).length).toBeGreaterThan(20); // sanity: it finds English
      expect(
        await page.getAttribute('[data-testid="timeline-scrubber"]', 'aria-valuetext'),
      ).toContain(stages[7]!.title.en);
      // no frame runs after the switch: whatever is Spanish came with the switch itself
      await holdFrames(page);
      await page.evaluate(() =>
        (document.querySelector('[data-lang-choice="es"]') as HTMLElement).click(),
      );
      await expect.poll(() => title(page)).toBe(stages[7]!.title.es);
      expect(
        await page.getAttribute('[data-testid="timeline-scrubber"]', 'aria-valuetext'),
      ).toContain(stages[7]!.title.es);
      expect(englishLeft(await pageTexts(page), english)).toEqual([]);
      await releaseFrames(page);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('es');
      expect(englishLeft(await pageTexts(page), english)).toEqual([]);
      expect(await page.getAttribute('[data-lang-choice="es"]', 'aria-pressed')).toBe('true');
      // the language buttons are named in their own language, with a lang attribute
      expect(await page.getAttribute('[data-lang-choice="en"]', 'lang')).toBe('en');
      // a new visit without ?lang= keeps the choice
      await page.goto(page.url().replace(/\?.*/, '?stage=rest&autoplay=0'));
      await expect.poll(() => title(page)).toBe(stages[0]!.title.es);
    } finally {
      await context.close();
    }
  });
});

describe('no English left in Spanish', () => {
  it('explore mode: every stage, every chart and every table', async () => {
    const { page, context, problems } = await openApp({
      query: 'lang=es&mode=explore&stage=rest',
      initScript: NO_WEBGL_SCRIPT,
    });
    expect(await englishOnEveryScreen(page, 'explore')).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('present mode with the 3D scene and reduced motion (readout, captions on)', async () => {
    const { page, context } = await openApp({
      query: 'lang=es&mode=present&stage=rest',
      reducedMotion: 'reduce',
    });
    await page.waitForSelector('[data-testid="scene3d"]', { timeout: 120_000 });
    await page.click('[data-testid="display-options"]');
    await page.check('input[data-option="captions"]');
    // close the options first: with the Teach menu beside it in the header, their panel lies
    // over the structure toggle
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getAttribute('[data-testid="display-options"]', 'aria-expanded'))
      .toBe('false');
    await page.click('[data-testid="structure-toggle"]');
    expect(await englishOnEveryScreen(page, 'present')).toEqual([]);
    await context.close();
  });

  it('kiosk mode, the presenter window and the handout', async () => {
    const found: string[] = [];
    for (const query of [
      'lang=es&mode=kiosk&stage=conditions',
      'lang=es&mode=present&view=presenter&stage=safety',
      'lang=es&view=handout',
    ]) {
      // a page of the file's shared context, not a new context for each (~2 CPU-s more)
      const { page, context } = await openApp({
        query,
        initScript: NO_WEBGL_SCRIPT,
        autoplay: true,
        ready: '[data-testid="stage-title"], [data-testid="handout-page"]',
      });
      try {
        await waitForSettled(page);
        found.push(...englishLeft(await pageTexts(page), english).map((t) => `${query}: ${t}`));
      } finally {
        await context.close();
      }
    }
    expect(found).toEqual([]);
  });
});
