// The history timeline: events from src/content/history.ts laid out on a vertical year axis,
// labels spread so none overlaps. Pure.
import { HISTORY_EVENTS, type HistoryEvent } from '../../content/outcomes';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import type { TableSpec } from '../chart/DataTable';
import { spreadLabels } from '../lib/layout';
import { wrapLines, type Measure } from '../lib/wrap';
import { t } from './figure-model';

export const HISTORY_FACT_IDS: readonly string[] = HISTORY_EVENTS.map((e) => e.factId);

/** The events in time order. */
export function historyEvents(): HistoryEvent[] {
  return [...HISTORY_EVENTS].sort((a, b) => a.year - b.year);
}

/**
 * The events as a table: the dates as the sources give them; for the CSV also the year the
 * timeline places each at, as a number, and whether that year is approximate.
 */
export function historyTable(lang: DisplayLang): TableSpec {
  const events = historyEvents();
  return {
    caption: t(S.historyFigTitle, lang),
    columns: [
      { key: 'year', label: t(S.colYear, lang) },
      { key: 'event', label: t(S.colEvent, lang) },
      { key: 'detail', label: t(S.colDetail, lang) },
    ],
    rows: events.map((e) => ({
      key: e.factId,
      cells: [t(e.when, lang), t(e.label, lang), t(e.detail, lang)],
    })),
    csv: {
      header: [
        t(S.colYear, lang),
        t(S.csvYearApproximate, lang),
        t(S.csvDateAsGiven, lang),
        t(S.colEvent, lang),
        t(S.colDetail, lang),
      ],
      rows: events.map((e) => [
        e.year,
        t(e.approximate ? S.csvYes : S.csvNo, lang),
        t(e.when, lang),
        t(e.label, lang),
        t(e.detail, lang),
      ]),
    },
  };
}

export interface PlacedEvent {
  event: HistoryEvent;
  /** y of the year on the axis, px */
  yearY: number;
  /** top of the label block, px */
  labelTop: number;
  titleLines: string[];
  detailLines: string[];
}

export interface HistoryLayout {
  events: PlacedEvent[];
  height: number;
  axisX: number;
  labelX: number;
  yearTicks: { year: number; y: number }[];
  top: number;
  bottom: number;
}

export interface HistoryLayoutOptions {
  width: number;
  fontPx: number;
  measure: Measure;
  measureBold: Measure;
  lang: DisplayLang;
  /** width of the year labels column, px */
  yearColumnPx: number;
}

/** Year range drawn on the axis. */
export function historyYears(): [number, number] {
  const years = HISTORY_EVENTS.map((e) => e.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return [Math.floor(first / 10) * 10, Math.ceil((last + 1) / 10) * 10];
}

export function layoutHistory(o: HistoryLayoutOptions): HistoryLayout {
  const labelPx = o.fontPx * 0.85;
  const line = labelPx * 1.25;
  const gap = o.fontPx * 0.6;
  const axisX = o.yearColumnPx + o.fontPx * 0.6;
  const labelX = axisX + o.fontPx * 1.2;
  const textWidth = Math.max(40, o.width - labelX - 4);
  const events = historyEvents();
  const blocks = events.map((e) => {
    const titleLines = wrapLines(
      `${t(e.when, o.lang)}: ${t(e.label, o.lang)}`,
      textWidth,
      o.measureBold,
    );
    const detailLines = wrapLines(t(e.detail, o.lang), textWidth, o.measure);
    return { e, titleLines, detailLines, h: (titleLines.length + detailLines.length) * line };
  });
  const top = o.fontPx * 0.8;
  const needed = blocks.reduce((sum, b) => sum + b.h + gap, 0);
  const span = Math.max(needed, o.fontPx * 20);
  const [y0, y1] = historyYears();
  const yOf = (year: number) => top + ((year - y0) / (y1 - y0)) * span;
  const ys = spreadLabels(
    blocks.map((b) => ({ y: yOf(b.e.year) - line * 0.7, h: b.h })),
    top - line * 0.5,
    top + span,
    gap,
  );
  const placed: PlacedEvent[] = blocks.map((b, i) => ({
    event: b.e,
    yearY: yOf(b.e.year),
    labelTop: ys[i]!,
    titleLines: b.titleLines,
    detailLines: b.detailLines,
  }));
  const lastBottom = placed.reduce(
    (m, p) => Math.max(m, p.labelTop + (p.titleLines.length + p.detailLines.length) * line),
    top + span,
  );
  const yearTicks: { year: number; y: number }[] = [];
  for (let y = y0; y <= y1; y += 10) yearTicks.push({ year: y, y: yOf(y) });
  return {
    events: placed,
    height: Math.ceil(lastBottom + o.fontPx),
    axisX,
    labelX,
    yearTicks,
    top,
    bottom: top + span,
  };
}

export function historySummary(lang: DisplayLang): string {
  const year = (factId: string) =>
    String(HISTORY_EVENTS.find((e) => e.factId === factId)?.year ?? '–');
  return t(S.historySummary, lang, {
    first: year('hist.synthesis'),
    fda: year('hist.fda1970'),
    nmda: year('hist.nmda1983'),
    schedule: year('hist.schedule1999'),
    depression: year('hist.berman2000'),
    last: year('hist.esketamine2019'),
  });
}
