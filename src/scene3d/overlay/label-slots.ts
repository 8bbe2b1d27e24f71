// DOM label elements that the in-canvas projector positions each frame (module scope: the
// DOM layer registers them, the projector writes style.transform; no React commits).
import type { StructureId } from '../../story/structures';

export interface LabelSlot {
  el: HTMLElement | null;
  /** structure this slot labels, or null when unused */
  id: StructureId | null;
}

/** 0 = selected structure, 1 = hovered structure, 2.. = the stage's highlighted structures. */
export const labelSlots: LabelSlot[] = Array.from({ length: 5 }, () => ({ el: null, id: null }));
export const SELECTED_SLOT = 0;
export const HOVER_SLOT = 1;
export const FIRST_HIGHLIGHT_SLOT = 2;
