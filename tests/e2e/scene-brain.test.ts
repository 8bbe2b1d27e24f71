// The brain scale, on one page: the infusion stage draws the stylised brain (its regions and
// arteries pickable, prefrontal cortex and hippocampus labelled, few draw calls) and its
// ketamine tint is the model's plasma level at two model times; the camera flies from the
// brain to the channel close-up along a curve that pulls back (further from both poses than a
// straight line ever is) and arrives; in the conditions stage each condition shows its own
// picture (its loop's regions, named in the note with the evidence grade the matrix gives; pain
// the dorsal horn, its note naming wind-up, with its grade).
// Story time and frames are driven by the test (seek, held frames), never by waiting.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from '../helpers/browser';
import { holdFrames, seek, stepFrames } from '../helpers/frames';
import storyJson from '../../scenes/ketamine.json';
import { createModelState, simulate } from '../../src/model';
import { DEFAULT_REGIMEN } from '../../src/state/regimens';
import { STRUCTURE_TEXT } from '../../src/i18n/strings/scene';
import { GRADES } from '../../src/content/evidence-grades';
import { matrixRow } from '../../src/content/evidence-matrix';
import type { StructureId } from '../../src/story/structures';
import { meanDifference, thumbnail } from './scene-helpers';

afterAll(closeBrowser);

const index = (id: string) => storyJson.stages.findIndex((s) => s.id === id);
const INFUSION = index('infusion');
const CHANNEL = index('channel-block');
const CONDITIONS = index('conditions');
const trajectory = simulate(DEFAULT_REGIMEN, { endMin: 120 });
const model = createModelState();

type Brain = NonNullable<Window['__sceneBrain']>;
type Cam = NonNullable<Window['__sceneCamera']>;

const brain = (page: Page) => page.evaluate(() => ({ ...window.__sceneBrain! }));
const camera = (page: Page) => page.evaluate(() => ({ ...window.__sceneCamera! }));
const calls = (page: Page) => page.evaluate(() => window.__sceneStats!.calls);

/** Steps frames until the brain reports `ok`, then returns what it reports. */
async function until(page: Page, ok: (b: Brain) => boolean): Promise<Brain> {
  let b = await page.evaluate(() => ({ ...(window.__sceneBrain ?? { shown: false }) }) as Brain);
  for (let i = 0; i < 300 && !ok(b); i++) {
    await stepFrames(page, 1, 50);
    b = await page.evaluate(() => ({ ...(window.__sceneBrain ?? { shown: false }) }) as Brain);
  }
  expect(ok(b)).toBe(true);
  return b;
}

/** The structures under a grid of points of the canvas. */
function pickedStructures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const r = document
      .querySelector('[data-testid="scene-canvas"] canvas')!
      .getBoundingClientRect();
    const found = new Set<string>();
    for (let y = 0.5; y < 30; y++)
      for (let x = 0.5; x < 48; x++) {
        const id = window.__sceneView!.structureAt(
          r.left + (x / 48) * r.width,
          r.top + (y / 30) * r.height,
        );
        if (id) found.add(id);
      }
    return [...found];
  });
}

const dist = (a: Cam, b: readonly number[]) => Math.hypot(a.x - b[0]!, a.y - b[1]!, a.z - b[2]!);

const LOOPS: {
  condition: 'depression' | 'anxiety' | 'ocd';
  view: string;
  regions: StructureId[];
}[] = [
  {
    condition: 'depression',
    view: 'brainDepression',
    regions: ['prefrontalCortex', 'hippocampus'],
  },
  { condition: 'anxiety', view: 'brainAnxiety', regions: ['amygdala', 'prefrontalCortex'] },
  { condition: 'ocd', view: 'brainOcd', regions: ['orbitofrontalCortex', 'striatum', 'thalamus'] },
];

