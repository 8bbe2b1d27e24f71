// The circuit view of the disinhibition stage (layout CIRCUIT): an inhibitory interneuron whose
// axon ends on a pyramidal cell's body, with spikes running along both axons as bright pulses.
// Each cell's firing is the model's (clock.state interneuronActivity and pyramidalActivity,
// 1 = baseline) times an illustrative baseline rate (spike-train.ts): as ketamine's block rises
// the interneuron's pulses thin out and the pyramidal cell's multiply. The interneuron's terminal
// glows in GABA's colour as its spikes arrive, dimmer as it fires less (the brake easing). One
// instanced mesh per spike population; with reduced motion the pulses stand still, as many as
// the rate gives, and the terminal glows in proportion to the rate.
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { IcosahedronGeometry, Matrix4, Vector3, type InstancedMesh } from 'three';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { inCast } from '../system/cast';
import { frameInfo } from '../system/frame-info';
import { membraneMaterial, moleculeMaterial } from '../system/materials';
import { sceneStats } from '../system/scene-stats';
import { useConstant } from '../system/use-constant';
import { useDisposable } from '../system/use-disposable';
import { useStructure } from '../system/use-structure';
import {
  interneuronGeometry,
  pathTable,
  pointOnPath,
  pyramidalGeometry,
  terminalGeometry,
} from './circuit-geometry';
import { CIRCUIT, circuitPoint } from './circuit-layout';
import {
  INTERNEURON_BASE_HZ,
  INTERNEURON_TRAVEL_SEC,
  PYRAMIDAL_BASE_HZ,
  PYRAMIDAL_TRAVEL_SEC,
  STILL_PHASE,
  firingHz,
  placeSpikes,
  sinceArrival,
} from './spike-train';
import { OutputSynapse } from './OutputSynapse';

/** Most pulses on one axon (3 × baseline for either cell; the model stays well below). */
const MAX_SPIKES = 40;

/** The terminal's glow: resting, per unit of relative firing, and the flash of one arrival
 * (decaying with this time constant, s). */
const TERMINAL_GLOW = { base: 0.1, perRate: 0.45, flash: 0.9, flashSec: 0.07 } as const;

const _m = new Matrix4();
const _u = new Float32Array(MAX_SPIKES);
const _v = new Vector3();
const [CX, CY, CZ] = CIRCUIT.center;

/** Writes one population's pulses along its axon; returns how many are drawn. */
function writeSpikes(
  mesh: InstancedMesh,
  table: Float32Array,
  phase: number,
  hz: number,
  travelSec: number,
): number {
  const n = placeSpikes(phase, hz, travelSec, _u);
  for (let k = 0; k < n; k++) {
    pointOnPath(table, _u[k]!, _v);
    _m.makeTranslation(_v.x, _v.y, _v.z);
    mesh.setMatrixAt(k, _m);
  }
  mesh.count = n;
  mesh.instanceMatrix.needsUpdate = true;
  return n;
}

export function Circuit() {
  const pyrGeo = useDisposable(pyramidalGeometry);
  const inGeo = useDisposable(interneuronGeometry);
  const termGeo = useDisposable(terminalGeometry);
  const termMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.gaba, TERMINAL_GLOW.base));
  const spikeGeo = useDisposable(() => new IcosahedronGeometry(CIRCUIT.spikeRadius, 1));
  const pyrMat = useDisposable(() => membraneMaterial(ACTOR_COLORS.spine));
  const inMat = useDisposable(() => membraneMaterial(ACTOR_COLORS.interneuron));
  const spikeMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.spike, 1.1));
  const inPath = useConstant(() => pathTable(CIRCUIT.interneuron.axon));
  const pyrPath = useConstant(() => pathTable(CIRCUIT.pyramidal.axon));
  const inRef = useRef<InstancedMesh>(null);
  const pyrRef = useRef<InstancedMesh>(null);
  const phase = useConstant(() => ({ interneuron: 0, pyramidal: 0 }));

  const n = CIRCUIT.interneuron;
  const p = CIRCUIT.pyramidal;
  useStructure('interneuron', [inMat], circuitPoint([n.soma[0], n.soma[1] + 0.5, n.soma[2]]));
  useStructure('pyramidalCell', [pyrMat], circuitPoint([p.soma[0] + 0.2, p.soma[1] + 1.9, 0]));
  useStructure('spikes', [spikeMat], circuitPoint(p.axon[3]!));

  useFrame(() => {
    const inMesh = inRef.current;
    const pyrMesh = pyrRef.current;
    const stats = sceneStats.circuit;
    if (!inMesh || !pyrMesh) return;
    if (!inCast('circuit')) {
      stats.shown = false;
      return;
    }
    const inRel = clock.state.interneuronActivity;
    const pyrRel = clock.state.pyramidalActivity;
    const inHz = firingHz(inRel, INTERNEURON_BASE_HZ);
    const pyrHz = firingHz(pyrRel, PYRAMIDAL_BASE_HZ);
    // the phase counts spikes fired; a still picture puts each half an interval along
    if (frameInfo.reduced) {
      phase.interneuron = STILL_PHASE;
      phase.pyramidal = STILL_PHASE;
    } else {
      phase.interneuron = (phase.interneuron + inHz * frameInfo.dt) % 1e6;
      phase.pyramidal = (phase.pyramidal + pyrHz * frameInfo.dt) % 1e6;
    }
    stats.shown = true;
    stats.modelMin = clock.modelTimeMin;
    stats.interneuronRelative = inRel;
    stats.pyramidalRelative = pyrRel;
    stats.interneuronHz = inHz;
    stats.pyramidalHz = pyrHz;
    stats.interneuronTravelSec = INTERNEURON_TRAVEL_SEC;
    stats.pyramidalTravelSec = PYRAMIDAL_TRAVEL_SEC;
    stats.interneuronSpikes = writeSpikes(
      inMesh,
      inPath,
      phase.interneuron,
      inHz,
      INTERNEURON_TRAVEL_SEC,
    );
    const arrived = frameInfo.reduced
      ? Infinity
      : sinceArrival(phase.interneuron, inHz, INTERNEURON_TRAVEL_SEC, stats.interneuronSpikes);
    termMat.emissiveIntensity =
      TERMINAL_GLOW.base +
      TERMINAL_GLOW.perRate * Math.min(2, inRel) +
      TERMINAL_GLOW.flash * Math.exp(-arrived / TERMINAL_GLOW.flashSec);
    stats.pyramidalSpikes = writeSpikes(
      pyrMesh,
      pyrPath,
      phase.pyramidal,
      pyrHz,
      PYRAMIDAL_TRAVEL_SEC,
    );
  });

  return (
    <group position={[CX, CY, CZ]}>
      <mesh geometry={pyrGeo} material={pyrMat} userData={{ structure: 'pyramidalCell' }} />
      <mesh geometry={inGeo} material={inMat} userData={{ structure: 'interneuron' }} />
      <mesh geometry={termGeo} material={termMat} userData={{ structure: 'interneuron' }} />
      <instancedMesh
        ref={inRef}
        args={[spikeGeo, spikeMat, MAX_SPIKES]}
        frustumCulled={false}
        userData={{ structure: 'spikes' }}
      />
      <instancedMesh
        ref={pyrRef}
        args={[spikeGeo, spikeMat, MAX_SPIKES]}
        frustumCulled={false}
        userData={{ structure: 'spikes' }}
      />
      <group position={[-CX, -CY, -CZ]}>
        <OutputSynapse />
      </group>
    </group>
  );
}
