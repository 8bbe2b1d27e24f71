// Cations through open AMPA receptors: while a receptor is open (ampa-gating), Na+ ions from
// the cleft run down its axis into the spine head, the current that depolarises the spine (and
// pushes Mg2+ out of its NMDA receptors). One instanced mesh; ions of a closed receptor are not
// drawn. The reduced-motion still shows each open receptor with its ions spread along the path.
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { IcosahedronGeometry, InstancedMesh, Matrix4, Sphere, Vector3 } from 'three';
import { RECEPTOR_COUNTS, SPINE } from '../layout';
import { psdPlacements } from '../geometry/placements';
import { frameInfo } from '../system/frame-info';
import { CLOSEUP_COLORS, moleculeMaterial } from '../system/materials';
import { sceneStats } from '../system/scene-stats';
import { useConstant } from '../system/use-constant';
import { useDisposable } from '../system/use-disposable';
import { ampaOpenness, nearestSites } from './ampa-gating';

/** Ions drawn per receptor at once. */
const PER_RECEPTOR = 4;
/** Passages per second of each ion (display speed). */
const RATE = 0.9;
/** From this far above the receptor's base (in the cleft) to this far below it (in the head). */
const FROM_ABOVE = 0.34;
const TO_BELOW = 0.55;
/** Openness above which a receptor counts as open (scene stats) and passes ions. */
const OPEN_AT = 0.25;
/** Camera distance (scene units) beyond which ions are drawn larger, so the current reads. */
const ZOOM_FROM = 5;

const _matrix = new Matrix4();
const _position = new Vector3();
const _scale = new Vector3();
const bounds = new Sphere(new Vector3(0, SPINE.headCenterY, 0), 2);

export function AmpaCurrent() {
  const placed = useConstant(() => psdPlacements().ampa);
  const sites = useConstant(() => nearestSites(placed));
  const geo = useDisposable(() => new IcosahedronGeometry(0.045, 1));
  const mat = useDisposable(() => moleculeMaterial(CLOSEUP_COLORS.sodium, 0.6));
  const ref = useRef<InstancedMesh>(null);

  useFrame(({ camera }) => {
    const mesh = ref.current;
    if (!mesh) return;
    const zoom = Math.min(2, Math.max(1, camera.position.length() / ZOOM_FROM));
    if (!mesh.boundingSphere) mesh.boundingSphere = bounds;
    const n = placed.length;
    const t = frameInfo.t;
    let k = 0;
    let open = 0;
    for (let i = 0; i < n; i++) {
      const o = ampaOpenness(i, n, sites[i]!);
      if (o < OPEN_AT) continue;
      open++;
      const p = placed[i]!;
      for (let j = 0; j < PER_RECEPTOR; j++) {
        const u = frameInfo.reduced
          ? (j + 0.5) / PER_RECEPTOR
          : (t * RATE + j / PER_RECEPTOR + i * 0.37) % 1;
        // converge on the pore from a little to the side, then straight down into the head
        const side = u < 0.35 ? (0.35 - u) * 0.5 : 0;
        const a = i * 1.9 + j * 1.6;
        const along = FROM_ABOVE - u * (FROM_ABOVE + TO_BELOW);
        _position.set(
          p.position.x + p.normal.x * along + Math.sin(a) * side,
          p.position.y + p.normal.y * along,
          p.position.z + p.normal.z * along + Math.cos(a) * side,
        );
        // fades in at the mouth and out inside the head; fainter as the receptor closes
        const fade = Math.min(1, u * 6, (1 - u) * 4) * Math.min(1, o * 1.5);
        _matrix.compose(_position, p.quaternion, _scale.setScalar(fade * zoom));
        mesh.setMatrixAt(k++, _matrix);
      }
    }
    mesh.count = k;
    mesh.instanceMatrix.needsUpdate = true;
    sceneStats.surge.ampaOpen = open;
  });

  return (
    <instancedMesh
      ref={ref}
      args={[geo, mat, RECEPTOR_COUNTS.ampa * PER_RECEPTOR]}
      frustumCulled={false}
      userData={{ structure: 'ampaReceptor' }}
    />
  );
}
