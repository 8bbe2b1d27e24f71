// NMDA receptors (on the interneuron and on the spine), their Mg2+ ions, AMPA receptors and
// TrkB. Gating comes from the model's single-channel ensembles (ChannelEnsemble, seeded); how
// many receptors hold ketamine comes from the model's mean-field block (clock.state), and a
// receptor takes its ketamine only while its channel is open (use dependence), then keeps it
// when the channel closes (trapping).
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import {
  AdditiveBlending,
  Color,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  SphereGeometry,
  Vector3,
} from 'three';
import { CHANNEL_STATE, ChannelEnsemble, createRng } from '../../model';
import { clock } from '../../state/clock';
import { ampaOpenness, nearestSites } from './ampa-gating';
import { bdnfLevel, clamp01 } from './levels';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { RECEPTOR_COUNTS, SPINE } from '../layout';
import { ampaGeometry, magnesiumGeometry, nmdaGeometry, trkBGeometry } from '../geometry/molecules';
import {
  interneuronPlacements,
  psdPlacements,
  trkBPlacements,
  type Placement,
} from '../geometry/placements';
import { events } from '../system/events';
import { frameInfo } from '../system/frame-info';
import { CLOSEUP_COLORS, instancedMaterial, moleculeMaterial } from '../system/materials';
import { MAGNESIUM_SITE, NMDA_TOTAL, pores } from '../system/pores';
import { advance, storyHeld } from '../system/still';
import { useDisposable } from '../system/use-disposable';
import { useConstant } from '../system/use-constant';
import { moveAnchor } from '../system/registry';
import { useStructure } from '../system/use-structure';
import { sceneStats } from '../system/scene-stats';

/** Milliseconds of channel time shown per real second (single-channel gating slowed ~40x). */
const CHANNEL_MS_PER_SEC = 25;
/** Seconds ketamine takes to slip into (or out of) the pore. */
const ENTRY_SEC = 0.8;
/** The interneuron's receptors are drawn larger: the channel-block close-up is about them. */
const INTERNEURON_RECEPTOR_SCALE = 1.3;

const _matrix = new Matrix4();
const _position = new Vector3();
const _scale = new Vector3();
const zero = new Vector3(0, 0, 0);
const _color = new Color();
const nmdaBase = new Color(ACTOR_COLORS.nmda);
const ampaBase = new Color(ACTOR_COLORS.ampa);
/** An open AMPA receptor's tint: toward the cations it passes. */
const ampaOpenTint = new Color(CLOSEUP_COLORS.sodium);
const trkBase = new Color(ACTOR_COLORS.trkB);

class ReceptorSim {
  readonly inter = new ChannelEnsemble({
    n: RECEPTOR_COUNTS.nmdaInterneuron,
    seed: 31,
    cell: 'interneuron',
  });
  readonly pyr = new ChannelEnsemble({
    n: RECEPTOR_COUNTS.nmdaPyramidal,
    seed: 32,
    cell: 'pyramidal',
  });
  /** block order of each receptor within its cell (0 = first to be blocked) */
  readonly rank = new Uint8Array(NMDA_TOTAL);
  /** +1 entering, -1 leaving, 0 still */
  readonly moving = new Int8Array(NMDA_TOTAL);

