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

export const VIEW_IDS = ['synapse', 'dorsalHorn', 'calm'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

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
