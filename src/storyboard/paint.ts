// Theme colours for the storyboard's SVG shapes: the CSS variables generated from the actor
// table, so the pictures follow the stylesheet (and the printed handout) like the rest of the page.
import type { ActorColorId } from '../theme/actor-colors';
import { actorVar } from '../theme/css-vars';

/** `style` that fills a shape with an actor's colour: fill('trkB') -> var(--actor-trk-b). */
export function fill(id: ActorColorId): { fill: string } {
  return { fill: `var(${actorVar(id)})` };
}

/** `style` that strokes a line with an actor's colour. */
export function stroke(id: ActorColorId): { stroke: string } {
  return { stroke: `var(${actorVar(id)})` };
}
