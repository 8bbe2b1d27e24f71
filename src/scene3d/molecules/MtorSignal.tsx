// mTOR signalling and local protein synthesis: glowing puncta that stream from the TrkB
// receptors down the spine toward the shaft, as many as the model's mTOR level says
// (clock.state.mtor). One Points object with a soft round sprite shader (no texture).
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { BufferAttribute, BufferGeometry, Points, Sphere, Vector3 } from 'three';
import { createRng } from '../../model';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { SPINE } from '../layout';
import { trkBPlacements } from '../geometry/placements';
import { frameInfo } from '../system/frame-info';
import { softPointsMaterial } from '../system/materials';
import { useDisposable } from '../system/use-disposable';
import { useConstant } from '../system/use-constant';
import { useStructure } from '../system/use-structure';
import { clamp01 } from './levels';

const N = 160;
/** Path points of the signal: from inside a TrkB, through the head and neck, into the shaft. */
const PATH_Y = [
  SPINE.headCenterY + 0.1,
  SPINE.neckTopY + 0.1,
  SPINE.baseY + 0.2,
  SPINE.baseY - 0.5,
];

function makeGeometry(): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(N * 3), 3));
  g.setAttribute('size', new BufferAttribute(new Float32Array(N), 1));
  g.boundingSphere = new Sphere(new Vector3(0, -1.2, 0), 4);
  return g;
}

export function MtorSignal() {
  const geo = useDisposable(makeGeometry);
  const mat = useDisposable(() => softPointsMaterial(ACTOR_COLORS.mtor));
  const seeds = useConstant(() => {
    const rng = createRng(61);
    const a = new Float32Array(N * 3);
    for (let i = 0; i < a.length; i++) a[i] = rng.next();
    return a;
  });
  const trk = useConstant(() => trkBPlacements());
  const ref = useRef<Points>(null);
  useStructure('mtor', [], [-0.5, SPINE.neckTopY + 0.2, 0.5]);

  useFrame(() => {
    const pts = ref.current;
    if (!pts) return;
    const level = clamp01((clock.state.mtor - 1) / 0.55);
    const pos = geo.getAttribute('position') as BufferAttribute;
    const size = geo.getAttribute('size') as BufferAttribute;
    const t = frameInfo.t;
    const shown = level * N;
    for (let i = 0; i < N; i++) {
      const r0 = seeds[i * 3]!;
      const r1 = seeds[i * 3 + 1]!;
      const r2 = seeds[i * 3 + 2]!;
      // progress along the path, looping; slow and calm
      const u = (r0 + t * (0.05 + 0.05 * r1)) % 1;
      const src = trk[i % trk.length]!.position;
      let x: number;
      let y: number;
      let z: number;
      if (u < 0.3) {
        const k = u / 0.3;
        x = src.x * 0.85 * (1 - k);
        z = src.z * 0.85 * (1 - k);
        y = src.y + (PATH_Y[0]! - src.y) * k;
      } else {
        const k = (u - 0.3) / 0.7;
        const seg = Math.min(2, Math.floor(k * 3));
        const f = k * 3 - seg;
        y = PATH_Y[seg]! + (PATH_Y[seg + 1]! - PATH_Y[seg]!) * f;
        const spread = y > SPINE.neckTopY ? 0.35 : y > SPINE.baseY ? 0.12 : 0.5;
        x = (r1 - 0.5) * spread * 2;
        z = (r2 - 0.5) * spread * 2;
      }
      pos.setXYZ(i, x + 0.04 * Math.sin(t * 2 + i), y, z + 0.04 * Math.cos(t * 1.7 + i));
      size.setX(i, clamp01(shown - i) * (0.1 + 0.06 * r2));
    }
    pos.needsUpdate = true;
    size.needsUpdate = true;
  });

  return (
    <points
      ref={ref}
      geometry={geo}
      material={mat}
      frustumCulled={false}
      renderOrder={6}
      userData={{ structure: 'mtor' }}
    />
  );
}
