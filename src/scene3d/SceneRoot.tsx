// The 3D synapse (lazy chunk): canvas, DOM overlays, and recovery from a lost WebGL context.
import { Canvas } from '@react-three/fiber';
import { NeutralToneMapping } from 'three';
import { SceneContent } from './SceneContent';
import { TimeScaleOverlay } from './overlay/TimeScaleOverlay';
import './scene.css';

export default function SceneRoot() {
  return (
    <div className="scene3d" data-testid="scene3d">
      <Canvas
        data-testid="scene-canvas"
        camera={{ position: [0, 0.6, 9], fov: 40, near: 0.1, far: 80 }}
        dpr={[1, 1.5]}
        gl={{
          antialias: true,
          alpha: true,
          toneMapping: NeutralToneMapping,
          powerPreference: 'high-performance',
        }}
      >
        <SceneContent />
      </Canvas>
      <TimeScaleOverlay />
    </div>
  );
}
