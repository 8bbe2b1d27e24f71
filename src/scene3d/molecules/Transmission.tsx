// Spikes travel down the pyramidal and interneuron axons at rates set by the model
// (clock.state.pyramidalActivity, interneuronActivity); each arriving spike may fuse a docked
// vesicle and release a burst of glutamate into the cleft (or GABA onto the shaft). An
// excitatory input keeps giving the interneuron dendrite puffs of glutamate (its NMDA
// receptors open to it, which is when ketamine can enter them).
// How much glutamate is released follows the model: vesicles fused per spike are
// glutamate / pyramidal activity, so fusions per second (and glutamate in the cleft) are in
// proportion to clock.state.glutamate. A docked vesicle fuses (collapses flat into the membrane
// as its glutamate bursts out) and a new one comes down from the pool to dock.
// Four populations, four instanced meshes: vesicles, glutamate, GABA, spikes.
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  InstancedMesh,
  Matrix4,
  Points,
  Sphere,
  Vector3,
} from 'three';
import { clock } from '../../state/clock';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { createRng } from '../../model';
import { BOUTON, CLEFT, INTERNEURON, RELEASE_SITES } from '../layout';
import { curveOf } from '../geometry/organic';
import { interneuronInput } from '../geometry/placements';
import { gabaGeometry, glutamateGeometry, vesicleGeometry } from '../geometry/molecules';
import { ageEvents, events, resetEvents } from '../system/events';
import { frameInfo } from '../system/frame-info';
import { moleculeMaterial, softPointsMaterial } from '../system/materials';
import { sceneStats } from '../system/scene-stats';
import { advance } from '../system/still';
import { Swarm } from '../system/swarm';
import { useDisposable } from '../system/use-disposable';
import { useConstant } from '../system/use-constant';
import { useStructure } from '../system/use-structure';

/** Spikes per second at baseline activity (illustrative display rates). */
const PYRAMIDAL_SPIKES_PER_SEC = 1.1;
const INTERNEURON_SPIKES_PER_SEC = 2.6; // tonically active
/** Seconds a spike takes to run down an axon. */
const SPIKE_TRAVEL_SEC = 0.9;
const GLUTAMATE_PER_VESICLE = 12;
const GABA_PER_RELEASE = 9;
/** Glutamate puffs per second from the excitatory input onto the interneuron dendrite. */
const INPUT_PUFFS_PER_SEC = 1.3;
const GLUTAMATE_PER_PUFF = 7;
const FREE_VESICLES = 34;
const SPIKE_SLOTS = 8;
/** Diameter of a spike's glow, scene units. */
const SPIKE_GLOW = 1.3;
/** Seconds a fusing vesicle takes to collapse into the membrane; then a new one docks. */
const FUSE_SEC = 0.3;
const DOCK_SEC = 1.2;
/** Height of a docked vesicle's centre above the membrane, and of the pool it comes from. */
const DOCKED_Y = 0.2;
const POOL_Y = 0.75;
/** Camera distance (scene units) beyond which glutamate is drawn larger, so a surge reads. */
const ZOOM_FROM = 5;

const _matrix = new Matrix4();
const _position = new Vector3();
const _scale = new Vector3();

interface Spike {
  /** 0..1 along the axon, or < 0 when the slot is free */
  u: Float32Array;
  /** 0 = pyramidal axon, 1 = interneuron axon */
  cell: Uint8Array;
}

function boutonVesicleHomes(): Float32Array {
  const rng = createRng(11);
  const out = new Float32Array(FREE_VESICLES * 3);
  const [cx, cy, cz] = BOUTON.center;
  let k = 0;
  while (k < FREE_VESICLES) {
    // inside an ellipsoid that fits the bouton (wider than tall)
    const x = (rng.next() * 2 - 1) * 1.18;
    const y = (rng.next() * 2 - 1) * 0.78;
    const z = (rng.next() * 2 - 1) * 1.18;
    if ((x / 1.18) ** 2 + (y / 0.78) ** 2 + (z / 1.18) ** 2 > 1) continue;
    if (cy + y < BOUTON.bottomY + 0.42) continue;
    // keep clear of each other a little
    let clash = false;
    for (let j = 0; j < k; j++) {
      const dx = out[j * 3]! - (cx + x);
      const dy = out[j * 3 + 1]! - (cy + y);
      const dz = out[j * 3 + 2]! - (cz + z);
      if (dx * dx + dy * dy + dz * dz < 0.3 * 0.3) clash = true;
    }
    if (clash) continue;
    out[k * 3] = cx + x;
    out[k * 3 + 1] = cy + y;
    out[k * 3 + 2] = cz + z;
    k++;
  }
  return out;
}