describe('the brain scale', () => {
  it('draws the brain with the model’s ketamine, flies to the channel, and draws each condition', async () => {
    const { page, problems } = await openApp({ query: 'stage=infusion' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    await page.waitForFunction(() => window.__sceneBrain?.shown === true, null, {
      polling: 50,
      timeout: 120_000,
    });
    await holdFrames(page);

    // 1. the ketamine tint is the model's plasma level (over 0.8 µM) at two model times
    const window0 = storyJson.stages[INFUSION]!.modelWindow;
    const tintAt = async (progress: number) => {
      await seek(page, INFUSION, progress);
      const min = window0.startMin + progress * (window0.endMin - window0.startMin);
      return until(page, (b) => b.shown && Math.abs(b.modelMin - min) < 0.5);
    };
    const early = await tintAt(0.1);
    const late = await tintAt(0.9);
    for (const b of [early, late]) {
      trajectory.sample(b.modelMin, model);
      expect(b.tint).toBeCloseTo(Math.min(1, model.plasmaMicroM / 0.8), 2);
    }
    expect(late.modelMin).toBeGreaterThan(early.modelMin + 20);
    expect(late.tint).toBeGreaterThan(early.tint + 0.2);
    expect(late.beads).toBeGreaterThan(early.beads);
    expect(late.loop).toBe('');

    // 2. the regions and arteries can be picked; the highlighted ones are labelled; few calls
    const picked = await pickedStructures(page);
    for (const id of ['prefrontalCortex', 'hippocampus', 'arteries', 'thalamus']) {
      expect(picked).toContain(id);
    }
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.scene-label-highlight')]
        .filter((el) => getComputedStyle(el).visibility === 'visible')
        .map((el) => el.textContent),
    );
    expect(labels).toEqual(
      expect.arrayContaining([
        STRUCTURE_TEXT.prefrontalCortex.name.en,
        STRUCTURE_TEXT.hippocampus.name.en,
      ]),
    );
    expect(await calls(page)).toBeLessThanOrEqual(20);
    expect(await page.getByTestId('scene-scale-note').textContent()).toMatch(/15 cm long in life/);
    // 3. the flight to the channel close-up: pulled back, then arrived at the stage's pose
    const from = await camera(page);
    const goal = storyJson.stages[CHANNEL]!.camera.position;
    const span = dist(from, goal) || 1;
    await seek(page, CHANNEL, 0);
    let furthest = 0;
    let c = from;
    for (let i = 0; i < 400; i++) {
      await stepFrames(page, 1, 50);
      c = await camera(page);
      furthest = Math.max(furthest, Math.min(dist(c, [from.x, from.y, from.z]), dist(c, goal)));
      if (i > 2 && c.move === '') break;
    }
    // a straight line is never further than half the span from both ends
    expect(span).toBeGreaterThan(20);
    expect(furthest).toBeGreaterThan(0.55 * span);
    expect(dist(c, goal)).toBeLessThan(0.01);
    expect(await page.evaluate(() => window.__sceneStats!.arrival)).toBe(1);
    expect((await brain(page)).shown).toBe(false);
    // 4. each condition's own picture: its loop's regions, named, with the matrix's grade
    await seek(page, CONDITIONS, 0.5);
    const shots: number[][] = [];
    for (const loop of LOOPS) {
      await page.evaluate((c) => window.__sceneTest!.selectCondition(c), loop.condition);
      const b = await until(page, (x) => x.loop === loop.view && x.pulses > 0);
      expect(b.regions.split(',').sort()).toEqual([...loop.regions].sort());
      const note = page.getByTestId('scene-scale-note');
      await page.waitForFunction(
        (c) => document.querySelector(`[data-testid="scene-scale-note"][data-circuit="${c}"]`),
        loop.condition,
        { polling: 50, timeout: 30_000 },
      );
      const text = (await note.textContent()) ?? '';
      for (const id of loop.regions) expect(text).toContain(STRUCTURE_TEXT[id].name.en);
      const grade = matrixRow('infusion')[loop.condition].grade;
      expect(await note.getAttribute('data-grade')).toBe(grade);
      expect(await page.getByTestId('brain-circuit-grade').textContent()).toContain(
        GRADES[grade].label.en,
      );
      await page.evaluate(() => window.__sceneTest!.arriveCamera());
      await stepFrames(page, 2, 50);
      expect(await calls(page)).toBeLessThanOrEqual(20);
      const png = await page.locator('[data-testid="scene3d"]').screenshot();
      shots.push((await thumbnail(page, png)).pixels);
    }
    // the three pictures differ from one another
    expect(meanDifference(shots[0]!, shots[1]!)).toBeGreaterThan(1);
    expect(meanDifference(shots[1]!, shots[2]!)).toBeGreaterThan(1);
    expect(meanDifference(shots[0]!, shots[2]!)).toBeGreaterThan(1);
    // pain keeps the dorsal horn, without the brain
    await page.evaluate(() => window.__sceneTest!.selectCondition('pain'));
    const pain = await until(page, (x) => !x.shown);
    expect(pain.loop).toBe('');
    // with wind-up named and the matrix's grade for pain
    await page.waitForSelector('[data-testid="scene-scale-note"][data-circuit="pain"]');
    const painGrade = matrixRow('infusion').pain.grade;
    expect(await page.getByTestId('brain-circuit-grade').textContent()).toContain(
      GRADES[painGrade].label.en,
    );
    expect(await page.getByTestId('scene-scale-note').textContent()).toMatch(/wind-up/);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 120_000);
});
