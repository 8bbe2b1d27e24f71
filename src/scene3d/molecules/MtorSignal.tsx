// From TrkB to new proteins, close up (cascade/cascade-layout): below the paired TrkB receptors a
// signal runs into the spine along a path TrkB -> Akt -> mTORC1, whose nodes light in sequence
// as the model's mTOR rises (clock.state.mtor); ribosomes near the spine's base then make new
// synaptic proteins, which drift up toward the synapse, at a rate that follows mTOR.
// pd.mtor.synapses (rat). One instanced mesh per population.
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import {
  CatmullRomCurve3,
  Color,
  InstancedMesh,
  Matrix4,
  Quaternion,
  TubeGeometry,
  Vector3,
} from 'three';
import { createRng } from '../../model';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { AKT_AT, MTORC1_AT, RIBOSOMES_AT, cascadeWorld } from '../cascade/cascade-layout';
import {
  nodeGeometry,
  proteinGeometry,
  pulseGeometry,
  ribosomeGeometry,
} from '../cascade/cascade-geometry';
import { mtorActivity, nodeLight, nodesLit, proteinsShown } from '../cascade/cascade-levels';
import { inCast } from '../system/cast';
import { frameInfo } from '../system/frame-info';
import { moleculeMaterial } from '../system/materials';
import { sceneStats } from '../system/scene-stats';
import { useConstant } from '../system/use-constant';
import { useDisposable } from '../system/use-disposable';
import { useStructure } from '../system/use-structure';
import { clamp01 } from './levels';

const PROTEINS = 60;
const PULSES = 6;
const AKT_COLOR = new Color(ACTOR_COLORS.akt);
const MTOR_COLOR = new Color(ACTOR_COLORS.mtor);

const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _s = new Vector3();
const _tip = new Vector3();
/** Height (world) the new proteins drift up to: just under the membrane. */
const TIP_Y = cascadeWorld(0, -0.6, 0)[1];

function v(local: readonly [number, number, number]): Vector3 {
  const [x, y, z] = cascadeWorld(local[0], local[1], local[2]);
  return new Vector3(x, y, z);
}

/** The signal's path: the middle pair's kinase domains, Akt, mTORC1, then toward the ribosomes. */
function pathCurve(): CatmullRomCurve3 {
  return new CatmullRomCurve3([v([0, -1.25, 0.2]), v(AKT_AT), v(MTORC1_AT), v([1.6, -3.9, 0.7])]);
}

