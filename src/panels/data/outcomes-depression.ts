// Depression outcome figures: timeline, response rates, blinding and odds. Pure.
import { DEPRESSION_OUTCOMES, type Measure, type OutcomeSeries } from '../../content/outcomes';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import type { TableRow } from '../chart/DataTable';
import type { RowSpec } from '../chart/RowChart';
import { timeTicks } from '../chart/time-ticks';
import { formatNumber, formatRange } from '../lib/format';
import { caveatText, nText, seriesHeading, t, type RowFigureModel } from './figure-model';
import { formatMeasure, formatValue } from './measure-text';
import { barRows, forestRows, measureTable } from './row-builders';
import {
  bandCsvRow,
  measureSpanCsvRow,
  milestoneCsvRow,
  outcomeTimelineCsvHeader,
  type CsvCell,
} from './timeline-csv';
import { sourcesForFacts } from './sources';
import { factIdsOf, numTicks, pctTicks, series } from './outcomes-shared';

const DEP_TIME_DOMAIN: readonly [number, number] = [30, 20160];
const DEP_TIME_TICKS = [60, 360, 1440, 4320, 10080, 20160];

export function depressionTimeline(lang: DisplayLang): RowFigureModel {
  const kish = series(DEPRESSION_OUTCOMES, 'kishimoto2016');
  const si = series(DEPRESSION_OUTCOMES, 'wilkinson2018-si');
  const rows: RowSpec[] = [];
  const tableRows: TableRow[] = [];
  const csvRows: CsvCell[][] = [];
  const when = (tp: { label: { en: string; es: string } }) => t(tp.label, lang);
  const push = (
    key: string,
    label: string,
    whenText: string,
    value: string,
    n: number | undefined,
    from: number,
    to: number,
    csv: CsvCell[],
    hollow = false,
  ) => {
    rows.push({
      key: `${key}-row`,
      label,
      marks: [
        {
          key,
          kind: 'span',
          low: from,
          high: to,
          color: ACTOR_COLORS.ketamine,
          hollow,
          dataValue: whenText,
        },
      ],
    });
    tableRows.push({ key, cells: [label, whenText, value, nText(n, lang)] });
    csvRows.push(csv);
  };

  rows.push({ key: 'kish-head', label: seriesHeading(kish, lang, false), header: true });
  const g = kish.measures[0];
  (kish.milestones ?? []).forEach((ms, i) => {
    const lost = ms.label.en.toLowerCase().includes('lost');
    push(
      `kish-m${i}`,
      `${t(ms.label, lang)} (${when(ms.timepoint)})`,
      when(ms.timepoint),
      '–',
      kish.n,
      ms.timepoint.min,
      ms.timepoint.endMin ?? ms.timepoint.min,
      milestoneCsvRow(ms, kish.n, lang),
      lost,
    );
    // The peak effect goes after the milestones that lead up to it.
    if (g && i === 2) {
      push(
        'kish-peak',
        `${t(g.label, lang)} (${when(g.timepoint)}): ${formatMeasure(g, lang)} · ${nText(g.n, lang)}`,
        when(g.timepoint),
        formatMeasure(g, lang),
        g.n,
        g.timepoint.min,
        g.timepoint.min,
        measureSpanCsvRow(g, kish, lang),
      );
    }
  });
  rows.push({ key: 'si-head', label: seriesHeading(si, lang), header: true });
  (si.milestones ?? []).forEach((ms, i) =>
    push(
      `si-m${i}`,
      `${t(ms.label, lang)} (${when(ms.timepoint)})`,
      when(ms.timepoint),
      '–',
      si.n,
      ms.timepoint.min,
      ms.timepoint.endMin ?? ms.timepoint.min,
      milestoneCsvRow(ms, si.n, lang),
    ),
  );
  (si.bands ?? []).forEach((b, i) => {
    const value = `d = ${formatRange(b.low, b.high, lang, 2)}`;
    push(
      `si-b${i}`,
      `${t(b.label, lang)} (${when(b.timepoint)}): ${value} · ${nText(b.n, lang)}`,
      when(b.timepoint),
      value,
      b.n,
      b.timepoint.min,
      b.timepoint.endMin ?? b.timepoint.min,
      bandCsvRow(b, lang),
    );
  });

  const factIds = factIdsOf([kish, si]);
  const summary = t(S.depTimelineSummary, lang, {
    g: g ? formatMeasure(g, lang) : '–',
    n: formatNumber(kish.n ?? NaN, lang),
    dRange: formatRange(si.bands?.[0]?.low ?? NaN, si.bands?.[0]?.high ?? NaN, lang, 2),
    nSi: formatNumber(si.n ?? NaN, lang),
  });
  return {
    id: 'depression-timeline',
    title: t(kish.title, lang),
    summary,
    axisLabel: t(S.axisTimeLog, lang),
    rows,
    table: {
      caption: t(kish.title, lang),
      columns: [
        { key: 'what', label: t(S.colFinding, lang) },
        { key: 'when', label: t(S.colWhen, lang) },
        { key: 'value', label: t(S.colValue, lang) },
        { key: 'n', label: t(S.colN, lang), numeric: true },
      ],
      rows: tableRows,
      csv: { header: outcomeTimelineCsvHeader(lang), rows: csvRows },
    },
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'log',
    xDomain: DEP_TIME_DOMAIN,
    xTicks: timeTicks(DEP_TIME_TICKS, lang),
    cursor: true,
    note: [kish.note, si.note]
      .filter(Boolean)
      .map((n) => t(n!, lang))
      .join(' '),
  };
}

