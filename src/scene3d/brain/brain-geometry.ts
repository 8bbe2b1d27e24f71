// Geometry of the stylised brain, made in code and merged so the whole brain is a few draw
// calls: the two hemispheres (deformed ellipsoids with gyri-like folds), the hindbrain
// (cerebellum with folia and the brainstem), one merged geometry per region (both hemispheres),
// the arteries and the condition loops. Brain frame: brain-paths.ts.
import {
  CatmullRomCurve3,
  SphereGeometry,
  TubeGeometry,
  Vector3,
  type BufferGeometry,
} from 'three';
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { blob, organicTube, wobble } from '../geometry/organic';
import type { Vec3 } from '../layout';
import {
  ARTERIES,
  BRAINSTEM,
  CEREBELLUM,
  CINGULATE,
  HEMISPHERE,
  HIPPOCAMPUS,
  LOOPS,
  REGION_BLOBS,
  mirror,
  type LoopView,
} from './brain-paths';

function merged(parts: BufferGeometry[]): BufferGeometry {
  const g = mergeGeometries(parts, false);
  for (const p of parts) p.dispose();
  if (!g) throw new Error('could not build the brain');
  return g;
}

/** Moves vertices along their normals by amp·f(x, y, z) (smooth normals after). */
function fold(g: BufferGeometry, amp: number, f: (x: number, y: number, z: number) => number) {
  g.deleteAttribute('uv');
  g.deleteAttribute('normal');
  const w = mergeVertices(g, 1e-4);
  g.dispose();
  w.computeVertexNormals();
  const pos = w.getAttribute('position');
  const nor = w.getAttribute('normal');
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const y = pos.getY(i);
    const z = pos.getZ(i);
    const d = amp * f(x, y, z);
    pos.setXYZ(i, x + nor.getX(i) * d, y + nor.getY(i) * d, z + nor.getZ(i) * d);
  }
  w.computeVertexNormals();
  w.computeBoundingSphere();
  return w;
}

/** One hemisphere on the +z side: a flat inner face, a lower temporal lobe, folds. */
function hemisphere(side: 1 | -1): BufferGeometry {
  const g = new SphereGeometry(1, 72, 48);
  const pos = g.getAttribute('position');
  const [rx, ry, rz] = HEMISPHERE.radii;
  for (let i = 0; i < pos.count; i++) {
    let x = pos.getX(i);
    let y = pos.getY(i);
    // 0 at the flat medial face, 1 at the outer side
    const zz = (Math.max(pos.getZ(i), -0.6) + 0.6) / 1.6;
    // a flatter base, with the temporal lobe hanging lower on the outer side, mid-front
    if (y < 0) y *= 0.7 + 0.4 * Math.exp(-((x + 0.15) ** 2) / 0.1) * zz;
    // the frontal pole a little lower and narrower than the occipital
    if (x < 0) y *= 1 + 0.08 * x;
    x *= 1 - 0.05 * y;
    pos.setXYZ(i, x * rx, y * ry + HEMISPHERE.at[1], side * (0.12 + zz * 1.9 * rz));
  }
  // gyri: a folded pattern of smooth ridges at about 1.2 unit spacing
  return fold(g, 0.11, (x, y, z) => wobble(2.6 * x, 2.6 * y, 2.6 * z, 3.1 + side));
}

export function cortexGeometry(): BufferGeometry {
  return merged([hemisphere(1), hemisphere(-1)]);
}

export function hindbrainGeometry(): BufferGeometry {
  const c = new SphereGeometry(1, 48, 32);
  const [rx, ry, rz] = CEREBELLUM.radii;
  c.scale(rx, ry, rz);
  c.translate(...CEREBELLUM.at);
  // folia: fine horizontal ridges
  const cerebellum = fold(c, 0.05, (_x, y) => Math.sin(y * 14));
  const stem = organicTube(BRAINSTEM, 0.72, (t) => 1 - 0.35 * t, 24, 16, 2, 0.03);
  return merged([cerebellum, stem]);
}

/** An ellipsoid region in both hemispheres. */
function pair(at: Vec3, radii: Vec3, seed: number): BufferGeometry {
  const one = (p: Vec3) => {
    const g = blob(1, radii, 0.04, seed, [28, 20]);
    g.translate(p[0], p[1], p[2]);
    return g;
  };
  return merged([one(at), one(mirror(at))]);
}

function tubePair(points: Vec3[], radius: number, taper: number): BufferGeometry {
  const one = (pts: Vec3[]) => organicTube(pts, radius, (t) => 1 - taper * t, 32, 10, 1, 0.02);
  return merged([one(points), one(points.map(mirror))]);
}

export type RegionId =
  'prefrontalCortex' | 'orbitofrontalCortex' | 'hippocampus' | 'amygdala' | 'striatum' | 'thalamus';

export function regionGeometry(id: RegionId): BufferGeometry {
  switch (id) {
    case 'hippocampus':
      return tubePair(HIPPOCAMPUS, 0.36, 0.45);
    case 'orbitofrontalCortex': {
      const b = REGION_BLOBS.orbitofrontalCortex;
      return merged([pair(b.at, b.radii, 5), tubePair(CINGULATE, 0.3, 0.2)]);
    }
    default: {
      const b = REGION_BLOBS[id];
      return pair(b.at, b.radii, id.length);
    }
  }
}

export function arteryGeometry(): BufferGeometry {
  const tubes: BufferGeometry[] = [];
  for (const path of ARTERIES) {
    for (const pts of [path, path.map(mirror)]) {
      tubes.push(organicTube(pts, 0.13, (t) => 1 - 0.5 * t, 48, 8, 4, 0.01));
    }
  }
  return merged(tubes);
}

/** Curves the ketamine beads follow: each artery on both sides. */
export function arteryCurves(): CatmullRomCurve3[] {
  const v = ([x, y, z]: Vec3) => new Vector3(x, y, z);
  return ARTERIES.flatMap((p) => [
    new CatmullRomCurve3(p.map(v)),
    new CatmullRomCurve3(p.map(mirror).map(v)),
  ]);
}

export function loopCurve(view: LoopView): CatmullRomCurve3 {
  return new CatmullRomCurve3(
    LOOPS[view].map(([x, y, z]) => new Vector3(x, y, z)),
    true,
    'centripetal',
  );
}

export function loopGeometry(curve: CatmullRomCurve3): BufferGeometry {
  return new TubeGeometry(curve, 96, 0.07, 6, true);
}
