// Geometry of the circuit view, made in code: each cell is one merged surface (one draw call),
// and each axon a table of evenly spaced points that the spikes run along.
import type { BufferGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Vec3 } from '../layout';
import { blob, curveOf, displace, lathe, organicTube } from '../geometry/organic';
import { CIRCUIT } from './circuit-layout';

function merged(parts: BufferGeometry[], what: string): BufferGeometry {
  const g = mergeGeometries(parts, false);
  for (const p of parts) p.dispose();
  if (!g) throw new Error(`could not build the ${what}`);
  g.computeBoundingSphere();
  return g;
}

const taper = (from: number, to: number) => (t: number) => from + (to - from) * t;

/** The pyramidal cell: cone-like body, apical dendrite with two branches, basal dendrites, axon. */
export function pyramidalGeometry(): BufferGeometry {
  const p = CIRCUIT.pyramidal;
  const body = displace(lathe(p.profile, 28), 0.035, 2.1, true, true);
  body.translate(p.soma[0], p.soma[1], p.soma[2]);
  const parts = [
    body,
    organicTube(p.apical, p.apicalRadius, taper(1.4, 0.45), 48, 10, 1.7, 0.02),
    ...p.branches.map((b, i) =>
      organicTube(b, p.branchRadius, taper(1.1, 0.45), 20, 8, 3 + i, 0.01),
    ),
    organicTube(p.axon, p.axonRadius, taper(1.2, 0.8), 64, 8, 9.1, 0.005),
  ];
  return merged(parts, 'pyramidal cell');
}

/** The interneuron: a small round body, three short dendrites and a short axon. */
export function interneuronGeometry(): BufferGeometry {
  const n = CIRCUIT.interneuron;
  const body = blob(n.somaRadius, [1, 0.9, 1], 0.03, 4.4, [24, 16]);
  body.translate(n.soma[0], n.soma[1], n.soma[2]);
  const parts = [
    body,
    ...n.dendrites.map((d, i) =>
      organicTube(d, n.dendriteRadius, taper(1.2, 0.5), 16, 8, 6 + i, 0.01),
    ),
    organicTube(n.axon, n.axonRadius, () => 1, 48, 8, 8.3, 0.005),
  ];
  return merged(parts, 'interneuron');
}

/** The interneuron's axon terminal on the pyramidal cell's body (its own mesh: it glows). */
export function terminalGeometry(): BufferGeometry {
  const n = CIRCUIT.interneuron;
  const g = blob(n.terminalRadius, [1, 0.85, 1], 0, 0, [16, 10]);
  g.translate(n.terminal[0], n.terminal[1], n.terminal[2]);
  return g;
}

/** Evenly spaced points along a path (by arc length), flat [x, y, z, ...], n + 1 of them. */
export function pathTable(points: readonly Vec3[], n = 96): Float32Array {
  const curve = curveOf(points);
  const out = new Float32Array((n + 1) * 3);
  for (let i = 0; i <= n; i++) {
    const q = curve.getPointAt(i / n);
    out[i * 3] = q.x;
    out[i * 3 + 1] = q.y;
    out[i * 3 + 2] = q.z;
  }
  return out;
}

/** The point at u (0..1) along a path table, linearly interpolated, into `out`. No allocation. */
export function pointOnPath(table: Float32Array, u: number, out: Vector3): Vector3 {
  const n = table.length / 3 - 1;
  const x = Math.min(n, Math.max(0, u * n));
  const i = Math.min(n - 1, Math.floor(x));
  const k = x - i;
  const a = i * 3;
  const b = a + 3;
  return out.set(
    table[a]! + (table[b]! - table[a]!) * k,
    table[a + 1]! + (table[b + 1]! - table[a + 1]!) * k,
    table[a + 2]! + (table[b + 2]! - table[a + 2]!) * k,
  );
}
