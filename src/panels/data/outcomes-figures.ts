// Outcome figures per condition, built from src/content/outcomes.ts. Pure: every figure says
// what it shows, carries its table, its n and its sources.
import {
  ACUTE_PAIN_GUIDELINE,
  ANXIETY_OUTCOMES,
  DEPRESSION_OUTCOMES,
  OCD_OUTCOMES,
  PAIN_GUIDELINE,
  PAIN_OUTCOMES,
  type GradedUse,
  type Measure,
  type OutcomeSeries,
} from '../../content/outcomes';
import type { Source } from '../../content/types';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import type { ConditionId } from '../../story/structures';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import type { TableRow } from '../chart/DataTable';
import type { LegendItem } from '../chart/Legend';
import type { RowSpec } from '../chart/RowChart';
import { timeTicks } from '../chart/time-ticks';
import { formatNumber, formatRange } from '../lib/format';
import {
  armLabel,
  caveatText,
  measureN,
  nText,
  seriesHeading,
  t,
  type RowFigureModel,
} from './figure-model';
import { formatMeasure, formatValue } from './measure-text';
import { barRows, forestRows, measureTableColumns } from './row-builders';
import { sourcesForFacts } from './sources';

export interface StudyNote {
  id: string;
  heading: string;
  lines: string[];
  factIds: string[];
  sources: Source[];
}

export interface GradedGroup {
  id: string;
  title: string;
  summary: string;
  uses: readonly GradedUse[];
  sources: Source[];
  factIds: string[];
}

export interface ConditionOutcomes {
  condition: ConditionId;
  figures: RowFigureModel[];
  notes: StudyNote[];
  /** guideline grades (pain: chronic, then acute and perioperative) */
  graded?: GradedGroup[];
}

function series(list: readonly OutcomeSeries[], id: string): OutcomeSeries {
  const s = list.find((x) => x.id === id);
  if (!s) throw new Error(`panels: outcome series "${id}" is missing from src/content`);
  return s;
}

function factIdsOf(list: readonly OutcomeSeries[]): string[] {
  return [...new Set(list.flatMap((s) => [...s.factIds, ...s.measures.map((m) => m.factId)]))];
}

const PERCENT_TICKS = [0, 25, 50, 75, 100];
const pctTicks = (lang: DisplayLang) =>
  PERCENT_TICKS.map((v) => ({ value: v, label: lang === 'es' ? `${v} %` : `${v}%` }));
const numTicks = (values: readonly number[], lang: DisplayLang, digits = 1) =>
  values.map((v) => ({ value: v, label: formatNumber(v, lang, digits) }));

export function armLegend(lang: DisplayLang, singleArm = false): LegendItem[] {
  const items: LegendItem[] = [
    {
      id: 'drug',
      label: t(S.legendDrug, lang),
      color: ACTOR_COLORS.ketamine,
      kind: 'area',
      opacity: 1,
    },
    {
      id: 'control',
      label: t(S.legendControl, lang),
      color: ACTOR_COLORS.magnesium,
      kind: 'area',
      opacity: 1,
    },
  ];
  if (singleArm) {
    items.push({
      id: 'single',
      label: t(S.legendSingleArm, lang),
      color: ACTOR_COLORS.ketamine,
      kind: 'open',
    });
  }
  return items;
}

/**
 * One line per measure of a series that no chart shows (`show`), then its milestones and note
 * (for the "more studies" notes under the charts).
 */
export function noteFor(
  s: OutcomeSeries,
  lang: DisplayLang,
  show: (m: Measure) => boolean = () => true,
): StudyNote {
  const lines = s.measures.filter(show).map((m) => {
    const arm = m.arm === 'difference' ? '' : ` · ${armLabel(m.arm, lang)}`;
    return `${t(m.label, lang)}${arm} (${t(m.timepoint.label, lang)}): ${formatMeasure(m, lang)} · ${nText(measureN(m, s), lang)}`;
  });
  for (const ms of s.milestones ?? [])
    lines.push(`${t(ms.label, lang)} (${t(ms.timepoint.label, lang)})`);
  if (s.note) lines.push(t(s.note, lang));
  const factIds = factIdsOf([s]);
  return {
    id: s.id,
    heading: seriesHeading(s, lang),
    lines,
    factIds,
    sources: sourcesForFacts(factIds),
  };
}

