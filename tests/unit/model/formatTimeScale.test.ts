import { describe, expect, it } from 'vitest';
import { durationParts, formatTimeScaleParts } from '../../../src/model';

describe('formatTimeScaleParts', () => {
  it('"35 min after start, 1 s = 10 min"', () => {
    expect(formatTimeScaleParts(35, 10)).toEqual({
      elapsed: { value: 35, unit: 'min', fractionDigits: 0 },
      perRealSecond: { value: 10, unit: 'min', fractionDigits: 0 },
    });
  });

  it('"2 days after start, 1 s = 6 h"', () => {
    expect(formatTimeScaleParts(2 * 1440, 360)).toEqual({
      elapsed: { value: 2, unit: 'day', fractionDigits: 1 },
      perRealSecond: { value: 6, unit: 'h', fractionDigits: 1 },
    });
  });

  it('has no rate while paused', () => {
    expect(formatTimeScaleParts(12, 0).perRealSecond).toBeNull();
    expect(formatTimeScaleParts(12, Number.NaN).perRealSecond).toBeNull();
  });

  it('picks units and rounding by size', () => {
    expect(durationParts(0.5)).toEqual({ value: 30, unit: 's', fractionDigits: 0 });
    expect(durationParts(0)).toEqual({ value: 0, unit: 'min', fractionDigits: 1 });
    expect(durationParts(4.26)).toEqual({ value: 4.3, unit: 'min', fractionDigits: 1 });
    expect(durationParts(125)).toEqual({ value: 2.1, unit: 'h', fractionDigits: 1 });
    expect(durationParts(20160)).toEqual({ value: 14, unit: 'day', fractionDigits: 0 });
    expect(durationParts(-5)).toEqual({ value: 0, unit: 'min', fractionDigits: 1 });
  });
});
