// "Molecules enlarged" note, shown while the stage draws the molecular close-up, so the change of
// scale is said, not only seen. Renders on stage and language changes only.
import { SCENE_STRINGS as S } from '../../i18n/strings/scene';
import { useText } from '../../i18n/use-text';
import { useCurrentStage } from '../../state/app-store';

export function ScaleNote() {
  const tr = useText();
  const stage = useCurrentStage();
  if (!stage.cast?.includes('channelCloseUp')) return null;
  return (
    <p className="scene-scale-note" data-testid="scene-scale-note">
      {tr(S.moleculeScale)}
    </p>
  );
}
