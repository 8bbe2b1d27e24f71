// Where each receptor sits and which way it points (outward normal), in world space.
import { Matrix4, Quaternion, Vector3 } from 'three';
import { INTERNEURON, PSD, RECEPTOR_COUNTS, SPINE } from '../layout';
import { curveOf } from './organic';

export interface Placement {
  position: Vector3;
  normal: Vector3;
  quaternion: Quaternion;
}

const UP = new Vector3(0, 1, 0);

function place(position: Vector3, normal: Vector3): Placement {
  const n = normal.clone().normalize();
  return { position, normal: n, quaternion: new Quaternion().setFromUnitVectors(UP, n) };
}

/** Height of receptor bases on the spine head (top of the PSD), scene units. */
export const RECEPTOR_BASE_Y = SPINE.topY + 0.03;

/** Receptors on the postsynaptic density: NMDA in the middle, AMPA around them. */
export function psdPlacements(): { nmda: Placement[]; ampa: Placement[] } {
  const nmda: Placement[] = [];
  const ampa: Placement[] = [];
  const golden = Math.PI * (3 - Math.sqrt(5));
  const total = RECEPTOR_COUNTS.nmdaPyramidal + RECEPTOR_COUNTS.ampa;
  for (let i = 0; i < total; i++) {
    const r = PSD.radius * 0.82 * Math.sqrt((i + 0.6) / total);
    const a = i * golden + 0.4;
    const p = new Vector3(
      Math.sin(a) * r,
      RECEPTOR_BASE_Y - 0.02 * (r / PSD.radius),
      Math.cos(a) * r,
    );
    const pl = place(p, new Vector3(0, 1, 0));
    if (i < RECEPTOR_COUNTS.nmdaPyramidal) nmda.push(pl);
    else ampa.push(pl);
  }
  return { nmda, ampa };
}

/** Radius profile of the interneuron dendrite (times dendriteRadius), tapering to its tip. */
export function interneuronDendriteRadius(t: number): number {
  return 1.12 - 0.45 * t + 0.05 * Math.sin(t * 17);
}

/** The excitatory input on the interneuron dendrite: its centre, and the way it faces. */
export function interneuronInput(): { center: Vector3; toDendrite: Vector3 } {
  const curve = curveOf(INTERNEURON.dendrite);
  const u = INTERNEURON.inputAt;
  const c = curve.getPointAt(u);
  const t = curve.getTangentAt(u);
  const up = new Vector3(0, 0.8, -0.6);
  up.addScaledVector(t, -up.dot(t)).normalize();
  const r = INTERNEURON.dendriteRadius * interneuronDendriteRadius(u);
  const center = c.addScaledVector(up, r + INTERNEURON.inputRadius * 0.62);
  return { center, toDendrite: up.negate() };
}

/** A point on the front of the interneuron dendrite, left of its receptors (a label anchor). */
export function interneuronDendritePoint(): [number, number, number] {
  const u = 0.4;
  const c = curveOf(INTERNEURON.dendrite).getPointAt(u);
  const r = INTERNEURON.dendriteRadius * interneuronDendriteRadius(u);
  return [c.x, c.y + r * 0.3, c.z + r * 0.95];
}

/** NMDA receptors on the interneuron dendrite, on its upper front face next to the input. */
export function interneuronPlacements(): Placement[] {
  const curve = curveOf(INTERNEURON.dendrite);
  const out: Placement[] = [];
  const [u0, u1] = INTERNEURON.receptorSpan;
  const n = RECEPTOR_COUNTS.nmdaInterneuron;
  const toViewer = new Vector3(0.1, 0.75, 1).normalize();
  for (let i = 0; i < n; i++) {
    const u = u0 + ((u1 - u0) * (i + 0.5)) / n;
    const c = curve.getPointAt(u);
    const t = curve.getTangentAt(u);
    const base = toViewer.clone().addScaledVector(t, -toViewer.dot(t)).normalize();
    const twist = i % 2 === 0 ? -0.45 : 0.4; // two rows, zig-zag along the dendrite
    const normal = base.applyAxisAngle(t, twist);
    const radius = INTERNEURON.dendriteRadius * interneuronDendriteRadius(u);
    out.push(place(c.addScaledVector(normal, radius * 0.96), normal));
  }
  return out;
}

/** Angles around the spine head (0 = toward the viewer) of the TrkB receptors: on its flanks,
 * outside the cut-away window, where they stand out against the background. */
const TRKB_PHI = [1.3, -1.35, 2.0, -1.95];

/** TrkB receptors on the spine head's flanks, outside the synapse proper. */
export function trkBPlacements(): Placement[] {
  const out: Placement[] = [];
  const n = RECEPTOR_COUNTS.trkB;
  for (let i = 0; i < n; i++) {
    const phi = TRKB_PHI[i % TRKB_PHI.length]!;
    // height on the head, and the head's radius there (profile: widest a little above centre)
    const y = SPINE.headCenterY + (i % 2 === 0 ? 0.28 : 0.05) - Math.floor(i / 2) * 0.18;
    const r = SPINE.headRadius * (0.985 - 0.06 * Math.abs(y - SPINE.headCenterY - 0.12));
    const normal = new Vector3(Math.sin(phi), 0.25, Math.cos(phi)).normalize();
    // the two chains one above the other, so the dimer shows its V from the front
    const along = UP.clone().addScaledVector(normal, -UP.dot(normal)).normalize();
    const basis = new Matrix4().makeBasis(along, normal, along.clone().cross(normal));
    out.push({
      position: new Vector3(Math.sin(phi) * r, y, Math.cos(phi) * r),
      normal,
      quaternion: new Quaternion().setFromRotationMatrix(basis),
    });
  }
  return out;
}
