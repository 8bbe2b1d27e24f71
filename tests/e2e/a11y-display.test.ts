// Reduced motion (the system setting and the toggle) turns the animation into a storyboard that
// still teaches: the scene holds still, and a readout gives the model's values at the start and
// the end of the stage. High contrast (toggle or system setting) changes the colours. A
// screen-reader summary describes the scene.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import { meanDifference, thumbnail, waitFrames } from './scene-helpers';
import { holdFrames, seek, waitForSettled } from '../helpers/frames';
import { stillReadout } from '../../src/a11y/still-readout';
import { STANDARD_INFUSION } from '../../src/model';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

const infusion = storyJson.stages.find((s) => s.id === 'infusion')!;
const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));

async function readoutValues(page: Page, measure: string) {
  const row = page.locator(`[data-testid="still-readout"] [data-measure="${measure}"]`);
  return {
    before: await row.locator('[data-value="before"]').textContent(),
    after: await row.locator('[data-value="after"]').textContent(),
    direction: await row.getAttribute('data-direction'),
  };
}

describe('reduced motion', () => {
  it('with the system setting: the scene holds still and the readout shows start and end', async () => {
    const { page, context, problems } = await openApp({
      query: 'mode=explore&stage=infusion',
      reducedMotion: 'reduce',
      autoplay: true,
    });
    await page.waitForFunction(() => !!window.__sceneTest, null, { timeout: 120_000 });
    await page.waitForSelector('[data-testid="still-readout"]');
    expect(await page.getAttribute('.app', 'class')).toContain('reduced-motion');

    // the readout is the model's: plasma from 0 to the peak near 185 ng/mL (pk.cmax.antidep)
    const expected = stillReadout(
      {
        modelWindow: infusion.modelWindow as { startMin: number; endMin: number; scale: 'linear' },
      },
      STANDARD_INFUSION,
    );
    const peak = Math.round(expected.rows.find((r) => r.id === 'plasma')!.after);
    expect(await readoutValues(page, 'plasma')).toEqual({
      before: '0 ng/mL',
      after: `${peak} ng/mL`,
      direction: 'up',
    });
    expect((await readoutValues(page, 'block')).direction).toBe('up');
    // rodent labels on the cascade's values, arrows between the steps of the chain
    expect(await page.textContent('[data-measure="glutamate"]')).toContain('(rats)');
    expect(await page.textContent('[data-measure="spines"]')).toContain('(mice)');
    expect(await page.locator('.still-chain [aria-current="step"]').getAttribute('data-step')).toBe(
      'arrives',
    );
    expect(await page.locator('.still-chain-arrow').count()).toBeGreaterThan(3);

    // holds still while the story plays: same model time, same picture
    const timescale = () => page.textContent('[data-testid="scene-timescale-now"]');
    await waitFrames(page, 5);
    const t0 = await timescale();
    const scene = page.locator('[data-testid="scene3d"]');
    const a = await thumbnail(page, await scene.screenshot());
    await waitFrames(page, 30);
    const b = await thumbnail(page, await scene.screenshot());
    expect(await timescale()).toBe(t0);
    expect(meanDifference(a.pixels, b.pixels)).toBeLessThan(0.5);
    expect(await page.getAttribute('[data-testid="play-toggle"]', 'aria-pressed')).toBe('true');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('with the toggle: the readout comes and goes, and the choice is kept', async () => {
    const { page, context } = await openApp({ query: 'mode=explore&stage=spines' });
    expect(await page.locator('[data-testid="still-readout"]').count()).toBe(0);
    await page.click('[data-testid="display-options"]');
    await page.check('input[data-option="reducedMotion"]');
    await page.waitForSelector('[data-testid="still-readout"]');
    expect((await readoutValues(page, 'spines')).direction).toBe('up');
    await page.reload();
    await page.waitForSelector('[data-testid="still-readout"]');
    await page.click('[data-testid="display-options"]');
    await page.uncheck('input[data-option="reducedMotion"]');
    await expect.poll(() => page.locator('[data-testid="still-readout"]').count()).toBe(0);
    await context.close();
  });

  it('without WebGL: the storyboard picture and the readout', async () => {
    const { page, context, problems } = await openApp({
      query: 'mode=explore&stage=disinhibition',
      reducedMotion: 'reduce',
      initScript: NO_WEBGL_SCRIPT,
    });
    await page.waitForSelector('[data-testid="storyboard"]');
    await page.waitForSelector('[data-testid="still-readout"]');
    expect((await readoutValues(page, 'glutamate')).direction).toBe('up');
    expect(await page.locator('.still-chain [aria-current="step"]').count()).toBe(2);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('high contrast', () => {
  const colours = (page: Page) =>
    page.evaluate(() => {
      const button = document.querySelector('[data-testid="help-button"]')!;
      return {
        page: getComputedStyle(document.body).backgroundColor,
        scene: getComputedStyle(document.querySelector('.scene-slot')!).backgroundImage,
        button: getComputedStyle(button).backgroundColor,
        border: getComputedStyle(button).borderTopColor,
      };
    });

  it('the toggle turns the page black with white edges, and back', async () => {
    const { page, context } = await openApp({ query: 'mode=present&stage=rest' });
    const normal = await colours(page);
    expect(normal.page).toBe('rgb(13, 20, 36)');
    await page.click('[data-testid="display-options"]');
    await page.check('input[data-option="highContrast"]');
    const high = await colours(page);
    expect(high).toEqual({
      page: 'rgb(0, 0, 0)',
      scene: 'none',
      button: 'rgb(0, 0, 0)',
      border: 'rgb(255, 255, 255)',
    });
    await page.uncheck('input[data-option="highContrast"]');
    expect(await colours(page)).toEqual(normal);
    await context.close();
  });

  it('follows the system setting (prefers-contrast: more)', async () => {
    // a page of the file's shared context, its media emulated before the app loads
    const { page, context } = await openApp({
      query: 'mode=explore&stage=rest',
      setUp: (p) => p.emulateMedia({ contrast: 'more' }),
    });
    expect(
      await page.evaluate(() => document.documentElement.classList.contains('high-contrast')),
    ).toBe(true);
    expect((await colours(page)).page).toBe('rgb(0, 0, 0)');
    await context.close();
  });
});

describe('scene summary for screen readers', () => {
  it('names the stage, the structures marked and what the model does', async () => {
    const { page, context } = await openApp({ query: 'mode=explore&stage=infusion' });
    const summary = page.getByTestId('scene-summary');
    await summary.waitFor({ state: 'attached' });
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain(`Stage 2 of ${storyJson.stages.length}: ${infusion.title.en}.`);
    expect(text).toContain('Marked in the scene: Prefrontal cortex, Hippocampus and Arteries.');
    expect(text).toMatch(
      /In the model, from 0 min to 40 min: Ketamine in the blood from 0 ng\/mL to \d+ ng\/mL/,
    );
    // heading for navigation, and not a live region (the narration is)
    expect(await summary.locator('h2').textContent()).toBe('What the scene shows now');
    expect(await summary.getAttribute('aria-live')).toBeNull();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => summary.textContent()).toContain('Stage 3 of');
    await context.close();
  });
});

describe('kiosk on a 720p screen', () => {
  it.each(['en', 'es'] as const)(
    'in %s, every stage fits: stage text, captions and scene, nothing to scroll',
    async (lang) => {
      const { page, context } = await openApp({
        query: `mode=kiosk&stage=${stages[0]!.id}&lang=${lang}`,
        viewport: { width: 1280, height: 720 },
      });
      try {
        const seen = new Map<string, { page: number; slot: number; scene: number }>();
        // each stage at its middle, the clock driven and held (no frame moves it on)
        await seek(page, 0, 0);
        await holdFrames(page);
        for (let i = 0; i < stages.length; i++) {
          await seek(page, i, 0.5);
          await page.waitForFunction(
            (id) => document.querySelector('.caption-bar')?.getAttribute('data-stage') === id,
            stages[i]!.id,
            { polling: 50 },
          );
          await waitForSettled(page);
          seen.set(
            stages[i]!.id,
            await page.evaluate(() => {
              const slot = document.querySelector('.scene-slot')!;
              return {
                page: document.scrollingElement!.scrollHeight - innerHeight,
                slot: slot.scrollHeight - slot.clientHeight,
                scene: document.querySelector('.scene-view')!.getBoundingClientRect().height,
              };
            }),
          );
        }
        expect(seen.size).toBe(stages.length);
        for (const [stage, m] of seen) {
          expect({ stage, page: m.page, slot: m.slot }).toEqual({ stage, page: 0, slot: 0 });
          expect(m.scene, stage).toBeGreaterThanOrEqual(50);
        }
        expect(await page.isVisible('[data-testid="narration-captions"]')).toBe(true);
      } finally {
        await context.close();
      }
    },
  );
});
