// The growth cascade in the scene follows the model: more TrkB pairs hold BDNF when the model's
// BDNF is higher, the TrkB -> Akt -> mTORC1 path lights and ribosomes make more proteins when
// mTOR is higher, and in the spines' time-lapse thin buds come before mature spines while the
// clock reads the model's hours since the dose. Story time is driven by the test (seek, held
// frames), never by waiting.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from '../helpers/browser';
import { holdFrames, seek, stepFrames } from '../helpers/frames';
import storyJson from '../../scenes/ketamine.json';
import { modelTimeAt, type ModelWindow } from '../../src/model/timeline';
import type { SceneStats } from '../../src/scene3d/system/scene-stats';

afterAll(closeBrowser);

type Cascade = SceneStats['cascade'] & { stageId: string; calls: number };

const index = (id: string) => storyJson.stages.findIndex((s) => s.id === id);
const windowOf = (id: string) => storyJson.stages[index(id)]!.modelWindow as ModelWindow;

function read(page: Page): Promise<Cascade> {
  return page.evaluate(() => {
    const s = window.__sceneStats!;
    return { ...s.cascade, stageId: s.stageId, calls: s.calls };
  });
}

/** Seeks to (stage, progress) and steps frames until the scene shows that stage. */
async function at(page: Page, id: string, progress: number): Promise<Cascade> {
  let s = await read(page);
  for (let i = 0; i < 200; i++) {
    await seek(page, index(id), progress);
    await stepFrames(page, 1, 100);
    s = await read(page);
    if (s.stageId === id) break;
  }
  // one more frame at exactly this story time (the seek holds it), so every actor has drawn it
  await seek(page, index(id), progress);
  await stepFrames(page, 1, 100);
  return read(page);
}

describe('the growth cascade in the scene', () => {
  it('binds more TrkB pairs, lights the mTOR path and makes more proteins as the model rises', async () => {
    const { page, problems } = await openApp({ query: 'stage=bdnf-trkb' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    await holdFrames(page);

    const early = await at(page, 'bdnf-trkb', 0);
    const late = await at(page, 'bdnf-trkb', 0.9);
    expect(early.stageId).toBe('bdnf-trkb');
    expect(early.trkbPairs).toBeLessThan(late.trkbPairs);
    expect(late.trkbPairs).toBe(3);
    for (const s of [early, late]) expect(s.calls).toBeLessThanOrEqual(100);
    // the mTOR path is not drawn in the BDNF stage
    expect(late.proteins).toBe(0);

    const quiet = await at(page, 'mtor', 0);
    const busy = await at(page, 'mtor', 0.45);
    expect(busy.stageId).toBe('mtor');
    expect(quiet.mtorActive).toBeLessThan(busy.mtorActive);
    expect(quiet.proteins).toBeLessThan(busy.proteins);
    expect(quiet.pathLit).toBeLessThan(3);
    expect(busy.pathLit).toBe(3);
    for (const s of [quiet, busy]) expect(s.calls).toBeLessThanOrEqual(100);

    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 240_000);

  it('grows buds before mature spines, with a clock in the model’s hours', async () => {
    const { page, problems } = await openApp({ query: 'stage=spines' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    await holdFrames(page);
    const w = windowOf('spines');
    const seen: Cascade[] = [];
    for (const p of [0.15, 0.3, 0.5]) {
      const s = await at(page, 'spines', p);
      expect(s.stageId).toBe('spines');
      const hours = modelTimeAt(w, p) / 60;
      expect(Math.abs(s.modelHours - hours), `p ${p}`).toBeLessThan(0.1);
      // the clock's hours are the header's for the same moment ("22 h after start")
      await expect
        .poll(() => page.textContent('[data-testid="readout-time"]'))
        .toMatch(new RegExp(`^${s.clockHours} h after start`));
      expect(s.calls).toBeLessThanOrEqual(100);
      seen.push(s);
    }
    const [h5, h10, h22] = seen as [Cascade, Cascade, Cascade];
    // unchanged at 3-6 h (mouse data), buds first, then mature spines by about a day
    expect(h5.spinesBuds + h5.spinesMature).toBe(0);
    expect(h10.spinesBuds).toBeGreaterThan(0);
    expect(h22.spinesMature).toBeGreaterThan(h10.spinesMature);
    // the clock is drawn only in the spines stage
    const other = await at(page, 'mtor', 0.5);
    expect(other.clockHours).toBe(-1);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 240_000);

  it.each([
    ['1366 x 768', { width: 1366, height: 768 }, undefined],
    ['1920 x 1080', { width: 1920, height: 1080 }, undefined],
    [
      '390 x 844',
      { width: 390, height: 844 },
      { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    ],
  ])(
    'keeps the clock in view and clear of the stressed dendrite, the scale note and the labels at %s',
    async (_, viewport, device) => {
      const { page, problems } = await openApp({ query: 'stage=spines', viewport, device });
      await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
      await holdFrames(page);
      const s = await at(page, 'spines', 0.5);
      await stepFrames(page, 2, 100);
      const canvas = (await page.locator('[data-testid="scene-canvas"] canvas').boundingBox())!;
      const box = await page.evaluate(() => ({ ...window.__sceneStats!.cascade.clockBox }));
      expect(s.clockHours).toBeGreaterThan(0);
      expect(box.w).toBeGreaterThan(40);
      const clock = { x: canvas.x + box.x, y: canvas.y + box.y, width: box.w, height: box.h };
      // inside the picture
      expect(clock.x).toBeGreaterThanOrEqual(canvas.x);
      expect(clock.y).toBeGreaterThanOrEqual(canvas.y);
      expect(clock.x + clock.width).toBeLessThanOrEqual(canvas.x + canvas.width + 0.5);
      expect(clock.y + clock.height).toBeLessThanOrEqual(canvas.y + canvas.height + 0.5);
      // it hides none of the stressed dendrite (on a projector it covered the dendrite's end):
      // what a tap would pick behind it, on a grid of points over the clock
      const behind = await page.evaluate((c) => {
        const picked = new Set<string>();
        for (let i = 0; i <= 10; i++)
          for (let j = 0; j <= 4; j++) {
            const id = window.__sceneView!.structureAt(
              c.x + (c.width * i) / 10,
              c.y + (c.height * j) / 4,
            );
            if (id) picked.add(id);
          }
        return [...picked];
      }, clock);
      expect(behind).not.toContain('stressedDendrite');
      // nothing drawn over it: the scale note and the shown labels
      const covers = await page.$$eval('[data-testid="scene-scale-note"], .scene-label', (els) =>
        els
          .filter((el) => getComputedStyle(el).visibility !== 'hidden' && el.textContent?.trim())
          .map((el) => {
            const r = el.getBoundingClientRect();
            return { text: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
          }),
      );
      expect(covers.length).toBeGreaterThan(1);
      for (const c of covers) {
        const overlaps =
          c.x < clock.x + clock.width &&
          c.x + c.width > clock.x &&
          c.y < clock.y + clock.height &&
          c.y + c.height > clock.y;
        expect(overlaps, c.text).toBe(false);
      }
      expect(problems.pageErrors).toEqual([]);
    },
    240_000,
  );
});