class TransmissionSim {
  readonly glu = new Swarm(260, 21);
  private readonly input = interneuronInput();
  private inputAcc = 0;
  readonly gaba = new Swarm(90, 22);
  readonly spikes: Spike = {
    u: new Float32Array(SPIKE_SLOTS).fill(-1),
    cell: new Uint8Array(SPIKE_SLOTS),
  };
  private readonly rng = createRng(23);
  private pyrAcc = 0;
  private intAcc = 0;
  /** vesicles owed by the spikes so far (fractional part carried) */
  private releaseAcc = 0;
  /** vesicles fused since the last reset */
  fusions = 0;

  reset(): void {
    this.glu.reset();
    this.gaba.reset();
    this.spikes.u.fill(-1);
    this.rng.setState(createRng(23).getState());
    this.pyrAcc = 0.6;
    this.intAcc = 0.3;
    this.inputAcc = 0.5;
    this.releaseAcc = 0;
    this.fusions = 0;
    resetEvents();
  }

  private fire(cell: 0 | 1): void {
    for (let i = 0; i < SPIKE_SLOTS; i++) {
      if (this.spikes.u[i]! < 0) {
        this.spikes.u[i] = 0;
        this.spikes.cell[i] = cell;
        return;
      }
    }
  }

  private releaseGlutamate(): void {
    const site = Math.floor(this.rng.next() * RELEASE_SITES.length);
    const [sx, sz] = RELEASE_SITES[site]!;
    events.sinceSite[site] = 0;
    events.sinceRelease = 0;
    this.fusions++;
    for (let k = 0; k < GLUTAMATE_PER_VESICLE; k++) {
      const a = this.rng.next() * Math.PI * 2;
      const sp = 0.25 + this.rng.next() * 0.5;
      this.glu.spawn(
        sx,
        BOUTON.bottomY - 0.03,
        sz,
        Math.cos(a) * sp,
        -0.5 - this.rng.next() * 0.6,
        Math.sin(a) * sp,
        2.2 + this.rng.next(),
      );
    }
  }

  private releaseGaba(): void {
    events.sinceGaba = 0;
    const [tx, ty, tz] = INTERNEURON.terminal;
    for (let k = 0; k < GABA_PER_RELEASE; k++) {
      const a = (this.rng.next() - 0.5) * Math.PI * 1.2; // front half, toward the viewer
      const r = 0.45 + this.rng.next() * 0.15;
      this.gaba.spawn(
        tx + Math.sin(a) * r,
        ty - 0.4,
        tz + Math.cos(a) * r,
        Math.sin(a) * 0.35,
        -0.05,
        Math.cos(a) * 0.35,
        1.6 + this.rng.next() * 0.6,
      );
    }
  }

  private puffOntoInterneuron(): void {
    const { center, toDendrite: d } = this.input;
    const r = INTERNEURON.inputRadius * 0.7;
    for (let k = 0; k < GLUTAMATE_PER_PUFF; k++) {
      const sx = (this.rng.next() - 0.5) * 0.5;
      const sz = (this.rng.next() - 0.5) * 0.5;
      this.glu.spawn(
        center.x + d.x * r + sx,
        center.y + d.y * r,
        center.z + d.z * r + sz,
        d.x * 0.5 + sx * 1.6,
        d.y * 0.5 - 0.1,
        d.z * 0.5 + sz * 1.6 + 0.35,
        1.5 + this.rng.next() * 0.6,
      );
    }
  }

  /** Glutamate molecules now in the cleft (under the bouton, between the membranes). */
  inCleft(): number {
    const g = this.glu;
    let n = 0;
    for (let i = 0; i < g.n; i++) {
      if (!g.alive(i) || g.py[i]! < CLEFT.bottomY || g.py[i]! > CLEFT.topY) continue;
      if (g.px[i]! * g.px[i]! + g.pz[i]! * g.pz[i]! <= CLEFT.radius * CLEFT.radius) n++;
    }
    return n;
  }

