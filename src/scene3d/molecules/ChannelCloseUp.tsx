// One NMDA receptor at molecular scale (layout CLOSEUP), for the channel-block stage: two GluN1
// and two GluN2 subunits (the front two drawn faint, as if cut away, so the pore shows) in a cut
// membrane. It replays one receptor's sequence over the stage: glutamate and glycine bind, Mg2+
// leaves the pore, the gate opens and Ca2+/Na+ flow in, ketamine enters the open channel and
// lodges between the gate and the selectivity filter (pd.nmda.bindingSite), and the flow stops;
// when the gate closes the drug stays (trapping, pd.nmda.trappingReview). The gate follows the
// model's channel ensemble (system/pores: the interneuron receptor the model blocks first), and
// ketamine enters only if the model blocks that receptor.
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useRef } from 'react';
import {
  Color,
  IcosahedronGeometry,
  InstancedMesh,
  Matrix4,
  MeshPhongMaterial,
  Quaternion,
  SphereGeometry,
  Vector3,
  type Group,
} from 'three';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { CLOSEUP } from '../layout';
import {
  LIGAND_SITE,
  gateHelixGeometry,
  lipidHeadPositions,
  membraneCutGeometry,
  membraneCutMaterial,
  subunitGeometry,
} from '../geometry/channel';
import { ketamineGeometry } from '../geometry/molecules';
import { inCast } from '../system/cast';
import { frameInfo } from '../system/frame-info';
import { CLOSEUP_COLORS, instancedMaterial, moleculeMaterial } from '../system/materials';
import { pores } from '../system/pores';
import { registerAlternate, setVisible } from '../system/registry';
import { storyHeld } from '../system/still';
import { sceneStats } from '../system/scene-stats';
import { useConstant } from '../system/use-constant';
import { useDisposable } from '../system/use-disposable';
import { useStructure } from '../system/use-structure';

/** Stage progress (0..1) at which each step of the sequence happens. */
const STEP = { bind: 0.1, bound: 0.22, mgOut: 0.3, mgGone: 0.4, drug: 0.55 } as const;
/** Seconds ketamine takes from the vestibule's mouth to its site. */
const ENTRY_SEC = 1.2;
const IONS = 18;
/** Ca2+ among the ions (the rest Na+); NMDA channels also pass Ca2+. */
const CALCIUM = 6;
/** Subunit directions from +z (radians) and kinds, 1-2-1-2 around the pore. */
const ANGLES = [Math.PI / 4, (3 * Math.PI) / 4, (5 * Math.PI) / 4, (7 * Math.PI) / 4] as const;
const IS_GLUN1 = [true, false, true, false] as const;
/** Subunits toward the viewer (drawn faint: the cut-away). */
const FRONT = [true, false, false, true] as const;
const GATE_BASE_R = 0.3;
const GATE_BASE_Y = -0.3;
const TILT_CLOSED = 0.26;
const TILT_OPEN = -0.12;

const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);
const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _q2 = new Quaternion();
const _s = new Vector3();
const _c = new Color();
const zero = new Vector3();
const [CX, CY, CZ] = CLOSEUP.center;

function world(x: number, y: number, z: number): [number, number, number] {
  return [CX + x, CY + y, CZ + z];
}

/** A point of subunit k's frame (subunit on +x) in the close-up's frame. */
function subunitPoint(k: number, x: number, y: number, z: number, out: Vector3): Vector3 {
  const a = ANGLES[k]!;
  return out.set(x * Math.sin(a) + z * Math.cos(a), y, x * Math.cos(a) - z * Math.sin(a));
}

/** Path of ion i at u (0..1): from outside, down the pore axis, out into the cell. */
function ionAt(i: number, u: number, out: Vector3): Vector3 {
  const a = i * 2.4;
  if (u < 0.3) {
    const k = u / 0.3;
    const r = 1.5 * (1 - k) + 0.05;
    return out.set(r * Math.sin(a), 1.0 - 0.4 * k, r * Math.cos(a));
  }
  if (u < 0.75) return out.set(0, 0.6 - ((u - 0.3) / 0.45) * 1.5, 0);
  const k = (u - 0.75) / 0.25;
  return out.set(1.6 * k * Math.sin(a), -0.9 - 0.6 * k, 1.6 * k * Math.cos(a));
}

