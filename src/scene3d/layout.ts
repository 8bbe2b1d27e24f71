// Where everything sits in the synapse scene, in scene units (1 unit ≈ 45 nm; the 20 nm cleft
// is drawn a little wider than scale, 0.45 units, so molecules in it stay readable).
// Pure data: no three objects are created here.

export type Vec3 = readonly [number, number, number];

/** Presynaptic bouton of a pyramidal-cell axon, above the spine: a wide, rounded swelling. */
export const BOUTON = {
  center: [0, 1.65, 0] as Vec3,
  radius: 1.55,
  bottomY: 0.62,
  /** the axon that carries it, from the bouton's top up and away to the right */
  axon: [
    [0, 2.6, 0],
    [0.3, 3.6, -0.2],
    [1.8, 4.6, -0.9],
    [4.5, 5.1, -1.8],
  ] as Vec3[],
};

/** Top of the spine head (postsynaptic membrane); the cleft lies between it and the bouton. */
export const CLEFT = { bottomY: 0.17, topY: BOUTON.bottomY, radius: 1.05 };

/** Dendrite shaft of the pyramidal cell: a gentle curve along x. */
export const SHAFT = {
  radius: 0.95,
  points: [
    [-14, -2.7, -1.6],
    [-9, -3.0, -0.6],
    [-4.5, -3.2, -0.2],
    [0, -3.12, 0],
    [4.5, -3.05, 0.1],
    [9, -3.35, -0.5],
    [14, -3.3, -1.6],
  ] as Vec3[],
};

/** The spine: neck from the shaft up to a head whose top faces the bouton. */
export const SPINE = {
  baseY: -2.25,
  neckTopY: -1.25,
  neckRadius: 0.24,
  headCenterY: -0.45,
  headRadius: 0.95,
  topY: CLEFT.bottomY,
};

/** Postsynaptic density: a disc on the top of the spine head. */
export const PSD = { y: CLEFT.bottomY + 0.005, radius: 0.78, thickness: 0.07 };

/** Active-zone release sites on the bouton's lower face (x, z), at y = BOUTON.bottomY. */
export const RELEASE_SITES: readonly (readonly [number, number])[] = [
  [-0.42, 0.12],
  [0.05, -0.28],
  [0.45, 0.16],
  [0.02, 0.42],
];

/**
 * GABA interneuron (its soma is off screen, upper left). A dendrite receives glutamate from an
 * excitatory input and carries the NMDA receptors that ketamine blocks first; the axon comes
 * down onto the pyramidal cell's dendrite shaft, where its terminal releases GABA.
 */
export const INTERNEURON = {
  axon: [
    [-12, 2.4, -3.0],
    [-8.8, 1.4, -1.6],
    [-6.4, 0.45, -0.5],
    [-4.6, -0.55, 0.1],
    [-3.7, -1.35, 0.25],
    [-3.45, -1.55, 0.25],
  ] as Vec3[],
  axonRadius: 0.26,
  terminal: [-3.4, -1.72, 0.25] as Vec3,
  terminalRadius: 0.62,
  /** the dendrite, from the soma to its tip near the pyramidal synapse */
  dendrite: [
    [-12.5, 4.7, -2.8],
    [-9.6, 3.75, -1.3],
    [-7.0, 2.95, -0.15],
    [-5.0, 2.5, 0.4],
    [-3.3, 2.3, 0.55],
  ] as Vec3[],
  dendriteRadius: 0.5,
  /** where along the dendrite (0..1) the excitatory input bouton sits */
  inputAt: 0.66,
  inputRadius: 0.46,
  /** range of the dendrite (0..1) carrying the interneuron's NMDA receptors */
  receptorSpan: [0.5, 0.93] as const,
};

/** Capillary in the background: where ketamine arrives from the blood. */
export const CAPILLARY = {
  points: [
    [-22, 6.4, -8.0],
    [-16, 6.0, -7.0],
    [-10, 5.5, -6],
    [-3, 4.4, -5.5],
    [4, 5.2, -6.2],
    [10, 4.2, -6],
    [16, 4.6, -7.0],
    [22, 5.0, -8.0],
  ] as Vec3[],
  radius: 0.75,
};

/** Counts of receptors. */
export const RECEPTOR_COUNTS = {
  nmdaInterneuron: 7,
  nmdaPyramidal: 5,
  ampa: 7,
  trkB: 4,
};

