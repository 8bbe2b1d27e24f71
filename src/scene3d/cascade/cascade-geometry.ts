// Shapes of the growth-signal close-up (cascade-layout), built from merged primitives, one
// geometry per kind (drawn instanced). Local frame of a receptor: +y out of the cell, y = 0 the
// membrane's middle.
import { BoxGeometry, type BufferGeometry, CapsuleGeometry, IcosahedronGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { ball, SMOOTH_SEGMENTS } from '../geometry/molecules';
import { displace, lathe, smoothProfile } from '../geometry/organic';
import { PATCH } from './cascade-layout';

function merge(parts: BufferGeometry[]): BufferGeometry {
  const flat = parts.map((p) => (p.index ? p.toNonIndexed() : p));
  for (const p of flat) p.deleteAttribute('uv');
  const merged = mergeGeometries(flat, false);
  for (const p of parts) p.dispose();
  for (const p of flat) p.dispose();
  if (!merged) throw new Error('could not merge cascade geometry');
  merged.computeBoundingSphere();
  return merged;
}

function rod(r: number, len: number, x: number, y: number, z = 0) {
  const g = new CapsuleGeometry(r, len, 2, 8);
  g.translate(x, y, z);
  return g;
}

/**
 * One TrkB receptor: two Ig-like lobes at the top (BDNF binds the upper one), a stalk through
 * the membrane and the kinase domain inside the cell (the part that lights when phosphorylated).
 */
export function trkbMonomerGeometry(): BufferGeometry {
  return merge([
    ball(SMOOTH_SEGMENTS, 0.3, 0, 1.5, 0, 0.9, 1.15, 0.9),
    ball(SMOOTH_SEGMENTS, 0.27, 0, 0.95, 0, 0.85, 1.1, 0.85),
    rod(0.09, 1.3, 0, 0.1),
    ball(SMOOTH_SEGMENTS, 0.42, 0, -1.0, 0, 1.0, 0.85, 1.0),
  ]);
}

/** A BDNF dimer: two elongated subunits side by side, joined along their length. */
export function bdnfDimerGeometry(): BufferGeometry {
  return merge([
    ball(SMOOTH_SEGMENTS, 0.24, -0.2, 0, 0, 0.9, 1.35, 0.8),
    ball(SMOOTH_SEGMENTS, 0.24, 0.2, 0, 0, 0.9, 1.35, 0.8),
    ball(SMOOTH_SEGMENTS, 0.13, 0, 0.05, 0, 1.6, 0.9, 0.9),
  ]);
}

/** A phosphate mark on a kinase domain: a small bead. */
export function phosphateGeometry(): BufferGeometry {
  return new IcosahedronGeometry(0.11, 1);
}

/** A signalling node (Akt, mTORC1): a lumpy protein, unit size (scaled per instance). */
export function nodeGeometry(): BufferGeometry {
  return merge([
    ball(SMOOTH_SEGMENTS, 0.34, 0, 0, 0, 1.1, 0.9, 1),
    ball(SMOOTH_SEGMENTS, 0.22, 0.28, 0.14, 0.05),
    ball(SMOOTH_SEGMENTS, 0.2, -0.25, -0.1, 0.08),
  ]);
}

/** A ribosome: a large subunit with a smaller one sitting on it. */
export function ribosomeGeometry(): BufferGeometry {
  return merge([
    ball(SMOOTH_SEGMENTS, 0.3, 0, 0, 0, 1.1, 0.9, 1),
    ball(SMOOTH_SEGMENTS, 0.2, 0.06, 0.3, 0, 1.2, 0.75, 1),
  ]);
}

/** A new synaptic protein: a small bead. */
export function proteinGeometry(): BufferGeometry {
  return new IcosahedronGeometry(0.085, 1);
}

/** The patch of spine membrane the receptors sit in (a lipid bilayer, cut). */
export function patchGeometry(): BufferGeometry {
  return new BoxGeometry(PATCH.width, PATCH.halfThickness * 2, PATCH.depth, 1, 1, 1);
}

/** The signal path's pulse: a glowing bead. */
export function pulseGeometry(): BufferGeometry {
  return new IcosahedronGeometry(0.12, 1);
}

/** A mushroom spine, unit length along +y from its base (scaled per instance to a bud). */
export function spineGeometry(): BufferGeometry {
  const profile = smoothProfile(
    [
      [0.3, -0.2],
      [0.15, 0.05],
      [0.1, 0.35],
      [0.11, 0.58],
      [0.27, 0.74],
      [0.33, 0.88],
      [0.27, 1.0],
      [0.0, 1.04],
    ],
    18,
  );
  return displace(lathe(profile, 14, 0), 0.015, 9.1, true);
}
