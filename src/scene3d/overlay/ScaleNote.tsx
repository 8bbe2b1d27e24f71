// "Molecules enlarged" note, shown while the stage draws the molecular close-up, and the circuit
// view's "not to scale" note with the two cells' firing rates, so the change of scale is said,
// not only seen. Renders on stage and language changes only. Labels keep out of it
// (label-slots.ts: labelKeepOut).
import { SCENE_STRINGS as S } from '../../i18n/strings/scene';
import { useText } from '../../i18n/use-text';
import { useCurrentStage } from '../../state/app-store';
import { CircuitNote } from '../circuit/CircuitNote';
import { labelKeepOut } from './label-slots';

const noteRef = (el: HTMLElement | null) => {
  labelKeepOut.el = el;
};

export function ScaleNote() {
  const tr = useText();
  const stage = useCurrentStage();
  if (stage.cast?.includes('circuit')) return <CircuitNote noteRef={noteRef} />;
  if (!stage.cast?.includes('channelCloseUp')) return null;
  return (
    <p className="scene-scale-note" data-testid="scene-scale-note" ref={noteRef}>
      {tr(S.moleculeScale)}
    </p>
  );
}
