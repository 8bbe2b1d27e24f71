// The mechanism is visible: each stage draws its own cast and keeps its protagonists in focus
// (as the story file says), and the molecular close-up of the channel-block stage shows the
// model's channel states one after another: at rest with Mg2+ in the pore, open, then blocked by
// ketamine (and trapped when the gate closes over it). Story time is driven by the test (seek,
// held frames), never by waiting.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from '../helpers/browser';
import { holdFrames, seek, stepFrames } from '../helpers/frames';
import storyJson from '../../scenes/ketamine.json';
import { DEFAULT_CAST } from '../../src/story/structures';
import type { SceneStats } from '../../src/scene3d/system/scene-stats';

afterAll(closeBrowser);

/** The scene's test hook as the page reports it (src/scene3d/system/scene-stats.ts). */
type MechanismStats = SceneStats;

const stages = storyJson.stages.map((s) => ({
  ...s,
  cast: ('cast' in s ? s.cast : DEFAULT_CAST) as readonly string[],
  focus: 'focus' in s ? s.focus : undefined,
}));
const BLOCK = stages.findIndex((s) => s.id === 'channel-block');

function mech(page: Page): Promise<MechanismStats> {
  return page.evaluate(() => {
    const s = window.__sceneStats!;
    return { ...s, ensemble: { ...s.ensemble }, surge: { ...s.surge } };
  });
}

/** Seeks to (stage, progress) and steps one frame at a time until `ok` holds (or fails). */
async function until(
  page: Page,
  stage: number,
  progress: number,
  ok: (s: MechanismStats) => boolean,
  tries = 300,
): Promise<MechanismStats> {
  let s = await mech(page);
  for (let i = 0; i < tries; i++) {
    await seek(page, stage, progress);
    await stepFrames(page, 1, 100);
    s = await mech(page);
    if (ok(s)) return s;
  }
  return s;
}

