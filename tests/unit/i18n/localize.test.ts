import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  format,
  htmlLang,
  intlLocale,
  localize,
  pseudoLocalize,
  type DisplayLang,
} from '../../../src/i18n/localize';
import { formatTimeScale } from '../../../src/i18n/format-time';
import { allStrings } from './all-strings';

const DISPLAY_LANGS: DisplayLang[] = ['en', 'es', 'pseudo'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('pseudo-locale', () => {
  it('doubles and accents the text but keeps {placeholders} for format()', () => {
    const pseudo = pseudoLocalize('{time} after start');
    expect(pseudo).toBe('⟦{time} áftér stárt {time} áftér stárt⟧');
    expect(format(pseudo, { time: '5 min' })).toBe('⟦5 min áftér stárt 5 min áftér stárt⟧');
  });

  it('formats model time without a single unfilled placeholder', () => {
    const text = formatTimeScale(35, 10, 'pseudo');
    expect(text).not.toMatch(/[{}]/);
    expect(text).toContain('35 ⟦mín mín⟧ áftér stárt');
  });
});

describe('locale tags for Intl', () => {
  it('gives every display language a tag Intl accepts (pseudo formats as English)', () => {
    for (const lang of DISPLAY_LANGS) {
      expect(() => new Intl.NumberFormat(intlLocale(lang)).format(0.5)).not.toThrow();
      expect(() => (0.5).toLocaleString(intlLocale(lang))).not.toThrow();
    }
    expect((0.5).toLocaleString(intlLocale('es'))).toBe('0,5');
    expect((0.5).toLocaleString(intlLocale('pseudo'))).toBe('0.5');
    expect(htmlLang('pseudo')).toBe('en');
    expect(htmlLang('es')).toBe('es');
  });

  it('is the only way a display language reaches Intl or toLocaleString in src/', () => {
    const offenders: string[] = [];
    const call = /(toLocale(?:String|DateString|TimeString)|Intl\.\w+|localeCompare)\s*\(([^)]*)/g;
    for (const file of sourceFiles('src')) {
      if (file.endsWith('i18n/localize.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(call)) {
        const [, fn, args = ''] = match;
        const arg = (fn === 'localeCompare' ? args.split(',')[1] : args.split(',')[0])?.trim();
        if (!arg) continue; // no locale given: the browser's own
        const ok =
          /^(intlLocale|numberLocale)\(/.test(arg) ||
          // a variable: it must be set from the helper in the same file
          (/^\w+$/.test(arg) && new RegExp(`${arg}\\s*=.*(intlLocale|numberLocale)\\(`).test(text));
        if (!ok) offenders.push(`${file}: ${match[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('numbers without Intl', () => {
  it('are written by i18n/number-text.ts: no Intl.NumberFormat or toLocaleString in src/', () => {
    // the page's first Intl call loads the locale data: 40-75 ms of a blocked first screen
    const offenders: string[] = [];
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/Intl\.NumberFormat\s*\(|\.toLocaleString\s*\(/g))
        offenders.push(`${file}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('every string in both languages', () => {
  const strings = allStrings();

  it('finds the tables (sanity)', () => {
    expect(strings.length).toBeGreaterThan(500);
  });

  it('has non-empty English and Spanish with the same {placeholders}', () => {
    const problems: string[] = [];
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const { where, text } of strings) {
      if (!text.en.trim()) problems.push(`${where}: empty en`);
      if (!text.es.trim()) problems.push(`${where}: empty es`);
      if (holes(text.en).join() !== holes(text.es).join()) {
        problems.push(`${where}: placeholders differ (${text.en} | ${text.es})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('pseudo-localizes every string without losing a placeholder', () => {
    for (const { text } of strings) {
      const pseudo = localize(text, 'pseudo');
      for (const hole of text.en.match(/\{\w+\}/g) ?? []) expect(pseudo).toContain(hole);
    }
  });
});
