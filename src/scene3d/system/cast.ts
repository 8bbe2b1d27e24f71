// Which actors the current stage draws (its `cast`) and which structures it keeps in focus (its
// `focus`), read per frame from the story. No allocation.
import { currentStage } from '../../state/app-store';
import { DEFAULT_CAST, type ActorId, type StructureId } from '../../story/structures';

/** Whether the stage draws an actor: its cast lists it (no cast: the default cast does). */
export function inCast(actor: ActorId): boolean {
  return (currentStage().cast ?? DEFAULT_CAST).includes(actor);
}

/**
 * Whether a structure recedes now: the stage names a focus and the structure is neither in it
 * nor among the stage's highlighted (supporting) structures.
 */
export function recedes(id: StructureId): boolean {
  const { focus, highlight } = currentStage();
  return !!focus && !focus.includes(id) && !highlight.includes(id);
}
