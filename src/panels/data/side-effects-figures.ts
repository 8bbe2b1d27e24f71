// Side-effect figures from src/content/side-effects.ts: when effects happen, the blood-pressure
// rise, and adverse-event rates against placebo. Pure.
import {
  SAFETY_NOTES,
  SIDE_EFFECT_SERIES,
  SIDE_EFFECT_WINDOWS,
  type Measure,
  type OutcomeSeries,
} from '../../content/outcomes';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import type { TableRow } from '../chart/DataTable';
import type { RowSpec } from '../chart/RowChart';
import { timeTicks } from '../chart/time-ticks';
import { formatNumber } from '../lib/format';
import { digitsOf, measureN, nText, t, type RowFigureModel } from './figure-model';
import { formatValue } from './measure-text';
import { barRows, measureTable } from './row-builders';
import { noteFor, armLegend, type StudyNote } from './outcomes-figures';
import {
  bpRiseCsvRow,
  sideEffectTimelineCsvHeader,
  windowCsvRow,
  type CsvCell,
} from './timeline-csv';
import { sourcesForFacts } from './sources';

function series(id: string): OutcomeSeries {
  const s = SIDE_EFFECT_SERIES.find((x) => x.id === id);
  if (!s) throw new Error(`panels: side-effect series "${id}" is missing from src/content`);
  return s;
}

const factIdsOf = (list: readonly OutcomeSeries[]) => [
  ...new Set(list.flatMap((s) => [...s.factIds, ...s.measures.map((m) => m.factId)])),
];

/** 0–4 h: the label's blood-pressure rise lasts about 4 h after an esketamine dose. */
export const SIDE_EFFECT_DOMAIN_MIN: readonly [number, number] = [0, 240];

const isBp = (m: Measure) => m.unit === 'mmHg';
const systolic = (s: OutcomeSeries) =>
  s.measures.find((m) => isBp(m) && m.label.en.toLowerCase().includes('systolic'));
const diastolic = (s: OutcomeSeries) =>
  s.measures.find((m) => isBp(m) && m.label.en.toLowerCase().includes('diastolic'));

export function sideEffectTimeline(lang: DisplayLang): RowFigureModel {
  const rows: RowSpec[] = [];
  const tableRows: TableRow[] = [];
  const csvRows: CsvCell[][] = [];
  const when = (a: number, b: number) =>
    a === b
      ? `${formatNumber(a, lang)} min`
      : `${formatNumber(a, lang)}–${formatNumber(b, lang)} min`;
  SIDE_EFFECT_WINDOWS.forEach((w, i) => {
    const key = `window-${i}`;
    rows.push({
      key: `${key}-row`,
      label: t(w.label, lang),
      marks: [
        {
          key,
          kind: 'span',
          low: w.startMin,
          high: w.endMin,
          color: w.kind === 'monitoring' ? ACTOR_COLORS.gaba : ACTOR_COLORS.nmda,
          hollow: w.kind === 'monitoring',
          dataValue: when(w.startMin, w.endMin),
        },
      ],
    });
    tableRows.push({
      key,
      cells: [t(w.label, lang), when(w.startMin, w.endMin), '–', nText(undefined, lang)],
    });
    csvRows.push(windowCsvRow(w, lang));
  });
  const bpSeries = [series('bp-riva-posse')];
  bpSeries.forEach((s, i) => {
    const sys = systolic(s);
    const dia = diastolic(s);
    if (!sys) return;
    const key = `bp-${i}`;
    // Both numbers with the same decimals, as published (+7.4 / +6.0).
    const d = digitsOf(sys.value, dia?.value ?? 0);
    const mm = (v: number) => `+${formatNumber(v, lang, d, d)} mmHg`;
    const value = `${mm(sys.value)} / ${dia ? mm(dia.value) : '–'}`;
    const label = t(S.bpPeakRow, lang, { value });
    const from = sys.timepoint.min;
    const to = sys.timepoint.endMin ?? sys.timepoint.min;
    rows.push({
      key: `${key}-row`,
      label: `${label} · ${nText(measureN(sys, s), lang)}`,
      marks: [
        {
          key,
          kind: 'span',
          low: from,
          high: to,
          color: ACTOR_COLORS.pain,
          dataValue: when(from, to),
        },
      ],
    });
    tableRows.push({ key, cells: [label, when(from, to), value, nText(measureN(sys, s), lang)] });
    csvRows.push(bpRiseCsvRow(sys, dia, s, lang));
  });
  const factIds = [
    ...new Set([...SIDE_EFFECT_WINDOWS.map((w) => w.factId), ...factIdsOf(bpSeries)]),
  ];
  const meanPeak = systolic(bpSeries[0]!)?.value ?? NaN;
  return {
    id: 'side-effects-timeline',
    title: t(S.seWhenTitle, lang),
    summary: t(S.seWhenSummary, lang, { value: formatNumber(meanPeak, lang, 2) }),
    axisLabel: t(S.axisMinutes, lang),
    rows,
    table: {
      caption: t(S.seWhenTitle, lang),
      columns: [
        { key: 'what', label: t(S.colFinding, lang) },
        { key: 'when', label: t(S.colWhen, lang) },
        { key: 'value', label: t(S.colValue, lang) },
        { key: 'n', label: t(S.colN, lang), numeric: true },
      ],
      rows: tableRows,
      csv: { header: sideEffectTimelineCsvHeader(lang), rows: csvRows },
    },
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: SIDE_EFFECT_DOMAIN_MIN,
    xTicks: timeTicks([0, 60, 120, 180, 240], lang),
    cursor: true,
    legend: [
      {
        id: 'effect',
        label: t(S.legendEffect, lang),
        color: ACTOR_COLORS.nmda,
        kind: 'area',
        opacity: 1,
      },
      {
        id: 'monitoring',
        label: t(S.legendMonitoring, lang),
        color: ACTOR_COLORS.gaba,
        kind: 'open',
      },
      { id: 'bp', label: t(S.legendBp, lang), color: ACTOR_COLORS.pain, kind: 'area', opacity: 1 },
    ],
    note: t(S.seWindowsNote, lang),
  };
}

