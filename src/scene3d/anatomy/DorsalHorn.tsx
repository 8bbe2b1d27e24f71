// Chronic pain view: a C-fibre terminal on a dorsal horn neuron in the spinal cord. Repeated
// stimuli release glutamate; through NMDA receptors each response grows (wind-up, central
// sensitisation: pain.windup.nmda). The model's NMDA block (clock.state.blockPyramidal, used
// here as the block of a neuron at rest) flattens the growth (pain.windup.human, acute).
// The bars are illustrative, not measured values.
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import {
  AdditiveBlending,
  BoxGeometry,
  Color,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  Sphere,
  SphereGeometry,
  Vector3,
} from 'three';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { DORSAL_HORN } from '../layout';
import { blob, organicTube } from '../geometry/organic';
import {
  glutamateGeometry,
  ketamineGeometry,
  magnesiumGeometry,
  nmdaGeometry,
} from '../geometry/molecules';
import { frameInfo } from '../system/frame-info';
import {
  MEMBRANE,
  instancedMaterial,
  membraneMaterial,
  moleculeMaterial,
} from '../system/materials';
import { KETAMINE_SITE, MAGNESIUM_SITE } from '../system/pores';
import { Swarm } from '../system/swarm';
import { useDisposable } from '../system/use-disposable';
import { useConstant } from '../system/use-constant';
import { useStructure } from '../system/use-structure';

const RECEPTORS = 6;
const STIMULUS_SEC = 0.9;
const PAUSE_SEC = 2.2;
/** Growth of each response over the previous one without drug (illustrative). */
const WINDUP_STEP = 0.2;
const CYCLE = DORSAL_HORN.barCount * STIMULUS_SEC + PAUSE_SEC;
/** Bar height in scene units per unit of response. */
const BAR_UNITS = 1.5;

const _matrix = new Matrix4();
const _quaternion = new Quaternion();
const _position = new Vector3();
const _scale = new Vector3();
const _color = new Color();
const painColor = new Color(ACTOR_COLORS.pain);

/** Top of the dorsal horn dendrite under the terminal. */
const SURFACE_Y = -1.05 + DORSAL_HORN.dendriteRadius * 0.95;

/** Drawing scale of the receptors here. */
const RS = DORSAL_HORN.receptorScale;

/** Where receptor i stands on the dendrite's upper surface, under the terminal. */
function receptorBase(i: number, out: Vector3): Vector3 {
  return out.set(-1.1 + (i * 2.2) / (RECEPTORS - 1), SURFACE_Y, (i % 2) * 0.3 - 0.1);
}

function windupHeight(k: number, block: number): number {
  return 0.35 * (1 + WINDUP_STEP * k * (1 - Math.min(1, block * 1.6)));
}

