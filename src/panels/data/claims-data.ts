// Popular claims with their grade and reason, and the inflammation figure. Pure.
import { MARKETING_CLAIMS, type MarketingClaim } from '../../content/marketing-claims';
import { INFLAMMATION } from '../../content/outcomes';
import type { Source } from '../../content/types';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { formatNumber } from '../lib/format';
import { t, type RowFigureModel } from './figure-model';
import { formatMeasure } from './measure-text';
import { forestRows, measureTable } from './row-builders';
import { sourcesFor, sourcesForFacts } from './sources';

export interface ClaimView {
  claim: MarketingClaim;
  sources: Source[];
}

export function claimViews(): ClaimView[] {
  return MARKETING_CLAIMS.map((claim) => ({
    claim,
    sources: [...sourcesForFacts(claim.factIds), ...sourcesFor(claim.extraSourceIds ?? [])].filter(
      (s, i, all) => all.findIndex((x) => x.id === s.id) === i,
    ),
  }));
}

export function claimsSummary(lang: DisplayLang): string {
  const supported = MARKETING_CLAIMS.filter(
    (c) => c.grade === 'strong' || c.grade === 'moderate',
  ).length;
  return t(S.claimsSummary, lang, { total: MARKETING_CLAIMS.length, supported });
}

export function inflammationFigure(lang: DisplayLang): RowFigureModel {
  const list = INFLAMMATION.series;
  const built = forestRows(list, lang, (m) => m.unit === 'pgPerMl');
  const factIds = [
    ...new Set(list.flatMap((s) => [...s.factIds, ...s.measures.map((m) => m.factId)])),
  ];
  const dale = list[0];
  const m = dale?.measures[0];
  return {
    id: 'inflammation-il6',
    title: dale ? t(dale.title, lang) : '',
    summary: t(S.inflammationFigSummary, lang, {
      value: m ? formatMeasure(m, lang) : '–',
      n: formatNumber(dale?.n ?? NaN, lang),
    }),
    axisLabel: t(S.axisIl6, lang),
    rows: built.rows,
    table: measureTable(dale ? t(dale.title, lang) : '', built, lang),
    factIds,
    sources: sourcesForFacts(factIds),
    xKind: 'linear',
    xDomain: [-120, 20],
    xTicks: [-120, -80, -40, 0].map((v) => ({ value: v, label: formatNumber(v, lang) })),
    reference: 0,
  };
}

export function inflammationDepression() {
  const uses = INFLAMMATION.depression;
  const factIds = [...new Set(uses.map((u) => u.factId))];
  return { uses, factIds, sources: sourcesForFacts(factIds) };
}
