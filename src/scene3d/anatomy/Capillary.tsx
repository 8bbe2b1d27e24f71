// The capillary behind the synapse, where ketamine arrives from the blood: a translucent vessel
// wall with red blood cells drifting through it (one instanced mesh), so it reads as a blood
// vessel at a glance. Flow is illustrative.
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Euler, InstancedMesh, LatheGeometry, Matrix4, Quaternion, Vector2, Vector3 } from 'three';
import { CAPILLARY } from '../layout';
import { membraneGeometry } from '../geometry/membrane-source';
import { curveOf, smoothProfile } from '../geometry/organic';
import { frameInfo } from '../system/frame-info';
import { moleculeMaterial, vesselMaterial } from '../system/materials';
import { useDisposable } from '../system/use-disposable';
import { useConstant } from '../system/use-constant';

const CELLS = 10;
/** Fraction of the vessel's length a cell travels per second (calm, illustrative). */
const FLOW_PER_SEC = 0.025;
const RBC_RADIUS = 0.42;

const _matrix = new Matrix4();
const _quaternion = new Quaternion();
const _euler = new Euler();
const _position = new Vector3();
const _scale = new Vector3();

/** A red blood cell: a biconcave disc (a lathe of its half cross-section), thin in the middle. */
function redCellGeometry(): LatheGeometry {
  const k = RBC_RADIUS / 0.43;
  const profile = smoothProfile(
    [
      [0, -0.07],
      [0.15, -0.085],
      [0.28, -0.13],
      [0.38, -0.13],
      [0.43, 0],
      [0.38, 0.13],
      [0.28, 0.13],
      [0.15, 0.085],
      [0, 0.07],
    ],
    14,
  );
  return new LatheGeometry(
    profile.map(([r, y]) => new Vector2(Math.max(1e-3, r * k), y * k)),
    14,
  );
}

export function Capillary() {
  const wall = useDisposable(() => membraneGeometry('capillary'));
  const wallMat = useDisposable(() => vesselMaterial('#c98d98', 0.1, 0.6));
  const cellGeo = useDisposable(redCellGeometry);
  const cellMat = useDisposable(() => moleculeMaterial('#b3343f', 0.12));
  const curve = useConstant(() => curveOf(CAPILLARY.points));
  const ref = useRef<InstancedMesh>(null);

  useFrame(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const t = frameInfo.t;
    for (let i = 0; i < CELLS; i++) {
      const u = (i / CELLS + 0.07 * Math.sin(i * 2.3) + t * FLOW_PER_SEC) % 1;
      curve.getPointAt(u, _position);
      // off the vessel's axis a little, each cell tumbling slowly as it goes
      _position.y += Math.sin(i * 1.7) * CAPILLARY.radius * 0.3;
      _position.z += Math.cos(i * 2.9) * CAPILLARY.radius * 0.3;
      _euler.set(1.2 + Math.sin(t * 0.3 + i) * 0.4, i * 0.9, 0.6 + i * 0.5);
      _quaternion.setFromEuler(_euler);
      _matrix.compose(_position, _quaternion, _scale.setScalar(1));
      mesh.setMatrixAt(i, _matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
  });

  return (
    <group>
      <instancedMesh ref={ref} args={[cellGeo, cellMat, CELLS]} frustumCulled={false} />
      <mesh geometry={wall} material={wallMat} renderOrder={3} />
    </group>
  );
}