// --- Depression --------------------------------------------------------------------------------

const DEP_TIME_DOMAIN: readonly [number, number] = [30, 20160];
const DEP_TIME_TICKS = [60, 360, 1440, 4320, 10080, 20160];

export function depressionTimeline(lang: DisplayLang): RowFigureModel {
  const kish = series(DEPRESSION_OUTCOMES, 'kishimoto2016');
  const si = series(DEPRESSION_OUTCOMES, 'wilkinson2018-si');
  const rows: RowSpec[] = [];
  const tableRows: TableRow[] = [];
  const when = (tp: { label: { en: string; es: string } }) => t(tp.label, lang);
  const push = (
    key: string,
    label: string,
    whenText: string,
    value: string,
    n: number | undefined,
    from: number,
    to: number,
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
    table: {
      caption: t(han.title, lang),
      columns: measureTableColumns(lang),
      rows: built.tableRows,
    },
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
    table: { caption: t(w.title, lang), columns: measureTableColumns(lang), rows: built.tableRows },
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
    table: {
      caption: t(S.depOddsTitle, lang),
      columns: measureTableColumns(lang),
      rows: built.tableRows,
    },
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'log',
    xDomain: [0.5, 100],
    xTicks: numTicks([0.5, 1, 2, 5, 10, 20, 50, 100], lang),
    reference: 1,
    note: newport.note ? t(newport.note, lang) : undefined,
  };
}

// --- OCD and anxiety ---------------------------------------------------------------------------

function shareFigure(
  id: string,
  list: readonly OutcomeSeries[],
  lang: DisplayLang,
  title: string,
  summary: string,
  include?: (m: Measure, s: OutcomeSeries) => boolean,
): RowFigureModel {
  const built = barRows(list, lang, include);
  const factIds = factIdsOf(list);
  const hasCounts = list.some((s) => s.measures.some((m) => m.count));
  return {
    id,
    title,
    summary,
    axisLabel: t(S.axisSharePatients, lang),
    rows: built.rows,
    table: { caption: title, columns: measureTableColumns(lang), rows: built.tableRows },
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [0, 100],
    xTicks: pctTicks(lang),
    legend: armLegend(
      lang,
      list.some((s) => s.measures.some((m) => m.arm === 'single-arm')),
    ),
    note: hasCounts ? t(S.wilsonNote, lang) : undefined,
  };
}

export function ocdFigure(lang: DisplayLang): RowFigureModel {
  const rod = series(OCD_OUTCOMES, 'rodriguez2013');
  const bloch = series(OCD_OUTCOMES, 'bloch2012');
  const count = (s: OutcomeSeries, arm: string) => s.measures.find((m) => m.arm === arm)?.count;
  const k = count(rod, 'ketamine');
  const p = count(rod, 'saline');
  const b = bloch.measures[0]?.count;
  return shareFigure(
    'ocd-response',
    [rod, bloch],
    lang,
    t(S.ocdTitle, lang),
    t(S.ocdSummary, lang, {
      k: k ? `${k.events}/${k.total}` : '–',
      p: p ? `${p.events}/${p.total}` : '–',
      b: b ? `${b.events}/${b.total}` : '–',
    }),
  );
}

/** Anxiety measures that are not a share of patients (e.g. "≈50% fall in ratings"). */
export function isShareOfPatients(m: Measure): boolean {
  return m.unit === 'percent' && !/fall in|bajada/i.test(m.label.en);
}

export function anxietyFigure(lang: DisplayLang): RowFigureModel {
  const list = [
    series(ANXIETY_OUTCOMES, 'glue2017'),
    series(ANXIETY_OUTCOMES, 'taylor2018'),
    series(ANXIETY_OUTCOMES, 'glue2018'),
  ];
  const ns = list.map((s) => s.n ?? NaN);
  return shareFigure(
    'anxiety-response',
    list,
    lang,
    t(S.anxietyTitle, lang),
    t(S.anxietySummary, lang, {
      min: formatNumber(Math.min(...ns), lang),
      max: formatNumber(Math.max(...ns), lang),
      count: list.length,
    }),
    (m) => isShareOfPatients(m),
  );
}

// --- Pain --------------------------------------------------------------------------------------

