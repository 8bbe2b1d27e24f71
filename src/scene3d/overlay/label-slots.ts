// DOM label elements that the in-canvas projector positions each frame (module scope: the
// DOM layer registers them, the projector writes style.transform; no React commits).
import { Vector3 } from 'three';
import type { StructureId } from '../../story/structures';
import type { KeepOut } from './label-layout';

export interface LabelSlot {
  el: HTMLElement | null;
  /** the leader (a line from the structure to its label, and a dot on the structure) */
  leader: SVGGElement | null;
  /** structure this slot labels, or null when unused */
  id: StructureId | null;
}

/** 0 = selected structure, 1 = hovered structure, 2.. = the stage's highlighted structures. */
export const labelSlots: LabelSlot[] = Array.from({ length: 6 }, () => ({
  el: null,
  leader: null,
  id: null,
}));
/** A note over the scene that labels keep out of (the scale note, when shown; else null). */
export const labelKeepOut: { el: HTMLElement | null } = { el: null };

/** The scale note's box over the scene, px (w = 0 when not shown): measured once a frame by the
 *  label projector (system/LabelProjector.tsx), read by the labels and the spines clock. */
export const noteKeepOut: KeepOut = { x: 0, y: 0, w: 0, h: 0 };

/** The spines stage's clock on screen, px in the canvas (w = 0 when it is not drawn): written by
 *  the clock each frame (cascade/SpineTimeLapse.tsx), kept clear by the labels. */
export const clockKeepOut: KeepOut = { x: 0, y: 0, w: 0, h: 0 };

/**
 * Where the viewer tapped or clicked the structure they picked (world space): the selected
 * label goes there when the structure's own label anchor is off screen (a long dendrite seen
 * from close by), so a tap always shows a name next to the finger.
 */
export const pickedPoint = { id: null as StructureId | null, at: new Vector3() };

export const SELECTED_SLOT = 0;
export const HOVER_SLOT = 1;
export const FIRST_HIGHLIGHT_SLOT = 2;

/** Molecules and signals: labelled before anatomy when a stage highlights more than fits. */
const ACTORS: ReadonlySet<StructureId> = new Set<StructureId>([
  'glutamate',
  'gaba',
  'ketamine',
  'magnesium',
  'nmdaReceptor',
  'ampaReceptor',
  'trkB',
  'bdnf',
  'mtor',
  'newSpines',
  'glycine',
  'ions',
  'channelGate',
]);

/**
 * The highlighted structures that get a label: the stage's own order, with its molecules and
 * signals first (what the stage is about), as many as there are slots.
 */
export function labelledHighlights(
  highlight: readonly StructureId[],
  selected: StructureId | null,
): StructureId[] {
  const rest = highlight.filter((id) => id !== selected);
  const actors = rest.filter((id) => ACTORS.has(id));
  const anatomy = rest.filter((id) => !ACTORS.has(id));
  return [...actors, ...anatomy].slice(0, labelSlots.length - FIRST_HIGHLIGHT_SLOT);
}
