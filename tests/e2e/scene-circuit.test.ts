// The circuit view of "The brake comes off": an inhibitory interneuron on a pyramidal cell, with
// spikes on each axon at the model's rates. Early in the stage (little block) and later (block
// risen), the interneuron's pulses thin out and the pyramidal cell's multiply, exactly as the
// model's relative firing times the illustrative baselines says; the note reads the same rates;
// the cells and spikes can be picked; reduced motion holds a still with the rates visible.
// Story time is driven by the test (seek, held frames), never by waiting.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from '../helpers/browser';
import { holdFrames, seek, stepFrames } from '../helpers/frames';
import storyJson from '../../scenes/ketamine.json';
import { createModelState, simulate } from '../../src/model';
import { DEFAULT_REGIMEN } from '../../src/state/regimens';
import { INTERNEURON_BASE_HZ, PYRAMIDAL_BASE_HZ } from '../../src/scene3d/circuit/spike-train';
import { GLUTAMATE_PER_UNIT } from '../../src/scene3d/circuit/OutputSynapse';
import type { SceneStats } from '../../src/scene3d/system/scene-stats';
import { REACT_COMMIT_COUNTER_SCRIPT } from '../helpers/react-commits';
import { sceneReady, waitFrames } from './scene-helpers';

afterAll(closeBrowser);

const STAGE = storyJson.stages.findIndex((s) => s.id === 'disinhibition');
const trajectory = simulate(DEFAULT_REGIMEN, { endMin: 120 });
const state = createModelState();

/** The model's relative firing of each cell at a model time (what the scene must show). */
function modelAt(min: number): { interneuron: number; pyramidal: number } {
  trajectory.sample(min, state);
  return { interneuron: state.interneuronActivity, pyramidal: state.pyramidalActivity };
}

function stats(page: Page): Promise<SceneStats> {
  return page.evaluate(() => {
    const s = window.__sceneStats!;
    return { ...s, circuit: { ...s.circuit } };
  });
}

/** Seeks to a point of the stage and steps frames until the circuit shows it. */
async function at(page: Page, progress: number): Promise<SceneStats> {
  let s = await stats(page);
  for (let i = 0; i < 200; i++) {
    await seek(page, STAGE, progress);
    await stepFrames(page, 1, 100);
    s = await stats(page);
    if (s.stageId === 'disinhibition' && s.circuit.shown) return s;
  }
  return s;
}

/** The circuit's numbers agree with the model at the frame's model time. */
function expectModelRates(s: SceneStats): void {
  const c = s.circuit;
  const model = modelAt(c.modelMin);
  expect(c.interneuronRelative).toBeCloseTo(model.interneuron, 3);
  expect(c.pyramidalRelative).toBeCloseTo(model.pyramidal, 3);
  expect(c.interneuronHz).toBeCloseTo(model.interneuron * INTERNEURON_BASE_HZ, 2);
  expect(c.pyramidalHz).toBeCloseTo(model.pyramidal * PYRAMIDAL_BASE_HZ, 2);
  // pulses on each axon: rate × travel time, within one as the train moves along
  expect(Math.abs(c.interneuronSpikes - c.interneuronHz * c.interneuronTravelSec)).toBeLessThan(1);
  expect(Math.abs(c.pyramidalSpikes - c.pyramidalHz * c.pyramidalTravelSec)).toBeLessThan(1);
}

/** The output synapse's glutamate at the circuit's frame: drawn, and the model's at that time. */
async function glutamateShown(page: Page, s: SceneStats) {
  const out = await page.evaluate(() => ({ ...window.__circuitOutput! }));
  trajectory.sample(s.circuit.modelMin, state);
  expect(out.shown).toBe(true);
  expect(out.modelGlutamate).toBeCloseTo(state.glutamate, 3);
  expect(out.glutamate).toBe(Math.round(GLUTAMATE_PER_UNIT * state.glutamate));
  return out;
}

/** The note's rates, as the viewer reads them. */
async function noteRates(page: Page): Promise<string> {
  return (await page.getByTestId('circuit-rates').textContent()) ?? '';
}

