// What a row figure needs, built by pure functions from src/content so tests can check every
// figure's data, table and citations without a browser.
import type { Tick } from '../chart/Axes';
import type { TableSpec } from '../chart/DataTable';
import type { LegendItem } from '../chart/Legend';
import type { RowMark, RowSpec } from '../chart/RowChart';
import type { Source } from '../../content/types';
import type { Arm, Caveat, Measure, OutcomeSeries } from '../../content/outcome-types';
import { ARM_LABELS, CAVEAT_LABELS } from '../../content/outcome-types';
import { format, localize, type DisplayLang, type LocalizedText } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { formatNumber } from '../lib/format';

export interface RowFigureModel {
  id: string;
  title: string;
  summary: string;
  /** what the x axis measures */
  axisLabel: string;
  rows: RowSpec[];
  table: TableSpec;
  /** every fact behind the figure (shownFact-checked when sources are built) */
  factIds: string[];
  sources: Source[];
  xKind: 'linear' | 'log';
  xDomain: readonly [number, number];
  xTicks: Tick[];
  reference?: number;
  /** show the scene's "now" cursor (time axes only) */
  cursor?: boolean;
  legend?: LegendItem[];
  note?: string;
}

/** localize + fill placeholders. */
export function t(
  entry: LocalizedText,
  lang: DisplayLang,
  values?: Record<string, string | number>,
): string {
  const s = localize(entry, lang);
  return values ? format(s, values) : s;
}

/** Drug arms in the drug colour; comparison arms in grey. */
export function armColor(arm: Arm): string {
  return arm === 'placebo' || arm === 'saline' || arm === 'midazolam'
    ? ACTOR_COLORS.magnesium
    : ACTOR_COLORS.ketamine;
}

export function armLabel(arm: Arm, lang: DisplayLang): string {
  return t(ARM_LABELS[arm], lang);
}

/** Participants behind a measure: its count, its n, else the series' n. */
/**
 * Participants behind a number. An arm of a parallel-group trial never borrows the trial's
 * total: only differences, single-arm results and crossover arms (everyone had both) do.
 */
export function measureN(m: Measure, series?: OutcomeSeries): number | undefined {
  const own = m.count?.total ?? m.n;
  if (own !== undefined || !series) return own;
  const wholeGroup =
    m.arm === 'difference' || m.arm === 'single-arm' || series.caveats.includes('crossover');
  return wholeGroup ? series.n : undefined;
}

export function nText(n: number | undefined, lang: DisplayLang): string {
  return n === undefined ? t(S.nNotGiven, lang) : t(S.n, lang, { n: formatNumber(n, lang) });
}

export function caveatText(caveats: readonly Caveat[], lang: DisplayLang): string {
  return caveats.map((c) => t(CAVEAT_LABELS[c], lang)).join(', ');
}

/**
 * "Title: design (caveats)" for a group heading; without the title when the figure already
 * carries it (single-series figures).
 */
export function seriesHeading(series: OutcomeSeries, lang: DisplayLang, withTitle = true): string {
  const cav = caveatText(series.caveats, lang);
  const design = `${t(series.design, lang)}${cav ? ` (${cav})` : ''}`;
  return withTitle ? `${t(series.title, lang)}: ${design}` : design;
}

/** "−1.83 (95% CI −2.35 to −1.31)" */
export function valueWithCi(
  value: number,
  ci: readonly [number, number] | undefined,
  lang: DisplayLang,
  digits: number,
): string {
  const v = formatNumber(value, lang, digits, digits);
  if (!ci) return v;
  return t(S.valueCi, lang, {
    value: v,
    low: formatNumber(ci[0], lang, digits, digits),
    high: formatNumber(ci[1], lang, digits, digits),
  });
}

/** Digits a published number was given with (1.83 → 2, 9.87 → 2, 52.2 → 1, 50 → 0). */
export function digitsOf(...values: number[]): number {
  let d = 0;
  for (const v of values) {
    const s = String(Math.abs(v));
    const dot = s.indexOf('.');
    if (dot >= 0) d = Math.max(d, Math.min(2, s.length - dot - 1));
  }
  return d;
}

export type { RowMark, RowSpec };
