// The pipe works end to end: story -> store -> screen, with keyboard and deep links.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../helpers/browser';
import storyJson from '../../scenes/ketamine.json';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));

afterAll(closeBrowser);

describe('first screen', () => {
  it('walks every stage by keyboard with no page or console error', async () => {
    const { page, context, problems } = await openApp();
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      await expect.poll(() => page.textContent('[data-testid="stage-title"]')).toBe(stage.title.en);
      // the caption as a reader sees it (innerText; glossary definitions live outside it)
      expect(await page.innerText('[data-testid="stage-caption"]')).toBe(stage.caption.en);
      if (i < stages.length - 1) await page.keyboard.press('ArrowRight');
    }
    for (let i = stages.length - 1; i > 0; i--) await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.textContent('[data-testid="stage-title"]'))
      .toBe(stages[0]!.title.en);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows a live readout of model time and plasma concentration', async () => {
    const { page, context } = await openApp({ query: 'stage=infusion', autoplay: true });
    await expect
      .poll(async () => (await page.textContent('[data-testid="readout-plasma"]')) ?? '')
      .toMatch(/^[1-9]\d* ng\/mL/);
    // "43 s after start, 1 s = 2.5 min" early on, "12 min after start, …" later
    expect(await page.textContent('[data-testid="readout-time"]')).toMatch(
      /^\d+(\.\d+)? (s|min|h|days) after start, /,
    );
    await context.close();
  });

  it('opens a deep link to a stage', async () => {
    const { page, context } = await openApp({ query: 'stage=spines' });
    const spines = stages.find((s) => s.id === 'spines')!;
    expect(await page.textContent('[data-testid="stage-title"]')).toBe(spines.title.en);
    await context.close();
  });

  it('falls back to the first stage with a visible notice for an unknown stage id', async () => {
    const { page, context, problems } = await openApp({ query: 'stage=%3Cscript%3Ex' });
    expect(await page.textContent('[data-testid="stage-title"]')).toBe(stages[0]!.title.en);
    const notice = page.locator('.notice', { hasText: 'stage' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await notice.getByRole('button').click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
