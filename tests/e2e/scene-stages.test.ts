// Every stage of the 3D scene renders, differs from its neighbours, stays within the draw-call
// budget and shows its labels without one covering another; playback causes no React commits.
// Saves a 1280x720 screenshot of each stage in tests/artifacts/ for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../helpers/browser';
import storyJson from '../../scenes/ketamine.json';
import { REACT_COMMIT_COUNTER_SCRIPT } from '../helpers/react-commits';
import { holdFrames, nextFrames, stepFrames } from '../helpers/frames';
import { meanDifference, stats, thumbnail, waitFrames, sceneReady } from './scene-helpers';

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));
const ARTIFACTS = 'tests/artifacts';

afterAll(closeBrowser);

type Box = [left: number, top: number, right: number, bottom: number];

/** Screen boxes of the scene labels shown now, and of the scene itself. */
async function visibleLabelBoxes(page: Page): Promise<Box[] & { scene: Box }> {
  const { labels, scene } = await page.evaluate(() => {
    const box = (e: Element): [number, number, number, number] => {
      const r = e.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    };
    return {
      labels: [...document.querySelectorAll('.scene-label')]
        .filter((e) => getComputedStyle(e).visibility === 'visible' && e.textContent)
        .map(box),
      scene: box(document.querySelector('[data-testid="scene3d"]')!),
    };
  });
  return Object.assign(labels, { scene });
}

function overlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function inside(a: Box, outer: Box): boolean {
  return a[0] >= outer[0] && a[1] >= outer[1] && a[2] <= outer[2] && a[3] <= outer[3];
}

describe('3D scene stages', () => {
  it(
    'renders every stage non-blank, different from its neighbours, within 100 draw calls',
    async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const { page, context, problems } = await openApp({ query: 'stage=rest' });
      await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
      const thumbs: number[][] = [];
      const views = [
        ...stages.map((s) => ({ id: s.id, condition: null as string | null })),
        { id: 'conditions', condition: 'pain' },
      ];
      // one page walks the stages (the story clock moved by the scene's test hook) with its
      // frames held: each view is drawn from its stage's camera pose, as a page opened there,
      // after 1.5 s of frames on a made-up clock so the molecules spread
      await page.waitForFunction(() => !!window.__sceneTest, null, { timeout: 120_000 });
      await holdFrames(page);
      for (const view of views) {
        const index = storyJson.stages.findIndex((s) => s.id === view.id);
        await page.evaluate(
          ([i, c]) => {
            window.__sceneTest!.seek(i, 0);
            if (c) window.__sceneTest!.selectCondition(c as 'pain');
          },
          [index, view.condition] as const,
        );
        // the scene draws this stage first (step one frame at a time until it reports it)
        await expect
          .poll(
            async () => {
              await stepFrames(page, 1, 100);
              return (await stats(page)).stageId;
            },
            { timeout: 120_000 },
          )
          .toBe(view.id);
        // the page has laid itself out for the stage (its text may take another height) and
        // the canvas has taken its box's new size, before the frames are drawn
        await page.waitForSelector(`.caption-bar[data-stage="${view.id}"]`);
        await nextFrames(page, 2);
        await page.waitForFunction(
          () => {
            const canvas = document.querySelector('[data-testid="scene-canvas"] canvas');
            const box = canvas?.parentElement?.getBoundingClientRect();
            const r = canvas?.getBoundingClientRect();
            return (
              !!box &&
              !!r &&
              Math.abs(box.height - r.height) < 1 &&
              Math.abs(box.width - r.width) < 1
            );
          },
          null,
          { polling: 50 },
        );
        await page.evaluate(() => window.__sceneTest!.arriveCamera());
        await stepFrames(page, 15, 100);
        expect((await stats(page)).arrival, view.id).toBe(1);
        const s = await stats(page);
        expect(s.stageId).toBe(view.id);
        // the view the story gives the stage (or its chosen condition)
        const entry = storyJson.stages[index]!;
        const conditionViews: Record<string, string> = entry.conditionViews ?? {};
        expect(s.view).toBe((view.condition && conditionViews[view.condition]) || entry.view);
        expect(s.calls).toBeGreaterThan(3);
        expect(s.calls).toBeLessThanOrEqual(100);
        const name = view.condition ? `${view.id}-${view.condition}` : view.id;
        const png = await page.locator('[data-testid="scene3d"]').screenshot();
        await page.screenshot({ path: `${ARTIFACTS}/scene-${name}.png` });
        const t = await thumbnail(page, png);
        expect(t.spread, `${name} looks blank`).toBeGreaterThan(8);
        thumbs.push(t.pixels);
        // the stage's labels are on screen, inside the scene, and none covers another
        const labels = await visibleLabelBoxes(page);
        const stage = stages.find((s) => s.id === view.id)!;
        if (stage.highlight.length > 0)
          expect(labels.length, `${name} has no label`).toBeGreaterThan(0);
        for (let a = 0; a < labels.length; a++) {
          expect(inside(labels[a]!, labels.scene), `${name}: label ${a} leaves the scene`).toBe(
            true,
          );
          for (let b = a + 1; b < labels.length; b++) {
            expect(overlap(labels[a]!, labels[b]!), `${name}: labels ${a} and ${b} overlap`).toBe(
              false,
            );
          }
        }
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
      // a WebGL scene drawn in software, 16 frames a view, on a loaded machine
    },
    60_000 * 11,
  );

  it('makes no React commits per frame during steady playback', async () => {
    const { page, context } = await openApp({
      query: 'stage=infusion',
      initScript: REACT_COMMIT_COUNTER_SCRIPT,
      autoplay: true,
    });
    await sceneReady(page, 10);
    const commits = () => page.evaluate(() => window.__reactCommits ?? -1);
    const before = await commits();
    expect(before).toBeGreaterThanOrEqual(0);
    const framesBefore = (await stats(page)).frames;
    await waitFrames(page, 30);
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
    await sceneReady(page, 10);
    const scene = page.locator('[data-testid="scene3d"]');
    const a = await thumbnail(page, await scene.screenshot());
    await waitFrames(page, 20);
    const b = await thumbnail(page, await scene.screenshot());
    expect(a.spread).toBeGreaterThan(8);
    expect(meanDifference(a.pixels, b.pixels)).toBeLessThan(0.5);
    await context.close();
  });
});
