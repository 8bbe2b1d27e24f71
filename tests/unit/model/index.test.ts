import { describe, expect, it } from 'vitest';
import { ANAESTHETIC_BOLUS, MODEL_RANGE_MIN, STANDARD_INFUSION } from '../../../src/model';

describe('model index constants', () => {
  it('exports the 14-day range and the named regimens', () => {
    expect(MODEL_RANGE_MIN).toEqual({ start: 0, end: 20160 });
    expect(STANDARD_INFUSION).toEqual({
      kind: 'infusion',
      doseMgPerKg: 0.5,
      durationMin: 40,
      weightKg: 70,
    });
    expect(ANAESTHETIC_BOLUS).toEqual({ kind: 'bolus', doseMgPerKg: 2, weightKg: 70 });
  });
});
