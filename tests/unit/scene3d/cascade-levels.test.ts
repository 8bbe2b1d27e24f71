// The cascade pictures' display mappings (src/scene3d/cascade/cascade-levels.ts), checked against
// the model's own trajectory for the standard infusion.
import { describe, expect, it } from 'vitest';
import { STANDARD_INFUSION, getTrajectory } from '../../../src/model';
import {
  MATURE_FROM,
  TRKB_PAIRS,
  boundPairs,
  clockHours,
  mtorActivity,
  nodeLight,
  nodesLit,
  pairBinding,
  proteinsShown,
  spineCounts,
  spineGrowth,
  spineShape,
  trkbPairs,
} from '../../../src/scene3d/cascade/cascade-levels';

const SLOTS = 10;
const at = (variable: 'bdnf' | 'mtor' | 'spineDensity', tMin: number) =>
  getTrajectory(STANDARD_INFUSION).series(variable, [tMin])[0]!;

describe('BDNF and TrkB pairs', () => {
  it('binds no pair at baseline and every pair well above it, one pair after another', () => {
    expect(trkbPairs(1)).toBe(0);
    expect(trkbPairs(2)).toBe(TRKB_PAIRS);
    expect(pairBinding(1.2, 0)).toBeGreaterThan(pairBinding(1.2, 1));
    for (let b = 1; b < 2; b += 0.01) {
      expect(boundPairs(b + 0.01)).toBeGreaterThanOrEqual(boundPairs(b));
      expect(trkbPairs(b)).toBeLessThanOrEqual(boundPairs(b) + 1e-9);
    }
  });

  it('binds more pairs at the model’s BDNF peak than as the infusion starts', () => {
    expect(trkbPairs(at('bdnf', 20))).toBeLessThan(trkbPairs(at('bdnf', 110)));
  });
});

describe('the mTOR path and new proteins', () => {
  it('lights TrkB, Akt and mTORC1 in that order as activity rises', () => {
    for (let a = 0; a <= 1; a += 0.05) {
      expect(nodeLight(a, 0)).toBeGreaterThanOrEqual(nodeLight(a, 1));
      expect(nodeLight(a, 1)).toBeGreaterThanOrEqual(nodeLight(a, 2));
    }
    expect(nodesLit(1)).toBe(0);
    expect(nodesLit(2)).toBe(3);
  });

  it('makes proteins at a rate that follows the model’s mTOR, none at baseline', () => {
    expect(proteinsShown(1, 60)).toBe(0);
    expect(mtorActivity(Number.NaN)).toBe(0);
    const early = proteinsShown(at('mtor', 35), 60);
    const peak = proteinsShown(at('mtor', 120), 60);
    expect(early).toBeLessThan(peak);
    expect(peak).toBeGreaterThan(30);
  });
});

describe('spines over model hours', () => {
  it('starts each new spine as a thin bud and ends it as a wide-headed spine', () => {
    expect(spineShape(0.2).width).toBeLessThan(0.25);
    expect(spineShape(1).width).toBeCloseTo(1);
    expect(spineShape(1).length).toBeCloseTo(1);
    expect(spineShape(0.3).length).toBeLessThan(spineShape(0.6).length);
  });

  it('has no new spines at 3–6 h, buds before mature spines, and mature spines at 24 h', () => {
    for (const t of [180, 300])
      expect(spineCounts(at('spineDensity', t), SLOTS)).toEqual({ buds: 0, mature: 0 });
    const h12 = spineCounts(at('spineDensity', 12 * 60), SLOTS);
    const h24 = spineCounts(at('spineDensity', 24 * 60), SLOTS);
    expect(h12.buds).toBeGreaterThan(0);
    expect(h24.mature).toBeGreaterThan(h12.mature);
    // a spine is mature only after it has been a bud: earlier spines are always further grown
    const d = at('spineDensity', 16 * 60);
    for (let k = 1; k < SLOTS; k++)
      expect(spineGrowth(d, SLOTS, k)).toBeGreaterThanOrEqual(spineGrowth(d, SLOTS, k + 1));
    expect(spineGrowth(d, SLOTS, 1)).toBeGreaterThanOrEqual(MATURE_FROM);
  });

  it('reads the clock in model hours since the dose', () => {
    expect(clockHours(0)).toBe(0);
    expect(clockHours(90)).toBe(1.5);
    expect(clockHours(1440)).toBe(24);
    expect(clockHours(-5)).toBe(0);
  });
});
