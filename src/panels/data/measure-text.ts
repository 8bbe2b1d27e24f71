// A published number as text in the display language: "52.2%", "g = −1.00", "OR 9.87",
// "−1.83 points on a 0–10 pain scale", with its CI, spread or range as published.
import type { Measure } from '../../content/outcome-types';
import { UNIT_LABELS } from '../../content/outcome-types';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { wilsonInterval } from '../lib/binomial';
import { formatNumber, formatRange } from '../lib/format';
import { digitsOf, t } from './figure-model';

/** A number already formatted as text, dressed with its unit. */
export function withUnit(numText: string, unit: Measure['unit'], lang: DisplayLang): string {
  switch (unit) {
    case 'percent':
      return lang === 'es' ? `${numText} %` : `${numText}%`;
    case 'hedgesG':
      return `g = ${numText}`;
    case 'cohensD':
      return `d = ${numText}`;
    case 'oddsRatio':
      return t(S.oddsRatioValue, lang, { value: numText });
    case 'hazardRatio':
      return t(S.hazardRatioValue, lang, { value: numText });
    default:
      return `${numText} ${t(UNIT_LABELS[unit], lang)}`;
  }
}

/** Decimal places for a measure: as published (percentages at most 1). */
export function measureDigits(m: Measure): number {
  const d = digitsOf(m.value, ...(m.ci ?? []), ...(m.range ?? []));
  return m.unit === 'percent' ? Math.min(1, d) : d;
}

/** The value alone, with its unit. */
export function formatValue(m: Measure, lang: DisplayLang, value = m.value): string {
  const d = measureDigits(m);
  return withUnit(formatNumber(value, lang, d, m.unit === 'percent' ? 0 : d), m.unit, lang);
}

/** The value with what the source gives about its uncertainty. */
export function formatMeasure(m: Measure, lang: DisplayLang): string {
  const d = measureDigits(m);
  if (m.range) return withUnit(formatRange(m.range[0], m.range[1], lang, d), m.unit, lang);
  let text = formatValue(m, lang);
  if (m.ci) {
    text += ` ${t(S.ciParen, lang, {
      low: formatNumber(m.ci[0], lang, d, d),
      high: formatNumber(m.ci[1], lang, d, d),
    })}`;
  } else if (m.spread) {
    const label =
      m.spread.kind === 'sd' ? S.spreadSd : m.spread.kind === 'se' ? S.spreadSe : S.spreadPm;
    text += ` ${t(label, lang, { value: formatNumber(m.spread.value, lang, 2) })}`;
  }
  if (m.count) {
    text += ` (${t(S.countOf, lang, { events: m.count.events, total: m.count.total })})`;
    if (!m.ci && m.unit === 'percent') {
      const w = wilsonInterval(m.count.events, m.count.total);
      text += `, ${t(S.ciWilsonText, lang, {
        low: formatNumber(100 * w.low, lang, 0),
        high: formatNumber(100 * w.high, lang, 0),
      })}`;
    }
  }
  return text;
}

/** Only the uncertainty, for a table column ("95% CI 4.37 to 22.29", "SD 9.2", "–"). */
export function formatUncertainty(
  m: Measure,
  lang: DisplayLang,
  wilson?: readonly [number, number],
): string {
  const d = measureDigits(m);
  if (m.ci) {
    return t(S.ciText, lang, {
      low: formatNumber(m.ci[0], lang, d, d),
      high: formatNumber(m.ci[1], lang, d, d),
    });
  }
  if (wilson) {
    return t(S.ciWilsonText, lang, {
      low: formatNumber(wilson[0], lang, 0),
      high: formatNumber(wilson[1], lang, 0),
    });
  }
  if (m.range) return t(S.rangeText, lang, { range: formatRange(m.range[0], m.range[1], lang, d) });
  if (m.spread) {
    const label =
      m.spread.kind === 'sd' ? S.spreadSd : m.spread.kind === 'se' ? S.spreadSe : S.spreadPm;
    return t(label, lang, { value: formatNumber(m.spread.value, lang, 2) });
  }
  return t(S.noCiGiven, lang);
}
