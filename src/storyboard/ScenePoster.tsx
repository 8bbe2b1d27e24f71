// The phone's first picture of the scene while the 3D synapse waits for a tap (app/scene-start.ts):
// the current stage drawn as on the storyboard, following the stage and the chosen condition.
import { useApp, useCurrentStage } from '../state/app-store';
import { useText } from '../i18n/use-text';
import { StagePicture } from './StagePicture';
import './storyboard.css';

export function ScenePoster() {
  const stage = useCurrentStage();
  const tr = useText();
  const condition = useApp((s) => s.selectedCondition);
  return (
    <div className="poster-frame" data-testid="poster-picture" data-stage={stage.id}>
      <StagePicture stage={stage} condition={condition} label={tr(stage.title)} tr={tr} />
    </div>
  );
}
