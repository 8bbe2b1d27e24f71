// Shapes of the molecular close-up (layout CLOSEUP): one NMDA receptor subunit in three layers
// (amino-terminal domain, ligand-binding clamshell, transmembrane helices), the gate helix, and
// a cut membrane. Simplified shapes, not an atomic model. Local frame: the subunit sits on +x
// of the pore axis (y); y = 0 is the middle of the membrane, +y outside the cell.
import {
  type BufferGeometry,
  CapsuleGeometry,
  DoubleSide,
  LatheGeometry,
  MeshPhongMaterial,
  SphereGeometry,
  Vector2,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { CLOSEUP } from '../layout';

function blob(r: number, x: number, y: number, z: number, sx = 1, sy = 1, sz = 1) {
  const g = new SphereGeometry(r, 12, 8);
  g.scale(sx, sy, sz);
  g.translate(x, y, z);
  return g;
}

function helix(r: number, len: number, x: number, y: number, z: number, tilt = 0) {
  const g = new CapsuleGeometry(r, len, 2, 8);
  g.rotateZ(tilt);
  g.translate(x, y, z);
  return g;
}

function merged(parts: BufferGeometry[]): BufferGeometry {
  const same = parts.map((p) => {
    p.deleteAttribute('uv');
    return p.index ? p.toNonIndexed() : p;
  });
  const g = mergeGeometries(same, false);
  for (const p of parts) p.dispose();
  for (const p of same) p.dispose();
  if (!g) throw new Error('could not merge subunit geometry');
  g.computeBoundingSphere();
  return g;
}

/** Where a subunit's ligand sits, in the subunit's frame (in the cleft of its clamshell). */
export const LIGAND_SITE: readonly [number, number, number] = [0.98, 1.3, 0];

/** One subunit: transmembrane helices, linkers, ligand-binding clamshell, amino-terminal domain. */
export function subunitGeometry(): BufferGeometry {
  return merged([
    // transmembrane domain: outer helices, and the pore loop ending at the selectivity filter
    helix(0.11, 0.78, 0.62, -0.02, 0.18, 0.08),
    helix(0.11, 0.78, 0.7, 0.0, -0.2, -0.06),
    helix(0.1, 0.78, 0.95, -0.02, 0.02, 0.05),
    helix(0.07, 0.3, 0.3, -0.22, 0, 1.1),
    // linkers up to the ligand-binding domain
    helix(0.05, 0.45, 0.45, 0.78, 0.08, 0.25),
    helix(0.05, 0.45, 0.7, 0.78, -0.12, -0.2),
    // ligand-binding clamshell: two lobes around the site
    blob(0.3, 0.74, 1.02, 0, 1.2, 0.8, 1),
    blob(0.3, 0.78, 1.6, 0, 1.2, 0.8, 1),
    // amino-terminal domain: another clamshell, highest above the membrane
    blob(0.32, 0.62, 2.2, 0.05, 1, 0.85, 1),
    blob(0.3, 0.72, 2.75, -0.05, 1, 0.85, 1),
  ]);
}

/** The pore-lining helix whose top forms the gate (bundle crossing); tilted per frame. */
export function gateHelixGeometry(): BufferGeometry {
  const g = new CapsuleGeometry(0.075, 0.7, 2, 8);
  g.deleteAttribute('uv');
  // pivot at its bottom: the frame tilts it about the membrane middle
  g.translate(0, 0.42, 0);
  return g;
}

/**
 * The membrane's hydrophobic core: a ring around the receptor with a wedge cut out toward the
 * viewer (+z), so the pore shows in section.
 */
export function membraneCutGeometry(): BufferGeometry {
  const h = CLOSEUP.halfThickness * 0.72;
  const inner = 1.05;
  const outer = CLOSEUP.radius;
  const profile = [
    new Vector2(inner, -h),
    new Vector2(outer, -h),
    new Vector2(outer, h),
    new Vector2(inner, h),
    new Vector2(inner, -h),
  ];
  // lathe angles start at +z; leave a quarter open around the viewer's side
  const g = new LatheGeometry(profile, 40, Math.PI / 4, (Math.PI * 3) / 2);
  g.deleteAttribute('uv');
  return g;
}

/** Lipid head positions on both leaflets of the cut ring (x, y, z per head). */
export function lipidHeadPositions(): Float32Array {
  const out: number[] = [];
  const step = 0.3;
  for (const y of [-CLOSEUP.halfThickness + 0.1, CLOSEUP.halfThickness - 0.1]) {
    for (let r = 1.15; r < CLOSEUP.radius; r += step) {
      const n = Math.floor((2 * Math.PI * r) / step);
      for (let i = 0; i < n; i++) {
        const a = (i / n) * 2 * Math.PI + r;
        // the cut wedge: angles within 45° of +z
        const fromFront = Math.atan2(Math.sin(a), Math.cos(a));
        if (Math.abs(fromFront) < Math.PI / 4) continue;
        out.push(r * Math.sin(a), y, r * Math.cos(a));
      }
    }
  }
  return new Float32Array(out);
}

export function membraneCutMaterial(): MeshPhongMaterial {
  return new MeshPhongMaterial({
    color: '#9c8a6a',
    emissive: '#3a3020',
    emissiveIntensity: 1,
    side: DoubleSide,
    shininess: 8,
  });
}
