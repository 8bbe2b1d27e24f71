// Number and time formatting follows the display language.
import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatPercent,
  formatRange,
  formatSigned,
  formatTimeTick,
} from '../../../src/panels/lib/format';
import { wilsonInterval } from '../../../src/panels/lib/binomial';

const units = { min: 'min', h: 'h', d: 'd' };

describe('formatting', () => {
  it('uses a decimal comma in Spanish and a point in English', () => {
    expect(formatNumber(1.83, 'en', 2)).toBe('1.83');
    expect(formatNumber(1.83, 'es', 2)).toBe('1,83');
    expect(formatSigned(-1.83, 'es', 2)).toBe('−1,83');
    expect(formatSigned(3.28, 'en', 2)).toBe('+3.28');
  });

  it('writes percentages the way each language does', () => {
    expect(formatPercent(52.2, 'en', 1)).toBe('52.2%');
    expect(formatPercent(52.2, 'es', 1)).toBe('52,2 %');
  });

  it('formats ranges and time ticks', () => {
    expect(formatRange(70, 160, 'en')).toBe('70–160');
    expect(formatTimeTick(10, 'en', units)).toBe('10 min');
    expect(formatTimeTick(360, 'en', units)).toBe('6 h');
    expect(formatTimeTick(90, 'es', units)).toBe('1,5 h');
    expect(formatTimeTick(10080, 'en', units)).toBe('7 d');
  });
});

describe('Wilson interval', () => {
  it('matches the textbook values for 4 of 8 and 0 of 10', () => {
    const half = wilsonInterval(4, 8);
    expect(half.p).toBe(0.5);
    expect(half.low).toBeCloseTo(0.2152, 3);
    expect(half.high).toBeCloseTo(0.7848, 3);
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 3);
  });

  it('rejects impossible counts', () => {
    expect(wilsonInterval(3, 2).p).toBeNaN();
    expect(wilsonInterval(0, 0).p).toBeNaN();
  });
});
