// What the canvas holds: lighting, camera, and the view of the current stage (the synapse, the
// dorsal horn for the pain condition, or the calm synapse). Pointer picking names structures.
import type { ThreeEvent } from '@react-three/fiber';
import { useApp, useCurrentStage } from '../state/app-store';
import type { StructureId } from '../story/structures';
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
import { CameraRig } from './system/CameraRig';
import { CastGroup } from './system/CastGroup';
import { Highlighter } from './system/Highlighter';
import { LabelProjector } from './system/LabelProjector';
import { Lights } from './system/Lights';
import { pointer } from './system/registry';
import { SceneDriver } from './system/SceneDriver';
import { viewFor } from '../story/views';

function structureOf(e: ThreeEvent<PointerEvent | MouseEvent>): StructureId | null {
  const id = e.object.userData.structure as StructureId | undefined;
  return id ?? null;
}

const onMove = (e: ThreeEvent<PointerEvent>) => {
  const id = structureOf(e);
  if (!id) return;
  e.stopPropagation();
  pointer.hovered = id;
  document.body.style.cursor = 'pointer';
};
const onOut = () => {
  pointer.hovered = null;
  document.body.style.cursor = '';
};
const onClick = (e: ThreeEvent<MouseEvent>) => {
  const id = structureOf(e);
  if (!id) return;
  e.stopPropagation();
  const app = useApp.getState();
  app.selectStructure(app.selectedStructure === id ? null : id);
};

export function SceneContent() {
  const stage = useCurrentStage();
  const condition = useApp((s) => s.selectedCondition);
  const view = viewFor(stage, condition);
  return (
    <>
      <SceneDriver />
      <CameraRig />
      <Highlighter />
      <LabelProjector />
      <Lights calm={view === 'calm'} />
      <fog attach="fog" args={view === 'calm' ? ['#121a30', 11, 28] : ['#0f172b', 9, 26]} />
      <group
        onPointerMove={onMove}
        onPointerOut={onOut}
        onClick={onClick}
        onPointerMissed={() => undefined}
      >
        {view === 'dorsalHorn' ? (
          <DorsalHorn />
        ) : (
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
          </>
        )}
      </group>
    </>
  );
}
