// BDNF and TrkB, close up (cascade/cascade-layout): a patch of spine membrane with three pairs of
// TrkB receptors. As the model's BDNF rises (clock.state.bdnf) BDNF dimers, two linked subunits
// each, arrive one by one; each binds two TrkB receptors, which come together (dimerise) and
// light up: phosphate marks appear on their kinase domains inside the cell (autophosphorylation).
// pd.bdnf.eef2 (mouse). One instanced mesh per population.
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { Color, InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { BDNF_Y, PAIR_HALF_GAP, PAIR_X, cascadeWorld } from '../cascade/cascade-layout';
import {
  bdnfDimerGeometry,
  patchGeometry,
  phosphateGeometry,
  trkbMonomerGeometry,
} from '../cascade/cascade-geometry';
import { TRKB_PAIRS, pairBinding, trkbPairs } from '../cascade/cascade-levels';
import { inCast } from '../system/cast';
import { frameInfo } from '../system/frame-info';
import { instancedMaterial, membraneMaterial, moleculeMaterial } from '../system/materials';
import { registerAlternate } from '../system/registry';
import { sceneStats } from '../system/scene-stats';
import { useDisposable } from '../system/use-disposable';
import { useStructure } from '../system/use-structure';
import { clamp01 } from './levels';

const MONOMERS = TRKB_PAIRS * 2;
const MARKS_PER_MONOMER = 2;
const PHOSPHATE = '#fff27a';

const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _s = new Vector3();
const _c = new Color();
const _z = new Vector3(0, 0, 1);
const trkDim = new Color(ACTOR_COLORS.trkB).multiplyScalar(0.55);
const trkLit = new Color(ACTOR_COLORS.trkB).multiplyScalar(1.25);
const [CX, CY, CZ] = cascadeWorld(0, 0, 0);

function smooth(x: number): number {
  const k = clamp01(x);
  return k * k * (3 - 2 * k);
}

export function Bdnf() {
  const trkGeo = useDisposable(trkbMonomerGeometry);
  const bdnfGeo = useDisposable(bdnfDimerGeometry);
  const markGeo = useDisposable(phosphateGeometry);
  const patchGeo = useDisposable(patchGeometry);
  const trkMat = useDisposable(() => instancedMaterial(0.35));
  const bdnfMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.bdnf, 0.55));
  const markMat = useDisposable(() => moleculeMaterial(PHOSPHATE, 0.9));
  const patchMat = useDisposable(() => membraneMaterial(ACTOR_COLORS.spine));
  const trkRef = useRef<InstancedMesh>(null);
  const bdnfRef = useRef<InstancedMesh>(null);
  const markRef = useRef<InstancedMesh>(null);
  // the label points at the first pair to bind
  useStructure('bdnf', [bdnfMat], cascadeWorld(PAIR_X[0] + 0.3, BDNF_Y.bound + 0.3, 0.3));
  useEffect(
    () => registerAlternate('trkB', [trkMat], cascadeWorld(PAIR_X[2] + 0.4, -1.0, 0.4)),
    [trkMat],
  );

  useLayoutEffect(() => {
    const trk = trkRef.current;
    if (!trk) return;
    for (let j = 0; j < MONOMERS; j++) trk.setColorAt(j, trkDim);
  }, []);

  useFrame(() => {
    const trk = trkRef.current;
    const dimers = bdnfRef.current;
    const marks = markRef.current;
    if (!trk || !dimers || !marks) return;
    const shown = inCast('bdnf');
    const bdnf = clock.state.bdnf;
    sceneStats.cascade.trkbPairs = shown ? trkbPairs(bdnf) : 0;
    if (!shown) return;
    const t = frameInfo.t;
    let d = 0;
    let k = 0;
    for (let i = 0; i < TRKB_PAIRS; i++) {
      const b = pairBinding(bdnf, i);
      // the dimer arrives from above (first half), binds, then the receptors pair (b > 0.6)
      const descend = smooth(b / 0.6);
      const pair = smooth((b - 0.6) / 0.3);
      const lit = smooth((b - 0.85) / 0.15);
      const x0 = PAIR_X[i]!;
      const gap = PAIR_HALF_GAP.apart + (PAIR_HALF_GAP.paired - PAIR_HALF_GAP.apart) * pair;
      for (let side = -1; side <= 1; side += 2) {
        const idle = (1 - pair) * 0.05 * Math.sin(t * 0.8 + i * 1.7 + side);
        _q.setFromAxisAngle(_z, side * (0.12 * (1 - pair) + idle));
        _p.set(CX + x0 + side * gap, CY, CZ);
        _s.setScalar(1);
        _m.compose(_p, _q, _s);
        const j = i * 2 + (side + 1) / 2;
        trk.setMatrixAt(j, _m);
        trk.setColorAt(j, _c.copy(trkDim).lerp(trkLit, lit));
        // phosphate marks on the kinase domain, inside the cell
        for (let n = 0; n < MARKS_PER_MONOMER; n++) {
          _p.set(CX + x0 + side * (gap + 0.36), CY - 0.85 - n * 0.36, CZ + 0.22);
          _s.setScalar(1.3 * lit);
          _m.compose(_p, _q.identity(), _s);
          if (lit > 0.01) marks.setMatrixAt(k++, _m);
        }
      }
      if (b > 0.01) {
        const drift = (1 - descend) * 0.25;
        _p.set(
          CX + x0 + drift * Math.sin(t * 0.5 + i),
          CY + BDNF_Y.free + (BDNF_Y.bound - BDNF_Y.free) * descend,
          CZ + 0.5 * (1 - descend) + drift * Math.cos(t * 0.4 + i),
        );
        _q.setFromAxisAngle(_z, (1 - descend) * Math.sin(t * 0.3 + i) * 0.8);
        _s.setScalar(1.25 * smooth(b / 0.15));
        _m.compose(_p, _q, _s);
        dimers.setMatrixAt(d++, _m);
      }
    }
    dimers.count = d;
    marks.count = k;
    trk.instanceMatrix.needsUpdate = true;
    if (trk.instanceColor) trk.instanceColor.needsUpdate = true;
    dimers.instanceMatrix.needsUpdate = true;
    marks.instanceMatrix.needsUpdate = true;
  });

  return (
    <group>
      <mesh
        geometry={patchGeo}
        material={patchMat}
        position={[CX, CY, CZ]}
        userData={{ structure: 'spineHead' }}
      />
      <instancedMesh
        ref={trkRef}
        args={[trkGeo, trkMat, MONOMERS]}
        frustumCulled={false}
        userData={{ structure: 'trkB' }}
      />
      <instancedMesh
        ref={bdnfRef}
        args={[bdnfGeo, bdnfMat, TRKB_PAIRS]}
        frustumCulled={false}
        userData={{ structure: 'bdnf' }}
      />
      <instancedMesh
        ref={markRef}
        args={[markGeo, markMat, MONOMERS * MARKS_PER_MONOMER]}
        frustumCulled={false}
        userData={{ structure: 'trkB' }}
      />
    </group>
  );
}