/** Spines on the shaft: position along x, angle around the shaft (0 = up, +z = toward viewer). */
export interface SpineSlot {
  x: number;
  /** radians around the shaft axis, 0 = straight up, positive toward +z */
  angle: number;
  /** length, scene units */
  length: number;
  /** 0 = thin spine of the stressed state (always there), 1..n = order in which new ones grow */
  order: number;
}

/** Old spines first, then new ones in the order they grow (NewSpines draws a prefix). */
export const SPINE_SLOTS: readonly SpineSlot[] = [
  { x: -1.7, angle: -0.5, length: 1.1, order: 0 },
  { x: 3.3, angle: -0.2, length: 1.25, order: 0 },
  { x: -5.6, angle: 0.3, length: 1.0, order: 0 },
  { x: 1.9, angle: 0.55, length: 1.15, order: 1 },
  { x: 4.6, angle: 0.35, length: 1.3, order: 2 },
  { x: 2.6, angle: -0.95, length: 1.05, order: 3 },
  { x: -1.1, angle: 0.5, length: 1.0, order: 4 },
  { x: 5.8, angle: -0.55, length: 1.2, order: 5 },
  { x: 3.9, angle: -0.4, length: 1.0, order: 6 },
  { x: -6.4, angle: -0.7, length: 1.1, order: 7 },
  { x: 1.0, angle: -1.05, length: 0.95, order: 8 },
  { x: 7.0, angle: 0.5, length: 1.15, order: 9 },
  { x: -5.0, angle: 0.45, length: 1.0, order: 10 },
];

/** Dorsal horn view: an afferent C-fibre terminal on a dorsal horn neuron's dendrite. */
export const DORSAL_HORN = {
  terminal: [0, 1.35, 0] as Vec3,
  terminalRadius: 1.3,
  fibre: [
    [-9, 4.5, -1.5],
    [-5, 3.6, -0.6],
    [-2.2, 2.2, -0.1],
    [-0.8, 1.6, 0],
  ] as Vec3[],
  dendrite: [
    [-9, -1.9, -0.5],
    [-3, -1.0, 0],
    [3, -1.1, 0],
    [9, -2.2, -0.6],
  ] as Vec3[],
  dendriteRadius: 1.0,
  /** wind-up bars: first bar base, spacing along x */
  barsOrigin: [2.0, 0.75, 0.6] as Vec3,
  barSpacing: 0.34,
  barCount: 10,
  /** the view's own camera (the stage's camera frames the synapse, not this close-up) */
  camera: {
    position: [1.7, 1.3, 8.8] as Vec3,
    target: [1.3, 0.4, 0] as Vec3,
    fov: undefined as number | undefined,
  },
  /** receptors are drawn larger here: the view is about them */
  receptorScale: 1.6,
};

/**
 * The molecular close-up of one NMDA receptor, away from the synapse (up the interneuron's
 * dendrite). Its own scale: 1 unit ≈ 5 nm, the thickness of the membrane (bio.membrane.thickness), about 9
 * times the synapse's scale. y = 0 is the middle of the membrane; +y is outside the cell.
 */
export const CLOSEUP = {
  center: [-30, 14, 0] as Vec3,
  /** the membrane's half thickness and the radius of its cut disc */
  halfThickness: 0.5,
  radius: 3.4,
  /** heights along the pore axis: the gate (top of the helices), ketamine's site, Mg2+ site */
  gateY: 0.5,
  ketamineY: 0.12,
  magnesiumY: -0.2,
};

/**
 * The brain scale: a stylised brain far above the synapse, 1 unit ≈ 1.4 cm (about 11 units front
 * to back: a human brain is some 15-17 cm long). Its own frame: -x is the front (anterior), +y up,
 * +z the viewer's side (the left hemisphere). Regions are placed in brain/brain-geometry.ts.
 */
export const BRAIN = {
  center: [0, 40, 0] as Vec3,
  /** the condition views' cameras (the infusion stage's own is in the story file) */
  cameras: {
    brainDepression: { position: [-1.8, 43.2, 15.6] as Vec3, target: [0.6, 38.9, 0] as Vec3 },
    brainAnxiety: { position: [-1.2, 40.6, 15.6] as Vec3, target: [0.6, 38.7, 0] as Vec3 },
    brainOcd: { position: [-2.0, 45.5, 14.5] as Vec3, target: [0.8, 39.0, 0] as Vec3 },
  },
};
