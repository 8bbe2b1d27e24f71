// The questions behind one claim's grade (randomised? active placebo? blinding held? large?
// replicated?), each answered yes or no, so the reason for the grade is visible with it.
import { GRADE_CRITERIA } from '../../content/evidence-grades';
import type { GradeCriteria } from '../../content/types';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useText } from '../../i18n/use-text';

export function ClaimCriteria({ criteria }: { criteria: GradeCriteria }) {
  const tr = useText();
  return (
    <ul className="claim-criteria" aria-label={tr(S.claimCriteria)}>
      {GRADE_CRITERIA.map((c) => {
        const yes = criteria[c.id];
        return (
          <li key={c.id} data-criterion={c.id} data-met={yes ? 'yes' : 'no'}>
            <span aria-hidden="true">{yes ? '✓' : '✗'} </span>
            {tr(c.label)}: {tr(yes ? S.criterionYes : S.criterionNo)}
          </li>
        );
      })}
    </ul>
  );
}
