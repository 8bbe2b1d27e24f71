// Panel "sideEffects": when side effects happen (with the "now" cursor), the blood-pressure
// rise, adverse-event rates against placebo, and monitoring and abuse liability stated plainly.
import { useMemo } from 'react';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import { RowFigure } from '../chart/RowFigure';
import { Sources } from '../chart/Sources';
import { StudyNotes } from '../chart/StudyNotes';
import {
  adverseEventFigure,
  bloodPressureFigure,
  dissociationNotes,
  safetyStatements,
  sideEffectTimeline,
} from '../data/side-effects-figures';
import { sourcesForFacts } from '../data/sources';

export function SideEffectsPanel() {
  const tr = useText();
  const lang = useLang();
  const data = useMemo(
    () => ({
      timeline: sideEffectTimeline(lang),
      bp: bloodPressureFigure(lang),
      ae: adverseEventFigure(lang),
      notes: dissociationNotes(lang),
      safety: safetyStatements(lang),
    }),
    [lang],
  );
  const safetySources = useMemo(
    () => sourcesForFacts(data.safety.map((s) => s.factId)),
    [data.safety],
  );
  return (
    <div className="panel panel-side-effects" data-testid="panel-sideEffects">
      <section className="callout" data-testid="safety-statements">
        <h3 className="pfig-subhead">{tr(S.safetyTitle)}</h3>
        <ul className="plain-list">
          {data.safety.map((s) => (
            <li key={s.factId} data-fact={s.factId}>
              {s.text}
            </li>
          ))}
        </ul>
        <Sources sources={safetySources} />
      </section>
      <RowFigure model={data.timeline} />
      <RowFigure model={data.ae} />
      <RowFigure model={data.bp} />
      <StudyNotes notes={data.notes} title={tr(S.dissociationTitle)} />
    </div>
  );
}

export default SideEffectsPanel;
