// The spine time-lapse's clock and the header's "after start" give the same time for the same
// moment: both round through format-time.ts (the clock once said 23 h where the header said 22 h,
// from rounding to 0.1 h and then again to whole hours).
import { describe, expect, it } from 'vitest';
import { formatTimeScale, shownHours } from '../../../src/i18n/format-time';
import { clockTitle } from '../../../src/scene3d/cascade/spine-clock';

/** The time at the start of the header's "35 min after start, 1 s = 10 min". */
const headerTime = (minutes: number, lang: 'en' | 'es') =>
  formatTimeScale(minutes, 10, lang).split(lang === 'en' ? ' after start' : ' desde el inicio')[0];

describe('spine clock', () => {
  it('shows the hours the header shows, rounded once', () => {
    // 22.46 h: rounded to 22.5 and then to 23 by the old clock; 22 by the header
    expect(shownHours(22.46 * 60)).toBe(22);
    expect(clockTitle(22.46 * 60, 'en')).toBe('22 h after one dose');
    expect(shownHours(5.47 * 60)).toBe(5.5);
    expect(shownHours(3.5 * 24 * 60)).toBe(84);
  });

  it('agrees with the header at every minute of the spines stage (3 h to 7 days), in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      for (let m = 180; m <= 10_080; m += 7) {
        const header = headerTime(m, lang);
        expect(clockTitle(m, lang).startsWith(`${header} `), `${m} min ${lang}`).toBe(true);
      }
    }
  });
});
