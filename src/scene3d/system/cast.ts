// Which actors the current stage draws (its `cast`) and which structures it keeps in focus (its
// `focus`), read per frame from the story. No allocation.
import { currentStage } from '../../state/app-store';
import type { ActorId, StructureId } from '../../story/structures';

/** Drawn unless the stage lists a cast without it; the close-up only when listed. */
export function inCast(actor: ActorId): boolean {
  const cast = currentStage().cast;
  return cast ? cast.includes(actor) : actor !== 'channelCloseUp';
}

/**
 * Whether a structure recedes now: the stage names a focus and the structure is neither in it
 * nor among the stage's highlighted (supporting) structures.
 */
export function recedes(id: StructureId): boolean {
  const { focus, highlight } = currentStage();
  return !!focus && !focus.includes(id) && !highlight.includes(id);
}
