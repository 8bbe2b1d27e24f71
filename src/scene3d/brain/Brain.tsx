// The brain scale (layout BRAIN): a stylised, translucent brain with its named regions inside.
// In the infusion stage (actor `brain`) ketamine beads flow up the arteries, as many as the
// model's plasma level gives (clock.state.plasmaMicroM, as molecules/Ketamine.tsx reads it), and
// the cortex takes on ketamine's colour in proportion to that level. In a condition's brain view
// (story/views.ts isBrainView) only the condition's regions are drawn, joined by their loop, with
// pulses travelling round it. Draw calls: cortex, hindbrain, six regions, arteries, beads, loop,
// pulses (twelve at most; hidden parts cost none).
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import {
  Color,
  IcosahedronGeometry,
  Matrix4,
  MeshPhongMaterial,
  Vector3,
  type Group,
  type InstancedMesh,
  type Mesh,
} from 'three';
import { clock } from '../../state/clock';
import { isBrainView } from '../../story/views';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { BRAIN } from '../layout';
import { inCast } from '../system/cast';
import { wakeScene } from '../system/scene-rest';
import { frameInfo } from '../system/frame-info';
import { moleculeMaterial } from '../system/materials';
import { useConstant } from '../system/use-constant';
import { useDisposable } from '../system/use-disposable';
import { useStructure } from '../system/use-structure';
import {
  arteryCurves,
  arteryGeometry,
  cortexGeometry,
  hindbrainGeometry,
  loopCurve,
  loopGeometry,
  regionGeometry,
  type RegionId,
} from './brain-geometry';
import { HIPPOCAMPUS, LOOP_REGIONS, REGION_BLOBS, type LoopView } from './brain-paths';
import { brainStats } from './brain-stats';

/** Region colours (not actors): distinct hues that read through the translucent cortex. */
const REGION_COLORS: Record<RegionId, string> = {
  prefrontalCortex: '#6ec6ff',
  orbitofrontalCortex: '#a98bff',
  hippocampus: '#ffd166',
  amygdala: '#ff7096',
  striatum: '#b8f06a',
  thalamus: '#f5a3ff',
};
const REGIONS = Object.keys(REGION_COLORS) as RegionId[];

const LOOP_VIEWS = Object.keys(LOOP_REGIONS) as LoopView[];

/** Plasma level drawn as full tint and all beads, µM (the model's peak at 0.5 mg/kg ≈ 0.78). */
const FULL_MICROM = 0.8;
const BEADS_PER_ARTERY = 14;
/** Seconds a bead takes along its artery; pulses round a loop. */
const BEAD_SEC = 6;
const PULSES = 7;
const PULSE_SEC = 4.5;

const [BX, BY, BZ] = BRAIN.center;
const _m = new Matrix4();
const _v = new Vector3();
const _base = new Color('#c9a3ad');
const _tinted = new Color();
const KETAMINE = new Color(ACTOR_COLORS.ketamine);

/** A region's label anchor, world space: its viewer-side centre, a little toward the viewer. */
function anchorOf(id: RegionId): [number, number, number] {
  const at = id === 'hippocampus' ? HIPPOCAMPUS[1]! : REGION_BLOBS[id].at;
  return [BX + at[0], BY + at[1], BZ + at[2] + 0.6];
}

function translucent(color: string, opacity: number): MeshPhongMaterial {
  return new MeshPhongMaterial({
    color,
    specular: new Color('#2a2a2a'),
    shininess: 12,
    emissive: KETAMINE.clone(),
    emissiveIntensity: 0,
    transparent: true,
    opacity,
    depthWrite: false,
  });
}

function RegionMesh({ id, meshes }: { id: RegionId; meshes: Partial<Record<RegionId, Mesh>> }) {
  const geo = useDisposable(() => regionGeometry(id));
  const mat = useDisposable(() => moleculeMaterial(REGION_COLORS[id], 0.25));
  useStructure(id, [mat], anchorOf(id));
  return (
    <mesh
      ref={(m) => {
        if (m) meshes[id] = m;
        else delete meshes[id];
      }}
      geometry={geo}
      material={mat}
      userData={{ structure: id }}
    />
  );
}

