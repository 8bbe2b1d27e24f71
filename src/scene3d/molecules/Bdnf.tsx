// BDNF dimers: released around the spine as the model's BDNF rises (clock.state.bdnf), bound
// on TrkB receptors in proportion (the receptors light up in Receptors.tsx).
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Euler, InstancedMesh, Matrix4, Quaternion, Sphere, Vector3 } from 'three';
import { createRng } from '../../model';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { RECEPTOR_COUNTS, SPINE } from '../layout';
import { TRKB_BDNF_Y, bdnfGeometry } from '../geometry/molecules';
import { trkBPlacements } from '../geometry/placements';
import { frameInfo } from '../system/frame-info';
import { moleculeMaterial } from '../system/materials';
import { useDisposable } from '../system/use-disposable';
import { useConstant } from '../system/use-constant';
import { useStructure } from '../system/use-structure';
import { bdnfLevel, clamp01 } from './levels';

const FREE = 10;
const _matrix = new Matrix4();
const _quaternion = new Quaternion();
const _euler = new Euler();
const _position = new Vector3();
const _scale = new Vector3();

function freeHomes(): Float32Array {
  const rng = createRng(51);
  const out = new Float32Array(FREE * 3);
  for (let i = 0; i < FREE; i++) {
    const phi = rng.next() * Math.PI * 2;
    const r = SPINE.headRadius + 0.55 + rng.next() * 0.8;
    out[i * 3] = Math.sin(phi) * r;
    out[i * 3 + 1] = SPINE.headCenterY - 0.3 + rng.next() * 1.0;
    out[i * 3 + 2] = Math.cos(phi) * r;
  }
  return out;
}

export function Bdnf() {
  const homes = useConstant(() => freeHomes());
  const trk = useConstant(() => trkBPlacements());
  const geo = useDisposable(bdnfGeometry);
  const mat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.bdnf, 0.5));
  const ref = useRef<InstancedMesh>(null);
  useStructure('bdnf', [mat], [SPINE.headRadius + 0.7, SPINE.headCenterY + 0.6, 0.6]);

  useFrame(() => {
    const mesh = ref.current;
    if (!mesh) return;
    if (!mesh.boundingSphere)
      mesh.boundingSphere = new Sphere(new Vector3(0, SPINE.headCenterY, 0), 4);
    const t = frameInfo.t;
    const level = bdnfLevel();
    const freeCount = level * FREE;
    let k = 0; // instances written: only released dimers are drawn
    for (let i = 0; i < FREE; i++) {
      const a = clamp01(freeCount - i);
      if (a <= 0) break;
      _position.set(
        homes[i * 3]! + 0.15 * Math.sin(t * 0.5 + i),
        homes[i * 3 + 1]! + 0.12 * Math.sin(t * 0.4 + i * 1.3),
        homes[i * 3 + 2]! + 0.15 * Math.cos(t * 0.45 + i),
      );
      _euler.set(t * 0.5 + i, t * 0.3 + i, 0);
      _quaternion.setFromEuler(_euler);
      _scale.setScalar(a);
      _matrix.compose(_position, _quaternion, _scale);
      mesh.setMatrixAt(k++, _matrix);
    }
    // Bound dimers sit on the TrkB receptors' tips.
    const bound = level * RECEPTOR_COUNTS.trkB;
    for (let j = 0; j < trk.length; j++) {
      const p = trk[j]!;
      const a = clamp01(bound - j);
      if (a <= 0) break;
      _position.copy(p.position).addScaledVector(p.normal, TRKB_BDNF_Y);
      _scale.setScalar(a);
      _matrix.compose(_position, p.quaternion, _scale);
      mesh.setMatrixAt(k++, _matrix);
    }
    mesh.count = k;
    mesh.instanceMatrix.needsUpdate = true;
  });

  return (
    <instancedMesh
      ref={ref}
      args={[geo, mat, FREE + RECEPTOR_COUNTS.trkB]}
      frustumCulled={false}
      userData={{ structure: 'bdnf' }}
    />
  );
}
