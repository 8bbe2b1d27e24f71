// The scale of the picture on screen, said in words (story/views.ts scaleFor): the brain's size
// in life (with a condition's circuit and its evidence grade in the brain views), the circuit's
// "not to scale" note with the two cells' firing rates, the synapse magnified, the molecular
// close-up's "molecules enlarged". Renders on stage, condition and language changes only.
// Labels keep out of it (label-slots.ts: labelKeepOut).
import { lazy } from 'react';
import { SCENE_STRINGS as S } from '../../i18n/strings/scene';
import { useText } from '../../i18n/use-text';
import { useApp, useCurrentStage } from '../../state/app-store';
import { scaleFor, viewFor } from '../../story/views';
import { CircuitNote } from '../circuit/CircuitNote';
import { labelKeepOut } from './label-slots';
import { LazyPart } from '../../ui/LazyPart';

/** The brain's note reads the evidence grades (content/): a chunk of its own, fetched when
 * first shown, so the 3D chunk stays within its size budget. */
const BrainNote = lazy(() => import('../brain/BrainNote'));

const noteRef = (el: HTMLElement | null) => {
  labelKeepOut.el = el;
};

export function ScaleNote() {
  const tr = useText();
  const stage = useCurrentStage();
  const condition = useApp((s) => s.selectedCondition);
  const view = viewFor(stage, condition);
  if (view === 'calm') return null;
  const scale = scaleFor(stage, condition);
  if (scale === 'brain' || view === 'dorsalHorn') {
    return (
      <LazyPart>
        <BrainNote view={view} noteRef={noteRef} />
      </LazyPart>
    );
  }
  if (scale === 'circuit') return <CircuitNote noteRef={noteRef} />;
  return (
    <p className="scene-scale-note" data-testid="scene-scale-note" ref={noteRef}>
      {tr(
        scale === 'synapse'
          ? S.synapseScale
          : stage.cast?.includes('channelCloseUp')
            ? S.moleculeScale
            : S.cascadeScale,
      )}
    </p>
  );
}
