import { describe, expect, it } from 'vitest';
import {
  ANAESTHETIC_BOLUS,
  ChannelEnsemble,
  DEFAULT_DT_MIN,
  MODEL_RANGE_MIN,
  MODEL_VARIABLES,
  STANDARD_INFUSION,
  clearTrajectoryCache,
  createModel,
  createModelState,
  getTrajectory,
  plasmaConcentrationNgPerMl,
  simulate,
  type ModelState,
  type Regimen,
} from '../../../src/model';

describe('createModel', () => {
  it('starts at baseline and follows the exact PK', () => {
    const m = createModel({ regimen: STANDARD_INFUSION, seed: 1 });
    expect(m.state).toEqual(createModelState());
    for (let i = 0; i < 200; i++) m.step(0.2);
    // tolerance: 1e-9 relative (same analytic function, time accumulated in 0.2-min steps)
    const c = plasmaConcentrationNgPerMl(STANDARD_INFUSION, m.state.tMin);
    expect(Math.abs(m.state.plasmaNgPerMl / c - 1)).toBeLessThan(1e-9);
    expect(m.state.tMin).toBeCloseTo(40, 9);
    expect(m.state.blockInterneuron).toBeGreaterThan(m.state.blockPyramidal);
  });

  it('is deterministic: same seed → identical state; reset() returns to baseline', () => {
    const run = (seed: number) => {
      const m = createModel({ regimen: ANAESTHETIC_BOLUS, seed });
      for (let i = 0; i < 3000; i++) m.step(0.2);
      return m;
    };
    const a = run(4);
    const b = run(4);
    expect(a.state).toEqual(b.state);
    expect(a.rng.next()).toBe(b.rng.next());
    expect(run(5).rng.next()).not.toBe(run(4).rng.next());
    a.reset();
    const fresh = createModel({ regimen: ANAESTHETIC_BOLUS, seed: 4 });
    expect(a.state).toEqual(fresh.state);
    expect(a.rng.next()).toBe(fresh.rng.next());
  });

  it('ensembles seeded from the model RNG replay identically', () => {
    const hist = (seed: number) => {
      const m = createModel({ regimen: STANDARD_INFUSION, seed });
      const e = new ChannelEnsemble({
        n: 50,
        seed: Math.floor(m.rng.next() * 2 ** 32),
        cell: 'pyramidal',
      });
      const out: number[] = [];
      for (let k = 0; k < 300; k++) {
        e.step(1, 0.8);
        out.push(...e.state, ...e.drug);
      }
      return out;
    };
    expect(hist(8)).toEqual(hist(8));
    expect(hist(9)).not.toEqual(hist(8));
  });
});

describe('simulate / Trajectory', () => {
  const traj = simulate(STANDARD_INFUSION);

  it('covers 14 days in less than 2 MB', () => {
    expect(traj.startMin).toBe(MODEL_RANGE_MIN.start);
    expect(traj.endMin).toBe(MODEL_RANGE_MIN.end);
    expect(traj.byteLength).toBeLessThan(2 * 1024 * 1024);
  });

  it('sample() matches direct stepping with the same dt', () => {
    // tolerance: |Δ| <= 2e-3 · max(1, |x|) per variable (linear interpolation between stored
    // samples; the grid is 0.2 min to 6 h, 2 min to 2 days, 15 min after)
    const checkAt = [7.4, 41.2, 123.8, 359.8, 400.2, 1000.4, 3001.8, 5000.2, 15000.4, 20160];
    const m = createModel({ regimen: STANDARD_INFUSION });
    const out = createModelState();
    let k = 0;
    let worst = 0;
    for (const t of checkAt) {
      const steps = Math.round(t / DEFAULT_DT_MIN);
      while (k < steps) {
        m.step(DEFAULT_DT_MIN);
        k++;
      }
      traj.sample(t, out);
      for (const v of MODEL_VARIABLES) {
        const direct = m.state[v];
        const err = Math.abs(out[v] - direct) / Math.max(1, Math.abs(direct));
        worst = Math.max(worst, err);
        expect(err, `${v} at ${t} min`).toBeLessThanOrEqual(2e-3);
      }
    }
    expect(worst).toBeGreaterThanOrEqual(0);
  });

  it('sample() interpolates between stored samples and clamps outside the range', () => {
    const a = createModelState();
    const b = createModelState();
    const mid = createModelState();
    traj.sample(400, a);
    traj.sample(402, b);
    traj.sample(401, mid);
    // tolerance: 1e-12 (exact midpoint of the two stored samples)
    expect(mid.glutamate).toBeCloseTo((a.glutamate + b.glutamate) / 2, 12);
    expect(mid.tMin).toBe(401);
    traj.sample(-10, a);
    expect(a).toEqual(createModelState());
    traj.sample(1e9, a);
    traj.sample(20160, b);
    expect(a).toEqual(b);
  });

  it('sample() writes into the given object without allocating a new one', () => {
    const out: ModelState = createModelState();
    const keys = Object.keys(out).sort();
    let same = true;
    for (let i = 0; i < 1e5; i++) {
      const r: unknown = traj.sample((i * 7.31) % 20160, out);
      if (r !== undefined) same = false;
    }
    expect(same).toBe(true);
    expect(Object.keys(out).sort()).toEqual(keys);
    const check = createModelState();
    traj.sample((99999 * 7.31) % 20160, check);
    expect(out).toEqual(check);
  });

  it('series() equals sample() at each time', () => {
    const times = [0, 3.3, 40, 777, 9000];
    const s = traj.series('spineDensity', times);
    const out = createModelState();
    times.forEach((t, i) => {
      traj.sample(t, out);
      expect(s[i]).toBe(out.spineDensity);
    });
  });

  it('honours endMin and dtMin', () => {
    const short = simulate(ANAESTHETIC_BOLUS, { endMin: 100, dtMin: 0.05 });
    expect(short.endMin).toBe(100);
    expect(short.dtMin).toBe(0.05);
    const out = createModelState();
    short.sample(0, out);
    // tolerance: 1e-9 relative (bolus peak at t = 0 from the analytic PK)
    expect(out.plasmaNgPerMl / plasmaConcentrationNgPerMl(ANAESTHETIC_BOLUS, 0) - 1).toBeCloseTo(
      0,
      9,
    );
  });
});

describe('getTrajectory cache', () => {
  it('returns the cached trajectory for an equal regimen and evicts the oldest', () => {
    clearTrajectoryCache();
    const a = getTrajectory(STANDARD_INFUSION);
    expect(getTrajectory({ ...STANDARD_INFUSION })).toBe(a);
    const b = getTrajectory(ANAESTHETIC_BOLUS);
    expect(b).not.toBe(a);
    for (let i = 1; i <= 6; i++) {
      const r: Regimen = { kind: 'bolus', doseMgPerKg: i / 10, weightKg: 70 };
      getTrajectory(r);
    }
    expect(getTrajectory(STANDARD_INFUSION)).not.toBe(a);
  });
});
