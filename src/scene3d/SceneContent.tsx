// What the canvas holds: lighting, camera, and the view of the current stage (the synapse, the
// dorsal horn for the pain condition, the calm synapse, or the brain with a condition's circuit;
// the brain itself, far above, is always mounted and shows itself when its stage or view needs
// it). Pointer picking names structures.
import type { ThreeEvent } from '@react-three/fiber';
import { lazy, Suspense } from 'react';
import { useApp, useCurrentStage } from '../state/app-store';
import { DorsalHorn } from './anatomy/DorsalHorn';
import { SynapseAnatomy } from './anatomy/SynapseAnatomy';
import { AmpaCurrent } from './molecules/AmpaCurrent';
import { Bdnf } from './molecules/Bdnf';
import { Ketamine } from './molecules/Ketamine';
import { MtorSignal } from './molecules/MtorSignal';
import { NewSpines } from './molecules/NewSpines';
import { Receptors } from './molecules/Receptors';
import { Transmission } from './molecules/Transmission';
import { ChannelCloseUp } from './molecules/ChannelCloseUp';
import { Circuit } from './circuit/Circuit';
import { SpineTimeLapse } from './cascade/SpineTimeLapse';
import { CameraRig } from './system/CameraRig';
import { CastGroup } from './system/CastGroup';
import { Highlighter } from './system/Highlighter';
import { LabelProjector } from './system/LabelProjector';
import { Lights } from './system/Lights';
import { pickedPoint } from './overlay/label-slots';
import { pointer } from './system/registry';
import { pickableStructure } from './system/view-probe';
import { SceneDriver } from './system/SceneDriver';
import { isBrainView, scaleFor, viewFor } from '../story/views';

/** The nearest hit on a drawn structure under the pointer (hidden actors are still hit). */
function structureHit(e: ThreeEvent<PointerEvent | MouseEvent>) {
  for (const hit of e.intersections) {
    const id = pickableStructure(hit.object);
    if (id) return { id, point: hit.point };
  }
  return null;
}

/** The brain (its geometry code) is a chunk of its own, fetched as the scene mounts: the 3D
 * chunk stays within its size budget. */
const Brain = lazy(() => import('./brain/Brain'));

const onMove = (e: ThreeEvent<PointerEvent>) => {
  e.stopPropagation();
  // a finger has no hover: a tap names (onClick), and a drag orbits without labels flickering
  if (e.nativeEvent.pointerType === 'touch') return;
  const id = structureHit(e)?.id ?? null;
  pointer.hovered = id;
  document.body.style.cursor = id ? 'pointer' : '';
};
const onOut = () => {
  pointer.hovered = null;
  document.body.style.cursor = '';
};
/** A click or a tap names the structure under it (again: unnames it); elsewhere unnames. */
const onClick = (e: ThreeEvent<MouseEvent>) => {
  e.stopPropagation();
  const hit = structureHit(e);
  const app = useApp.getState();
  if (hit) {
    pickedPoint.id = hit.id;
    pickedPoint.at.copy(hit.point);
  }
  app.selectStructure(hit && app.selectedStructure !== hit.id ? hit.id : null);
};
const onMissed = () => {
  if (useApp.getState().selectedStructure) useApp.getState().selectStructure(null);
};

export function SceneContent() {
  const stage = useCurrentStage();
  const condition = useApp((s) => s.selectedCondition);
  const view = viewFor(stage, condition);
  // the brain is seen from further away: its fog starts and ends further out
  const fog: [string, number, number] =
    view === 'calm'
      ? ['#121a30', 11, 28]
      : scaleFor(stage, condition) === 'brain'
        ? ['#0f172b', 15, 38]
        : ['#0f172b', 9, 26];
  return (
    <>
      <SceneDriver />
      <CameraRig />
      <Highlighter />
      <LabelProjector />
      <Lights calm={view === 'calm'} />
      <fog attach="fog" args={fog} />
      <group
        onPointerMove={onMove}
        onPointerOut={onOut}
        onClick={onClick}
        onPointerMissed={onMissed}
      >
        <Suspense fallback={null}>
          <Brain />
        </Suspense>
        {view === 'dorsalHorn' ? (
          <DorsalHorn />
        ) : isBrainView(view) ? null : (
          <>
            <SynapseAnatomy />
            <CastGroup actor="newSpines">
              <NewSpines />
            </CastGroup>
            <Receptors />
            <CastGroup actor="transmission">
              <Transmission />
              <AmpaCurrent />
            </CastGroup>
            <CastGroup actor="freeKetamine">
              <Ketamine />
            </CastGroup>
            <CastGroup actor="bdnf">
              <Bdnf />
            </CastGroup>
            <CastGroup actor="mtor">
              <MtorSignal />
            </CastGroup>
            <CastGroup actor="channelCloseUp">
              <ChannelCloseUp />
            </CastGroup>
            <CastGroup actor="circuit">
              <Circuit />
            </CastGroup>
            <CastGroup actor="spineTimeLapse">
              <SpineTimeLapse />
            </CastGroup>
          </>
        )}
      </group>
    </>
  );
}
