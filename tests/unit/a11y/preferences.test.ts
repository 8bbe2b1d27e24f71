import { describe, expect, it } from 'vitest';
import { parsePreferences } from '../../../src/state/preferences';

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
});
