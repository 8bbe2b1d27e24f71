// What the canvas holds: lighting, camera, and the view of the current stage.
import { SynapseAnatomy } from './anatomy/SynapseAnatomy';
import { Bdnf } from './molecules/Bdnf';
import { Ketamine } from './molecules/Ketamine';
import { MtorSignal } from './molecules/MtorSignal';
import { NewSpines } from './molecules/NewSpines';
import { Receptors } from './molecules/Receptors';
import { Transmission } from './molecules/Transmission';
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
      <NewSpines />
      <Receptors />
      <Transmission />
      <Ketamine />
      <Bdnf />
      <MtorSignal />
    </>
  );
}
