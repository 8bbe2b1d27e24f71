// Where each receptor sits and which way it points (outward normal), in world space.
import { Quaternion, Vector3 } from 'three';
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

/** NMDA receptors on the interneuron's membrane, on the side facing the viewer. */
export function interneuronPlacements(): Placement[] {
  const curve = curveOf(INTERNEURON.axon);
  const out: Placement[] = [];
  const [u0, u1] = INTERNEURON.receptorSpan;
  const n = RECEPTOR_COUNTS.nmdaInterneuron;
  const toViewer = new Vector3(0.35, 0.25, 1).normalize();
  for (let i = 0; i < n; i++) {
    const u = u0 + ((u1 - u0) * (i + 0.5)) / n;
    const c = curve.getPointAt(u);
    const t = curve.getTangentAt(u);
    const base = toViewer.clone().addScaledVector(t, -toViewer.dot(t)).normalize();
    const twist = (i % 3) - 1; // -1, 0, 1: spread around the tube
    const normal = base.applyAxisAngle(t, twist * 0.75);
    const radius = INTERNEURON.axonRadius * (1 + 0.15 * Math.sin(u * 14) * (1 - u));
    out.push(place(c.addScaledVector(normal, radius * 0.97), normal));
  }
  return out;
}

/** TrkB receptors on the spine head's flanks, outside the synapse proper. */
export function trkBPlacements(): Placement[] {
  const out: Placement[] = [];
  const n = RECEPTOR_COUNTS.trkB;
  for (let i = 0; i < n; i++) {
    const phi = 1.15 + (i * (Math.PI * 2 - 2.3)) / (n - 1); // around the back, skipping the window
    const y = SPINE.headCenterY + 0.05 + (i % 2) * 0.28;
    const r = SPINE.headRadius * (i % 2 ? 0.93 : 0.99);
    const normal = new Vector3(Math.sin(phi), 0.35 + (i % 2) * 0.35, Math.cos(phi));
    out.push(place(new Vector3(Math.sin(phi) * r, y, Math.cos(phi) * r), normal));
  }
  return out;
}