export function MtorSignal() {
  const curve = useConstant(pathCurve);
  const pathGeo = useDisposable(() => new TubeGeometry(curve, 48, 0.045, 6, false));
  const nodeGeo = useDisposable(nodeGeometry);
  const riboGeo = useDisposable(ribosomeGeometry);
  const protGeo = useDisposable(proteinGeometry);
  const pulseGeo = useDisposable(pulseGeometry);
  const pathMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.mtor, 0.2));
  const aktMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.akt, 0.5));
  const mtorMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.mtor, 0.5));
  const riboMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.ribosome, 0.3));
  const protMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.synapticProtein, 0.7));
  const pulseMat = useDisposable(() => moleculeMaterial('#fff27a', 1));
  const riboRef = useRef<InstancedMesh>(null);
  const protRef = useRef<InstancedMesh>(null);
  const pulseRef = useRef<InstancedMesh>(null);
  const ribos = useConstant(() => RIBOSOMES_AT.map(v));
  const seeds = useConstant(() => {
    const rng = createRng(61);
    return Float32Array.from({ length: PROTEINS * 3 }, () => rng.next());
  });
  useStructure(
    'mtor',
    [mtorMat, pathMat],
    cascadeWorld(MTORC1_AT[0] + 0.5, MTORC1_AT[1], MTORC1_AT[2]),
  );
  useStructure('akt', [aktMat], cascadeWorld(AKT_AT[0] + 0.4, AKT_AT[1], AKT_AT[2]));
  useStructure('ribosome', [riboMat], cascadeWorld(RIBOSOMES_AT[0]![0], -3.9, 0.5));
  useStructure('synapticProtein', [protMat], cascadeWorld(-1.2, -2.2, 0.6));

  useLayoutEffect(() => {
    const riboMesh = riboRef.current;
    if (!riboMesh) return;
    ribos.forEach((r, i) => {
      _q.setFromAxisAngle(_p.set(0, 0, 1), i * 1.1 - 1.5);
      riboMesh.setMatrixAt(i, _m.compose(r, _q, _s.setScalar(1)));
    });
    riboMesh.instanceMatrix.needsUpdate = true;
  }, [ribos]);

  useFrame(() => {
    const prot = protRef.current;
    const pulses = pulseRef.current;
    if (!prot || !pulses) return;
    const shown = inCast('mtor');
    const mtor = clock.state.mtor;
    const a = mtorActivity(mtor);
    const st = sceneStats.cascade;
    st.mtorActive = shown ? a : 0;
    st.pathLit = shown ? nodesLit(mtor) : 0;
    st.proteins = shown ? proteinsShown(mtor, PROTEINS) : 0;
    if (!shown) return;
    const t = frameInfo.t;
    // Akt (node 1) and mTORC1 (node 2) light in sequence; dim while the path is quiet
    const akt = 0.3 + 0.9 * nodeLight(a, 1);
    const mtorc1 = 0.3 + 0.9 * nodeLight(a, 2);
    aktMat.color.copy(AKT_COLOR).multiplyScalar(akt);
    aktMat.emissive.copy(aktMat.color);
    mtorMat.color.copy(MTOR_COLOR).multiplyScalar(mtorc1);
    mtorMat.emissive.copy(mtorMat.color);
    // pulses run down the path only as far as the path is lit
    let n = 0;
    const reach = clamp01(a * 1.5);
    for (let i = 0; i < PULSES && a > 0.02; i++) {
      const u = ((t * 0.3 + i / PULSES) % 1) * reach;
      curve.getPointAt(u, _p);
      _s.setScalar(0.6 + 0.6 * a);
      pulses.setMatrixAt(n++, _m.compose(_p, _q.identity(), _s));
    }
    pulses.count = n;
    pulses.instanceMatrix.needsUpdate = true;
    // new proteins leave the ribosomes and drift up toward the synapse
    const count = proteinsShown(mtor, PROTEINS);
    for (let i = 0; i < count; i++) {
      const r0 = seeds[i * 3]!;
      const r1 = seeds[i * 3 + 1]!;
      const r2 = seeds[i * 3 + 2]!;
      const from = ribos[i % ribos.length]!;
      const u = (r0 + t * (0.05 + 0.04 * r1)) % 1;
      _tip.set(from.x + (r1 - 0.5) * 3, TIP_Y, from.z + (r2 - 0.5) * 1.2);
      _p.lerpVectors(from, _tip, u);
      _p.x += 0.08 * Math.sin(t * 1.3 + i);
      _p.z += 0.08 * Math.cos(t * 1.1 + i);
      _s.setScalar(clamp01(u / 0.08) * clamp01((1 - u) / 0.1));
      prot.setMatrixAt(i, _m.compose(_p, _q.identity(), _s));
    }
    prot.count = count;
    prot.instanceMatrix.needsUpdate = true;
  });

  return (
    <group>
      <mesh geometry={pathGeo} material={pathMat} userData={{ structure: 'mtor' }} />
      <mesh
        geometry={nodeGeo}
        material={aktMat}
        position={cascadeWorld(AKT_AT[0], AKT_AT[1], AKT_AT[2])}
        userData={{ structure: 'akt' }}
      />
      <mesh
        geometry={nodeGeo}
        material={mtorMat}
        position={cascadeWorld(MTORC1_AT[0], MTORC1_AT[1], MTORC1_AT[2])}
        scale={1.45}
        userData={{ structure: 'mtor' }}
      />
      <instancedMesh
        ref={pulseRef}
        args={[pulseGeo, pulseMat, PULSES]}
        frustumCulled={false}
        userData={{ structure: 'mtor' }}
      />
      <instancedMesh
        ref={riboRef}
        args={[riboGeo, riboMat, RIBOSOMES_AT.length]}
        frustumCulled={false}
        userData={{ structure: 'ribosome' }}
      />
      <instancedMesh
        ref={protRef}
        args={[protGeo, protMat, PROTEINS]}
        frustumCulled={false}
        userData={{ structure: 'synapticProtein' }}
      />
    </group>
  );
}
