// Condition names for the panels (story ids → strings).
import type { LocalizedText } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { CONDITION_IDS, type ConditionId } from '../../story/structures';

export const CONDITION_LABELS: Readonly<Record<ConditionId, LocalizedText>> = {
  depression: S.condDepression,
  pain: S.condPain,
  anxiety: S.condAnxiety,
  ocd: S.condOcd,
};

export const CONDITION_ORDER: readonly ConditionId[] = CONDITION_IDS;

/** The condition a panel shows: the one chosen in the store, else depression. */
export function shownCondition(selected: ConditionId | null): ConditionId {
  return selected ?? 'depression';
}
