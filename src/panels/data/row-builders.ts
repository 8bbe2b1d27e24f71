// Generic builders from content series to row-chart rows and table rows. Pure.
import type { Measure, OutcomeSeries } from '../../content/outcome-types';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import type { CsvSpec, TableRow, TableSpec } from '../chart/DataTable';
import type { RowMark, RowSpec } from '../chart/RowChart';
import { wilsonInterval } from '../lib/binomial';
import { formatNumber } from '../lib/format';
import { armColor, armLabel, measureN, nText, seriesHeading, t } from './figure-model';
import { formatMeasure, formatUncertainty, formatValue } from './measure-text';

export interface BuiltRows {
  rows: RowSpec[];
  tableRows: TableRow[];
  /** the same measures as raw values, for the CSV download */
  csvRows: (string | number | null)[][];
}

/** 95% interval for a measure: as published, else Wilson from its counts (percent only). */
export function intervalOf(m: Measure): {
  low?: number;
  high?: number;
  wilson?: readonly [number, number];
} {
  if (m.ci) return { low: m.ci[0], high: m.ci[1] };
  if (m.count && m.unit === 'percent') {
    const w = wilsonInterval(m.count.events, m.count.total);
    const pair = [w.low * 100, w.high * 100] as const;
    return { low: pair[0], high: pair[1], wilson: pair };
  }
  if (m.range) return { low: m.range[0], high: m.range[1] };
  return {};
}

export function markKey(seriesId: string, index: number): string {
  return `${seriesId}-${index}`;
}

/** The table's row for one plotted measure (same key as its mark). */
export function tableRowFor(
  key: string,
  m: Measure,
  series: OutcomeSeries,
  lang: DisplayLang,
): TableRow {
  const iv = intervalOf(m);
  return {
    key,
    cells: [
      `${t(m.label, lang)} (${t(m.timepoint.label, lang)})`,
      armLabel(m.arm, lang),
      formatValue(m, lang),
      formatUncertainty(m, lang, iv.wilson),
      nText(measureN(m, series), lang),
    ],
  };
}

/** One measure as raw values: numbers unformatted, the unit and the interval's kind as codes. */
export function measureCsvRow(
  m: Measure,
  series: OutcomeSeries,
  lang: DisplayLang,
): (string | number | null)[] {
  const iv = intervalOf(m);
  const kind = m.ci ? 'ci' : iv.wilson ? 'wilson' : m.range ? 'range' : null;
  return [
    t(m.label, lang),
    t(m.timepoint.label, lang),
    armLabel(m.arm, lang),
    m.value,
    m.unit,
    iv.low ?? null,
    iv.high ?? null,
    kind,
    m.count?.events ?? null,
    m.count?.total ?? null,
    measureN(m, series) ?? null,
  ];
}

export function measureCsvHeader(lang: DisplayLang): string[] {
  return [
    t(S.colMeasure, lang),
    t(S.csvTimepoint, lang),
    t(S.colGroup, lang),
    t(S.colValue, lang),
    t(S.csvUnit, lang),
    t(S.csvLow, lang),
    t(S.csvHigh, lang),
    t(S.csvInterval, lang),
    t(S.csvEvents, lang),
    t(S.csvTotal, lang),
    t(S.colN, lang),
  ];
}

/** A measure figure's table: the text it shows, and its raw values for the CSV. */
export function measureTable(caption: string, built: BuiltRows, lang: DisplayLang): TableSpec {
  const csv: CsvSpec = { header: measureCsvHeader(lang), rows: built.csvRows };
  return { caption, columns: measureTableColumns(lang), rows: built.tableRows, csv };
}

export function measureTableColumns(lang: DisplayLang) {
  return [
    { key: 'what', label: t(S.colMeasure, lang) },
    { key: 'arm', label: t(S.colGroup, lang) },
    { key: 'value', label: t(S.colValue, lang), numeric: true },
    { key: 'ci', label: t(S.colUncertainty, lang) },
    { key: 'n', label: t(S.colN, lang), numeric: true },
  ];
}

/**
 * Bars: one heading per series, then one row per (label, timepoint) with a lane per arm.
 * Bars start at 0; whiskers show the published CI or, for counts, a Wilson 95% interval.
 */
