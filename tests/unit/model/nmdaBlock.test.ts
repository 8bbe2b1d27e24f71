import { describe, expect, it } from 'vitest';
import {
  CHANNEL_EVENT,
  CHANNEL_STATE,
  ChannelEnsemble,
  KI_R_MICROM,
  KI_S_MICROM,
  OPEN_PROBABILITY,
  PORE_DRUG,
  createBlockState,
  equilibriumBlock,
  racemateR,
  racemateS,
  stepBlock,
  totalBlock,
  type BlockState,
  type CellType,
} from '../../../src/model';

/** Steps a block state at constant racemic concentration until tMin; returns the total block. */
function blockAfter(cell: CellType, cMicroM: number, tMin: number, dt = 0.1): number {
  const b = createBlockState();
  for (let t = 0; t < tMin - 1e-9; t += dt)
    stepBlock(b, racemateS(cMicroM), racemateR(cMicroM), OPEN_PROBABILITY[cell], dt);
  return totalBlock(b);
}

describe('mean-field NMDA block', () => {
  it('equilibrium is competitive occupancy of one site with Ki 0.30 µM (S) and 1.4 µM (R)', () => {
    // tolerance: 1e-12 (closed form)
    expect(equilibriumBlock(KI_S_MICROM, 0)).toBeCloseTo(0.5, 12);
    expect(equilibriumBlock(0, KI_R_MICROM)).toBeCloseTo(0.5, 12);
    expect(equilibriumBlock(0.3, 1.4)).toBeCloseTo(2 / 3, 12);
  });

  it('S-ketamine alone blocks more than R-ketamine alone at equal concentration', () => {
    for (const c of [0.1, 0.5, 2]) {
      const s: BlockState = createBlockState();
      const r: BlockState = createBlockState();
      for (let i = 0; i < 600; i++) {
        stepBlock(s, c, 0, OPEN_PROBABILITY.interneuron, 0.1);
        stepBlock(r, 0, c, OPEN_PROBABILITY.interneuron, 0.1);
      }
      expect(totalBlock(s)).toBeGreaterThan(totalBlock(r));
      // tolerance: 1e-6 of equilibrium after 60 min at these rates
      expect(totalBlock(s)).toBeCloseTo(equilibriumBlock(c, 0), 6);
      expect(totalBlock(r)).toBeCloseTo(equilibriumBlock(0, c), 6);
    }
  });

  it('converges to the racemate equilibrium on both cell types', () => {
    // tolerance: 1e-4 after 4 h at 0.78 µM
    const eq = equilibriumBlock(racemateS(0.78), racemateR(0.78));
    expect(blockAfter('interneuron', 0.78, 240)).toBeCloseTo(eq, 4);
    expect(blockAfter('pyramidal', 0.78, 240)).toBeCloseTo(eq, 4);
  });

  it('the tonically active interneuron blocks faster than the pyramidal cell (use dependence)', () => {
    const eq = equilibriumBlock(racemateS(0.78), racemateR(0.78));
    for (const t of [1, 5, 10]) {
      expect(blockAfter('interneuron', 0.78, t)).toBeGreaterThan(blockAfter('pyramidal', 0.78, t));
    }
    // time to reach half the equilibrium block
    const halfTime = (cell: CellType) => {
      const b = createBlockState();
      let t = 0;
      while (totalBlock(b) < eq / 2 && t < 1000) {
        stepBlock(b, racemateS(0.78), racemateR(0.78), OPEN_PROBABILITY[cell], 0.01);
        t += 0.01;
      }
      return t;
    };
    expect(halfTime('interneuron') * 3).toBeLessThan(halfTime('pyramidal'));
  });

  it('traps: block persists when channels stop opening, even with no drug left', () => {
    const b = createBlockState();
    for (let i = 0; i < 300; i++) stepBlock(b, 0.5, 0.5, OPEN_PROBABILITY.interneuron, 0.1);
    const trapped = { ...b };
    expect(totalBlock(trapped)).toBeGreaterThan(0.5);
    // open probability 0, drug washed out: nothing leaves (tolerance: exact)
    for (let i = 0; i < 600; i++) stepBlock(b, 0, 0, 0, 0.1);
    expect(b).toEqual(trapped);
    // unblocking needs opening: with openings back, the drug leaves
    for (let i = 0; i < 600; i++) stepBlock(b, 0, 0, OPEN_PROBABILITY.interneuron, 0.1);
    expect(totalBlock(b)).toBeLessThan(0.01);
  });

  it('is exact for constant inputs: one 10-min step equals 1000 steps of 0.01 min', () => {
    // tolerance: 1e-10
    const one = createBlockState();
    const many = createBlockState();
    one.s = many.s = 0.1;
    one.r = many.r = 0.05;
    stepBlock(one, 1.2, 0.7, OPEN_PROBABILITY.pyramidal, 10);
    for (let i = 0; i < 1000; i++) stepBlock(many, 1.2, 0.7, OPEN_PROBABILITY.pyramidal, 0.01);
    expect(one.s).toBeCloseTo(many.s, 10);
    expect(one.r).toBeCloseTo(many.r, 10);
  });
});