  constructor() {
    const rng = createRng(33);
    const order = (n: number, offset: number) => {
      const idx = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng.next() * (i + 1));
        [idx[i], idx[j]] = [idx[j]!, idx[i]!];
      }
      idx.forEach((r, i) => (this.rank[offset + i] = r));
    };
    order(RECEPTOR_COUNTS.nmdaInterneuron, 0);
    pores.first = Math.max(0, this.rank.indexOf(0));
    order(RECEPTOR_COUNTS.nmdaPyramidal, RECEPTOR_COUNTS.nmdaInterneuron);
  }

  /** Whether the model's block puts ketamine in receptor i now. */
  wants(i: number): boolean {
    const inter = i < RECEPTOR_COUNTS.nmdaInterneuron;
    const n = inter ? RECEPTOR_COUNTS.nmdaInterneuron : RECEPTOR_COUNTS.nmdaPyramidal;
    const block = inter ? clock.state.blockInterneuron : clock.state.blockPyramidal;
    return this.rank[i]! < Math.round(block * n);
  }

  isOpen(i: number): boolean {
    const inter = i < RECEPTOR_COUNTS.nmdaInterneuron;
    const e = inter ? this.inter : this.pyr;
    const s = e.state[inter ? i : i - RECEPTOR_COUNTS.nmdaInterneuron];
    return s === CHANNEL_STATE.open || s === CHANNEL_STATE.openBlocked;
  }

  hasMg(i: number): boolean {
    const inter = i < RECEPTOR_COUNTS.nmdaInterneuron;
    if (inter) return this.inter.mg[i] === 1;
    // Depolarisation through AMPA receptors drives Mg2+ out of the pyramidal cell's pores.
    if (clock.state.ampaDrive > 1.25 && this.isOpen(i)) return false;
    return this.pyr.mg[i - RECEPTOR_COUNTS.nmdaInterneuron] === 1;
  }

  /** Still frame: every receptor shows the model's block at once. */
  reset(): void {
    this.inter.reset();
    this.pyr.reset();
    for (let i = 0; i < NMDA_TOTAL; i++) {
      pores.drug[i] = this.wants(i) ? 1 : 0;
      this.moving[i] = 0;
    }
  }

  /**
   * Story time held (paused, after a seek): every pore shows the model's block at this moment,
   * ketamine lodged or gone, none caught partway in. The channels keep their gating.
   */
  matchModel(): void {
    for (let i = 0; i < NMDA_TOTAL; i++) {
      pores.drug[i] = this.wants(i) ? 1 : 0;
      this.moving[i] = 0;
    }
  }

  simulate(dt: number): void {
    if (dt <= 0) return;
    const ms = Math.min(1, dt * CHANNEL_MS_PER_SEC);
    // Drug entry is decided below from the mean-field block, so the ensembles gate only.
    this.inter.step(ms, 0);
    this.pyr.step(ms, 0);
    for (let i = 0; i < NMDA_TOTAL; i++) {
      const want = this.wants(i);
      const d = pores.drug[i]!;
      const inter = i < RECEPTOR_COUNTS.nmdaInterneuron;
      const open = this.isOpen(i);
      const free = inter ? !this.hasMg(i) : true;
      if (this.moving[i] === 0) {
        if (want && d === 0 && open && free) this.moving[i] = 1;
        else if (!want && d === 1 && open) this.moving[i] = -1;
      }
      if (this.moving[i] !== 0) {
        const next = d + (this.moving[i]! * dt) / ENTRY_SEC;
        if (next >= 1 || next <= 0) {
          pores.drug[i] = next >= 1 ? 1 : 0;
          this.moving[i] = 0;
        } else pores.drug[i] = next;
      }
    }
  }
}

/** Default Mg2+ label anchor: in the pores of the spine's NMDA receptors. */
const MG_ANCHOR: [number, number, number] = [-0.2, SPINE.topY + 0.15, 0.5];

/** A point `height` above a receptor, along its axis (a label anchor). */
function tipOf(p: Placement, height: number): [number, number, number] {
  return [
    p.position.x + p.normal.x * height,
    p.position.y + p.normal.y * height,
    p.position.z + p.normal.z * height,
  ];
}

/** The placement nearest the viewer (largest z). */
function frontMost(list: readonly Placement[]): Placement {
  return list.reduce((a, b) => (b.position.z > a.position.z ? b : a));
}

function writePlacements(mesh: InstancedMesh, list: readonly Placement[], scaleAt?: Float32Array) {
  list.forEach((p, i) => {
    _matrix.compose(p.position, p.quaternion, _scale.setScalar(scaleAt?.[i] ?? 1));
    mesh.setMatrixAt(i, _matrix);
  });
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
}

