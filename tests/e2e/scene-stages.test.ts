// Every stage of the 3D scene renders, differs from its neighbours and stays within the draw-call
// budget; playback causes no React commits. Saves a 1280x720 screenshot of each stage in
// tests/artifacts/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../helpers/browser';
import storyJson from '../../scenes/ketamine.json';
import { REACT_COMMIT_COUNTER_SCRIPT } from '../helpers/react-commits';
import { meanDifference, stats, thumbnail, waitFrames } from './scene-helpers';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const ARTIFACTS = 'tests/artifacts';

afterAll(closeBrowser);

describe('3D scene stages', () => {
  it('renders every stage non-blank, different from its neighbours, within 100 draw calls', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const { page, context, problems } = await openApp({ query: 'stage=rest' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 60_000 });
    const thumbs: number[][] = [];
    const views = [
      ...stages.map((s) => ({ id: s.id, condition: null as string | null })),
      { id: 'conditions', condition: 'pain' },
    ];
    for (const view of views) {
      await page.goto(page.url().replace(/\?.*$/, `?stage=${view.id}`));
      await page.waitForFunction(() => !!window.__sceneTest, null, { timeout: 60_000 });
      if (view.condition)
        await page.evaluate(
          (c) => window.__sceneTest!.selectCondition(c as 'pain'),
          view.condition,
        );
      await waitFrames(page, 8);
      // let the camera glide in and the molecules spread
      await page.waitForTimeout(1500);
      await waitFrames(page, 2);
      const s = await stats(page);
      expect(s.stageId).toBe(view.id);
      expect(s.view).toBe(
        view.condition === 'pain'
          ? 'dorsalHorn'
          : view.id === 'safety' || view.id === 'history'
            ? 'calm'
            : 'synapse',
      );
      expect(s.calls).toBeGreaterThan(3);
      expect(s.calls).toBeLessThanOrEqual(100);
      const name = view.condition ? `${view.id}-${view.condition}` : view.id;
      const png = await page.locator('[data-testid="scene3d"]').screenshot();
      await page.screenshot({ path: `${ARTIFACTS}/scene-${name}.png` });
      const t = await thumbnail(page, png);
      expect(t.spread, `${name} looks blank`).toBeGreaterThan(8);
      thumbs.push(t.pixels);
    }
    for (let i = 1; i < thumbs.length; i++) {
      expect(
        meanDifference(thumbs[i]!, thumbs[i - 1]!),
        `${views[i]!.id} vs the stage before`,
      ).toBeGreaterThan(2);
    }
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('makes no React commits per frame during steady playback', async () => {
    const { page, context } = await openApp({
      query: 'stage=infusion',
      initScript: REACT_COMMIT_COUNTER_SCRIPT,
    });
    await page.waitForFunction(() => !!window.__sceneTest, null, { timeout: 60_000 });
    await waitFrames(page, 10);
    const commits = () => page.evaluate(() => window.__reactCommits ?? -1);
    const before = await commits();
    expect(before).toBeGreaterThanOrEqual(0);
    const framesBefore = (await stats(page)).frames;
    await page.waitForTimeout(3000);
    const after = await commits();
    const framesAfter = (await stats(page)).frames;
    expect(framesAfter - framesBefore).toBeGreaterThan(5);
    expect(after - before).toBe(0);
    expect((await stats(page)).stageId).toBe('infusion');
    await context.close();
  });

  it('holds still with reduced motion and still shows the stage', async () => {
    const { page, context } = await openApp({
      query: 'stage=disinhibition',
      reducedMotion: 'reduce',
    });
    await page.waitForFunction(() => !!window.__sceneTest, null, { timeout: 60_000 });
    await waitFrames(page, 10);
    const scene = page.locator('[data-testid="scene3d"]');
    const a = await thumbnail(page, await scene.screenshot());
    await page.waitForTimeout(1200);
    await waitFrames(page, 3);
    const b = await thumbnail(page, await scene.screenshot());
    expect(a.spread).toBeGreaterThan(8);
    expect(meanDifference(a.pixels, b.pixels)).toBeLessThan(0.5);
    await context.close();
  });
});
