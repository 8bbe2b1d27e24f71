// The pyramidal cell's output synapse in the circuit view, drawn enlarged below its axon: a
// bouton whose docked vesicle fuses at the cell's firing rate, glutamate streaming into the cleft
// in proportion to the model's glutamate (clock.state.glutamate, 1 = baseline, as Transmission
// reads it), and AMPA receptors on the far side opening with it. One instanced mesh per
// molecule population; module-scope scratch objects only in the frame loop.
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { IcosahedronGeometry, Matrix4, type InstancedMesh } from 'three';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { ampaGeometry } from '../geometry/molecules';
import { inCast } from '../system/cast';
import { frameInfo } from '../system/frame-info';
import { membraneMaterial, moleculeMaterial } from '../system/materials';
import { useDisposable } from '../system/use-disposable';
import { circuitPoint } from './circuit-layout';
import { PYRAMIDAL_BASE_HZ, firingHz } from './spike-train';

/** Where the bouton sits (circuit units): on the axon's visible run, its cleft turned upward
 *  (the group is turned half a circle about z) to a receiving membrane above the axon. */
const AT = circuitPoint([6.6, -0.75, 0.4]);
const TURN: [number, number, number] = [0, 0, Math.PI];
/** Drawn larger than the cells around it, so the release reads at the circuit's distance. */
const ENLARGE = 1.6;
/** Glutamate molecules drawn per unit of the model's relative glutamate (baseline 12). */
export const GLUTAMATE_PER_UNIT = 12;
const MAX_GLU = 48;
const VESICLES = 5;
const AMPA = 4;
/** Cleft depth and the stream's spread, scene units; seconds a molecule takes to cross. */
const CLEFT = { depth: 0.75, spread: 0.7, crossSec: 0.9 } as const;

/** What the inset shows now, for the browser tests (window.__circuitOutput). */
export const outputStats = { shown: false, glutamate: 0, modelGlutamate: 0, ampaOpen: 0 };

const _m = new Matrix4();

export function OutputSynapse() {
  const boutonGeo = useDisposable(() => new IcosahedronGeometry(0.42, 3));
  const dotGeo = useDisposable(() => new IcosahedronGeometry(0.07, 1));
  const vesGeo = useDisposable(() => new IcosahedronGeometry(0.1, 1));
  const ampaGeo = useDisposable(ampaGeometry);
  const boutonMat = useDisposable(() => membraneMaterial(ACTOR_COLORS.spine));
  const gluMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.glutamate, 0.8));
  const vesMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.mtor, 0.3));
  const ampaMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.ampa, 0.5));
  const gluRef = useRef<InstancedMesh>(null);
  const vesRef = useRef<InstancedMesh>(null);
  const ampaRef = useRef<InstancedMesh>(null);
  useEffect(() => {
    window.__circuitOutput = outputStats;
    return () => {
      delete window.__circuitOutput;
    };
  }, []);

  useFrame(() => {
    const glu = gluRef.current;
    const ves = vesRef.current;
    const ampa = ampaRef.current;
    if (!glu || !ves || !ampa) return;
    outputStats.shown = inCast('circuit');
    if (!outputStats.shown) return;
    const level = Math.max(0, clock.state.glutamate);
    const n = Math.min(MAX_GLU, Math.round(GLUTAMATE_PER_UNIT * level));
    const t = frameInfo.reduced ? 0.5 : frameInfo.t;
    for (let i = 0; i < n; i++) {
      // each molecule leaves the release site at its own moment and spreads as it falls
      const u = (t / CLEFT.crossSec + i * 0.618) % 1;
      const a = i * 2.4;
      const r = CLEFT.spread * u;
      _m.makeTranslation(Math.cos(a) * r, -0.45 - CLEFT.depth * u, Math.sin(a) * r * 0.5);
      glu.setMatrixAt(i, _m);
    }
    glu.count = n;
    glu.instanceMatrix.needsUpdate = true;
    // the docked vesicle collapses into the membrane once per spike, the rest wait above it
    const hz = firingHz(clock.state.pyramidalActivity, PYRAMIDAL_BASE_HZ);
    const fuse = frameInfo.reduced ? 0.5 : (t * hz) % 1;
    for (let i = 0; i < VESICLES; i++) {
      const s = i === 0 ? 1 - fuse : 1;
      _m.makeScale(s, s, s).setPosition(i === 0 ? 0 : (i - 2.5) * 0.2, i === 0 ? -0.3 : -0.05, 0);
      ves.setMatrixAt(i, _m);
    }
    ves.instanceMatrix.needsUpdate = true;
    // receptors open (widen) in proportion to the glutamate reaching them
    const open = Math.min(AMPA, Math.round(AMPA * 0.6 * level));
    for (let i = 0; i < AMPA; i++) {
      const w = i < open ? 2.2 : 1.6;
      _m.makeScale(w, 1.6, w).setPosition((i - 1.5) * 0.32, -0.45 - CLEFT.depth - 0.1, 0);
      ampa.setMatrixAt(i, _m);
    }
    ampa.instanceMatrix.needsUpdate = true;
    outputStats.glutamate = n;
    outputStats.modelGlutamate = level;
    outputStats.ampaOpen = open;
  });

  return (
    <group position={AT} rotation={TURN} scale={ENLARGE}>
      <mesh geometry={boutonGeo} material={boutonMat} userData={{ structure: 'pyramidalCell' }} />
      <instancedMesh ref={vesRef} args={[vesGeo, vesMat, VESICLES]} frustumCulled={false} />
      <instancedMesh
        ref={gluRef}
        args={[dotGeo, gluMat, MAX_GLU]}
        frustumCulled={false}
        userData={{ structure: 'glutamate' }}
      />
      <instancedMesh
        ref={ampaRef}
        args={[ampaGeo, ampaMat, AMPA]}
        frustumCulled={false}
        userData={{ structure: 'ampaReceptor' }}
      />
    </group>
  );
}