  simulate(dt: number): void {
    if (dt <= 0) return;
    const s = clock.state;
    ageEvents(dt);
    this.inputAcc += dt * INPUT_PUFFS_PER_SEC;
    if (this.inputAcc >= 1) {
      this.inputAcc -= 1;
      this.puffOntoInterneuron();
    }
    // Spike generation: a regular-ish train whose rate follows the model.
    this.pyrAcc +=
      dt * PYRAMIDAL_SPIKES_PER_SEC * s.pyramidalActivity * (0.7 + 0.6 * this.rng.next());
    this.intAcc +=
      dt * INTERNEURON_SPIKES_PER_SEC * s.interneuronActivity * (0.8 + 0.4 * this.rng.next());
    if (this.pyrAcc >= 1) {
      this.pyrAcc -= 1;
      this.fire(0);
    }
    if (this.intAcc >= 1) {
      this.intAcc -= 1;
      this.fire(1);
    }
    for (let i = 0; i < SPIKE_SLOTS; i++) {
      const u = this.spikes.u[i]!;
      if (u < 0) continue;
      const next = u + dt / SPIKE_TRAVEL_SEC;
      if (next >= 1) {
        this.spikes.u[i] = -1;
        // Vesicles per spike: glutamate / activity, so that release per second follows the
        // model's glutamate (more spikes, and each spike's share).
        if (this.spikes.cell[i] === 0) {
          this.releaseAcc += s.glutamate / Math.max(0.25, s.pyramidalActivity);
          for (; this.releaseAcc >= 1; this.releaseAcc -= 1) this.releaseGlutamate();
        } else this.releaseGaba();
      } else this.spikes.u[i] = next;
    }
    this.glu.step(dt, 2.2, 1.5);
    this.gaba.step(dt, 1.2, 2.5);
    // Keep glutamate in the cleft slab while it is under the synapse; outside it diffuses away.
    const g = this.glu;
    for (let i = 0; i < g.n; i++) {
      if (!g.alive(i)) continue;
      const r2 = g.px[i]! * g.px[i]! + g.pz[i]! * g.pz[i]!;
      if (r2 > CLEFT.radius * CLEFT.radius) continue;
      const lo = CLEFT.bottomY + 0.05;
      const hi = CLEFT.topY - 0.04;
      if (g.py[i]! < lo) {
        g.py[i] = lo;
        g.vy[i] = Math.abs(g.vy[i]!) * 0.3;
      } else if (g.py[i]! > hi) {
        g.py[i] = hi;
        g.vy[i] = -Math.abs(g.vy[i]!) * 0.3;
      }
    }
  }
}

