// Geometry of the cell membranes in the synapse view (made once per mount, disposed on unmount).
import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { BOUTON, CAPILLARY, INTERNEURON, PSD, SHAFT, SPINE } from '../layout';
import { blob, displace, lathe, organicTube, smoothProfile } from './organic';
import { interneuronDendriteRadius, interneuronInput } from './placements';

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
      [0.8, b + 0.005],
      [1.2, b + 0.1],
      [1.45, b + 0.42],
      [r, 0.0],
      [1.45, 0.45],
      [1.12, 0.82],
      [0.62, 1.05],
      [0.42, 1.2], // where the axon leaves
    ],
    30,
  );
  const g = windowLathe(profile, b + 0.16, 0.95, 40);
  g.translate(BOUTON.center[0], cy, BOUTON.center[2]);
  return displace(g, 0.05, 1.7, false, true);
}

/** The axon that carries the bouton, leaving upward and to the right. */
export function presynapticAxonGeometry(): BufferGeometry {
  return organicTube(BOUTON.axon, 0.36, (t) => 1 + 0.35 * Math.exp(-t * 8), 28, 14, 3.1, 0.03);
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
    40,
  );
  let headStart = points.findIndex(([, y]) => y >= s.neckTopY);
  if (headStart < 1) headStart = 1;
  return { points, headStart };
}

/** Spine neck: from the shaft up to the head; cut away toward the viewer. */
export function spineNeckGeometry(): BufferGeometry {
  const { points, headStart } = spineProfile();
  const g = lathe(points.slice(0, headStart + 1), 36, CUTAWAY_RAD);
  return displace(g, 0.03, 4.2, false, true);
}

/** Spine head: the mushroom cap whose top faces the bouton across the cleft. */
export function spineHeadGeometry(): BufferGeometry {
  const { points, headStart } = spineProfile();
  const g = windowLathe(points.slice(headStart), -10, SPINE.topY - 0.14, 40);
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
  return lathe(profile, 32, 0);
}

/** Dendrite shaft of the pyramidal cell. */
export function shaftGeometry(): BufferGeometry {
  return organicTube(
    SHAFT.points,
    SHAFT.radius,
    (t) => 1 + 0.08 * Math.sin(t * 13.0 + 0.6) - 0.06 * Math.sin(t * 33.0),
    90,
    22,
    2.4,
    0.045,
  );
}

/** GABA interneuron axon descending onto the shaft. */
export function interneuronAxonGeometry(): BufferGeometry {
  return organicTube(
    INTERNEURON.axon,
    INTERNEURON.axonRadius,
    (t) => 1 + 0.12 * Math.sin(t * 14) * (1 - t),
    56,
    12,
    5.3,
    0.025,
  );
}

/** The interneuron dendrite that carries its NMDA receptors, closed by a rounded tip. */
export function interneuronDendriteGeometry(): BufferGeometry {
  const tube = organicTube(
    INTERNEURON.dendrite,
    INTERNEURON.dendriteRadius,
    interneuronDendriteRadius,
    64,
    16,
    6.7,
    0.0,
  );
  const end = INTERNEURON.dendrite[INTERNEURON.dendrite.length - 1]!;
  const tip = blob(
    INTERNEURON.dendriteRadius * interneuronDendriteRadius(1),
    [1, 1, 1],
    0,
    0,
    [16, 10],
  );
  tip.translate(end[0], end[1], end[2]);
  const merged = mergeGeometries([tube, tip], false);
  tube.dispose();
  tip.dispose();
  if (!merged) throw new Error('could not build the interneuron dendrite');
  return merged;
}

/** The excitatory bouton that gives the interneuron dendrite its glutamate, with its axon. */
export function interneuronInputGeometry(): BufferGeometry {
  const { center } = interneuronInput();
  const b = blob(INTERNEURON.inputRadius, [1.1, 0.8, 0.95], 0.03, 2.9, [22, 14]);
  b.translate(center.x, center.y, center.z);
  const axon = organicTube(
    [
      [center.x, center.y + 0.2, center.z],
      [center.x + 0.35, center.y + 1.5, center.z - 0.5],
      [center.x + 1.2, center.y + 3.4, center.z - 1.4],
    ],
    0.13,
    (t) => 1 + 0.8 * Math.exp(-t * 10),
    20,
    8,
    4.4,
    0.01,
  );
  const merged = mergeGeometries([b, axon], false);
  b.dispose();
  axon.dispose();
  if (!merged) throw new Error('could not build the input bouton');
  return merged;
}

/** Interneuron terminal (bouton) sitting on the shaft. */
export function interneuronTerminalGeometry(): BufferGeometry {
  const r = INTERNEURON.terminalRadius;
  const g = blob(r, [1.08, 0.72, 0.95], 0.04, 6.1, [28, 18]);
  const [x, y, z] = INTERNEURON.terminal;
  g.translate(x, y, z);
  return g;
}

/** Capillary in the background. */
export function capillaryGeometry(): BufferGeometry {
  return organicTube(CAPILLARY.points, CAPILLARY.radius, () => 1, 60, 14, 7.7, 0.06);
}
