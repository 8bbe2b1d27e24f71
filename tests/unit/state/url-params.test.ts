import { describe, expect, it } from 'vitest';
import { displayValue, parseUrlSettings } from '../../../src/state/url-params';

const ids = ['rest', 'infusion', 'spines'];

describe('parseUrlSettings', () => {
  it('gives defaults for an empty query', () => {
    expect(parseUrlSettings('', ids)).toEqual({
      mode: 'explore',
      stageIndex: 0,
      lang: null,
      doseMgPerKg: null,
      rejected: [],
    });
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
