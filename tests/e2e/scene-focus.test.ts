// Each stage's protagonists are what the viewer sees: the share of the 3D picture covered by the
// stage's focus structures (the scene's coverage probe: the nearest drawn object under each of a
// grid of rays) is at least FOCUS_MIN_SHARE and more than any other single structure's (the
// stage's supporting highlights aside), and the stages with no protagonist (safety, history)
// draw no free ketamine. One page walks every stage with its frames held.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from '../helpers/browser';
import { holdFrames, stepFrames } from '../helpers/frames';
import storyJson from '../../scenes/ketamine.json';
import { stats } from './scene-helpers';

afterAll(closeBrowser);

const stages = storyJson.stages.filter((s) => !('hidden' in s && s.hidden));

/**
 * Least share of the canvas a stage's focus structures cover. The issue measured ketamine at
 * 0.1-0.2 % of the channel-block stage. Measured here at 1366 x 768 (40 x 22 rays): channel-block
 * 14 %, bdnf-trkb 14 %, spines 11 %, disinhibition 6 %, mtor 6 %, rest 5 %. 4 % fails a stage
 * whose protagonist shrinks back to a few hundred pixels while leaving room for framing changes.
 */
const FOCUS_MIN_SHARE = 0.04;

describe('the stage’s protagonists fill the picture', () => {
  it('gives every stage’s focus structures a real share of the canvas, and no ketamine where it plays no part', async () => {
    const { page, problems } = await openApp({
      query: 'stage=rest',
      viewport: { width: 1366, height: 768 },
    });
    await page.waitForFunction(() => !!window.__sceneTest && !!window.__sceneView, null, {
      timeout: 120_000,
    });
    await holdFrames(page);
    const shares: Record<string, number> = {};
    const largestOther: Record<string, { id: string; share: number }> = {};
    for (const stage of stages) {
      const index = storyJson.stages.findIndex((s) => s.id === stage.id);
      await page.evaluate((i) => window.__sceneTest!.seek(i, 0.5), index);
      await expect
        .poll(
          async () => {
            await stepFrames(page, 1, 100);
            return (await stats(page)).stageId;
          },
          { timeout: 120_000 },
        )
        .toBe(stage.id);
      // the brain is a chunk of its own: the infusion waits for it to be drawn
      if (stage.cast?.includes('brain'))
        await page.waitForFunction(() => window.__sceneBrain?.shown, null, { polling: 50 });
      await page.evaluate(() => window.__sceneTest!.arriveCamera());
      await stepFrames(page, 4, 100);
      // each structure's share of the picture: the focus's together, the largest other's, and
      // for a stage without protagonists the free ketamine's
      const all = await page.evaluate(() => window.__sceneView!.shares());
      const cast = new Set<string>([...(stage.focus ?? []), ...stage.highlight]);
      shares[stage.id] = (stage.focus ?? ['ketamine']).reduce((sum, id) => sum + (all[id] ?? 0), 0);
      largestOther[stage.id] = Object.entries(all)
        .filter(([id]) => !cast.has(id))
        .reduce((best, [id, share]) => (share > best.share ? { id, share } : best), {
          id: '',
          share: 0,
        });
    }
    console.log(`focus shares: ${JSON.stringify(shares)}`);
    console.log(`largest other structure: ${JSON.stringify(largestOther)}`);
    for (const stage of stages) {
      const share = shares[stage.id]!;
      if (!stage.focus?.length) {
        expect(share, `${stage.id}: free ketamine`).toBe(0);
        continue;
      }
      expect(share, stage.id).toBeGreaterThanOrEqual(FOCUS_MIN_SHARE);
      // the protagonists are the most visible thing: no other structure covers more
      const other = largestOther[stage.id]!;
      expect(share, `${stage.id} vs ${other.id}`).toBeGreaterThan(other.share);
    }
    expect(problems.pageErrors).toEqual([]);
  }, 300_000);
});