export default function Brain() {
  const cortexGeo = useDisposable(cortexGeometry);
  const hindGeo = useDisposable(hindbrainGeometry);
  const arteryGeo = useDisposable(arteryGeometry);
  const beadGeo = useDisposable(() => new IcosahedronGeometry(0.13, 1));
  const pulseGeo = useDisposable(() => new IcosahedronGeometry(0.26, 1));
  const cortexMat = useDisposable(() => translucent('#c9a3ad', 0.34));
  const hindMat = useDisposable(() => translucent('#b7929c', 0.42));
  const arteryMat = useDisposable(() => moleculeMaterial('#c4414f', 0.3));
  const beadMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.ketamine, 0.9));
  const pulseMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.spike, 1.1));
  const loopMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.spike, 0.35));
  const curves = useConstant(arteryCurves);
  const loops = useConstant(() => ({
    brainDepression: loopCurve('brainDepression'),
    brainAnxiety: loopCurve('brainAnxiety'),
    brainOcd: loopCurve('brainOcd'),
  }));
  const loopGeoD = useDisposable(() => loopGeometry(loops.brainDepression));
  const loopGeoA = useDisposable(() => loopGeometry(loops.brainAnxiety));
  const loopGeoO = useDisposable(() => loopGeometry(loops.brainOcd));
  const meshes = useConstant((): Partial<Record<RegionId, Mesh>> => ({}));
  const group = useRef<Group>(null);
  const arteries = useRef<Group>(null);
  const beads = useRef<InstancedMesh>(null);
  const pulses = useRef<InstancedMesh>(null);
  const loopMeshes = useRef<Partial<Record<LoopView, Mesh>>>({});
  useStructure('arteries', [arteryMat], [BX - 0.8, BY - 1.4, BZ + 2.9]);

  useEffect(() => {
    window.__sceneBrain = brainStats;
    // a chunk of its own: it may arrive after a still scene has come to rest; draw it
    wakeScene();
    return () => {
      brainStats.shown = false;
      delete window.__sceneBrain;
    };
  }, []);

  useFrame(() => {
    const g = group.current;
    const beadMesh = beads.current;
    const pulseMesh = pulses.current;
    if (!g || !beadMesh || !pulseMesh || !arteries.current) return;
    const view = frameInfo.view;
    const loop: LoopView | null = isBrainView(view) ? (view as LoopView) : null;
    const infusion = !loop && inCast('brain');
    g.visible = infusion || !!loop;
    brainStats.shown = g.visible;
    if (!g.visible) {
      brainStats.loop = '';
      brainStats.tint = 0;
      brainStats.beads = 0;
      brainStats.pulses = 0;
      return;
    }

    // the regions: all in the infusion stage (the stage's focus dims the others), a
    // condition's own in its view
    let regions = '';
    for (let i = 0; i < REGIONS.length; i++) {
      const id = REGIONS[i]!;
      const m = meshes[id];
      if (!m) continue;
      m.visible = !loop || LOOP_REGIONS[loop].includes(id);
      if (m.visible) regions = regions ? `${regions},${id}` : id;
    }
    if (regions !== brainStats.regions) brainStats.regions = regions;

    // ketamine from the blood: beads along the arteries and the cortex's tint
    const level = Math.min(1, Math.max(0, clock.state.plasmaMicroM / FULL_MICROM));
    brainStats.modelMin = clock.modelTimeMin;
    brainStats.tint = infusion ? level : 0;
    arteries.current.visible = infusion;
    // a faint glow of its own colour so the shell reads, turning ketamine's as the level rises
    _tinted.copy(_base).lerp(KETAMINE, 0.45 * brainStats.tint);
    cortexMat.color.copy(_tinted);
    cortexMat.emissive.copy(_base).lerp(KETAMINE, brainStats.tint);
    cortexMat.emissiveIntensity = 0.16 + 0.3 * brainStats.tint;
    hindMat.emissive.copy(cortexMat.emissive);
    hindMat.emissiveIntensity = 0.14 + 0.2 * brainStats.tint;
    const perArtery = infusion ? Math.round(level * BEADS_PER_ARTERY) : 0;
    let n = 0;
    for (let c = 0; c < curves.length; c++) {
      const curve = curves[c]!;
      for (let k = 0; k < perArtery; k++) {
        // evenly spaced, moving up the artery; a still picture keeps them where they are
        const u = (k / perArtery + frameInfo.t / BEAD_SEC + c * 0.13) % 1;
        curve.getPointAt(u, _v);
        _m.makeTranslation(_v.x, _v.y, _v.z);
        beadMesh.setMatrixAt(n++, _m);
      }
    }
    beadMesh.count = n;
    beadMesh.instanceMatrix.needsUpdate = true;
    brainStats.beads = n;

    // the condition's loop and the pulses going round it
    for (let i = 0; i < LOOP_VIEWS.length; i++) {
      const lm = loopMeshes.current[LOOP_VIEWS[i]!];
      if (lm) lm.visible = LOOP_VIEWS[i] === loop;
    }
    brainStats.loop = loop ?? '';
    let p = 0;
    if (loop) {
      const curve = loops[loop];
      for (; p < PULSES; p++) {
        curve.getPointAt((p / PULSES + frameInfo.t / PULSE_SEC) % 1, _v);
        _m.makeTranslation(_v.x, _v.y, _v.z);
        pulseMesh.setMatrixAt(p, _m);
      }
    }
    pulseMesh.count = p;
    pulseMesh.instanceMatrix.needsUpdate = true;
    brainStats.pulses = p;
  });

  return (
    <group ref={group} position={[BX, BY, BZ]} visible={false}>
      {REGIONS.map((id) => (
        <RegionMesh key={id} id={id} meshes={meshes} />
      ))}
      <group ref={arteries}>
        <mesh geometry={arteryGeo} material={arteryMat} userData={{ structure: 'arteries' }} />
        <instancedMesh
          ref={beads}
          args={[beadGeo, beadMat, BEADS_PER_ARTERY * curves.length]}
          frustumCulled={false}
          userData={{ structure: 'ketamine' }}
        />
      </group>
      {LOOP_VIEWS.map((v, i) => (
        <mesh
          key={v}
          ref={(m) => {
            if (m) loopMeshes.current[v] = m;
          }}
          geometry={[loopGeoD, loopGeoA, loopGeoO][i]}
          material={loopMat}
          visible={false}
        />
      ))}
      <instancedMesh ref={pulses} args={[pulseGeo, pulseMat, PULSES]} frustumCulled={false} />
      <mesh geometry={hindGeo} material={hindMat} renderOrder={1} />
      <mesh geometry={cortexGeo} material={cortexMat} renderOrder={2} />
    </group>
  );
}
