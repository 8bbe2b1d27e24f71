// Per-frame facts every scene component reads in useFrame (written once per frame by
// SceneDriver, before the others run). Module scope: no allocation, no React.
import type { ViewId } from '../../story/structures';

export const frameInfo = {
  /** seconds since the last frame, clamped; 0 when motion is held still */
  dt: 0,
  /** seconds of animation time (stops while motion is held still) */
  t: 0,
  /** hold still: prefers-reduced-motion or the app's reduced-motion setting */
  reduced: false,
  /** the view on screen */
  view: 'synapse' as ViewId,
  stageId: '',
  /** 0..1 how far the current stage's camera move has come (1 = arrived) */
  arrival: 1,
  /** increments each time the reduced-motion still frame must be recomputed */
  stillKey: 0,
};