describe('the circuit view of the disinhibition stage', () => {
  it('thins the interneuron’s spikes and multiplies the pyramidal cell’s as the block rises', async () => {
    const { page, problems } = await openApp({ query: 'stage=disinhibition' });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    await holdFrames(page);
    const before = await at(page, 0);
    expect(before.circuit.shown).toBe(true);
    expectModelRates(before);
    expect(await noteRates(page)).toContain(
      `${String(Math.round(before.circuit.interneuronRelative * 100))} %`,
    );
    const gluBefore = await glutamateShown(page, before);
    const after = await at(page, 0.6);
    expect(after.circuit.modelMin).toBeGreaterThan(before.circuit.modelMin);
    expectModelRates(after);
    // the pyramidal cell's output synapse: glutamate in the cleft rises with the model's
    const gluAfter = await glutamateShown(page, after);
    expect(gluAfter.glutamate).toBeGreaterThan(gluBefore.glutamate);
    expect(gluAfter.ampaOpen).toBeGreaterThanOrEqual(gluBefore.ampaOpen);
    // the block has risen: the brake cell fires less, the pyramidal cell more, and it shows
    expect(after.circuit.interneuronHz).toBeLessThan(before.circuit.interneuronHz);
    expect(after.circuit.pyramidalHz).toBeGreaterThan(before.circuit.pyramidalHz);
    expect(after.circuit.interneuronSpikes).toBeLessThan(before.circuit.interneuronSpikes);
    expect(after.circuit.pyramidalSpikes).toBeGreaterThan(before.circuit.pyramidalSpikes);
    const text = await noteRates(page);
    expect(text).toContain(`${String(Math.round(after.circuit.interneuronRelative * 100))} %`);
    expect(text).toContain(`${String(Math.round(after.circuit.pyramidalRelative * 100))} %`);
    expect(await page.getByTestId('scene-scale-note').textContent()).toMatch(/not to scale/i);
    expect(after.calls).toBeLessThanOrEqual(100);
    // picking: the two cells and the spikes are each under some point of the scene
    const picked = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="scene-canvas"] canvas')!;
      const r = canvas.getBoundingClientRect();
      const found = new Set<string>();
      for (let y = 0.5; y < 40; y++)
        for (let x = 0.5; x < 64; x++) {
          const id = window.__sceneView!.structureAt(
            r.left + (x / 64) * r.width,
            r.top + (y / 40) * r.height,
          );
          if (id) found.add(id);
        }
      return [...found].sort();
    });
    expect(picked).toEqual(expect.arrayContaining(['interneuron', 'pyramidalCell', 'spikes']));
    // the structures list names this view's parts, and choosing one says what it is
    const listed = await page
      .locator('#structure-list [data-structure]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-structure')));
    expect(listed).toEqual(['interneuron', 'pyramidalCell', 'spikes']);
    await page.getByTestId('structure-toggle').click();
    await page.locator('#structure-list [data-structure="interneuron"]').click();
    await expect
      .poll(() => page.getByTestId('structure-live').textContent())
      .toMatch(/^Inhibitory interneuron \(GABA\): /);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 300_000);

  it('holds a still with reduced motion: the rounded rate × travel time of pulses, in Spanish too', async () => {
    const { page, problems } = await openApp({
      query: 'stage=disinhibition&lang=es',
      reducedMotion: 'reduce',
    });
    await page.waitForSelector('[data-testid="scene-canvas"] canvas', { timeout: 120_000 });
    await seek(page, STAGE, 0.6);
    await page.waitForFunction(
      () => window.__sceneStats?.stageId === 'disinhibition' && window.__sceneStats.resting,
      null,
      { polling: 50, timeout: 120_000 },
    );
    const s = await stats(page);
    const c = s.circuit;
    expect(c.shown).toBe(true);
    expectModelRates(s);
    expect(c.interneuronSpikes).toBe(Math.round(c.interneuronHz * c.interneuronTravelSec));
    expect(c.pyramidalSpikes).toBe(Math.round(c.pyramidalHz * c.pyramidalTravelSec));
    const text = await noteRates(page);
    expect(text).toMatch(/interneurona/);
    expect(text).toContain(`${String(Math.round(c.pyramidalRelative * 100))} %`);
    expect(await page.getByTestId('scene-scale-note').textContent()).toMatch(/no a escala/i);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 300_000);

  it('plays with the pulses moving and the rates updating, without React commits per frame', async () => {
    const { page, problems } = await openApp({
      query: 'stage=disinhibition',
      initScript: REACT_COMMIT_COUNTER_SCRIPT,
      autoplay: true,
    });
    await sceneReady(page, 10);
    const commits = () => page.evaluate(() => window.__reactCommits ?? -1);
    const before = await commits();
    const a = await stats(page);
    await waitFrames(page, 30);
    const b = await stats(page);
    expect(before).toBeGreaterThanOrEqual(0);
    expect(b.frames - a.frames).toBeGreaterThan(5);
    expect(await commits()).toBe(before);
    // story time moved on and the circuit followed it
    expect(b.stageId).toBe('disinhibition');
    expect(b.circuit.shown).toBe(true);
    expect(b.circuit.modelMin).toBeGreaterThan(a.circuit.modelMin);
    expectModelRates(b);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  }, 300_000);
});
