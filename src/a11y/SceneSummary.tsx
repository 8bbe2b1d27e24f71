// A screen-reader summary of what the scene shows now: the stage, the structures marked in it,
// and what the model does over the stage. Not a live region (the narration is): it is there to
// be read when wanted, under its own heading. Lazily loaded with the structure names.
import { useMemo } from 'react';
import { useApp, useCurrentStage } from '../state/app-store';
import { visibleStages } from '../state/store';
import { formatDuration } from '../i18n/format-time';
import { A11Y_STRINGS as A } from '../i18n/strings/a11y';
import { STRUCTURE_TEXT } from '../i18n/strings/scene';
import { useText } from '../i18n/use-text';
import { stillReadout } from './still-readout';
import { listText, MEASURE_NAMES, valueText } from './readout-text';

export default function SceneSummary() {
  const tr = useText();
  const lang = useApp((s) => s.lang);
  const regimen = useApp((s) => s.regimen);
  const story = useApp((s) => s.story);
  const stageIndex = useApp((s) => s.stageIndex);
  const reducedMotion = useApp((s) => s.reducedMotion);
  const stage = useCurrentStage();
  const readout = useMemo(() => stillReadout(stage, regimen), [stage, regimen]);
  const changes = readout.rows
    .filter((r) => r.direction !== 'steady')
    .map((r) =>
      tr(A.summaryChange, {
        name: tr(MEASURE_NAMES[r.id]),
        from: valueText(r.unit, r.before, lang),
        to: valueText(r.unit, r.after, lang),
      }),
    );
  const marked = stage.highlight.map((id) => tr(STRUCTURE_TEXT[id].name));

  return (
    <section
      className="visually-hidden"
      aria-labelledby="scene-summary-title"
      data-testid="scene-summary"
    >
      <h2 id="scene-summary-title">{tr(A.summaryTitle)}</h2>
      <p>
        {tr(A.summaryStage, {
          n: stageIndex + 1,
          total: visibleStages(story).length,
          title: tr(stage.title),
        })}
      </p>
      {marked.length ? <p>{tr(A.summaryHighlights, { list: listText(marked, lang) })}</p> : null}
      {reducedMotion ? <p>{tr(A.summaryStill)}</p> : null}
      {/* the patients' story (kiosk) says no model figures */}
      {story.audience === 'patients' ? null : (
        <p>
          {changes.length
            ? tr(A.summaryModel, {
                start: formatDuration(readout.startMin, lang),
                end: formatDuration(readout.endMin, lang),
                list: listText(changes, lang),
              })
            : tr(A.summaryNoChange)}
        </p>
      )}
    </section>
  );
}