export function painMeta(lang: DisplayLang): RowFigureModel {
  const o = series(PAIN_OUTCOMES, 'orhurhu2019');
  const built = forestRows([o], lang, (m) => m.unit === 'nrsPoints');
  const factIds = factIdsOf([o]);
  const m = o.measures[0];
  return {
    id: 'pain-meta',
    title: t(o.title, lang),
    summary: t(S.painMetaSummary, lang, {
      value: m ? formatMeasure(m, lang) : '–',
      n: formatNumber(o.n ?? NaN, lang),
      caveats: caveatText(o.caveats, lang),
    }),
    axisLabel: t(S.axisPainDifference, lang),
    rows: built.rows,
    table: { caption: t(o.title, lang), columns: measureTableColumns(lang), rows: built.tableRows },
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [-4, 1],
    xTicks: numTicks([-4, -3, -2, -1, 0, 1], lang, 0),
    reference: 0,
    note: o.note ? t(o.note, lang) : undefined,
  };
}

export function painCrps(lang: DisplayLang): RowFigureModel {
  const s = series(PAIN_OUTCOMES, 'sigtermans2009');
  const built = barRows([s], lang, (m) => m.unit === 'nrsPoints');
  const factIds = factIdsOf([s]);
  const v = (arm: string) => s.measures.find((m) => m.arm === arm);
  const lost = s.milestones?.[0];
  return {
    id: 'pain-crps',
    title: t(s.title, lang),
    summary: t(S.painCrpsSummary, lang, {
      drug: v('esketamine') ? formatValue(v('esketamine')!, lang) : '–',
      placebo: v('placebo') ? formatValue(v('placebo')!, lang) : '–',
      n: formatNumber(s.n ?? NaN, lang),
      lost: lost ? t(lost.timepoint.label, lang) : '–',
    }),
    axisLabel: t(S.axisPainScore, lang),
    rows: built.rows,
    table: { caption: t(s.title, lang), columns: measureTableColumns(lang), rows: built.tableRows },
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [0, 10],
    xTicks: numTicks([0, 2, 4, 6, 8, 10], lang, 0),
    legend: armLegend(lang),
    // The study's own note (function, psychomimetic effects) is listed under "More studies".
  };
}

// --- Per condition -------------------------------------------------------------------------------

export function outcomesFor(condition: ConditionId, lang: DisplayLang): ConditionOutcomes {
  switch (condition) {
    case 'depression':
      return {
        condition,
        figures: [
          depressionTimeline(lang),
          depressionRates(lang),
          depressionBlinding(lang),
          depressionOdds(lang),
        ],
        notes: ['lii2023', 'karmadep2', 'elektd', 'berman2000', 'transform2', 'sustain1'].map(
          (id) => noteFor(series(DEPRESSION_OUTCOMES, id), lang),
        ),
      };
    case 'ocd':
      return {
        condition,
        figures: [ocdFigure(lang)],
        notes: [noteFor(series(OCD_OUTCOMES, 'rodriguez2013'), lang, () => false)],
      };
    case 'anxiety':
      return {
        condition,
        figures: [anxietyFigure(lang)],
        notes: [
          noteFor(series(ANXIETY_OUTCOMES, 'glue2017'), lang, () => false),
          noteFor(series(ANXIETY_OUTCOMES, 'glue2018'), lang, (m) => !isShareOfPatients(m)),
        ],
      };
    case 'pain': {
      const group = (id: string, title: string, summary: string, uses: readonly GradedUse[]) => {
        const factIds = [...new Set(uses.map((g) => g.factId))];
        return { id, title, summary, uses, factIds, sources: sourcesForFacts(factIds) };
      };
      return {
        condition,
        figures: [painMeta(lang), painCrps(lang)],
        notes: [noteFor(series(PAIN_OUTCOMES, 'sigtermans2009'), lang, () => false)],
        graded: [
          group(
            'pain-guideline',
            t(S.painGuidelineTitle, lang),
            t(S.painGuidelineSummary, lang),
            PAIN_GUIDELINE,
          ),
          group(
            'acute-pain-guideline',
            t(S.acutePainGuidelineTitle, lang),
            t(S.acutePainGuidelineSummary, lang),
            ACUTE_PAIN_GUIDELINE,
          ),
        ],
      };
    }
  }
}
