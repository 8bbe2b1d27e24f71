// The side panels follow the story, answer the keyboard, and drive the story back through the
// store: a click in the evidence matrix moves the scene's stage, and the scene's stage moves
// the matrix.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, NO_WEBGL_SCRIPT, openApp } from '../helpers/browser';
import { pauseStory } from '../helpers/frames';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const stageById = (id: string) => stages.find((s) => s.id === id)!;

/** Drops keyboard focus so the app's stage keys apply. */
const blur = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

const hostPanel = (page: Page) => page.getAttribute('[data-testid="panel-host"]', 'data-panel');
const stageTitle = (page: Page) => page.textContent('[data-testid="stage-title"]');

describe('panels follow the story', () => {
  it("shows each stage's own panel as the stages change", async () => {
    const { page, context, problems } = await openApp({
      query: `stage=${stages[0]!.id}`,
      initScript: NO_WEBGL_SCRIPT,
    });
    await pauseStory(page);
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      await expect.poll(() => stageTitle(page)).toBe(stage.title.en);
      await expect.poll(() => hostPanel(page)).toBe(stage.panel);
      await page.waitForSelector(`[data-testid="panel-${stage.panel}"]`);
      const selected = page.locator('[role="tab"][aria-selected="true"]');
      expect(await selected.getAttribute('data-panel-tab')).toBe(stage.panel);
      expect(await selected.getAttribute('data-stage-panel')).toBe('true');
      if (i < stages.length - 1) await page.keyboard.press('ArrowRight');
    }
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows any panel on request, and the next stage returns to its own panel', async () => {
    const { page, context } = await openApp({
      query: 'stage=infusion',
      initScript: NO_WEBGL_SCRIPT,
    });
    await pauseStory(page);
    await page.click('[data-panel-tab="history"]');
    await page.waitForSelector('[data-testid="panel-history"]');
    expect(await hostPanel(page)).toBe('history');
    // "Back to this stage's chart"
    await page.click('[data-testid="panel-back"]');
    await expect.poll(() => hostPanel(page)).toBe('plasma');
    await page.click('[data-panel-tab="claims"]');
    await expect.poll(() => hostPanel(page)).toBe('claims');
    await blur(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stageTitle(page)).toBe(stageById('channel-block').title.en);
    await expect.poll(() => hostPanel(page)).toBe(stageById('channel-block').panel);
    await context.close();
  });

  it('moves through the tabs with arrow keys, Home and End, without changing the stage', async () => {
    const { page, context } = await openApp({
      query: 'stage=infusion',
      initScript: NO_WEBGL_SCRIPT,
    });
    await pauseStory(page);
    const title = await stageTitle(page);
    await page.focus('[data-panel-tab="plasma"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hostPanel(page)).toBe('block');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-panel-tab'))).toBe(
      'block',
    );
    await page.keyboard.press('End');
    await expect.poll(() => hostPanel(page)).toBe('claims');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hostPanel(page)).toBe('plasma');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => hostPanel(page)).toBe('claims');
    await page.keyboard.press('Home');
    await expect.poll(() => hostPanel(page)).toBe('plasma');
    expect(await stageTitle(page)).toBe(title);
    // Only the selected tab is in the tab order; it controls the tab panel.
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    const controls = await page.getAttribute('[role="tab"][aria-selected="true"]', 'aria-controls');
    expect(await page.getAttribute(`#${controls}`, 'role')).toBe('tabpanel');
    await context.close();
  });
});

describe('evidence matrix, both ways', () => {
  it('moves the scene to a clicked stage and back, keeping the matrix on screen', async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=rest',
      initScript: NO_WEBGL_SCRIPT,
    });
    await pauseStory(page);
    await page.click('[data-panel-tab="matrix"]');
    await page.waitForSelector('[data-testid="evidence-matrix"]');
    const currentRow = () =>
      page.getAttribute('[data-testid="evidence-matrix"] tr[aria-current="step"]', 'data-stage');
    expect(await currentRow()).toBe('rest');

    await page.click('[data-stage-button="disinhibition"]');
    await expect.poll(() => stageTitle(page)).toBe(stageById('disinhibition').title.en);
    await expect.poll(currentRow).toBe('disinhibition');
    expect(await hostPanel(page)).toBe('matrix');

    await page.click('[data-stage-button="rest"]');
    await expect.poll(() => stageTitle(page)).toBe(stageById('rest').title.en);
    await expect.poll(currentRow).toBe('rest');

    // The other way: the story moves, the matrix row follows.
    await blur(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stageTitle(page)).toBe(stageById('infusion').title.en);
    // A stage change returns the panel to the stage's own chart; reopen the matrix.
    await page.click('[data-panel-tab="matrix"]');
    await expect.poll(currentRow).toBe('infusion');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('lights up the stages a condition rests on, and shares the choice with the outcomes panel', async () => {
    const { page, context } = await openApp({ query: 'stage=rest', initScript: NO_WEBGL_SCRIPT });
    await pauseStory(page);
    await page.click('[data-panel-tab="matrix"]');
    await page.waitForSelector('[data-testid="evidence-matrix"]');
    const pain = page.locator('button.matrix-condition[data-condition="pain"]');
    await pain.click();
    await expect.poll(() => pain.getAttribute('aria-pressed')).toBe('true');
    const lit = await page.$$eval('td.rests-on', (tds) =>
      tds.map((td) => td.closest('tr')?.getAttribute('data-stage')),
    );
    expect(lit).toEqual(['infusion', 'channel-block']);
    expect(await page.locator('td.rests-on[data-condition="pain"]').count()).toBe(2);
    expect(await page.textContent('[data-testid="rests-on"]')).toContain('Chronic pain rests on');

    // A cell click goes to its stage and picks its condition.
    await page.click('tr[data-stage="mtor"] td[data-condition="depression"] button');
    await expect.poll(() => stageTitle(page)).toBe(stageById('mtor').title.en);
    await expect
      .poll(() =>
        page.getAttribute('button.matrix-condition[aria-pressed="true"]', 'data-condition'),
      )
      .toBe('depression');
    await page.waitForSelector('[data-testid="matrix-cell-detail"]');

    // The outcomes panel shows the same condition.
    await page.click('[data-panel-tab="outcomes"]');
    await page.waitForSelector('[data-testid="panel-outcomes"]');
    expect(await page.getAttribute('[data-testid="panel-outcomes"]', 'data-condition')).toBe(
      'depression',
    );
    await page.click('.panel-outcomes button[data-condition="ocd"]');
    await expect
      .poll(() => page.getAttribute('[data-testid="panel-outcomes"]', 'data-condition'))
      .toBe('ocd');
    await page.click('[data-panel-tab="matrix"]');
    await expect
      .poll(() =>
        page.getAttribute('button.matrix-condition[aria-pressed="true"]', 'data-condition'),
      )
      .toBe('ocd');
    await context.close();
  });
});
