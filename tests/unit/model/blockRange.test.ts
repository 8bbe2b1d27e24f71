import { describe, expect, it } from 'vitest';
import {
  BLOCK_SCENARIOS,
  FREE_FRACTION_MIN,
  STANDARD_INFUSION,
  blockSeries,
  effectiveMicroM,
  equilibriumBlock,
  getTrajectory,
  racemateR,
  racemateS,
} from '../../../src/model';

const TIMES = [0, 5, 10, 20, 30, 40, 60, 120, 240];

describe('block range (model/blockRange.ts)', () => {
  it('free fraction comes from the largest reported binding, 47 % (Dayton 1983)', () => {
    // tolerance: exact (1 − 0.47)
    expect(FREE_FRACTION_MIN).toBeCloseTo(0.53, 12);
    expect(effectiveMicroM(1, BLOCK_SCENARIOS.upper)).toBe(1);
    expect(effectiveMicroM(1, BLOCK_SCENARIOS.lower)).toBeCloseTo(0.053, 12);
    expect(effectiveMicroM(-1, BLOCK_SCENARIOS.lower)).toBe(0);
  });

  it('the upper scenario is the model state itself (total plasma, no Mg2+)', () => {
    // tolerance: 0.01 (same kinetics; the range uses 0.1-min steps, the model 0.2-min steps)
    const traj = getTrajectory(STANDARD_INFUSION);
    const upper = blockSeries(STANDARD_INFUSION, 'interneuron', BLOCK_SCENARIOS.upper, TIMES);
    const state = traj.series('blockInterneuron', TIMES);
    TIMES.forEach((t, i) =>
      expect(Math.abs((upper[i] ?? 0) - (state[i] ?? 0)), `${t}`).toBeLessThan(0.01),
    );
  });

  it('the lower edge is well below the upper edge at every time on both cells', () => {
    for (const cell of ['interneuron', 'pyramidal'] as const) {
      const lo = blockSeries(STANDARD_INFUSION, cell, BLOCK_SCENARIOS.lower, TIMES);
      const hi = blockSeries(STANDARD_INFUSION, cell, BLOCK_SCENARIOS.upper, TIMES);
      for (let i = 1; i < TIMES.length; i++) expect(lo[i]!).toBeLessThan(hi[i]! / 2);
    }
  });

  it('at 185 ng/mL (0.78 µM) equilibrium block spans ≈ 8–61 %: the range is wide', () => {
    // tolerance: 1e-9 (closed form); the figures are the reason the panel shows a range
    const at = (c: number) => equilibriumBlock(racemateS(c), racemateR(c));
    const hi = at(effectiveMicroM(0.78, BLOCK_SCENARIOS.upper));
    const lo = at(effectiveMicroM(0.78, BLOCK_SCENARIOS.lower));
    expect(hi).toBeGreaterThan(0.6);
    expect(hi).toBeLessThan(0.62);
    expect(lo).toBeGreaterThan(0.07);
    expect(lo).toBeLessThan(0.09);
  });
});