export function bloodPressureFigure(lang: DisplayLang): RowFigureModel {
  const label = series('esketamine-bp-label');
  const iv = series('bp-riva-posse');
  const built = barRows([label], lang);
  const factIds = factIdsOf([label, iv]);
  const share = (part: string, arm: Measure['arm']) => {
    const m = label.measures.find((x) => x.label.en === part && x.arm === arm);
    return m ? formatValue(m, lang) : '–';
  };
  const young = 'Systolic rise of 40 mmHg or more, under 65';
  const old = 'Systolic rise of 40 mmHg or more, 65 or over';
  const ivSys = systolic(iv)!;
  return {
    id: 'blood-pressure',
    title: t(S.seBpTitle, lang),
    summary: t(S.seBpSummary, lang, {
      drug: share(young, 'esketamine'),
      placebo: share(young, 'placebo'),
      drugOld: share(old, 'esketamine'),
      placeboOld: share(old, 'placebo'),
      mean: formatValue(ivSys, lang),
      n: formatNumber(iv.n ?? NaN, lang),
    }),
    axisLabel: t(S.axisShareBp, lang),
    rows: built.rows,
    table: measureTable(t(S.seBpTitle, lang), built, lang),
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [0, 30],
    xTicks: [0, 10, 20, 30].map((v) => ({ value: v, label: formatNumber(v, lang) })),
    legend: armLegend(lang),
    note: label.note ? t(label.note, lang) : '',
  };
}

export function adverseEventFigure(lang: DisplayLang): RowFigureModel {
  const s = series('esketamine-ae-table');
  const built = barRows([s], lang);
  const factIds = factIdsOf([s]);
  const pair = (label: string) => {
    const drug = s.measures.find((m) => m.label.en === label && m.arm === 'esketamine');
    const placebo = s.measures.find((m) => m.label.en === label && m.arm === 'placebo');
    return drug && placebo ? `${formatValue(drug, lang)} / ${formatValue(placebo, lang)}` : '–';
  };
  return {
    id: 'adverse-events',
    title: t(s.title, lang),
    summary: t(S.seAeSummary, lang, {
      dissociation: pair('Dissociation'),
      nausea: pair('Nausea'),
      bp: pair('Blood pressure increased'),
    }),
    axisLabel: t(S.axisSharePatients, lang),
    rows: built.rows,
    table: measureTable(t(s.title, lang), built, lang),
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [0, 50],
    xTicks: [0, 10, 20, 30, 40, 50].map((v) => ({
      value: v,
      label: lang === 'es' ? `${v} %` : `${v}%`,
    })),
    legend: armLegend(lang),
    note: s.note ? t(s.note, lang) : undefined,
  };
}

export function dissociationNotes(lang: DisplayLang): StudyNote[] {
  return [
    noteFor(series('esketamine-dissociation-label'), lang),
    noteFor(series('cadss-mean-iv'), lang),
  ];
}

export interface SafetyStatement {
  factId: string;
  text: string;
}

export function safetyStatements(lang: DisplayLang): SafetyStatement[] {
  return SAFETY_NOTES.map((n) => ({ factId: n.factId, text: t(n.text, lang) }));
}
