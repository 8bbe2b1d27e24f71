// Panel "outcomes": what trials found for each condition, with n and uncertainty on every
// figure, the strength of the evidence, and the sources. The condition follows the store.
import { useMemo } from 'react';
import { useLang } from '../../i18n/use-text';
import { useApp } from '../../state/app-store';
import { GradedList } from '../chart/GradedList';
import { RowFigure } from '../chart/RowFigure';
import { StudyNotes } from '../chart/StudyNotes';
import { shownCondition } from '../data/conditions';
import { outcomesFor } from '../data/outcomes-figures';
import { ConditionPicker } from './ConditionPicker';

export function OutcomesPanel() {
  const lang = useLang();
  const condition = shownCondition(useApp((s) => s.selectedCondition));
  const data = useMemo(() => outcomesFor(condition, lang), [condition, lang]);
  return (
    <div className="panel panel-outcomes" data-testid="panel-outcomes" data-condition={condition}>
      <ConditionPicker shown={condition} />
      {data.figures.map((f) => (
        <RowFigure key={f.id} model={f} />
      ))}
      {(data.graded ?? []).map((g) => (
        <GradedList
          key={g.id}
          id={g.id}
          title={g.title}
          summary={g.summary}
          uses={g.uses}
          sources={g.sources}
        />
      ))}
      <StudyNotes notes={data.notes} />
    </div>
  );
}

export default OutcomesPanel;
