// Raw CSV rows of the timeline figures (depression outcomes, side effects): one per table row,
// each with its span in minutes after the start of dosing. Outcome rows keep the measure
// columns of row-builders; empty where a milestone has no value. Pure.
import type {
  Band,
  Measure,
  Milestone,
  OutcomeSeries,
  TimeWindow,
  Timepoint,
} from '../../content/outcome-types';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { measureN, t } from './figure-model';
import { measureCsvHeader, measureCsvRow } from './row-builders';

export type CsvCell = string | number | null;

/** Start and end of a timepoint in minutes; a moment ends where it starts. */
function span(tp: Timepoint): [number, number] {
  return [tp.min, tp.endMin ?? tp.min];
}

function spanHeader(lang: DisplayLang): string[] {
  return [t(S.csvStartMin, lang), t(S.csvEndMin, lang)];
}

/** The measure columns, then the span. */
export function outcomeTimelineCsvHeader(lang: DisplayLang): string[] {
  return [...measureCsvHeader(lang), ...spanHeader(lang)];
}

export function measureSpanCsvRow(m: Measure, series: OutcomeSeries, lang: DisplayLang): CsvCell[] {
  return [...measureCsvRow(m, series, lang), ...span(m.timepoint)];
}

/** A moment or span with no number of its own; n is the study's. */
export function milestoneCsvRow(
  ms: Milestone,
  n: number | undefined,
  lang: DisplayLang,
): CsvCell[] {
  // group, value, unit, interval (low, high, kind), events, total
  const none = [null, null, null, null, null, null, null, null];
  return [
    t(ms.label, lang),
    t(ms.timepoint.label, lang),
    ...none,
    n ?? null,
    ...span(ms.timepoint),
  ];
}

/** A range of values over a span, published without a point estimate: no value, a range. */
export function bandCsvRow(b: Band, lang: DisplayLang): CsvCell[] {
  return [
    t(b.label, lang),
    t(b.timepoint.label, lang),
    null,
    null,
    b.unit,
    b.low,
    b.high,
    'range',
    null,
    null,
    b.n ?? null,
    ...span(b.timepoint),
  ];
}

export function sideEffectTimelineCsvHeader(lang: DisplayLang): string[] {
  return [
    t(S.colFinding, lang),
    t(S.csvKind, lang),
    t(S.csvSystolicRise, lang),
    t(S.csvDiastolicRise, lang),
    t(S.colN, lang),
    ...spanHeader(lang),
  ];
}

export function windowCsvRow(w: TimeWindow, lang: DisplayLang): CsvCell[] {
  const kind = w.kind === 'monitoring' ? S.csvKindMonitoring : S.csvKindEffect;
  return [t(w.label, lang), t(kind, lang), null, null, null, w.startMin, w.endMin];
}

/** The largest mean rise, systolic and diastolic, in one row as the table shows it. */
export function bpRiseCsvRow(
  systolic: Measure,
  diastolic: Measure | undefined,
  series: OutcomeSeries,
  lang: DisplayLang,
): CsvCell[] {
  return [
    t(S.csvBpPeak, lang),
    t(S.csvKindBp, lang),
    systolic.value,
    diastolic?.value ?? null,
    measureN(systolic, series) ?? null,
    ...span(systolic.timepoint),
  ];
}
