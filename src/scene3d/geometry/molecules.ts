// Shapes of receptors and molecules, built from merged primitives (one geometry per kind, drawn
// instanced). Local frame: +y points out of the membrane into the cleft; y = 0 is the membrane.
import {
  type BufferGeometry,
  CapsuleGeometry,
  IcosahedronGeometry,
  SphereGeometry,
  TorusGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** Receptors are drawn at 3/4 of the size they were modelled at, to fit the cleft. */
const RECEPTOR_SCALE = 0.75;

/** Merges parts into one geometry; indexed parts stay indexed (fewer vertices to shade). */
function merge(parts: BufferGeometry[]): BufferGeometry {
  for (const p of parts) p.deleteAttribute('uv');
  const allIndexed = parts.every((p) => p.index);
  const same = allIndexed ? parts : parts.map((p) => (p.index ? p.toNonIndexed() : p));
  const merged = mergeGeometries(same, false);
  for (const p of parts) p.dispose();
  for (const p of same) p.dispose();
  if (!merged) throw new Error('could not merge receptor geometry');
  merged.computeBoundingSphere();
  return merged;
}

function capsule(r: number, len: number, x: number, y: number, z: number, tiltX = 0, tiltZ = 0) {
  const g = new CapsuleGeometry(r, len, 2, 8);
  g.rotateX(tiltX);
  g.rotateZ(tiltZ);
  g.translate(x, y, z);
  return g;
}

/** Sphere segments (around, top to bottom): LOW for receptors a few pixels across, SMOOTH for the
 *  close-ups' larger molecules. */
export const LOW_SEGMENTS = [9, 6] as const;
export const SMOOTH_SEGMENTS = [16, 12] as const;

/** An ellipsoid of radius r scaled by (sx, sy, sz), centred at (x, y, z). */
export function ball(
  segments: readonly [number, number],
  r: number,
  x: number,
  y: number,
  z: number,
  sx = 1,
  sy = 1,
  sz = 1,
): BufferGeometry {
  const g = new SphereGeometry(r, segments[0], segments[1]);
  g.scale(sx, sy, sz);
  g.translate(x, y, z);
  return g;
}

/** Height of the pore's blocking site above the membrane, scene units. */
export const PORE_Y = 0.06;

/**
 * NMDA receptor: four subunits (GluN1/GluN2) around a central pore, with the large
 * amino-terminal domains splayed on top. The gap between the four columns is the channel.
 */
export function nmdaGeometry(): BufferGeometry {
  const d = 0.088; // distance of each subunit column from the pore axis
  const parts: BufferGeometry[] = [];
  for (let k = 0; k < 4; k++) {
    const a = (k / 4) * Math.PI * 2 + Math.PI / 4;
    const x = Math.cos(a) * d;
    const z = Math.sin(a) * d;
    // transmembrane + ligand-binding column, tilted outward at the top: the open vestibule
    parts.push(capsule(0.047, 0.2, x, 0.08, z, z * 1.6, -x * 1.6));
    // amino-terminal domain, splayed outward so the pore shows from above
    parts.push(ball(LOW_SEGMENTS, 0.062, x * 1.6, 0.29, z * 1.6, 1, 0.85, 1));
  }
  return merge(parts).scale(RECEPTOR_SCALE, RECEPTOR_SCALE, RECEPTOR_SCALE);
}

/** AMPA receptor: a dimer of dimers in a "Y" with compact, upright amino-terminal domains. */
export function ampaGeometry(): BufferGeometry {
  const parts: BufferGeometry[] = [];
  for (let k = 0; k < 4; k++) {
    const side = k < 2 ? -1 : 1;
    const front = k % 2 === 0 ? -1 : 1;
    const x = side * 0.07;
    const z = front * 0.05;
    parts.push(capsule(0.045, 0.16, x, 0.07, z));
  }
  parts.push(ball(LOW_SEGMENTS, 0.085, -0.07, 0.27, 0, 0.9, 1.25, 0.8));
  parts.push(ball(LOW_SEGMENTS, 0.085, 0.07, 0.27, 0, 0.9, 1.25, 0.8));
  return merge(parts).scale(RECEPTOR_SCALE, RECEPTOR_SCALE, RECEPTOR_SCALE);
}

/**
 * TrkB, drawn as the dimer that BDNF binds: each chain is a stalk through the membrane carrying
 * two extracellular lobes (the leucine-rich / Ig1 domain and, on top, the Ig2 domain that holds
 * BDNF) and, inside the cell, its kinase domain. The two upper lobes splay into a cradle.
 */
export function trkBGeometry(): BufferGeometry {
  const parts: BufferGeometry[] = [];
  for (const s of [-1, 1]) {
    parts.push(capsule(0.02, 0.2, s * 0.045, 0.04, 0, 0, s * -0.12)); // stalk, membrane
    parts.push(ball(LOW_SEGMENTS, 0.058, s * 0.07, 0.2, 0, 1, 1.3, 0.95)); // lower lobe
    parts.push(ball(LOW_SEGMENTS, 0.062, s * 0.12, 0.34, 0, 1, 1.15, 0.95)); // upper lobe (Ig2)
    parts.push(ball(LOW_SEGMENTS, 0.066, s * 0.055, -0.15, 0, 1.05, 0.85, 1.1)); // kinase, inside the cell
  }
  return merge(parts).scale(1.2, 1.2, 1.2); // a little larger than scale, to read at a glance
}

/** A low-poly atom for small molecules (a few pixels on screen). */
function atom(r: number, x: number, y: number, z: number) {
  const g = new IcosahedronGeometry(r, 0);
  g.translate(x, y, z);
  return g;
}

/** Glutamate: a small chain of three atoms' worth. */
export function glutamateGeometry(): BufferGeometry {
  return merge([atom(0.036, -0.042, 0, 0), atom(0.042, 0, 0.012, 0), atom(0.036, 0.042, 0, 0.01)]);
}

/** GABA: a short four-carbon chain, drawn as two atoms and a bent rod. */
export function gabaGeometry(): BufferGeometry {
  return merge([atom(0.034, -0.04, -0.02, 0), atom(0.034, 0.045, 0.03, 0)]);
}

/** Ketamine: a ring (the two ring systems read as a ring at this size) with a side group. */
export function ketamineGeometry(): BufferGeometry {
  const ring = new TorusGeometry(0.05, 0.022, 5, 6);
  const side = atom(0.032, 0.078, 0.03, 0);
  return merge([ring, side]);
}

/** Mg2+ ion. */
export function magnesiumGeometry(): BufferGeometry {
  return new IcosahedronGeometry(0.045, 1);
}

/** Synaptic vesicle. */
export function vesicleGeometry(): BufferGeometry {
  return new SphereGeometry(0.15, 10, 7);
}