export function Receptors() {
  const sim = useConstant(() => new ReceptorSim());
  const placed = useConstant(() => ({
    inter: interneuronPlacements(),
    psd: psdPlacements(),
    trk: trkBPlacements(),
    ampaSites: nearestSites(psdPlacements().ampa),
  }));
  const nmdaGeo = useDisposable(nmdaGeometry);
  const ampaGeo = useDisposable(ampaGeometry);
  const trkGeo = useDisposable(trkBGeometry);
  const mgGeo = useDisposable(magnesiumGeometry);
  const glowGeo = useDisposable(() => new SphereGeometry(SPINE.headRadius * 0.8, 16, 12));
  const nmdaMat = useDisposable(() => instancedMaterial(0.28));
  const ampaMat = useDisposable(() => instancedMaterial(0.3));
  const trkMat = useDisposable(() => instancedMaterial(0.3));
  const mgMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.magnesium, 0.35));
  const glowMat = useDisposable(
    () =>
      new MeshBasicMaterial({
        color: ACTOR_COLORS.ampa,
        transparent: true,
        opacity: 0,
        blending: AdditiveBlending,
        depthWrite: false,
      }),
  );
  const nmdaRef = useRef<InstancedMesh>(null);
  const ampaRef = useRef<InstancedMesh>(null);
  const trkRef = useRef<InstancedMesh>(null);
  const mgRef = useRef<InstancedMesh>(null);
  const memo = useRef({ key: -1, level: 0 });

  // Labels point at the tops of receptors that face the viewer.
  useStructure('nmdaReceptor', [nmdaMat], tipOf(placed.inter[3]!, 0.36));
  useStructure('magnesium', [mgMat], MG_ANCHOR);
  useStructure('ampaReceptor', [ampaMat], tipOf(frontMost(placed.psd.ampa), 0.2));
  useStructure('trkB', [trkMat], tipOf(frontMost(placed.trk), 0.5));

  useLayoutEffect(() => {
    const nmda = nmdaRef.current;
    const ampa = ampaRef.current;
    const trk = trkRef.current;
    if (!nmda || !ampa || !trk) return;
    const all = [...placed.inter, ...placed.psd.nmda];
    pores.scale.fill(1);
    pores.scale.fill(INTERNEURON_RECEPTOR_SCALE, 0, placed.inter.length);
    writePlacements(nmda, all, pores.scale);
    writePlacements(ampa, placed.psd.ampa);
    writePlacements(trk, placed.trk);
    all.forEach((p, i) => {
      pores.base[i * 3] = p.position.x;
      pores.base[i * 3 + 1] = p.position.y;
      pores.base[i * 3 + 2] = p.position.z;
      pores.normal[i * 3] = p.normal.x;
      pores.normal[i * 3 + 1] = p.normal.y;
      pores.normal[i * 3 + 2] = p.normal.z;
      nmda.setColorAt(i, nmdaBase);
    });
    pores.count = all.length;
    placed.psd.ampa.forEach((_, i) => ampa.setColorAt(i, ampaBase));
    placed.trk.forEach((_, i) => trk.setColorAt(i, trkBase));
    sim.reset();
  }, [placed, sim]);

  useFrame(() => {
    const nmda = nmdaRef.current;
    const ampa = ampaRef.current;
    const trk = trkRef.current;
    const mg = mgRef.current;
    if (!nmda || !ampa || !trk || !mg || pores.count === 0) return;
    const s = clock.state;
    advance(sim, memo.current, s.blockInterneuron + s.blockPyramidal);
    if (storyHeld()) sim.matchModel();
    // NMDA: bright while open, dim while closed or blocked. Mg2+ sits in unblocked pores.
    const ens = sceneStats.ensemble;
    ens.closedMg = ens.closed = ens.open = ens.blocked = ens.modelBlocked = ens.entering = 0;
    for (let i = 0; i < NMDA_TOTAL; i++) {
      const open = sim.isOpen(i);
      const blocked = pores.drug[i]! > 0.5;
      const withMg = sim.hasMg(i);
      if (sim.wants(i)) ens.modelBlocked++;
      if (pores.drug[i]! > 0 && pores.drug[i]! < 1) ens.entering++;
      pores.open[i] = open ? 1 : 0;
      pores.mg[i] = withMg ? 1 : 0;
      if (blocked) ens.blocked++;
      else if (open && !withMg) ens.open++;
      else if (withMg) ens.closedMg++;
      else ens.closed++;
      const k = blocked ? 0.55 : open ? 1.25 : 0.72;
      nmda.setColorAt(i, _color.copy(nmdaBase).multiplyScalar(k));
      const showMg = !blocked && pores.drug[i] === 0 && withMg;
      const k2 = pores.scale[i]!;
      _position.set(pores.base[i * 3]!, pores.base[i * 3 + 1]!, pores.base[i * 3 + 2]!);
      _position.x += pores.normal[i * 3]! * MAGNESIUM_SITE * k2;
      _position.y += pores.normal[i * 3 + 1]! * MAGNESIUM_SITE * k2;
      _position.z += pores.normal[i * 3 + 2]! * MAGNESIUM_SITE * k2;
      _matrix.compose(
        _position,
        placed.psd.nmda[0]!.quaternion,
        showMg ? _scale.setScalar(k2) : zero,
      );
      mg.setMatrixAt(i, _matrix);
    }
    if (nmda.instanceColor) nmda.instanceColor.needsUpdate = true;
    mg.instanceMatrix.needsUpdate = true;
    // The Mg2+ label follows an ion sitting in an interneuron receptor, if there is one.
    let mgLabel = -1;
    for (let i = 0; i < RECEPTOR_COUNTS.nmdaInterneuron && mgLabel < 0; i++) {
      if (pores.drug[i] === 0 && sim.hasMg(i)) mgLabel = i;
    }
    if (mgLabel < 0) moveAnchor('magnesium', ...MG_ANCHOR);
    else {
      const d = MAGNESIUM_SITE * pores.scale[mgLabel]!;
      moveAnchor(
        'magnesium',
        pores.base[mgLabel * 3]! + pores.normal[mgLabel * 3]! * d,
        pores.base[mgLabel * 3 + 1]! + pores.normal[mgLabel * 3 + 1]! * d,
        pores.base[mgLabel * 3 + 2]! + pores.normal[mgLabel * 3 + 2]! * d,
      );
    }
    // AMPA: glutamate from the nearest release site opens a receptor (ampa-gating): it widens
    // (the ligand-binding clamshells close and pull the gate open) and lights up; the model's
    // AMPA drive sets the resting level.
    const drive = clamp01((s.ampaDrive - 1) / 0.7);
    const flash = Math.exp(-events.sinceRelease * 3.5);
    const nAmpa = placed.psd.ampa.length;
    for (let i = 0; i < nAmpa; i++) {
      const o = ampaOpenness(i, nAmpa, placed.ampaSites[i]!);
      const p = placed.psd.ampa[i]!;
      _matrix.compose(p.position, p.quaternion, _scale.set(1 + 0.3 * o, 1 - 0.12 * o, 1 + 0.3 * o));
      ampa.setMatrixAt(i, _matrix);
      const k = 0.6 + 0.35 * drive + 0.2 * flash;
      ampa.setColorAt(
        i,
        _color
          .copy(ampaBase)
          .multiplyScalar(k)
          .lerp(ampaOpenTint, 0.6 * o),
      );
    }
    ampa.instanceMatrix.needsUpdate = true;
    if (ampa.instanceColor) ampa.instanceColor.needsUpdate = true;
    glowMat.opacity = 0.05 + 0.16 * drive + 0.08 * flash;
    // TrkB: lit when a BDNF dimer is bound.
    const bound = bdnfLevel() * placed.trk.length;
    for (let i = 0; i < placed.trk.length; i++) {
      const b = clamp01(bound - i);
      trk.setColorAt(i, _color.copy(trkBase).multiplyScalar(0.6 + 0.6 * b));
    }
    if (trk.instanceColor) trk.instanceColor.needsUpdate = true;
    void frameInfo;
  });

  return (
    <group>
      <instancedMesh
        ref={nmdaRef}
        args={[nmdaGeo, nmdaMat, NMDA_TOTAL]}
        userData={{ structure: 'nmdaReceptor' }}
      />
      <instancedMesh
        ref={mgRef}
        args={[mgGeo, mgMat, NMDA_TOTAL]}
        frustumCulled={false}
        userData={{ structure: 'magnesium' }}
      />
      <instancedMesh
        ref={ampaRef}
        args={[ampaGeo, ampaMat, RECEPTOR_COUNTS.ampa]}
        userData={{ structure: 'ampaReceptor' }}
      />
      <instancedMesh
        ref={trkRef}
        args={[trkGeo, trkMat, RECEPTOR_COUNTS.trkB]}
        userData={{ structure: 'trkB' }}
      />
      <mesh
        geometry={glowGeo}
        material={glowMat}
        position={[0, SPINE.headCenterY + 0.05, 0]}
        renderOrder={4}
      />
    </group>
  );
}
