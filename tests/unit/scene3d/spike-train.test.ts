// The circuit view's spike placement: a regular train along an axon from a rate and a phase.
import { describe, expect, it } from 'vitest';
import {
  STILL_PHASE,
  firingHz,
  placeSpikes,
  sinceArrival,
} from '../../../src/scene3d/circuit/spike-train';

describe('placeSpikes', () => {
  it('puts about rate × travel time spikes on the axon, evenly spaced, newest first', () => {
    const out = new Float32Array(64);
    for (const [rate, travel] of [
      [10, 1.2],
      [4.5, 1.2],
      [3, 2.4],
      [5.16, 2.4],
    ] as const) {
      for (const phase of [0, 0.1, 0.5, 0.9, 17.3]) {
        const n = placeSpikes(phase, rate, travel, out);
        expect(Math.abs(n - rate * travel), `${rate} Hz, phase ${phase}`).toBeLessThan(1);
        const step = 1 / (rate * travel);
        for (let k = 0; k < n; k++) {
          expect(out[k]!).toBeGreaterThanOrEqual(0);
          expect(out[k]!).toBeLessThan(1);
          if (k > 0) expect(out[k]! - out[k - 1]!).toBeCloseTo(step, 5);
        }
        // the newest spike is frac(phase) of an interval along
        expect(out[0]!).toBeCloseTo((phase - Math.floor(phase)) * step, 5);
      }
    }
  });

  it('moves every pulse at one speed (1 / travel time) whatever the rate', () => {
    const a = new Float32Array(64);
    const b = new Float32Array(64);
    const rate = 7;
    const travel = 1.5;
    const dt = 0.01;
    const na = placeSpikes(3.2, rate, travel, a);
    placeSpikes(3.2 + rate * dt, rate, travel, b);
    // the same pulses, dt later: each has moved dt / travel along (the last may have left)
    for (let k = 0; k < na - 1; k++) expect(b[k]! - a[k]!).toBeCloseTo(dt / travel, 5);
  });

  it('gives the rounded count in a still picture, and more spikes for a higher rate', () => {
    const out = new Float32Array(64);
    expect(placeSpikes(STILL_PHASE, 10, 1.2, out)).toBe(12);
    expect(placeSpikes(STILL_PHASE, 4.52, 1.2, out)).toBe(Math.round(4.52 * 1.2));
    expect(placeSpikes(STILL_PHASE, 5.16, 2.4, out)).toBe(Math.round(5.16 * 2.4));
    expect(placeSpikes(STILL_PHASE, 3, 2.4, out)).toBeLessThan(
      placeSpikes(STILL_PHASE, 6, 2.4, out),
    );
  });

  it('draws nothing for a silent cell and never more than the buffer holds', () => {
    const out = new Float32Array(8);
    expect(placeSpikes(0.3, 0, 1.2, out)).toBe(0);
    expect(placeSpikes(0.3, Number.NaN, 1.2, out)).toBe(0);
    expect(placeSpikes(0.3, 100, 1.2, out)).toBe(8);
  });
});

describe('firingHz', () => {
  it('scales the model’s relative activity by the baseline rate', () => {
    expect(firingHz(1, 10)).toBe(10);
    expect(firingHz(0.45, 10)).toBeCloseTo(4.5, 10);
    expect(firingHz(1.72, 3)).toBeCloseTo(5.16, 10);
    expect(firingHz(-0.2, 3)).toBe(0);
    expect(firingHz(Number.NaN, 3)).toBe(0);
  });
});

describe('sinceArrival', () => {
  it('is the time since the last spike left the end of the axon', () => {
    const out = new Float32Array(64);
    const rate = 5;
    const travel = 1.2;
    for (const phase of [0, 0.3, 0.95, 12.6]) {
      const n = placeSpikes(phase, rate, travel, out);
      const since = sinceArrival(phase, rate, travel, n);
      // between 0 and one interval: a spike arrives every 1 / rate s
      expect(since).toBeGreaterThanOrEqual(0);
      expect(since).toBeLessThan(1 / rate + 1e-9);
      // a hair earlier (phase back by rate × dt) the arrival was dt more recent
      const dt = Math.min(1e-3, since / 2);
      if (dt > 0) {
        const m = placeSpikes(phase - rate * dt, rate, travel, out);
        expect(sinceArrival(phase - rate * dt, rate, travel, m)).toBeCloseTo(since - dt, 6);
      }
    }
    expect(sinceArrival(0.4, 0, travel, 0)).toBe(Infinity);
  });
});