export function depressionRates(lang: DisplayLang): RowFigureModel {
  const han = series(DEPRESSION_OUTCOMES, 'han2016');
  const built = barRows([han], lang);
  const pick = (label: string, tp: string) =>
    han.measures.find((m) => m.label.en === label && m.timepoint.label.en === tp)?.value ?? NaN;
  const factIds = factIdsOf([han]);
  return {
    id: 'depression-rates',
    title: t(han.title, lang),
    summary: t(S.depRatesSummary, lang, {
      r24: formatValue(han.measures[0]!, lang, pick('Response', '24 h')),
      m24: formatValue(han.measures[0]!, lang, pick('Remission', '24 h')),
      r7: formatValue(han.measures[0]!, lang, pick('Response', 'day 7')),
      m7: formatValue(han.measures[0]!, lang, pick('Remission', 'day 7')),
      n: formatNumber(han.n ?? NaN, lang),
    }),
    axisLabel: t(S.axisSharePatients, lang),
    rows: built.rows,
    table: measureTable(t(han.title, lang), built, lang),
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [0, 100],
    xTicks: pctTicks(lang),
    note: [t(S.noCiInSource, lang), han.note ? t(han.note, lang) : ''].filter(Boolean).join(' '),
  };
}

export function depressionBlinding(lang: DisplayLang): RowFigureModel {
  const w = series(DEPRESSION_OUTCOMES, 'wilkinson2019');
  const built = forestRows([w], lang, (m) => m.unit === 'cohensD');
  const d = (label: string) => w.measures.find((m) => m.label.en === label);
  const resp = (arm: string) => w.measures.find((m) => m.unit === 'percent' && m.arm === arm);
  const factIds = factIdsOf([w]);
  const fmt = (m: Measure | undefined) => (m ? formatMeasure(m, lang) : '–');
  return {
    id: 'depression-blinding',
    title: t(w.title, lang),
    summary: t(S.depBlindingSummary, lang, {
      dSaline: fmt(d('Effect vs saline')),
      dMidazolam: fmt(d('Effect vs midazolam')),
      rK: fmt(resp('ketamine')),
      rM: fmt(resp('midazolam')),
      rS: fmt(resp('saline')),
      n: formatNumber(w.n ?? NaN, lang),
    }),
    axisLabel: t(S.axisCohensD, lang),
    rows: built.rows,
    table: measureTable(t(w.title, lang), built, lang),
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [0, 2.5],
    xTicks: numTicks([0, 0.5, 1, 1.5, 2, 2.5], lang),
    reference: 0,
    note: w.note ? t(w.note, lang) : undefined,
  };
}

export function depressionOdds(lang: DisplayLang): RowFigureModel {
  const newport = series(DEPRESSION_OUTCOMES, 'newport2015');
  const cochrane = series(DEPRESSION_OUTCOMES, 'cochrane2021');
  const built = forestRows([newport, cochrane], lang, (m) => m.unit === 'oddsRatio');
  const or = (s: OutcomeSeries) => s.measures.find((m) => m.unit === 'oddsRatio');
  const pct = (arm: string) => cochrane.measures.find((m) => m.unit === 'percent' && m.arm === arm);
  const factIds = factIdsOf([newport, cochrane]);
  const fmt = (m: Measure | undefined) => (m ? formatMeasure(m, lang) : '–');
  return {
    id: 'depression-odds',
    title: t(S.depOddsTitle, lang),
    summary: t(S.depOddsSummary, lang, {
      orPlacebo: fmt(or(newport)),
      nNewport: formatNumber(newport.n ?? NaN, lang),
      orMidazolam: fmt(or(cochrane)),
      nCochrane: formatNumber(cochrane.n ?? NaN, lang),
      certainty: caveatText(cochrane.caveats, lang),
      pK: pct('ketamine') ? formatValue(pct('ketamine')!, lang) : '–',
      pM: pct('midazolam') ? formatValue(pct('midazolam')!, lang) : '–',
    }),
    axisLabel: t(S.axisOddsRatio, lang),
    rows: built.rows,
    table: measureTable(t(S.depOddsTitle, lang), built, lang),
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'log',
    xDomain: [0.5, 100],
    xTicks: numTicks([0.5, 1, 2, 5, 10, 20, 50, 100], lang),
    reference: 1,
    note: newport.note ? t(newport.note, lang) : undefined,
  };
}
