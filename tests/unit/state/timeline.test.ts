import { describe, expect, it } from 'vitest';
import { modelMinutesPerSecond, modelTimeAt, progressAt } from '../../../src/model/timeline';

describe('story time to model time', () => {
  const linear = { startMin: 0, endMin: 40, scale: 'linear' as const };
  const log = { startMin: 180, endMin: 10080, scale: 'log' as const };

  it('maps a linear window end to end', () => {
    expect(modelTimeAt(linear, 0)).toBe(0);
    expect(modelTimeAt(linear, 0.5)).toBe(20);
    expect(modelTimeAt(linear, 1)).toBe(40);
  });

  it('clamps progress outside 0..1 and ignores NaN', () => {
    expect(modelTimeAt(linear, -1)).toBe(0);
    expect(modelTimeAt(linear, 2)).toBe(40);
    expect(modelTimeAt(linear, Number.NaN)).toBe(0);
  });

  it('maps a log window end to end, slower at the start', () => {
    expect(modelTimeAt(log, 0)).toBeCloseTo(180, 6);
    expect(modelTimeAt(log, 1)).toBeCloseTo(10080, 6);
    expect(modelTimeAt(log, 0.5)).toBeLessThan((180 + 10080) / 2);
  });

  it('inverts', () => {
    for (const p of [0, 0.25, 0.5, 0.9, 1]) {
      expect(progressAt(linear, modelTimeAt(linear, p))).toBeCloseTo(p, 9);
      expect(progressAt(log, modelTimeAt(log, p))).toBeCloseTo(p, 9);
    }
  });

  it('reports the rate of model time: 40 min over 16 s at 1x is 2.5 min/s, doubled at 2x', () => {
    expect(modelMinutesPerSecond(linear, 0.5, 16, 1)).toBeCloseTo(2.5, 6);
    expect(modelMinutesPerSecond(linear, 0.5, 16, 2)).toBeCloseTo(5, 6);
    expect(modelMinutesPerSecond(log, 0.9, 16, 1)).toBeGreaterThan(
      modelMinutesPerSecond(log, 0.1, 16, 1),
    );
  });
});
