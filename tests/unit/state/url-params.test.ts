import { describe, expect, it } from 'vitest';
import {
  displayValue,
  parseUrlSettings,
  withoutRejected,
  withParams,
} from '../../../src/state/url-params';

const ids = ['rest', 'infusion', 'spines'];

describe('parseUrlSettings', () => {
  it('gives defaults for an empty query', () => {
    expect(parseUrlSettings('', ids)).toEqual({
      mode: 'explore',
      view: 'main',
      stageIndex: 0,
      lang: null,
      doseMgPerKg: null,
      kioskStageSec: null,
      kioskIdleSec: null,
      autoplay: true,
      rejected: [],
    });
  });

  it('reads autoplay 0 and 1 and rejects anything else', () => {
    expect(parseUrlSettings('?autoplay=0', ids).autoplay).toBe(false);
    expect(parseUrlSettings('?autoplay=1', ids).autoplay).toBe(true);
    const bad = parseUrlSettings('?autoplay=no', ids);
    expect(bad.autoplay).toBe(true);
    expect(bad.rejected).toEqual([{ param: 'autoplay', value: 'no' }]);
  });

  it('reads valid values', () => {
    const s = parseUrlSettings('?mode=kiosk&stage=spines&lang=es&dose=0.3', ids);
    expect(s).toMatchObject({ mode: 'kiosk', stageIndex: 2, lang: 'es', doseMgPerKg: 0.3 });
    expect(s.rejected).toEqual([]);
  });

  it('rejects unknown, malformed and out-of-range values and keeps defaults', () => {
    const s = parseUrlSettings('?mode=admin&stage=nope&lang=fr&dose=5', ids);
    expect(s).toMatchObject({ mode: 'explore', stageIndex: 0, lang: null, doseMgPerKg: null });
    expect(s.rejected.map((r) => r.param)).toEqual(['mode', 'stage', 'lang', 'dose']);
  });

  it.each(['abc', '-0.5', '0.5e1', 'Infinity', 'NaN', '0.05', '1.01', ''])(
    'rejects dose %j',
    (dose) => {
      const s = parseUrlSettings(`?dose=${encodeURIComponent(dose)}`, ids);
      expect(s.doseMgPerKg).toBeNull();
      expect(s.rejected).toHaveLength(1);
    },
  );

  it('reports a repeated key but uses its first value', () => {
    const s = parseUrlSettings('?stage=infusion&stage=rest', ids);
    expect(s.stageIndex).toBe(1);
    expect(s.rejected).toEqual([{ param: 'stage', value: 'infusion,rest' }]);
  });

  it('strips markup and shortens rejected values for display', () => {
    expect(displayValue('<img src=x onerror=alert(1)>')).not.toMatch(/[<>"']/);
    expect(displayValue('x'.repeat(500)).length).toBeLessThanOrEqual(25);
  });
});

describe('kiosk timing parameters', () => {
  it('reads seconds per stage and idle seconds within their bounds', () => {
    const s = parseUrlSettings('?mode=kiosk&kioskStageSec=1.5&kioskIdleSec=45', ids);
    expect(s).toMatchObject({ mode: 'kiosk', kioskStageSec: 1.5, kioskIdleSec: 45 });
    expect(s.rejected).toEqual([]);
  });

  it.each([
    ['kioskStageSec', '0'],
    ['kioskStageSec', '0.5'],
    ['kioskStageSec', '601'],
    ['kioskStageSec', 'fast'],
    ['kioskIdleSec', '1'],
    ['kioskIdleSec', '3601'],
    ['kioskIdleSec', '-5'],
    ['kioskIdleSec', '1e3'],
  ])('rejects %s=%s and keeps the default', (param, value) => {
    const s = parseUrlSettings(`?${param}=${encodeURIComponent(value)}`, ids);
    expect(s.kioskStageSec).toBeNull();
    expect(s.kioskIdleSec).toBeNull();
    expect(s.rejected).toEqual([{ param, value }]);
  });
});

describe('view parameter', () => {
  it('opens the presenter window in present mode, even without mode=present', () => {
    expect(parseUrlSettings('?view=presenter', ids)).toMatchObject({
      mode: 'present',
      view: 'presenter',
    });
    expect(parseUrlSettings('?mode=present&view=presenter', ids).rejected).toEqual([]);
  });

  it('refuses a presenter window for another mode, and a kiosk handout', () => {
    const a = parseUrlSettings('?mode=kiosk&view=presenter', ids);
    expect(a).toMatchObject({ mode: 'kiosk', view: 'main' });
    expect(a.rejected).toEqual([{ param: 'view', value: 'presenter' }]);
    const b = parseUrlSettings('?mode=kiosk&view=handout', ids);
    expect(b.view).toBe('main');
    expect(b.rejected.map((r) => r.param)).toEqual(['view']);
  });

  it('opens the handout in explore and present mode', () => {
    expect(parseUrlSettings('?view=handout', ids).view).toBe('handout');
    expect(parseUrlSettings('?mode=present&view=HANDOUT', ids).view).toBe('handout');
  });
});

describe('writing the URL', () => {
  it('sets and removes parameters and keeps the others in order', () => {
    expect(withParams('?mode=present&stage=rest&lang=es', { stage: 'spines' })).toBe(
      '?mode=present&stage=spines&lang=es',
    );
    expect(withParams('?stage=rest', { stage: null })).toBe('');
    expect(withParams('', { stage: 'mtor', lang: 'en' })).toBe('?stage=mtor&lang=en');
  });

  it('encodes what it writes', () => {
    expect(withParams('', { stage: 'a&b=c' })).toBe('?stage=a%26b%3Dc');
  });

  it('drops the parameters that were ignored', () => {
    const search = '?mode=admin&stage=spines&dose=9';
    const { rejected } = parseUrlSettings(search, ids);
    expect(withoutRejected(search, rejected)).toBe('?stage=spines');
  });
});
