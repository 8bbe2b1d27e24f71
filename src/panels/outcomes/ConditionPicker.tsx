// Condition buttons, in sync with the store's selectedCondition (shared with the matrix).
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useText } from '../../i18n/use-text';
import { useApp } from '../../state/app-store';
import type { ConditionId } from '../../story/structures';
import { CONDITION_LABELS, CONDITION_ORDER } from '../data/conditions';

export function ConditionPicker({ shown }: { shown: ConditionId }) {
  const tr = useText();
  return (
    <div className="segmented" role="group" aria-label={tr(S.conditionPicker)}>
      {CONDITION_ORDER.map((c) => (
        <button
          key={c}
          type="button"
          aria-pressed={c === shown}
          data-condition={c}
          onClick={() => useApp.getState().selectCondition(c)}
        >
          {tr(CONDITION_LABELS[c])}
        </button>
      ))}
    </div>
  );
}
