// The app's narration stream, fed by the store (stage changes) and the clock (model events).
import { onClockTick } from '../state/clock';
import { useApp } from '../state/app-store';
import { visibleStages } from '../state/store';
import { localize, type DisplayLang } from '../i18n/localize';
import { MODEL_EVENT_TEXT } from '../i18n/strings/narration';
import { createNarrationStream, type NarrationLine } from './narration-stream';

export const narration = createNarrationStream();

/** The current visit's stage line and latest model event, for views that mount later. */
export const latestNarration: { stage: NarrationLine | null; event: NarrationLine | null } = {
  stage: null,
  event: null,
};
narration.subscribe((line) => {
  if (line.kind === 'stage') {
    latestNarration.stage = line;
    latestNarration.event = null;
  } else latestNarration.event = line;
});

let visits = 0;

/** Starts feeding the stream; returns a stop function. */
export function startNarration(): () => void {
  let lastStage = '';
  const showCurrent = () => {
    const { story, stageIndex } = useApp.getState();
    const stage = visibleStages(story)[stageIndex];
    if (!stage) return;
    const key = `${story.id}/${stage.id}/${stageIndex}`;
    if (key === lastStage) return;
    lastStage = key;
    narration.stageShown(stage.id, ++visits);
  };
  showCurrent();
  const stopStore = useApp.subscribe(showCurrent);
  // the patients' story says no model figures (levels in ng/mL): no model events
  const stopClock = onClockTick((c) => {
    if (useApp.getState().story.audience !== 'patients') narration.modelTick(c.state);
  });
  return () => {
    stopStore();
    stopClock();
    lastStage = '';
  };
}

/** The words for a line in the current story and language. */
export function narrationText(line: NarrationLine, lang: DisplayLang): string {
  if (line.kind === 'model') return localize(MODEL_EVENT_TEXT[line.event], lang);
  const stage = useApp.getState().story.stages.find((s) => s.id === line.stageId);
  return stage ? localize(stage.narration, lang) : '';
}
