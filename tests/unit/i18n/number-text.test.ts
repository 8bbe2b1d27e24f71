// The app writes numbers without Intl (src/i18n/number-text.ts, a faster first screen); these
// must be exactly what Intl.NumberFormat writes for en-GB and es-ES with the same options.
import { describe, expect, it } from 'vitest';
import { numberText, type NumberTextOptions } from '../../../src/i18n/number-text';

/** One formatter per locale and options (making one per value took most of the test's time:
 *  over 5 s on a busy CI machine). */
const formatters = new Map<string, Intl.NumberFormat>();
function intl(value: number, locale: string, o: NumberTextOptions): string {
  const key = `${locale} ${JSON.stringify(o)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      maximumFractionDigits: o.maxFraction ?? 3,
      minimumFractionDigits: Math.min(o.minFraction ?? 0, o.maxFraction ?? 3),
      signDisplay: o.sign ?? 'auto',
    });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** A seeded generator (mulberry32): the same values every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDGES = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.005,
  2.675,
  0.125,
  0.0005,
  -0.0004,
  9.995,
  99.95,
  999.5,
  1234.5,
  12345.5,
  -12345.678,
  999999.9996,
  1e-7,
  123456789.123,
  0.1 + 0.2,
  46,
  172,
  188.4,
  Infinity,
  -Infinity,
  NaN,
];
const OPTIONS: NumberTextOptions[] = [
  {},
  { maxFraction: 0 },
  { maxFraction: 1 },
  { maxFraction: 2, minFraction: 2 },
  { maxFraction: 1, sign: 'exceptZero' },
  { maxFraction: 2, minFraction: 1, sign: 'exceptZero' },
];

describe('numbers written without Intl', () => {
  for (const [lang, locale] of [
    ['en', 'en-GB'],
    ['es', 'es-ES'],
  ] as const) {
    it(`match Intl.NumberFormat('${locale}') on edge cases`, () => {
      for (const o of OPTIONS)
        for (const v of EDGES)
          expect(numberText(v, lang, o), `${v} ${JSON.stringify(o)}`).toBe(intl(v, locale, o));
    });

    it(`match Intl.NumberFormat('${locale}') on 20,000 random values`, () => {
      const random = seeded(lang === 'en' ? 7 : 11);
      for (let i = 0; i < 20_000; i++) {
        const scale = 10 ** Math.floor(random() * 9 - 3);
        const v = (random() - 0.3) * scale;
        // values on a rounding edge, half the time
        const digits = Math.floor(random() * 4);
        const value = random() < 0.5 ? v : Math.round(v * 10 ** (digits + 1)) / 10 ** (digits + 1);
        const o = OPTIONS[i % OPTIONS.length]!;
        expect(numberText(value, lang, o), `${value} ${JSON.stringify(o)}`).toBe(
          intl(value, locale, o),
        );
      }
    });
  }

  it("writes the pseudo-locale's numbers as English", () => {
    expect(numberText(12345.678, 'pseudo', { maxFraction: 1 })).toBe('12,345.7');
  });
});