export function Transmission() {
  const sim = useConstant(() => new TransmissionSim());
  const homes = useConstant(() => boutonVesicleHomes());
  const vesGeo = useDisposable(vesicleGeometry);
  const gluGeo = useDisposable(glutamateGeometry);
  const gabaGeo = useDisposable(gabaGeometry);
  const spikeGeo = useDisposable(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(SPIKE_SLOTS * 3), 3));
    g.setAttribute('size', new BufferAttribute(new Float32Array(SPIKE_SLOTS), 1));
    g.boundingSphere = new Sphere(new Vector3(-2, 2, -1), 12);
    return g;
  });
  const vesMat = useDisposable(() => moleculeMaterial('#efe6c8', 0.12));
  const gluMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.glutamate, 0.45));
  const gabaMat = useDisposable(() => moleculeMaterial(ACTOR_COLORS.gaba, 0.45));
  const spikeMat = useDisposable(() => softPointsMaterial('#cfe4ff'));
  const pyrAxon = useConstant(() => curveOf([...BOUTON.axon].reverse()));
  const intAxon = useConstant(() => curveOf(INTERNEURON.axon));

  const vesRef = useRef<InstancedMesh>(null);
  const gluRef = useRef<InstancedMesh>(null);
  const gabaRef = useRef<InstancedMesh>(null);
  const spikeRef = useRef<Points>(null);
  const memo = useRef({ key: -1, level: 0 });

  useStructure('vesicles', [vesMat], [BOUTON.center[0] + 0.5, BOUTON.center[1] + 0.2, 0.8]);
  useStructure('glutamate', [gluMat], [0.9, (CLEFT.topY + CLEFT.bottomY) / 2, 0.6]);
  useStructure(
    'gaba',
    [gabaMat],
    [INTERNEURON.terminal[0] + 0.5, INTERNEURON.terminal[1] - 0.45, 0.9],
  );

  useLayoutEffect(() => {
    sim.reset();
  }, [sim]);

  useFrame(({ camera }) => {
    const ves = vesRef.current;
    const glu = gluRef.current;
    const gaba = gabaRef.current;
    const spikes = spikeRef.current;
    if (!ves || !glu || !gaba || !spikes) return;
    advance(sim, memo.current, clock.state.glutamate);
    const t = frameInfo.t;
    // Free vesicles drift a little around their homes.
    for (let i = 0; i < FREE_VESICLES; i++) {
      _position.set(
        homes[i * 3]! + 0.03 * Math.sin(t * 0.7 + i),
        homes[i * 3 + 1]! + 0.03 * Math.sin(t * 0.9 + i * 1.7),
        homes[i * 3 + 2]! + 0.03 * Math.cos(t * 0.8 + i * 0.6),
      );
      _matrix.makeTranslation(_position.x, _position.y, _position.z);
      ves.setMatrixAt(i, _matrix);
    }
    // Docked vesicles at the release sites: on release one collapses flat into the membrane
    // (fusion), then a new one comes down from the pool and docks.
    for (let k = 0; k < RELEASE_SITES.length; k++) {
      const [x, z] = RELEASE_SITES[k]!;
      const since = events.sinceSite[k]!;
      if (since < FUSE_SEC) {
        const f = since / FUSE_SEC;
        _position.set(x, BOUTON.bottomY + DOCKED_Y * (1 - f), z);
        _scale.set(1 + 0.7 * f, Math.max(0.05, 1 - f), 1 + 0.7 * f);
      } else {
        const d = Math.min(1, (since - FUSE_SEC) / DOCK_SEC);
        const e = d * d * (3 - 2 * d);
        _position.set(x, BOUTON.bottomY + POOL_Y + (DOCKED_Y - POOL_Y) * e, z);
        _scale.setScalar(Math.min(1, d * 3));
      }
      _matrix.makeScale(_scale.x, _scale.y, _scale.z).setPosition(_position);
      ves.setMatrixAt(FREE_VESICLES + k, _matrix);
    }
    ves.instanceMatrix.needsUpdate = true;
    // Glutamate is drawn larger when seen from afar, so the burst in the cleft reads.
    const zoom = Math.min(2.2, Math.max(1, camera.position.length() / ZOOM_FROM));
    sim.glu.write(glu, zoom, t);
    sceneStats.surge.cleftGlutamate = sim.inCleft();
    sceneStats.surge.fusions = sim.fusions;
    sim.gaba.write(gaba, 1, t);
    // Spikes: a soft glow running down each axon.
    const pos = spikeGeo.getAttribute('position') as BufferAttribute;
    const size = spikeGeo.getAttribute('size') as BufferAttribute;
    for (let i = 0; i < SPIKE_SLOTS; i++) {
      const u = sim.spikes.u[i]!;
      if (u < 0) {
        size.setX(i, 0);
        continue;
      }
      const curve = sim.spikes.cell[i] === 0 ? pyrAxon : intAxon;
      curve.getPointAt(u, _position);
      pos.setXYZ(i, _position.x, _position.y, _position.z);
      size.setX(i, sim.spikes.cell[i] === 0 ? SPIKE_GLOW : SPIKE_GLOW * 0.75);
    }
    pos.needsUpdate = true;
    size.needsUpdate = true;
  });

  return (
    <group>
      <instancedMesh
        ref={vesRef}
        args={[vesGeo, vesMat, FREE_VESICLES + RELEASE_SITES.length]}
        frustumCulled={false}
        userData={{ structure: 'vesicles' }}
      />
      <instancedMesh
        ref={gluRef}
        args={[gluGeo, gluMat, sim.glu.n]}
        frustumCulled={false}
        userData={{ structure: 'glutamate' }}
      />
      <instancedMesh
        ref={gabaRef}
        args={[gabaGeo, gabaMat, sim.gaba.n]}
        frustumCulled={false}
        userData={{ structure: 'gaba' }}
      />
      <points ref={spikeRef} geometry={spikeGeo} material={spikeMat} frustumCulled={false} />
    </group>
  );
}
