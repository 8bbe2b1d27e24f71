import { describe, expect, it } from 'vitest';
import { formatDuration, formatTimeScale } from '../../../src/i18n/format-time';

describe('time labels', () => {
  it('says what time it is in the model and how fast time runs', () => {
    expect(formatTimeScale(35, 10, 'en')).toBe('35 min after start, 1 s = 10 min');
    expect(formatTimeScale(2880, 360, 'en')).toBe('2 days after start, 1 s = 6 h');
    expect(formatTimeScale(35, 0, 'en')).toBe('35 min after start, paused');
  });

  it('speaks Spanish with Spanish decimals', () => {
    expect(formatTimeScale(150, 0.5, 'es')).toBe('2,5 h desde el inicio, 1 s = 30 s');
    expect(formatDuration(4320, 'es')).toBe('3 días');
  });

  it('never shows NaN or negative time', () => {
    expect(formatTimeScale(Number.NaN, Number.POSITIVE_INFINITY, 'en')).toBe(
      '0 min after start, paused',
    );
    expect(formatDuration(-5, 'en')).toBe('0 min');
  });
});
