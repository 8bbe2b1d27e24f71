// Every named thing the scene can highlight and the story can point at.
export const STRUCTURE_IDS = [
  'presynapticBouton',
  'vesicles',
  'releaseSites',
  'cleft',
  'dendriteShaft',
  'spineNeck',
  'spineHead',
  'psd',
  'interneuronTerminal',
  'nmdaReceptor',
  'magnesium',
  'ampaReceptor',
  'trkB',
  'glutamate',
  'gaba',
  'ketamine',
  'bdnf',
  'mtor',
  'newSpines',
  'dorsalHorn',
  // the molecular close-up of one NMDA receptor
  'gluN1',
  'gluN2',
  'glycine',
  'channelGate',
  'ions',
  // the circuit view: two cells and the spikes that run along their axons
  'interneuron',
  'pyramidalCell',
  'spikes',
  // the growth cascade's close-up and the spine time-lapse
  'akt',
  'ribosome',
  'synapticProtein',
  'stressedDendrite',
  // the brain scale: regions of a stylised brain and the arteries that bring ketamine
  'prefrontalCortex',
  'orbitofrontalCortex',
  'hippocampus',
  'amygdala',
  'striatum',
  'thalamus',
  'arteries',
] as const;
export type StructureId = (typeof STRUCTURE_IDS)[number];

export const CONDITION_IDS = ['depression', 'pain', 'anxiety', 'ocd'] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

export const PANEL_IDS = [
  'plasma',
  'block',
  'cascade',
  'outcomes',
  'matrix',
  'sideEffects',
  'history',
  'claims',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** brainDepression, brainAnxiety, brainOcd: the brain with the condition's circuit lit */
export const VIEW_IDS = [
  'synapse',
  'dorsalHorn',
  'calm',
  'brainDepression',
  'brainAnxiety',
  'brainOcd',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** How big the picture is: the whole brain, a circuit of cells, one synapse, one molecule. */
export const SCALE_IDS = ['brain', 'circuit', 'synapse', 'molecule'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

/** What a stage's 2D picture (storyboard, stills) draws on top of the synapse. */
export const PICTURE_MARKS = [
  'infusion', // ketamine arriving from the capillary
  'block', // NMDA channels blocked
  'surge', // interneuron quiet, glutamate surge
  'bdnf', // BDNF on TrkB
  'mtor', // mTOR in the dendrite
  'newSpines', // new spines labelled
] as const;
export type PictureMark = (typeof PICTURE_MARKS)[number];

/**
 * Scene actors a stage can show (`cast` in the story): each is drawn only in the stages that
 * list it (or, for a stage without a cast, in DEFAULT_CAST). The synapse's anatomy and its
 * receptors are always drawn in the synapse views.
 */
export const ACTOR_IDS = [
  'freeKetamine', // ketamine from the blood and in the synapse's NMDA pores
  'transmission', // vesicles, glutamate, GABA and spikes
  'bdnf', // BDNF dimers on TrkB
  'mtor', // the mTOR signal in the spine
  'newSpines', // spines growing on the dendrite
  'channelCloseUp', // one NMDA receptor at molecular scale, in a cut membrane
  'circuit', // an inhibitory interneuron on a pyramidal cell, their spikes at the model's rates
  'spineTimeLapse', // the spines' clock and a stressed dendrite beside the treated one
  'brain', // a stylised brain, ketamine flowing in its arteries, tinted by the plasma level
] as const;
export type ActorId = (typeof ACTOR_IDS)[number];

/** The cast of a stage that names none: the plain synapse, working. */
export const DEFAULT_CAST: readonly ActorId[] = ['transmission', 'newSpines'];
