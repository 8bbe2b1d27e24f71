// The one animation-frame loop that moves story time and samples the model into `clock`.
// It runs with or without WebGL, so panels and narration work in the no-WebGL fallback too.
import { getTrajectory } from '../model';
import { modelMinutesPerSecond, modelTimeAt } from '../model/timeline';
import { clock, emitClockTick } from './clock';
import { currentStage, useApp } from './app-store';
import { visibleStages } from './store';

/** Longest frame step, in seconds, so a background tab does not jump a whole stage. */
const MAX_FRAME_SEC = 0.1;

/** Advances story time by dtSec of real time. Exported for tests and the no-rAF path. */
export function advancePlayback(dtSec: number): void {
  const app = useApp.getState();
  const stage = currentStage();
  clock.elapsedSec += dtSec;
  if (clock.stageIndex !== app.stageIndex) {
    clock.stageIndex = app.stageIndex;
    clock.progress = app.reducedMotion ? 1 : 0;
  }
  const running = app.playing && !app.blackout && !app.reducedMotion;
  if (running) {
    clock.progress += (dtSec * app.speed) / stage.durationSec;
    if (clock.progress >= 1) {
      const last = visibleStages(app.story).length - 1;
      if (app.mode === 'kiosk') {
        app.goToStage(app.stageIndex >= last ? 0 : app.stageIndex + 1);
        clock.progress = 1;
      } else if (app.mode === 'explore' && app.stageIndex < last) {
        app.next();
        clock.progress = 1;
      } else {
        clock.progress = 1;
      }
    }
  }
  if (app.reducedMotion) clock.progress = 1;
  const p = Math.min(1, clock.progress);
  clock.modelTimeMin = modelTimeAt(stage.modelWindow, p);
  clock.minutesPerSecond = running
    ? modelMinutesPerSecond(stage.modelWindow, p, stage.durationSec, app.speed)
    : 0;
  getTrajectory(app.regimen).sample(clock.modelTimeMin, clock.state);
  emitClockTick();
}

let frame = 0;
let last = 0;

export function startPlaybackLoop(): () => void {
  const tick = (now: number) => {
    const dt = last ? Math.min(MAX_FRAME_SEC, (now - last) / 1000) : 0;
    last = now;
    advancePlayback(dt);
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => {
    cancelAnimationFrame(frame);
    last = 0;
  };
}

/** Moves the current stage to a given progress (timeline scrubbing). */
export function seekProgress(progress: number): void {
  clock.progress = Math.min(1, Math.max(0, progress));
  advancePlayback(0);
}
