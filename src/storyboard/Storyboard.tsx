// 2D storyboard of the current stage, for devices without WebGL and for reduced motion.
import { useCurrentStage } from '../state/app-store';
import { useText } from '../i18n/use-text';

export function Storyboard() {
  const stage = useCurrentStage();
  const tr = useText();
  return (
    <figure className="storyboard" data-testid="storyboard" data-stage={stage.id}>
      <figcaption>{tr(stage.explanation)}</figcaption>
    </figure>
  );
}
