// The view a stage shows: its own `view`, or the one its story entry gives for the chosen
// condition (the conditions stage shows the dorsal horn for pain).
import type { Stage } from './schema';
import type { ConditionId, ViewId } from './structures';

export function viewFor(
  stage: Pick<Stage, 'view' | 'conditionViews'>,
  condition: ConditionId | null,
): ViewId {
  return (condition && stage.conditionViews?.[condition]) || stage.view;
}
