// When is a stage over? The playing story moved on from it after playing it (nearly) through:
// the clock showed it at STAGE_DONE or later, then the next stage. Jumps, scrubbing back and
// pausing are not an ending.
import { clock, onClockTick } from '../../state/clock';
import { useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';

/** Progress through a stage (0..1) from which moving on counts as having watched it. */
export const STAGE_DONE = 0.95;

/** Pure: did the clock go from the end of stage `from` to the start of the next one? */
export function isStageEnd(
  prev: { stageIndex: number; progress: number },
  next: { stageIndex: number },
  playing: boolean,
): boolean {
  return playing && next.stageIndex === prev.stageIndex + 1 && prev.progress >= STAGE_DONE;
}

/**
 * Calls `onEnd` with the id of each stage the playing story finishes (a few times per story, so
 * `onEnd` may set React state); returns the stop function.
 */
export function watchStageEnds(onEnd: (stageId: string) => void): () => void {
  let prev = { stageIndex: clock.stageIndex, progress: clock.progress };
  return onClockTick((c) => {
    const app = useApp.getState();
    if (c.stageIndex !== prev.stageIndex && isStageEnd(prev, c, app.playing)) {
      const stage = visibleStages(app.story)[prev.stageIndex];
      if (stage) onEnd(stage.id);
    }
    prev = { stageIndex: c.stageIndex, progress: c.progress };
  });
}