export function DorsalHorn() {
  const [tx, ty, tz] = DORSAL_HORN.terminal;
  const fibre = useDisposable(() =>
    organicTube(DORSAL_HORN.fibre, 0.22, (t) => 1 + 0.6 * t * t, 40, 12, 8.2, 0.02),
  );
  const terminal = useDisposable(() => {
    const g = blob(DORSAL_HORN.terminalRadius, [1, 0.72, 0.9], 0.05, 8.8, [30, 20]);
    g.translate(tx, ty, tz);
    return g;
  });
  const dendrite = useDisposable(() =>
    organicTube(
      DORSAL_HORN.dendrite,
      DORSAL_HORN.dendriteRadius,
      (t) => 1 + 0.1 * Math.sin(t * 11),
      64,
      22,
      3.3,
      0.05,
    ),
  );
  const nmdaGeo = useDisposable(nmdaGeometry);
  const mgGeo = useDisposable(magnesiumGeometry);
  const ketGeo = useDisposable(ketamineGeometry);
  const gluGeo = useDisposable(glutamateGeometry);
  const barGeo = useDisposable(() => new BoxGeometry(0.26, 1, 0.26).translate(0, 0.5, 0));
  const glowGeo = useDisposable(() => new SphereGeometry(1.3, 16, 12));
  const termMat = useDisposable(() => membraneMaterial(MEMBRANE.bouton));
  const dendMat = useDisposable(() => membraneMaterial(ACTOR_COLORS.spine));
  const nmdaMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.nmda, 0.3));
  const mgMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.magnesium, 0.35));
  const ketMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.ketamine, 0.5));
  const gluMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.glutamate, 0.45));
  const barMat = useDisposable(() => instancedMaterial(0.45));
  const glowMat = useDisposable(
    () =>
      new MeshBasicMaterial({
        color: ACTOR_COLORS.pain,
        transparent: true,
        opacity: 0,
        blending: AdditiveBlending,
        depthWrite: false,
      }),
  );
  const sim = useConstant(() => ({ glu: new Swarm(120, 71), fired: -1 }));

  const nmdaRef = useRef<InstancedMesh>(null);
  const mgRef = useRef<InstancedMesh>(null);
  const ketRef = useRef<InstancedMesh>(null);
  const gluRef = useRef<InstancedMesh>(null);
  const barRef = useRef<InstancedMesh>(null);

  const [bx, by, bz] = DORSAL_HORN.barsOrigin;
  useStructure('dorsalHorn', [termMat, dendMat], [tx - 1.6, ty + 0.4, tz + 0.8]);
  useStructure('nmdaReceptor', [nmdaMat], [0.5, SURFACE_Y + 0.25, 0.6]);
  useStructure('magnesium', [mgMat], [-0.4, SURFACE_Y + 0.1, 0.6]);
  useStructure('ketamine', [ketMat], [-0.9, SURFACE_Y + 0.45, 0.6]);
  useStructure('glutamate', [gluMat], [0.9, ty - DORSAL_HORN.terminalRadius * 0.72 - 0.2, 0.6]);

  useLayoutEffect(() => {
    const nmda = nmdaRef.current;
    const bars = barRef.current;
    if (!nmda || !bars) return;
    for (let i = 0; i < RECEPTORS; i++) {
      receptorBase(i, _position);
      _matrix.compose(_position, _quaternion.identity(), _scale.setScalar(RS));
      nmda.setMatrixAt(i, _matrix);
    }
    nmda.instanceMatrix.needsUpdate = true;
    nmda.computeBoundingSphere();
    for (let k = 0; k < DORSAL_HORN.barCount; k++) bars.setColorAt(k, painColor);
    // one more instance: the baseline the bars stand on (a thin, dim slab)
    const span = (DORSAL_HORN.barCount - 1) * DORSAL_HORN.barSpacing + 0.5;
    _position.set(bx - 0.25 + span / 2, by - 0.02, bz);
    _matrix.compose(_position, _quaternion.identity(), _scale.set(span / 0.26, 0.02, 1.3));
    bars.setMatrixAt(DORSAL_HORN.barCount, _matrix);
    bars.setColorAt(DORSAL_HORN.barCount, _color.set('#8a94a8'));
    bars.boundingSphere = new Sphere(new Vector3(bx + 2, by + 1, bz), 4);
  }, [bx, by, bz]);

  useFrame(() => {
    const mg = mgRef.current;
    const ket = ketRef.current;
    const glu = gluRef.current;
    const bars = barRef.current;
    if (!mg || !ket || !glu || !bars) return;
    const block = clock.state.blockPyramidal;
    // Stimulus train: stimulus k of the cycle, or all bars shown when motion is held still.
    const phase = frameInfo.reduced ? CYCLE - 0.01 : frameInfo.t % CYCLE;
    const k = Math.min(DORSAL_HORN.barCount - 1, Math.floor(phase / STIMULUS_SEC));
    const inTrain = phase < DORSAL_HORN.barCount * STIMULUS_SEC;
    if (!frameInfo.reduced && inTrain && k !== sim.fired) {
      sim.fired = k;
      for (let j = 0; j < 14; j++) {
        sim.glu.spawn(
          tx + sim.glu.rand(-0.7, 0.7),
          ty - DORSAL_HORN.terminalRadius * 0.68,
          tz + sim.glu.rand(-0.5, 0.5),
          sim.glu.rand(-0.3, 0.3),
          sim.glu.rand(-0.9, -0.5),
          sim.glu.rand(-0.3, 0.3),
          1.6,
        );
      }
    }
    if (!inTrain) sim.fired = -1;
    sim.glu.step(frameInfo.dt, 1.6, 2);
    sim.glu.write(glu, 1, frameInfo.t);
    // Bars: the response to each stimulus so far in this train.
    const lastShown = frameInfo.reduced
      ? DORSAL_HORN.barCount - 1
      : inTrain
        ? k
        : DORSAL_HORN.barCount - 1;
    for (let i = 0; i < DORSAL_HORN.barCount; i++) {
      const h = i <= lastShown ? windupHeight(i, block) : 0.001;
      _position.set(bx + i * DORSAL_HORN.barSpacing, by, bz);
      _scale.set(1, h * BAR_UNITS, 1);
      _matrix.compose(_position, _quaternion.identity(), _scale);
      bars.setMatrixAt(i, _matrix);
      bars.setColorAt(
        i,
        _color.copy(painColor).multiplyScalar(i === lastShown && inTrain ? 1.25 : 0.85),
      );
    }
    bars.instanceMatrix.needsUpdate = true;
    if (bars.instanceColor) bars.instanceColor.needsUpdate = true;
    // Postsynaptic excitation glows with the current response.
    const since = phase - k * STIMULUS_SEC;
    glowMat.opacity =
      inTrain && !frameInfo.reduced ? 0.22 * windupHeight(k, block) * Math.exp(-since * 3) : 0.04;
    // Mg2+ and trapped ketamine in the receptors' pores.
    const blocked = Math.round(block * RECEPTORS);
    for (let i = 0; i < RECEPTORS; i++) {
      receptorBase(i, _position);
      const isBlocked = i < blocked;
      _position.y += MAGNESIUM_SITE * RS;
      _matrix.compose(_position, _quaternion.identity(), _scale.setScalar(isBlocked ? 0 : RS));
      mg.setMatrixAt(i, _matrix);
      _position.y += (KETAMINE_SITE - MAGNESIUM_SITE) * RS;
      _matrix.compose(
        _position,
        _quaternion.identity(),
        _scale.setScalar(isBlocked ? 1.35 * RS : 0),
      );
      ket.setMatrixAt(i, _matrix);
    }
    mg.instanceMatrix.needsUpdate = true;
    ket.instanceMatrix.needsUpdate = true;
  });

  return (
    <group>
      <mesh geometry={fibre} material={termMat} userData={{ structure: 'dorsalHorn' }} />
      <mesh geometry={terminal} material={termMat} userData={{ structure: 'dorsalHorn' }} />
      <mesh geometry={dendrite} material={dendMat} userData={{ structure: 'dorsalHorn' }} />
      <mesh
        geometry={glowGeo}
        material={glowMat}
        position={[0, SURFACE_Y - 0.4, 0]}
        scale={[1.4, 0.7, 1]}
      />
      <instancedMesh
        ref={nmdaRef}
        args={[nmdaGeo, nmdaMat, RECEPTORS]}
        userData={{ structure: 'nmdaReceptor' }}
      />
      <instancedMesh
        ref={mgRef}
        args={[mgGeo, mgMat, RECEPTORS]}
        frustumCulled={false}
        userData={{ structure: 'magnesium' }}
      />
      <instancedMesh
        ref={ketRef}
        args={[ketGeo, ketMat, RECEPTORS]}
        frustumCulled={false}
        userData={{ structure: 'ketamine' }}
      />
      <instancedMesh
        ref={gluRef}
        args={[gluGeo, gluMat, 120]}
        frustumCulled={false}
        userData={{ structure: 'glutamate' }}
      />
      <instancedMesh
        ref={barRef}
        args={[barGeo, barMat, DORSAL_HORN.barCount + 1]}
        frustumCulled={false}
        userData={{ structure: 'dorsalHorn' }}
      />
    </group>
  );
}
