// Procedural organic membranes: lathe and tube surfaces with a smooth, low-frequency wobble,
// so the cell parts read as soft living shapes rather than bare spheres and cylinders.
import {
  BufferGeometry,
  CatmullRomCurve3,
  LatheGeometry,
  SphereGeometry,
  TubeGeometry,
  Vector2,
  Vector3,
} from 'three';
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Vec3 } from '../layout';

/** Smooth pseudo-noise in -1..1 from sums of sines (deterministic, cheap). */
export function wobble(x: number, y: number, z: number, seed = 0): number {
  return (
    0.5 * Math.sin(x * 1.9 + seed * 1.3 + Math.sin(z * 1.4 + seed)) * Math.cos(y * 1.6 - seed) +
    0.3 * Math.sin(x * 3.1 + y * 2.3 + z * 2.9 + seed * 2.1) +
    0.2 * Math.sin(y * 4.3 - z * 3.7 + x * 0.9 + seed * 0.7)
  );
}

/**
 * Moves each vertex along its normal by amplitude·wobble and recomputes smooth normals.
 * `weld` merges seam vertices first so closed surfaces show no crease.
 */
export function displace(
  geometry: BufferGeometry,
  amplitude: number,
  seed: number,
  weld = true,
  radialOnly = false,
): BufferGeometry {
  let g = geometry;
  if (weld) {
    g.deleteAttribute('uv');
    g.deleteAttribute('normal');
    const merged = mergeVertices(g, 1e-4);
    g.dispose();
    g = merged;
  }
  g.computeVertexNormals();
  const pos = g.getAttribute('position');
  const nor = g.getAttribute('normal');
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const y = pos.getY(i);
    const z = pos.getZ(i);
    const d = amplitude * wobble(x, y, z, seed);
    if (radialOnly) {
      // Along the lathe's radius, so two lathes that share a rim stay joined.
      const r = Math.hypot(x, z);
      const k = r > 1e-6 ? d / r : 0;
      pos.setXYZ(i, x + x * k, y, z + z * k);
    } else pos.setXYZ(i, x + nor.getX(i) * d, y + nor.getY(i) * d, z + nor.getZ(i) * d);
  }
  pos.needsUpdate = true;
  g.computeVertexNormals();
  g.computeBoundingSphere();
  return g;
}

/** A lathe from (radius, height) pairs, opened toward +z by `openingRad` (0 = closed). */
export function lathe(
  profile: readonly (readonly [number, number])[],
  segments: number,
  openingRad = 0,
): LatheGeometry {
  const points = profile.map(([r, y]) => new Vector2(Math.max(1e-4, r), y));
  const half = openingRad / 2;
  return new LatheGeometry(points, segments, half, Math.PI * 2 - openingRad);
}

/** A smooth profile through control points, resampled to n points (Catmull-Rom in 2D). */
export function smoothProfile(
  control: readonly (readonly [number, number])[],
  n: number,
): [number, number][] {
  const curve = new CatmullRomCurve3(control.map(([r, y]) => new Vector3(r, y, 0)));
  const out: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const p = curve.getPoint(i / n);
    out.push([p.x, p.y]);
  }
  return out;
}

export function curveOf(points: readonly Vec3[]): CatmullRomCurve3 {
  return new CatmullRomCurve3(points.map(([x, y, z]) => new Vector3(x, y, z)));
}

/** A tube whose radius varies along its length by radiusAt(t), t in 0..1. */
export function organicTube(
  points: readonly Vec3[],
  radius: number,
  radiusAt: (t: number) => number,
  tubular = 96,
  radial = 28,
  seed = 0,
  wobbleAmp = 0.05,
): BufferGeometry {
  const curve = curveOf(points);
  const tube = new TubeGeometry(curve, tubular, radius, radial, false);
  // Scale each ring around its centre point by radiusAt(t).
  const pos = tube.getAttribute('position');
  const centre = new Vector3();
  for (let i = 0; i <= tubular; i++) {
    const t = i / tubular;
    curve.getPointAt(t, centre);
    const k = radiusAt(t);
    for (let j = 0; j <= radial; j++) {
      const idx = i * (radial + 1) + j;
      pos.setXYZ(
        idx,
        centre.x + (pos.getX(idx) - centre.x) * k,
        centre.y + (pos.getY(idx) - centre.y) * k,
        centre.z + (pos.getZ(idx) - centre.z) * k,
      );
    }
  }
  return displace(tube, wobbleAmp, seed);
}

/** A blob: a sphere squashed by `scale` and wobbled. */
export function blob(
  radius: number,
  scale: Vec3,
  amplitude: number,
  seed: number,
  detail: [number, number] = [40, 28],
): BufferGeometry {
  const g = new SphereGeometry(radius, detail[0], detail[1]);
  g.scale(scale[0], scale[1], scale[2]);
  return displace(g, amplitude, seed);
}
