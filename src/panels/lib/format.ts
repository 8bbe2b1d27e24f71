// Numbers and durations for chart labels, in the display language. Pure.
import { intlLocale, percentText, type DisplayLang } from '../../i18n/localize';

/** BCP 47 tag for number formatting ('pseudo' formats like English). */
export function numberLocale(lang: DisplayLang): string {
  return intlLocale(lang);
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: DisplayLang, min: number, max: number, sign: boolean): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}|${sign}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      signDisplay: sign ? 'exceptZero' : 'auto',
      useGrouping: true,
    });
    cache.set(key, f);
  }
  return f;
}

/** A number with at most `digits` decimals (at least `minDigits`). Uses a true minus sign. */
export function formatNumber(value: number, lang: DisplayLang, digits = 0, minDigits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return formatter(lang, Math.min(minDigits, digits), digits, false)
    .format(value)
    .replace('-', '−');
}

/** A signed number (+3.2, −1.83). */
export function formatSigned(value: number, lang: DisplayLang, digits = 1, minDigits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return formatter(lang, Math.min(minDigits, digits), digits, true).format(value).replace('-', '−');
}

/** A percentage from a 0..100 value: "52.2 %" in Spanish, "52.2%" in English. */
export function formatPercent(value: number, lang: DisplayLang, digits = 0): string {
  const n = formatNumber(value, lang, digits);
  return percentText(n, lang);
}

/** A range "100–250". */
export function formatRange(low: number, high: number, lang: DisplayLang, digits = 0): string {
  return `${formatNumber(low, lang, digits)}–${formatNumber(high, lang, digits)}`;
}

export interface TimeUnits {
  min: string;
  h: string;
  d: string;
}

/** Compact time for axis ticks: "10 min", "6 h", "3 d". Minutes in. */
export function formatTimeTick(minutes: number, lang: DisplayLang, units: TimeUnits): string {
  const m = Math.max(0, minutes);
  if (m < 60) return `${formatNumber(m, lang, m < 10 ? 1 : 0)} ${units.min}`;
  if (m < 1440) return `${formatNumber(m / 60, lang, 1)} ${units.h}`;
  return `${formatNumber(m / 1440, lang, 1)} ${units.d}`;
}