const smooth = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));

export function ChannelCloseUp() {
  const group = useRef<Group>(null);
  const subGeo = useDisposable(subunitGeometry);
  const gateGeo = useDisposable(gateHelixGeometry);
  const cutGeo = useDisposable(membraneCutGeometry);
  const headGeo = useDisposable(() => new SphereGeometry(0.12, 6, 4));
  const ligGeo = useDisposable(() => new IcosahedronGeometry(0.13, 1));
  const ionGeo = useDisposable(() => new IcosahedronGeometry(0.075, 1));
  const mgGeo = useDisposable(() => new IcosahedronGeometry(0.12, 1));
  const ketGeo = useDisposable(ketamineGeometry);
  const n1Mat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.nmda, 0.3));
  const n2Mat = useDisposable(() => moleculeMaterial(CLOSEUP_COLORS.gluN2, 0.3));
  const ghost1 = useDisposable(() => ghost(ACTOR_COLORS.nmda));
  const ghost2 = useDisposable(() => ghost(CLOSEUP_COLORS.gluN2));
  const gateMat = useDisposable(() => instancedMaterial(0.35));
  const cutMat = useDisposable(membraneCutMaterial);
  const headMat = useDisposable(() => moleculeMaterial(CLOSEUP_COLORS.lipidHead, 0.15));
  const ligMat = useDisposable(() => instancedMaterial(0.45));
  const ionMat = useDisposable(() => instancedMaterial(0.5));
  const mgMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.magnesium, 0.4));
  const ketMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.ketamine, 0.55));
  const heads = useConstant(lipidHeadPositions);
  const headRef = useRef<InstancedMesh>(null);
  const gateRef = useRef<InstancedMesh>(null);
  const ligRef = useRef<InstancedMesh>(null);
  const ionRef = useRef<InstancedMesh>(null);
  const mgRef = useRef<InstancedMesh>(null);
  const ketRef = useRef<InstancedMesh>(null);
  const sim = useConstant(() => ({ drug: 0, ion: new Float32Array(IONS).map((_, i) => i / IONS) }));

  useStructure('gluN1', [n1Mat, ghost1], world(-0.9, 2.9, -0.7));
  useStructure('gluN2', [n2Mat, ghost2], world(0.95, 2.8, -0.6));
  useStructure('channelGate', [gateMat], world(0.12, CLOSEUP.gateY + 0.05, 0.1));
  useStructure('glycine', [ligMat], world(-1.0, 1.3, -0.95));
  useStructure('ions', [ionMat], world(0, -0.9, 0));
  useEffect(() => {
    const offs = [
      registerAlternate('nmdaReceptor', [], world(-0.75, 2.2, 0.6)),
      registerAlternate('magnesium', [mgMat], world(0, CLOSEUP.magnesiumY, 0)),
      registerAlternate('ketamine', [ketMat], world(0, CLOSEUP.ketamineY, 0)),
      registerAlternate('glutamate', [], world(0.95, 1.3, -0.95)),
    ];
    return () => offs.forEach((off) => off());
  }, [mgMat, ketMat]);

  useLayoutEffect(() => {
    const h = headRef.current;
    const lig = ligRef.current;
    const ion = ionRef.current;
    if (!h || !lig || !ion) return;
    for (let i = 0; i < heads.length / 3; i++) {
      _m.makeTranslation(heads[i * 3]!, heads[i * 3 + 1]!, heads[i * 3 + 2]!);
      h.setMatrixAt(i, _m);
    }
    h.instanceMatrix.needsUpdate = true;
    h.computeBoundingSphere();
    for (let k = 0; k < 4; k++)
      lig.setColorAt(k, _c.set(IS_GLUN1[k] ? CLOSEUP_COLORS.glycine : ACTOR_COLORS.glutamate));
    for (let i = 0; i < IONS; i++)
      ion.setColorAt(i, _c.set(i < CALCIUM ? CLOSEUP_COLORS.calcium : CLOSEUP_COLORS.sodium));
    const gate = gateRef.current;
    for (let k = 0; k < 4 && gate; k++)
      gate.setColorAt(k, _c.set(IS_GLUN1[k] ? ACTOR_COLORS.nmda : CLOSEUP_COLORS.gluN2));
  }, [heads]);

  useFrame(() => {
    const g = group.current;
    const gate = gateRef.current;
    const lig = ligRef.current;
    const ion = ionRef.current;
    const mg = mgRef.current;
    const ket = ketRef.current;
    if (!g || !gate || !lig || !ion || !mg || !ket) return;
    if (!inCast('channelCloseUp')) {
      if (sceneStats.closeUp !== '') {
        // leaving the close-up: the synapse's ions and molecules are labelled again
        setVisible('magnesium', true);
        setVisible('ketamine', true);
        sceneStats.closeUp = '';
        sceneStats.ketamineDepth = 0;
      }
      return;
    }
    const p = clock.progress;
    const still = frameInfo.reduced;
    const t = frameInfo.t;
    const dt = frameInfo.dt;
    const f = pores.first;
    // the sequence: ligands arrive, Mg2+ leaves, the gate follows the model's channel
    const bind = smooth((p - STEP.bind) / (STEP.bound - STEP.bind));
    const mgOut = smooth((p - STEP.mgOut) / (STEP.mgGone - STEP.mgOut));
    const gateOpen = bind >= 1 && (still ? p < STEP.drug : pores.open[f] === 1);
    const wantsDrug = p >= STEP.drug && pores.drug[f]! > 0.5;
    // held story time (reduced motion, paused, a seek): the model's state at once, not an
    // entry caught partway as the molecules slow to a stop
    if (storyHeld()) sim.drug = wantsDrug ? 1 : 0;
    else if (wantsDrug && (sim.drug > 0 || gateOpen))
      sim.drug = Math.min(1, sim.drug + dt / ENTRY_SEC);
    else if (!wantsDrug && sim.drug > 0 && gateOpen)
      sim.drug = Math.max(0, sim.drug - dt / ENTRY_SEC);
    const lodged = sim.drug >= 1;
    sceneStats.ketamineDepth = sim.drug;
    const flowing = gateOpen && mgOut >= 1 && sim.drug === 0;
    sceneStats.closeUp =
      bind < 1 ? 'rest' : lodged ? (gateOpen ? 'blocked' : 'trapped') : gateOpen ? 'open' : 'bound';
    // gate helices: tilt in (closed) or out (open)
    const tilt = gateOpen ? TILT_OPEN : TILT_CLOSED;
    for (let k = 0; k < 4; k++) {
      subunitPoint(k, GATE_BASE_R, GATE_BASE_Y, 0, _p);
      _q.setFromAxisAngle(Y, ANGLES[k]! - Math.PI / 2);
      _q2.setFromAxisAngle(Z, tilt);
      _q.multiply(_q2);
      _m.compose(_p, _q, _s.setScalar(1));
      gate.setMatrixAt(k, _m);
    }
    gate.instanceMatrix.needsUpdate = true;
    // glutamate (GluN2) and glycine (GluN1) fly in from above to their clamshells
    for (let k = 0; k < 4; k++) {
      subunitPoint(k, LIGAND_SITE[0], LIGAND_SITE[1], LIGAND_SITE[2], _p);
      const far = 1 - bind;
      _p.x *= 1 + far * 0.8;
      _p.z *= 1 + far * 0.8;
      _p.y += far * 2.2 + (still ? 0 : 0.03 * Math.sin(t * 2 + k));
      _m.compose(_p, _q.identity(), _s.setScalar(p < STEP.bind ? 0 : 1));
      lig.setMatrixAt(k, _m);
    }
    lig.instanceMatrix.needsUpdate = true;
    // Mg2+: in the pore at rest, pushed back out when the membrane is depolarised
    _p.set(0, CLOSEUP.magnesiumY + mgOut * 2.6, mgOut * 1.2);
    _m.compose(_p, _q.identity(), mgOut >= 1 ? zero : _s.setScalar(1));
    mg.setMatrixAt(0, _m);
    setVisible('magnesium', mgOut < 1);
    mg.instanceMatrix.needsUpdate = true;
    // ketamine: waits above the receptor, slides down the axis into its site
    const d = smooth(sim.drug);
    const waiting = p >= STEP.drug - 0.08 && pores.drug[f]! > 0.5;
    _p.set(0.9 * (1 - d), CLOSEUP.ketamineY + (1 - d) * 2.0, 0.9 * (1 - d));
    _q.setFromAxisAngle(Y, still ? 0.6 : t * (lodged ? 0.3 : 1.2));
    _m.compose(_p, _q, waiting || d > 0 ? _s.setScalar(2.6) : zero);
    ket.setMatrixAt(0, _m);
    setVisible('ketamine', waiting || d > 0);
    ket.instanceMatrix.needsUpdate = true;
    // ions: flow down the open pore; with the pore shut, the ones outside wait at the mouth
    for (let i = 0; i < IONS; i++) {
      let u = sim.ion[i]!;
      if (still) u = flowing ? (i + 0.5) / IONS : ((i * 0.618) % 1) * 0.25;
      else if (flowing || u > 0.4) {
        u += dt * 0.35;
        if (u >= 1) u = flowing ? 0 : 1;
      } else u = Math.min(u, 0.27 - (i % 5) * 0.012);
      sim.ion[i] = u;
      ionAt(i, u, _p);
      if (!still && !flowing) _p.y += 0.04 * Math.sin(t * 3 + i);
      _m.compose(_p, _q.identity(), u >= 1 ? zero : _s.setScalar(1));
      ion.setMatrixAt(i, _m);
    }
    ion.instanceMatrix.needsUpdate = true;
  });

  const subunits = ANGLES.map((a, k) => (
    <mesh
      key={k}
      geometry={subGeo}
      material={FRONT[k] ? (IS_GLUN1[k] ? ghost1 : ghost2) : IS_GLUN1[k] ? n1Mat : n2Mat}
      rotation={[0, a - Math.PI / 2, 0]}
      renderOrder={FRONT[k] ? 5 : 0}
      userData={{ structure: IS_GLUN1[k] ? 'gluN1' : 'gluN2' }}
    />
  ));
  return (
    <group ref={group} position={CLOSEUP.center}>
      {subunits}
      <mesh geometry={cutGeo} material={cutMat} userData={{ structure: 'nmdaReceptor' }} />
      <instancedMesh ref={headRef} args={[headGeo, headMat, heads.length / 3]} />
      <instancedMesh
        ref={gateRef}
        args={[gateGeo, gateMat, 4]}
        frustumCulled={false}
        userData={{ structure: 'channelGate' }}
      />
      <instancedMesh
        ref={ligRef}
        args={[ligGeo, ligMat, 4]}
        frustumCulled={false}
        userData={{ structure: 'glycine' }}
      />
      <instancedMesh
        ref={ionRef}
        args={[ionGeo, ionMat, IONS]}
        frustumCulled={false}
        userData={{ structure: 'ions' }}
      />
      <instancedMesh
        ref={mgRef}
        args={[mgGeo, mgMat, 1]}
        frustumCulled={false}
        userData={{ structure: 'magnesium' }}
      />
      <instancedMesh
        ref={ketRef}
        args={[ketGeo, ketMat, 1]}
        frustumCulled={false}
        userData={{ structure: 'ketamine' }}
      />
    </group>
  );
}

/** The cut-away front subunits: faint, so the pore behind them shows. */
function ghost(color: string): MeshPhongMaterial {
  const m = moleculeMaterial(color, 0.2);
  m.transparent = true;
  m.opacity = 0.2;
  m.depthWrite = false;
  return m;
}
