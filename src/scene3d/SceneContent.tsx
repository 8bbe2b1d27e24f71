// What the canvas holds: lighting, camera, and the view of the current stage.
import { SynapseAnatomy } from './anatomy/SynapseAnatomy';
import { CameraRig } from './system/CameraRig';
import { Lights } from './system/Lights';
import { SceneDriver } from './system/SceneDriver';

export function SceneContent() {
  return (
    <>
      <SceneDriver />
      <CameraRig />
      <Lights />
      <fog attach="fog" args={['#0f172b', 9, 26]} />
      <SynapseAnatomy />
    </>
  );
}
