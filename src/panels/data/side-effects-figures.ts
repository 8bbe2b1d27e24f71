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
import { barRows, measureTableColumns } from './row-builders';
import { noteFor, armLegend, type StudyNote } from './outcomes-figures';
import { sourcesForFacts } from './sources';

function series(id: string): OutcomeSeries {
  const s = SIDE_EFFECT_SERIES.find((x) => x.id === id);
  if (!s) throw new Error(`panels: side-effect series "${id}" is missing from src/content`);
  return s;
}

const factIdsOf = (list: readonly OutcomeSeries[]) => [
  ...new Set(list.flatMap((s) => [...s.factIds, ...s.measures.map((m) => m.factId)])),
];

export const SIDE_EFFECT_DOMAIN_MIN: readonly [number, number] = [0, 180];

const isBp = (m: Measure) => m.unit === 'mmHg';
const systolic = (s: OutcomeSeries) =>
  s.measures.find((m) => isBp(m) && m.label.en.toLowerCase().includes('systolic'));
const diastolic = (s: OutcomeSeries) =>
  s.measures.find((m) => isBp(m) && m.label.en.toLowerCase().includes('diastolic'));

export function sideEffectTimeline(lang: DisplayLang): RowFigureModel {
  const rows: RowSpec[] = [];
  const tableRows: TableRow[] = [];
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
  });
  const bpSeries = [series('bp-riva-posse'), series('bp-741-infusions')];
  bpSeries.forEach((s, i) => {
    const sys = systolic(s);
    const dia = diastolic(s);
    if (!sys) return;
    const key = `bp-${i}`;
    // Both numbers with the same decimals, as published (+7.4 / +6.0).
    const d = digitsOf(sys.value, dia?.value ?? 0);
    const mm = (v: number) => `+${formatNumber(v, lang, d, d)} mmHg`;
    const value = `${mm(sys.value)} / ${dia ? mm(dia.value) : '–'}`;
    const label = t(S.bpPeakRow, lang, { value, title: t(s.title, lang) });
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
  });
  const factIds = [
    ...new Set([...SIDE_EFFECT_WINDOWS.map((w) => w.factId), ...factIdsOf(bpSeries)]),
  ];
  const [a, b] = bpSeries.map((s) => systolic(s)?.value ?? NaN);
  return {
    id: 'side-effects-timeline',
    title: t(S.seWhenTitle, lang),
    summary: t(S.seWhenSummary, lang, {
      low: formatNumber(Math.min(a!, b!), lang, 1),
      high: formatNumber(Math.max(a!, b!), lang, 1),
    }),
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
    },
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: SIDE_EFFECT_DOMAIN_MIN,
    xTicks: timeTicks([0, 30, 60, 90, 120, 150, 180], lang),
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
  const list = [series('bp-riva-posse'), series('bp-741-infusions')];
  const built = barRows(list, lang, isBp);
  const factIds = factIdsOf(list);
  const pulse = list.flatMap((s) => s.measures).find((m) => m.unit === 'bpm');
  const ns = list.map((s) => formatNumber(s.n ?? NaN, lang));
  const sys = list.map((s) => formatValue(systolic(s)!, lang));
  return {
    id: 'blood-pressure',
    title: t(S.seBpTitle, lang),
    summary: t(S.seBpSummary, lang, { a: sys[0]!, b: sys[1]!, na: ns[0]!, nb: ns[1]! }),
    axisLabel: t(S.axisMmHg, lang),
    rows: built.rows,
    table: {
      caption: t(S.seBpTitle, lang),
      columns: measureTableColumns(lang),
      rows: built.tableRows,
    },
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [0, 10],
    xTicks: [0, 2, 4, 6, 8, 10].map((v) => ({ value: v, label: formatNumber(v, lang) })),
    note: [
      pulse ? t(S.pulseNote, lang, { value: formatValue(pulse, lang) }) : '',
      ...list.map((s) => (s.note ? t(s.note, lang) : '')),
    ]
      .filter(Boolean)
      .join(' '),
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
    table: { caption: t(s.title, lang), columns: measureTableColumns(lang), rows: built.tableRows },
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
