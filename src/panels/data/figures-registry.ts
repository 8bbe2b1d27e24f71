// Every figure the panels show, as data, for the tests: ids, the facts behind each and its
// sources. Built with the same functions the panels render from.
import { CASCADE_FACT_IDS, BLOCK_FACT_IDS } from './model-series';
import { PLASMA_FACT_IDS } from './plasma-data';
import { HISTORY_FACT_IDS } from './history-data';
import { matrixFactIds } from './matrix-data';
import { outcomesFor } from './outcomes-figures';
import {
  adverseEventFigure,
  bloodPressureFigure,
  dissociationNotes,
  safetyStatements,
  sideEffectTimeline,
} from './side-effects-figures';
import { claimViews, inflammationDepression, inflammationFigure } from './claims-data';
import { sourcesForFacts } from './sources';
import type { RowFigureModel } from './figure-model';
import type { Source } from '../../content/types';
import type { DisplayLang } from '../../i18n/localize';
import type { PanelId } from '../../story/structures';
import { CONDITION_IDS } from '../../story/structures';

export interface ShownFigure {
  id: string;
  panel: PanelId;
  factIds: readonly string[];
  sources: readonly Source[];
  /** the row model, for row figures */
  model?: RowFigureModel;
}

const fixed = (id: string, panel: PanelId, factIds: readonly string[]): ShownFigure => ({
  id,
  panel,
  factIds,
  sources: sourcesForFacts(factIds),
});

export function allShownFigures(lang: DisplayLang): ShownFigure[] {
  const out: ShownFigure[] = [
    fixed('plasma', 'plasma', PLASMA_FACT_IDS),
    fixed('block', 'block', BLOCK_FACT_IDS),
    fixed('cascade', 'cascade', CASCADE_FACT_IDS),
    fixed('history', 'history', HISTORY_FACT_IDS),
    fixed('matrix', 'matrix', matrixFactIds()),
  ];
  const row = (panel: PanelId, model: RowFigureModel) =>
    out.push({ id: model.id, panel, factIds: model.factIds, sources: model.sources, model });
  for (const c of CONDITION_IDS) {
    const o = outcomesFor(c, lang);
    o.figures.forEach((f) => row('outcomes', f));
    o.notes.forEach((n) =>
      out.push({ id: `note-${n.id}`, panel: 'outcomes', factIds: n.factIds, sources: n.sources }),
    );
    for (const g of o.graded ?? []) {
      out.push({ id: `graded-${g.id}`, panel: 'outcomes', factIds: g.factIds, sources: g.sources });
    }
  }
  row('sideEffects', sideEffectTimeline(lang));
  row('sideEffects', adverseEventFigure(lang));
  row('sideEffects', bloodPressureFigure(lang));
  dissociationNotes(lang).forEach((n) =>
    out.push({ id: `note-${n.id}`, panel: 'sideEffects', factIds: n.factIds, sources: n.sources }),
  );
  const safety = safetyStatements(lang).map((s) => s.factId);
  out.push(fixed('safety-statements', 'sideEffects', safety));
  row('claims', inflammationFigure(lang));
  const infl = inflammationDepression();
  out.push({ id: 'inflammation-depression', panel: 'claims', ...infl });
  for (const v of claimViews()) {
    out.push({
      id: `claim-${v.claim.id}`,
      panel: 'claims',
      factIds: v.claim.factIds,
      sources: v.sources,
    });
  }
  return out;
}
