// Placeholder scene root; the 3D synapse replaces it.
import { Canvas } from '@react-three/fiber';

export default function SceneRoot() {
  return (
    <Canvas data-testid="scene-canvas" camera={{ position: [0, 0.6, 9], fov: 40 }}>
      <ambientLight intensity={0.6} />
      <mesh>
        <sphereGeometry args={[1, 32, 16]} />
        <meshStandardMaterial color="#d9a38a" />
      </mesh>
    </Canvas>
  );
}
