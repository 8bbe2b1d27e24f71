// Where the circuit view sits and how its two cells are drawn: an inhibitory interneuron whose
// short axon ends on the cell body of a pyramidal cell. Its own place and scale, away from the
// synapse (to its right, as the molecular close-up is to its left): the camera flies here for
// the disinhibition stage. Not to scale (ScaleNote says so): a pyramidal cell body is about
// 20 µm across and a dendrite runs for hundreds of µm; here the dendrites are drawn short.
// Coordinates are relative to `center`, scene units. Pure data.
import type { Vec3 } from '../layout';

export const CIRCUIT = {
  center: [34, 16, 0] as Vec3,
  /** the pyramidal cell: a cone-like body, an apical dendrite up, basal dendrites, an axon */
  pyramidal: {
    soma: [0.5, 0, 0] as Vec3,
    /** (radius, height) of the body's profile, bottom to top, around the soma point */
    profile: [
      [0.02, -1.0],
      [0.75, -0.98],
      [1.08, -0.8],
      [1.05, -0.5],
      [0.75, 0.05],
      [0.42, 0.6],
      [0.2, 1.05],
    ] as [number, number][],
    apical: [
      [0.5, 0.9, 0],
      [0.6, 2.4, -0.1],
      [0.7, 3.6, -0.25],
      [0.6, 5.2, -0.4],
    ] as Vec3[],
    branches: [
      [
        [0.65, 2.9, -0.15],
        [-0.2, 3.6, -0.3],
        [-1.0, 4.3, -0.5],
      ],
      [
        [0.7, 3.3, -0.25],
        [1.6, 3.9, -0.35],
        [2.3, 4.6, -0.5],
      ],
      [
        [-0.2, -0.85, 0],
        [-0.9, -1.3, 0.2],
        [-1.5, -1.7, 0.3],
      ],
      [
        [1.2, -0.85, 0],
        [1.9, -1.3, 0.2],
        [2.4, -1.8, 0.3],
      ],
    ] as Vec3[][],
    /** the axon: from the base of the body down, then away to the right (it leaves the view) */
    axon: [
      [0.55, -0.95, 0.05],
      [0.65, -1.6, 0.15],
      [1.5, -2.05, 0.25],
      [3.1, -2.0, 0.25],
      [5.0, -1.6, 0.1],
      [8.0, -1.2, -0.1],
      [11.5, -0.9, -0.3],
    ] as Vec3[],
    apicalRadius: 0.2,
    branchRadius: 0.1,
    axonRadius: 0.085,
  },
  /** the interneuron: a small round body, short dendrites, a short axon to the pyramidal body */
  interneuron: {
    soma: [-3.7, 1.5, 0.4] as Vec3,
    somaRadius: 0.55,
    dendrites: [
      [
        [-3.9, 1.9, 0.4],
        [-4.6, 2.8, 0.3],
        [-5.0, 3.5, 0.1],
      ],
      [
        [-4.1, 1.2, 0.4],
        [-4.9, 0.7, 0.5],
        [-5.6, 0.6, 0.4],
      ],
      [
        [-3.5, 1.9, 0.4],
        [-3.1, 2.8, 0.2],
        [-3.2, 3.5, 0.0],
      ],
    ] as Vec3[][],
    /** the axon, from the body to the terminal on the pyramidal cell's body */
    axon: [
      [-3.2, 1.3, 0.45],
      [-2.3, 0.85, 0.5],
      [-1.6, 0.35, 0.45],
      [-0.75, -0.02, 0.35],
      [-0.5, -0.08, 0.32],
    ] as Vec3[],
    dendriteRadius: 0.1,
    axonRadius: 0.075,
    terminal: [-0.45, -0.1, 0.32] as Vec3,
    terminalRadius: 0.2,
  },
  /** radius of one spike pulse */
  spikeRadius: 0.16,
} as const;

/** A point of the circuit in world space. */
export function circuitPoint(p: Vec3): [number, number, number] {
  const [cx, cy, cz] = CIRCUIT.center;
  return [cx + p[0], cy + p[1], cz + p[2]];
}
