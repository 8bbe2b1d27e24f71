// One colour per actor, shared by the 3D scene and every chart.
// Built on the Okabe-Ito palette (safe for the common colour-vision deficiencies),
// lightened where needed to reach 3:1 against the dark scene/panel background (#0d1424).
export const ACTOR_COLORS = {
  glutamate: '#f0e442', // yellow
  ketamine: '#ff7a33', // vermillion, lightened
  gaba: '#56b4e9', // sky blue
  bdnf: '#2fd4a0', // bluish green, lightened
  nmda: '#e08fc0', // reddish purple, lightened
  ampa: '#6aa8ff', // blue, lightened
  trkB: '#e69f00', // orange
  mtor: '#f4f4f4', // near white
  magnesium: '#b8b8b8', // grey
  spine: '#d9a38a', // membrane tone for spines and dendrite
  interneuron: '#7fb3d5', // GABA cell membrane
  pain: '#ff9f9f',
  spike: '#fff3a8', // a spike running along an axon: pale yellow-white, the brightest thing
  akt: '#c8a2ff', // lavender: the kinase between TrkB and mTORC1
  ribosome: '#a9b8d6', // grey blue
  synapticProtein: '#f7a8ff', // light magenta: new proteins made by ribosomes
} as const;
export type ActorColorId = keyof typeof ACTOR_COLORS;

/** Background of the scene and the panels. */
export const SURFACE = {
  background: '#0d1424',
  panel: '#131c30',
  text: '#eef2f8',
  mutedText: '#b4bfd3',
  grid: '#34405a',
  focus: '#ffd34d',
} as const;

/** The same roles in the projector-friendly high-contrast theme. */
export const SURFACE_HIGH_CONTRAST = {
  background: '#000000',
  panel: '#000000',
  text: '#ffffff',
  mutedText: '#e6e6e6',
  grid: '#8a8a8a',
  focus: '#ffff00',
} as const;

/** Signal colours of the page (links and selection, warnings, errors), per theme. */
export const SIGNAL = {
  accent: ACTOR_COLORS.ampa,
  warning: ACTOR_COLORS.glutamate,
  error: ACTOR_COLORS.pain,
} as const;

export const SIGNAL_HIGH_CONTRAST = { ...SIGNAL, accent: '#8cc4ff' } as const;