/** Runs an ensemble and returns its full history (state, drug, Mg2+ and event of every receptor). */
function history(seed: number, steps: number, cell: CellType = 'interneuron'): number[] {
  const e = new ChannelEnsemble({ n: 64, seed, cell });
  const out: number[] = [];
  for (let k = 0; k < steps; k++) {
    e.step(0.5, k < steps / 2 ? 1 : 0);
    out.push(...e.state, ...e.drug, ...e.mg, ...e.event);
  }
  return out;
}

describe('ChannelEnsemble (stochastic, milliseconds)', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = history(11, 400);
    expect(history(11, 400)).toEqual(a);
    expect(history(12, 400)).not.toEqual(a);
  });

  it('replays the same future after restoring the RNG state and arrays', () => {
    const e = new ChannelEnsemble({ n: 32, seed: 5, cell: 'pyramidal' });
    for (let k = 0; k < 200; k++) e.step(1, 1);
    const saved = { rng: e.getRngState(), s: e.state.slice(), d: e.drug.slice(), m: e.mg.slice() };
    for (let k = 0; k < 100; k++) e.step(1, 1);
    const first = e.state.slice();
    e.setRngState(saved.rng);
    e.state.set(saved.s);
    e.drug.set(saved.d);
    e.mg.set(saved.m);
    for (let k = 0; k < 100; k++) e.step(1, 1);
    expect(e.state).toEqual(first);
  });

  it('keeps Mg2+ in most pyramidal pores at rest and few interneuron pores', () => {
    const frac = (cell: CellType) => {
      const e = new ChannelEnsemble({ n: 2000, seed: 1, cell });
      for (let k = 0; k < 200; k++) e.step(1, 0);
      return e.mg.reduce((a, b) => a + b, 0) / e.n;
    };
    // tolerance: thresholds far from the stationary values (0.95 and 0.05)
    expect(frac('pyramidal')).toBeGreaterThan(0.8);
    expect(frac('interneuron')).toBeLessThan(0.2);
  });

  it('drug enters only open Mg2+-free pores and a trapped drug never leaves a closed channel', () => {
    const e = new ChannelEnsemble({ n: 200, seed: 9, cell: 'interneuron' });
    const prevState = new Uint8Array(e.n);
    const prevDrug = new Uint8Array(e.n);
    const prevMg = new Uint8Array(e.n);
    let entered = 0;
    let trappedSeen = 0;
    let violations = 0; // counted, not asserted per receptor, to keep the test fast
    for (let k = 0; k < 6000; k++) {
      prevState.set(e.state);
      prevDrug.set(e.drug);
      prevMg.set(e.mg);
      e.step(0.5, k < 3000 ? 2 : 0);
      for (let i = 0; i < e.n; i++) {
        if (e.event[i] === CHANNEL_EVENT.drugEntered) {
          entered++;
          if (prevState[i] !== CHANNEL_STATE.open || prevMg[i] !== 0) violations++;
        }
        if (prevState[i] === CHANNEL_STATE.trapped) {
          trappedSeen++;
          if (e.drug[i] !== prevDrug[i] || e.drug[i] === PORE_DRUG.none) violations++;
        }
        const blocked =
          e.state[i] === CHANNEL_STATE.openBlocked || e.state[i] === CHANNEL_STATE.trapped;
        if (blocked !== (e.drug[i] !== PORE_DRUG.none)) violations++;
      }
    }
    expect(violations).toBe(0);
    expect(entered).toBeGreaterThan(0);
    expect(trappedSeen).toBeGreaterThan(0);
  });

  it('blocks toward the mean-field equilibrium at constant concentration', () => {
    // tolerance: ±0.05 around equilibrium (N = 2000, averaged over the last 1000 ms)
    const e = new ChannelEnsemble({ n: 2000, seed: 2, cell: 'interneuron' });
    let sum = 0;
    let n = 0;
    for (let k = 0; k < 4000; k++) {
      e.step(1, 1);
      if (k >= 3000) {
        sum += e.blockedFraction();
        n++;
      }
    }
    const eq = equilibriumBlock(racemateS(1), racemateR(1));
    expect(Math.abs(sum / n - eq)).toBeLessThan(0.05);
  });
});