describe('the mechanism in the scene', () => {
  it('draws each stage’s cast, with its protagonists in focus, as the story says', async () => {
    const { page, problems } = await openApp({ query: 'stage=rest' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    await holdFrames(page);
    for (const [i, stage] of stages.entries()) {
      if ('hidden' in stage && stage.hidden) continue;
      const s = await until(page, i, 0.5, (x) => x.stageId === stage.id, 200);
      expect(s.stageId).toBe(stage.id);
      expect(s.focus, stage.id).toBe(stage.focus?.join(',') ?? '');
      expect(s.cast.split(',').filter(Boolean).sort(), stage.id).toEqual([...stage.cast].sort());
      expect(s.calls, stage.id).toBeLessThanOrEqual(100);
      // the close-up is shown exactly where the story casts it
      expect(s.closeUp !== '', stage.id).toBe(stage.cast.includes('channelCloseUp'));
    }
    // free ketamine plays no part in the history and safety stages: it is not drawn there
    for (const id of ['history', 'safety']) {
      expect(stages.find((s) => s.id === id)!.cast).not.toContain('freeKetamine');
    }
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 300_000);

  it('shows one receptor at rest with Mg2+, then open, then blocked and trapped', async () => {
    const { page, problems } = await openApp({ query: 'stage=channel-block' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    await holdFrames(page);
    const rest = await until(page, BLOCK, 0.04, (s) => s.closeUp === 'rest', 200);
    expect(rest.closeUp).toBe('rest');
    // the synapse's ensemble, as the model gates it: twelve receptors, some holding Mg2+
    const e = rest.ensemble;
    expect(e.closedMg + e.closed + e.open + e.blocked).toBe(12);
    expect(e.closedMg).toBeGreaterThan(0);
    // ligands bound, Mg2+ gone: the gate follows the model's channel and opens
    const open = await until(page, BLOCK, 0.45, (s) => s.closeUp === 'open');
    expect(open.closeUp).toBe('open');
    // later in the stage the model blocks this receptor: ketamine enters the open pore ...
    const blocked = await until(page, BLOCK, 0.9, (s) => s.closeUp === 'blocked');
    expect(blocked.closeUp).toBe('blocked');
    expect(blocked.ensemble.blocked).toBeGreaterThan(0);
    // ... and stays when the gate closes over it
    const trapped = await until(page, BLOCK, 0.9, (s) => s.closeUp === 'trapped');
    expect(trapped.closeUp).toBe('trapped');
    expect(await page.getByTestId('scene-scale-note').textContent()).toMatch(/enlarged|larger/);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 300_000);

  it('a paused seek shows the model’s block at once: ketamine lodged, none caught partway', async () => {
    // real frames: a paused scene slows its molecules to a stop and rests; what it rests on
    // must be the model's state at the seeked moment
    const { page, problems } = await openApp({ query: 'stage=rest' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    const DISINHIBITION = stages.findIndex((s) => s.id === 'disinhibition');
    for (const [stage, id] of [
      [BLOCK, 'channel-block'],
      [DISINHIBITION, 'disinhibition'],
    ] as const) {
      await seek(page, stage, 0.9);
      await page.waitForFunction(
        (want) => window.__sceneStats?.stageId === want && window.__sceneStats.resting,
        id,
        { polling: 50, timeout: 120_000 },
      );
      const s = await mech(page);
      expect(s.stageId).toBe(id);
      // the synapse's receptors hold ketamine exactly where the model blocks them
      expect(s.ensemble.modelBlocked, id).toBeGreaterThan(0);
      expect(s.ensemble.blocked, id).toBe(s.ensemble.modelBlocked);
      expect(s.ensemble.entering, id).toBe(0);
      if (id === 'channel-block') {
        // the close-up's receptor: ketamine at its site in the pore, open or closed over it
        expect(['blocked', 'trapped']).toContain(s.closeUp);
        expect(s.ketamineDepth).toBe(1);
      } else expect(s.closeUp).toBe('');
    }
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 300_000);

  it('holds the stage’s outcome still with reduced motion: ketamine trapped in the pore', async () => {
    const { page } = await openApp({ query: 'stage=channel-block', reducedMotion: 'reduce' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    await holdFrames(page);
    // with reduced motion the story clock shows each stage's end: the drawing holds that state
    for (const progress of [0.04, 0.45, 0.9]) {
      const s = await until(page, BLOCK, progress, (x) => x.closeUp !== '', 200);
      expect(s.closeUp, `at ${String(progress)}`).toBe('trapped');
      expect(s.ketamineDepth, `at ${String(progress)}`).toBe(1);
    }
  }, 300_000);

  it('releases glutamate as the model says: more fusions, glutamate and open AMPA receptors in the surge', async () => {
    // the reduced-motion still: each stage's end, the same warm-up from the same seed, so the
    // two pictures differ only by the model's glutamate (1x at rest, about 1.6x as the brake
    // comes off)
    const { page, problems } = await openApp({ query: 'stage=rest', reducedMotion: 'reduce' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    const SURGE = stages.findIndex((s) => s.id === 'disinhibition');
    const picture = async (stage: number, id: string) => {
      await seek(page, stage, 1);
      await page.waitForFunction(
        (want) => window.__sceneStats?.stageId === want && window.__sceneStats.resting,
        id,
        { polling: 50, timeout: 120_000 },
      );
      return mech(page);
    };
    const rest = await picture(0, 'rest');
    const surge = await picture(SURGE, 'disinhibition');
    // vesicles fused and glutamate burst into the cleft at rest too, more in the surge
    expect(rest.surge.fusions).toBeGreaterThan(0);
    expect(rest.surge.cleftGlutamate).toBeGreaterThan(0);
    expect(surge.surge.fusions).toBeGreaterThan(rest.surge.fusions);
    expect(surge.surge.cleftGlutamate).toBeGreaterThan(rest.surge.cleftGlutamate);
    // AMPA receptors open (and pass cations): a few at rest, most in the surge
    expect(rest.surge.ampaOpen).toBeGreaterThan(0);
    expect(surge.surge.ampaOpen).toBeGreaterThan(rest.surge.ampaOpen + 2);
    expect(surge.calls).toBeLessThanOrEqual(100);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 300_000);
});
