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
} from '../../content/outcomes';
import type { DisplayLang } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import type { ConditionId } from '../../story/structures';
import { t } from './figure-model';
import { sourcesForFacts } from './sources';
import { noteFor, series, type ConditionOutcomes } from './outcomes-shared';
import {
  depressionBlinding,
  depressionOdds,
  depressionRates,
  depressionTimeline,
} from './outcomes-depression';
import { anxietyFigure, isShareOfPatients, ocdFigure, painCrps, painMeta } from './outcomes-other';
export {
  armLegend,
  noteFor,
  type ConditionOutcomes,
  type GradedGroup,
  type StudyNote,
} from './outcomes-shared';
export {
  depressionBlinding,
  depressionOdds,
  depressionRates,
  depressionTimeline,
} from './outcomes-depression';
export { anxietyFigure, isShareOfPatients, ocdFigure, painCrps, painMeta } from './outcomes-other';

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
