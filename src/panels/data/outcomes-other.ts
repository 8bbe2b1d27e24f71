// OCD, anxiety and pain outcome figures. Pure.
import {
  ANXIETY_OUTCOMES,
  OCD_OUTCOMES,
  PAIN_OUTCOMES,
  type Measure,
  type OutcomeSeries,
} from '../../content/outcomes';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { formatNumber } from '../lib/format';
import { caveatText, t, type RowFigureModel } from './figure-model';
import { formatMeasure, formatValue } from './measure-text';
import { barRows, forestRows, measureTable } from './row-builders';
import { sourcesForFacts } from './sources';
import { armLegend, factIdsOf, numTicks, pctTicks, series } from './outcomes-shared';

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
    table: measureTable(title, built, lang),
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
    table: measureTable(t(o.title, lang), built, lang),
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
    table: measureTable(t(s.title, lang), built, lang),
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [0, 10],
    xTicks: numTicks([0, 2, 4, 6, 8, 10], lang, 0),
    legend: armLegend(lang),
    // The study's own note (function, psychomimetic effects) is listed under "More studies".
  };
}
