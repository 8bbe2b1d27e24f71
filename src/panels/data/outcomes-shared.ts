// Shared pieces of the outcome figures: note and group types, series lookup, ticks, legend and
// the per-series study notes. Pure.
import { type GradedUse, type Measure, type OutcomeSeries } from '../../content/outcomes';
import type { Source } from '../../content/types';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import type { ConditionId } from '../../story/structures';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import type { LegendItem } from '../chart/Legend';
import { formatNumber } from '../lib/format';
import { armLabel, measureN, nText, seriesHeading, t, type RowFigureModel } from './figure-model';
import { formatMeasure } from './measure-text';
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

export function series(list: readonly OutcomeSeries[], id: string): OutcomeSeries {
  const s = list.find((x) => x.id === id);
  if (!s) throw new Error(`panels: outcome series "${id}" is missing from src/content`);
  return s;
}

export function factIdsOf(list: readonly OutcomeSeries[]): string[] {
  return [...new Set(list.flatMap((s) => [...s.factIds, ...s.measures.map((m) => m.factId)]))];
}

const PERCENT_TICKS = [0, 25, 50, 75, 100];
export const pctTicks = (lang: DisplayLang) =>
  PERCENT_TICKS.map((v) => ({ value: v, label: lang === 'es' ? `${v} %` : `${v}%` }));
export const numTicks = (values: readonly number[], lang: DisplayLang, digits = 1) =>
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
