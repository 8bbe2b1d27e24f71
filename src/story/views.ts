// The view a stage shows: its own `view`, or the one its story entry gives for the chosen
// condition (the conditions stage shows the dorsal horn for pain, the brain's circuits for the
// others); and the scale of the picture on screen.
import type { Stage } from './schema';
import type { ConditionId, ScaleId, ViewId } from './structures';

export function viewFor(
  stage: Pick<Stage, 'view' | 'conditionViews'>,
  condition: ConditionId | null,
): ViewId {
  return (condition && stage.conditionViews?.[condition]) || stage.view;
}

/** The views that show the whole brain with a condition's circuit. */
export function isBrainView(view: ViewId): boolean {
  return view === 'brainDepression' || view === 'brainAnxiety' || view === 'brainOcd';
}

/** A stage's scale: its own, else what its cast draws (old story files have none). */
export function stageScale(stage: Pick<Stage, 'scale' | 'cast'>): ScaleId {
  if (stage.scale) return stage.scale;
  const cast = stage.cast ?? [];
  if (cast.includes('channelCloseUp')) return 'molecule';
  if (cast.includes('circuit')) return 'circuit';
  if (cast.includes('brain')) return 'brain';
  return 'synapse';
}

/** The scale on screen: a condition's brain view is at brain scale whatever the stage says. */
export function scaleFor(
  stage: Pick<Stage, 'view' | 'conditionViews' | 'scale' | 'cast'>,
  condition: ConditionId | null,
): ScaleId {
  const view = viewFor(stage, condition);
  if (isBrainView(view)) return 'brain';
  if (view === 'dorsalHorn') return 'synapse';
  return stageScale(stage);
}
