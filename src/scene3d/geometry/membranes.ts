// Geometry of the cell membranes in the synapse view (made once per mount, disposed on unmount).
import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { BOUTON, CAPILLARY, INTERNEURON, PSD, SHAFT, SPINE } from '../layout';
import { blob, displace, lathe, organicTube, smoothProfile } from './organic';

/** Opening of the cut-away membranes toward the viewer, radians. */
export const CUTAWAY_RAD = 1.9;

/**
 * A lathe with a window: the rings between yCutLow and yCutHigh are opened toward the viewer,
 * the rest is closed, so the membrane looks cut open on one side only.
 */
function windowLathe(
  points: [number, number][],
  yCutLow: number,
  yCutHigh: number,
  segments: number,
): BufferGeometry {
  const parts: BufferGeometry[] = [];
  let start = 0;
  const cutAt = (i: number) => {
    const y = points[i]![1];
    return y >= yCutLow && y <= yCutHigh;
  };
  for (let i = 1; i < points.length; i++) {
    const boundary = i === points.length - 1 || cutAt(i) !== cutAt(i + 1);
    if (!boundary) continue;
    const slice = points.slice(start, i + 1);
    if (slice.length >= 2) parts.push(lathe(slice, segments, cutAt(i) ? CUTAWAY_RAD : 0));
    start = i;
  }
  const merged = mergeGeometries(parts, false);
  for (const p of parts) p.dispose();
  if (!merged) throw new Error('could not build membrane');
  return merged;
}

/** Presynaptic bouton: a swelling with a flattened active zone facing the cleft. */
export function boutonGeometry(): BufferGeometry {
  const cy = BOUTON.center[1];
  const b = BOUTON.bottomY - cy; // negative: flat bottom relative to the centre
  const r = BOUTON.radius;
  const profile = smoothProfile(
    [
      [0.0, b],
      [0.75, b + 0.005],
      [1.12, b + 0.12],
      [1.38, b + 0.55],
      [r * 1.02, 0.1],
      [1.36, 0.72],
      [0.98, 1.18],
      [0.55, 1.4],
      [0.4, 1.62], // where the axon leaves
    ],
    48,
  );
  const g = windowLathe(profile, b + 0.16, 1.3, 56);
  g.translate(BOUTON.center[0], cy, BOUTON.center[2]);
  return displace(g, 0.05, 1.7, false, true);
}

/** The axon that carries the bouton, leaving upward and to the right. */
export function presynapticAxonGeometry(): BufferGeometry {
  const [cx, cy, cz] = BOUTON.center;
  return organicTube(
    [
      [cx, cy + 1.2, cz],
      [cx + 0.3, cy + 2.2, cz - 0.2],
      [cx + 1.8, cy + 3.2, cz - 0.9],
      [cx + 4.5, cy + 3.7, cz - 1.8],
    ],
    0.36,
    (t) => 1 + 0.35 * Math.exp(-t * 8),
    48,
    20,
    3.1,
    0.03,
  );
}

/** Spine profile (radius, y), bottom to top, with the index where the head begins. */
function spineProfile(): { points: [number, number][]; headStart: number } {
  const s = SPINE;
  const points = smoothProfile(
    [
      [0.62, s.baseY - 0.45],
      [0.34, s.baseY - 0.05],
      [s.neckRadius + 0.02, s.baseY + 0.35],
      [s.neckRadius, s.neckTopY - 0.1],
      [0.42, s.neckTopY + 0.18],
      [0.82, s.headCenterY - 0.22],
      [s.headRadius, s.headCenterY + 0.12],
      [0.92, s.topY - 0.22],
      [0.74, s.topY - 0.03],
      [0.3, s.topY + 0.01],
      [0.0, s.topY + 0.015],
    ],
    64,
  );
  let headStart = points.findIndex(([, y]) => y >= s.neckTopY);
  if (headStart < 1) headStart = 1;
  return { points, headStart };
}

/** Spine neck: from the shaft up to the head; cut away toward the viewer. */
export function spineNeckGeometry(): BufferGeometry {
  const { points, headStart } = spineProfile();
  const g = lathe(points.slice(0, headStart + 1), 56, CUTAWAY_RAD);
  return displace(g, 0.03, 4.2, false, true);
}

/** Spine head: the mushroom cap whose top faces the bouton across the cleft. */
export function spineHeadGeometry(): BufferGeometry {
  const { points, headStart } = spineProfile();
  const g = windowLathe(points.slice(headStart), -10, SPINE.topY - 0.14, 56);
  return displace(g, 0.03, 4.2, false, true);
}

/** Postsynaptic density: a dense plaque at the top of the spine head, under the receptors. */
export function psdGeometry(): BufferGeometry {
  const base = SPINE.topY - 0.025;
  const profile: [number, number][] = [
    [0.0, base],
    [PSD.radius, base - 0.02],
    [PSD.radius + 0.03, base + PSD.thickness * 0.4],
    [PSD.radius * 0.9, base + PSD.thickness * 0.8],
    [0.0, base + PSD.thickness * 0.85],
  ];
  return lathe(profile, 48, 0);
}

/** Dendrite shaft of the pyramidal cell. */
export function shaftGeometry(): BufferGeometry {
  return organicTube(
    SHAFT.points,
    SHAFT.radius,
    (t) => 1 + 0.08 * Math.sin(t * 9.0 + 0.6) - 0.06 * Math.sin(t * 23.0),
    120,
    28,
    2.4,
    0.045,
  );
}

/** GABA interneuron axon descending onto the shaft. */
export function interneuronAxonGeometry(): BufferGeometry {
  return organicTube(
    INTERNEURON.axon,
    INTERNEURON.axonRadius,
    (t) => 1 + 0.15 * Math.sin(t * 14) * (1 - t),
    96,
    22,
    5.3,
    0.03,
  );
}

/** Interneuron terminal (bouton) sitting on the shaft. */
export function interneuronTerminalGeometry(): BufferGeometry {
  const r = INTERNEURON.terminalRadius;
  const g = blob(r, [1.08, 0.72, 0.95], 0.04, 6.1);
  const [x, y, z] = INTERNEURON.terminal;
  g.translate(x, y, z);
  return g;
}

/** Capillary in the background. */
export function capillaryGeometry(): BufferGeometry {
  return organicTube(CAPILLARY.points, CAPILLARY.radius, () => 1, 64, 20, 7.7, 0.06);
}
