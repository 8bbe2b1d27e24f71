// Numbers and durations for chart labels, in the display language. Pure.
import { percentText, type DisplayLang } from '../../i18n/localize';
import { numberText } from '../../i18n/number-text';

/** A number with at most `digits` decimals (at least `minDigits`). Uses a true minus sign. */
export function formatNumber(value: number, lang: DisplayLang, digits = 0, minDigits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return numberText(value, lang, { maxFraction: digits, minFraction: minDigits }).replace('-', '−');
}

/** A signed number (+3.2, −1.83). */
export function formatSigned(value: number, lang: DisplayLang, digits = 1, minDigits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return numberText(value, lang, {
    maxFraction: digits,
    minFraction: minDigits,
    sign: 'exceptZero',
  }).replace('-', '−');
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
