import { describe, expect, it } from 'vitest';
import { formatElapsed } from '../../../src/modes/present/presenter-clock';

describe('presenter clock', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [61_000, '1:01'],
    [59 * 60_000 + 59_000, '59:59'],
    [3_600_000 + 2 * 60_000 + 9_000, '1:02:09'],
    [-5_000, '0:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
