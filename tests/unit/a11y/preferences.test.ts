import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, parsePreferences } from '../../../src/state/preferences';
import {
  PREFERENCES_KEY as SCRIPTS_KEY,
  RETURNING_STUDENT_SCRIPT,
} from '../../helpers/returning-student.mjs';

describe('stored display preferences', () => {
  it('keeps the five known choices and nothing else', () => {
    expect(
      parsePreferences(
        JSON.stringify({
          lang: 'es',
          reducedMotion: true,
          highContrast: false,
          captions: false,
          scene3d: true,
          name: 'someone',
          visits: 3,
        }),
      ),
    ).toEqual({
      lang: 'es',
      reducedMotion: true,
      highContrast: false,
      captions: false,
      scene3d: true,
    });
  });

  it('ignores malformed values (never the pseudo-locale, never strings for flags)', () => {
    expect(parsePreferences(JSON.stringify({ lang: 'pseudo', captions: 'yes' }))).toEqual({});
    expect(parsePreferences('{not json')).toEqual({});
    expect(parsePreferences('null')).toEqual({});
    expect(parsePreferences(null)).toEqual({});
  });

  it("is what the tests' and scripts' returning student writes: the 3D scene started before", () => {
    expect(SCRIPTS_KEY).toBe(PREFERENCES_KEY);
    const stored = new Map<string, string>([[PREFERENCES_KEY, JSON.stringify({ lang: 'es' })]]);
    const localStorage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
    };
    new Function('localStorage', RETURNING_STUDENT_SCRIPT)(localStorage);
    expect(parsePreferences(stored.get(PREFERENCES_KEY) ?? null)).toEqual({
      lang: 'es',
      scene3d: true,
    });
  });
});