export function barRows(
  seriesList: readonly OutcomeSeries[],
  lang: DisplayLang,
  include: (m: Measure, series: OutcomeSeries) => boolean = () => true,
): BuiltRows {
  const rows: RowSpec[] = [];
  const tableRows: TableRow[] = [];
  const csvRows: (string | number | null)[][] = [];
  for (const series of seriesList) {
    const groups = new Map<string, { label: string; items: { m: Measure; key: string }[] }>();
    series.measures.forEach((m, i) => {
      if (!include(m, series)) return;
      const gKey = `${m.label.en}|${m.timepoint.label.en}`;
      let g = groups.get(gKey);
      if (!g) {
        g = { label: `${t(m.label, lang)} (${t(m.timepoint.label, lang)})`, items: [] };
        groups.set(gKey, g);
      }
      g.items.push({ m, key: markKey(series.id, i) });
    });
    if (!groups.size) continue;
    rows.push({
      key: `${series.id}-head`,
      label: seriesHeading(series, lang, seriesList.length > 1),
      header: true,
    });
    let gi = 0;
    for (const g of groups.values()) {
      const ns = [...new Set(g.items.map(({ m }) => measureN(m, series)))];
      const withCounts = g.items.every(({ m }) => m.count);
      const nPart = withCounts
        ? ''
        : ns.length === 1
          ? ` · ${nText(ns[0], lang)}`
          : ` · ${t(S.n, lang, { n: ns.map((n) => (n === undefined ? '?' : formatNumber(n, lang))).join(' / ') })}`;
      const marks: RowMark[] = g.items.map(({ m, key }) => {
        const iv = intervalOf(m);
        const value = formatValue(m, lang);
        const countText = m.count
          ? ` (${t(S.countOf, lang, { events: m.count.events, total: m.count.total })})`
          : '';
        return {
          key,
          kind: 'bar',
          value: m.value,
          low: iv.low,
          high: iv.high,
          color: armColor(m.arm),
          hollow: m.arm === 'single-arm',
          valueLabel: `${value}${countText}`,
          dataValue: value,
        };
      });
      rows.push({ key: `${series.id}-g${gi++}`, label: `${g.label}${nPart}`, marks });
      for (const { m, key } of g.items) {
        tableRows.push(tableRowFor(key, m, series, lang));
        csvRows.push(measureCsvRow(m, series, lang));
      }
    }
  }
  return { rows, tableRows, csvRows };
}

/** Forest rows: one per measure, a point with its 95% CI (or a published range as a band). */
export function forestRows(
  seriesList: readonly OutcomeSeries[],
  lang: DisplayLang,
  include: (m: Measure, series: OutcomeSeries) => boolean,
): BuiltRows {
  const rows: RowSpec[] = [];
  const tableRows: TableRow[] = [];
  const csvRows: (string | number | null)[][] = [];
  for (const series of seriesList) {
    const items = series.measures
      .map((m, i) => ({ m, key: markKey(series.id, i) }))
      .filter(({ m }) => include(m, series));
    if (!items.length) continue;
    rows.push({
      key: `${series.id}-head`,
      label: seriesHeading(series, lang, seriesList.length > 1),
      header: true,
    });
    for (const { m, key } of items) {
      const arm = m.arm === 'difference' ? '' : ` · ${armLabel(m.arm, lang)}`;
      rows.push({
        key: `${key}-row`,
        label: `${t(m.label, lang)}${arm} (${t(m.timepoint.label, lang)}): ${formatMeasure(m, lang)} · ${nText(measureN(m, series), lang)}`,
        marks: [
          {
            key,
            kind: m.range && !m.ci ? 'range' : 'point',
            value: m.value,
            low: m.ci?.[0] ?? m.range?.[0],
            high: m.ci?.[1] ?? m.range?.[1],
            color: armColor(m.arm),
            dataValue: formatValue(m, lang),
          },
        ],
      });
      tableRows.push(tableRowFor(key, m, series, lang));
      csvRows.push(measureCsvRow(m, series, lang));
    }
  }
  return { rows, tableRows, csvRows };
}
