// Panel "claims": popular claims shown with their evidence grade and the reason, never as fact;
// inflammation in its own honest section; and "About the science" (hypotheses, grading,
// last review).
import { useMemo } from 'react';
import { INFLAMMATION } from '../../content/outcomes';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import { GradeChip } from '../chart/GradeChip';
import { GradedList } from '../chart/GradedList';
import { RowFigure } from '../chart/RowFigure';
import { Sources } from '../chart/Sources';
import { AboutScience } from './AboutScience';
import { ClaimCriteria } from './ClaimCriteria';
import {
  claimsSummary,
  claimViews,
  inflammationDepression,
  inflammationFigure,
} from '../data/claims-data';

export function ClaimsPanel() {
  const tr = useText();
  const lang = useLang();
  const claims = useMemo(() => claimViews(), []);
  const il6 = useMemo(() => inflammationFigure(lang), [lang]);
  const depression = useMemo(() => inflammationDepression(), []);
  return (
    <div className="panel panel-claims" data-testid="panel-claims">
      <p className="panel-intro">{tr(S.claimsIntro)}</p>
      <ul className="claims-list" aria-label={tr(S.titleClaims)}>
        {claims.map(({ claim, sources }) => (
          <li key={claim.id} className="claim" data-claim={claim.id} data-grade={claim.grade}>
            <p className="claim-text">
              <q>{tr(claim.claim)}</q>
            </p>
            <p className="claim-grade">
              <GradeChip grade={claim.grade} />
              {claim.qualifier ? <span className="pfig-muted"> {tr(claim.qualifier)}</span> : null}
            </p>
            <p className="claim-reason">
              <span className="visually-hidden">{tr(S.claimWhy)}: </span>
              {tr(claim.reason)}
            </p>
            {claim.criteria ? <ClaimCriteria criteria={claim.criteria} /> : null}
            <Sources sources={sources} />
          </li>
        ))}
      </ul>
      <p className="pfig-summary" data-testid="claims-summary">
        {claimsSummary(lang)}
      </p>

      <section className="inflammation" data-testid="inflammation">
        <h3 className="panel-subtitle">{tr(S.inflammationTitle)}</h3>
        <p className="callout">{tr(INFLAMMATION.summary)}</p>
        <RowFigure model={il6} />
        <GradedList
          id="inflammation-depression"
          title={tr(S.inflammationDepressionTitle)}
          uses={depression.uses}
          sources={depression.sources}
        />
      </section>

      <AboutScience />
    </div>
  );
}

export default ClaimsPanel;
