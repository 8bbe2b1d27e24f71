// clinic.json is read field by field: good fields apply, a bad or unknown one is left out with a
// note for staff, and an accent colour without enough contrast is refused.
import { describe, expect, it } from 'vitest';
import {
  ACCENT_MIN_CONTRAST,
  accentContrast,
  drivingRuleText,
  readClinicConfig,
} from '../../../src/modes/kiosk/clinic/clinic-config';
import { contrastRatio } from '../../../src/modes/kiosk/clinic/contrast';
import { nextLanguage } from '../../../src/modes/kiosk/clinic/language-rotation';
import { chromiumLaunchLine, kioskAddress } from '../../../src/modes/kiosk/clinic/setup-checks';

const GOOD = {
  name: 'Riverside Mood Clinic',
  phone: '+1 555 010 2030',
  url: 'https://example.org/riverside',
  logo: 'clinic-logo.svg',
  languages: ['en', 'es'],
  stageSeconds: 25,
  idleSeconds: 120,
  accent: '#7fd4ff',
  story: 'patient',
  drivingRule: {
    en: 'No driving today. A friend or a taxi takes you home.',
    es: 'Hoy no conduzca.',
  },
};

describe('clinic.json', () => {
  it('takes every field of a good file, with no problems', () => {
    const read = readClinicConfig(GOOD);
    expect(read.problems).toEqual([]);
    expect(read.found).toBe(true);
    expect(read.config).toEqual(GOOD);
  });

  it('leaves out each bad field with a note and keeps the rest', () => {
    const read = readClinicConfig({
      ...GOOD,
      phone: 'call us!',
      url: 'javascript:alert(1)',
      logo: '../../etc/passwd',
      languages: ['en', 'fr'],
      stageSeconds: 0,
      idleSeconds: '90',
      story: 'other',
      colour: 'red',
    });
    expect(read.config).toEqual({
      name: GOOD.name,
      accent: GOOD.accent,
      drivingRule: GOOD.drivingRule,
    });
    const fields = read.problems.map((p) => /^field "([a-zA-Z]+)/.exec(p)?.[1]);
    expect(fields.sort()).toEqual(
      [
        'colour',
        'idleSeconds',
        'languages',
        'logo',
        'phone',
        'stageSeconds',
        'story',
        'url',
      ].sort(),
    );
    expect(read.problems.find((p) => p.includes('"colour"'))).toMatch(/unknown field/);
    expect(read.problems.find((p) => p.includes('"url"'))).toMatch(/http/);
  });

  it('refuses an accent colour that fails WCAG AA contrast with the background', () => {
    expect(accentContrast('#7fd4ff')).toBeGreaterThanOrEqual(ACCENT_MIN_CONTRAST);
    const dark = readClinicConfig({ accent: '#333366' });
    expect(dark.config.accent).toBeUndefined();
    expect(dark.problems[0]).toMatch(/accent.*contrast/);
    const notAColour = readClinicConfig({ accent: 'teal' });
    expect(notAColour.config.accent).toBeUndefined();
    expect(notAColour.problems[0]).toMatch(/#rgb/);
  });

  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('is no object at all: nothing applies, and staff are told', () => {
    for (const raw of [null, 3, 'text', ['a']]) {
      const read = readClinicConfig(raw);
      expect(read.config).toEqual({});
      expect(read.problems).toHaveLength(1);
    }
  });
});

describe('kiosk helpers', () => {
  it('languages take turns, loop by loop', () => {
    expect(nextLanguage(['en', 'es'], 'en')).toBe('es');
    expect(nextLanguage(['en', 'es'], 'es')).toBe('en');
    expect(nextLanguage(['es'], 'en')).toBe('es');
    expect(nextLanguage([], 'en')).toBeNull();
  });

  it('prints a Chromium kiosk line for this address', () => {
    const address = kioskAddress({ origin: 'http://192.168.1.20:4173', pathname: '/' });
    expect(address).toBe('http://192.168.1.20:4173/?mode=kiosk');
    const line = chromiumLaunchLine(address);
    expect(line).toMatch(/^chromium --kiosk /);
    expect(line.endsWith(`'${address}'`)).toBe(true);
  });

  it("takes the clinic's driving rule as one text or one per language, and refuses an empty one", () => {
    const one = readClinicConfig({ drivingRule: '  Someone must drive you home.  ' });
    expect(one.problems).toEqual([]);
    expect(drivingRuleText(one.config.drivingRule, 'es')).toBe('Someone must drive you home.');
    const onlySpanish = readClinicConfig({ drivingRule: { es: 'Venga acompañado.' } });
    expect(onlySpanish.problems).toEqual([]);
    // a language the clinic did not write falls back to the text it did write
    expect(drivingRuleText(onlySpanish.config.drivingRule, 'en')).toBe('Venga acompañado.');
    expect(drivingRuleText(GOOD.drivingRule, 'es')).toBe('Hoy no conduzca.');
    expect(drivingRuleText(undefined, 'en')).toBeNull();
    for (const bad of ['', '   ', 'x'.repeat(161), {}, { fr: 'Non' }, { en: '' }, 42, ['a']]) {
      const read = readClinicConfig({ name: 'A', drivingRule: bad });
      expect(read.config, JSON.stringify(bad)).toEqual({ name: 'A' });
      expect(read.problems, JSON.stringify(bad)).toHaveLength(1);
      expect(read.problems[0]).toMatch(/^field "drivingRule/);
    }
  });
});
