// The one animation-frame loop that moves story time and samples the model into `clock`.
// It runs with or without WebGL, so panels and narration work in the no-WebGL fallback too.
import { modelMinutesPerSecond, modelTimeAt } from '../model/timeline';
import { clock, emitClockTick } from './clock';
import { currentStage, useApp } from './app-store';
import { visibleStages } from './store';
import { stageSeconds } from './story-time';
import { reportFault } from './report-fault';
import { modePolicy, playbackSpeed } from './mode-policy';
import { trajectoryIfReady } from '../workers/trajectory-client';

/** Called between two kiosk loops (e.g. to apply a new build). */
const loopEndHooks = new Set<() => void>();

/** Runs `hook` at the end of each kiosk loop; returns a function that stops it. */
export function onKioskLoopEnd(hook: () => void): () => void {
  loopEndHooks.add(hook);
  return () => {
    loopEndHooks.delete(hook);
  };
}

/** Longest frame step, in seconds, so a background tab does not jump a whole stage. */
const MAX_FRAME_SEC = 0.1;

/**
 * Fraction (0..1) of the current stage's playing time that has passed. With reduced motion
 * the picture stays on the stage's final state (clock.progress = 1) while this still runs,
 * so the kiosk loop and explore autoplay go on as a sequence of stills.
 */
let stageTime = 0;

/** Advances story time by dtSec of real time. Exported for tests and the no-rAF path. */
export function advancePlayback(dtSec: number): void {
  const app = useApp.getState();
  let stage = currentStage();
  clock.elapsedSec += dtSec;
  if (clock.stageIndex !== app.stageIndex) {
    clock.stageIndex = app.stageIndex;
    stageTime = 0;
  }
  const running = app.playing && !app.blackout;
  const policy = modePolicy(app.mode);
  const speed = playbackSpeed(app.mode, app.speed);
  const durationSec = stageSeconds(stage, app);
  if (running && stageTime < 1) {
    stageTime = Math.min(1, stageTime + (dtSec * speed) / durationSec);
    if (stageTime >= 1) {
      const last = visibleStages(app.story).length - 1;
      if (policy.stageEnd === 'loop') {
        if (app.stageIndex >= last) {
          // one whole loop of the attract story played (counted for the soak benchmark)
          if (typeof window !== 'undefined') window.__kioskLoops = (window.__kioskLoops ?? 0) + 1;
          app.goToStage(0);
          for (const hook of loopEndHooks) {
            try {
              hook();
            } catch (error) {
              reportFault(error, hook);
            }
          }
        } else app.goToStage(app.stageIndex + 1);
        clock.stageIndex = useApp.getState().stageIndex;
        stageTime = 0; // also when the story has a single stage
        stage = currentStage();
      } else if (policy.stageEnd === 'next') {
        if (app.stageIndex < last) app.next();
        else app.setPlaying(false); // the end of the story
      }
    }
  }
  clock.progress = app.reducedMotion ? 1 : stageTime;
  const moving = running && !app.reducedMotion && stageTime < 1;
  clock.modelTimeMin = modelTimeAt(stage.modelWindow, clock.progress);
  clock.minutesPerSecond = moving
    ? modelMinutesPerSecond(stage.modelWindow, clock.progress, durationSec, speed)
    : 0;
  // until the worker has simulated the regimen the model state stays as it was (at start the
  // drug-free baseline): the main thread never simulates 14 days in a frame
  trajectoryIfReady(app.regimen)?.sample(clock.modelTimeMin, clock.state);
  emitClockTick();
}

let frame = 0;
let last = 0;
/** Whether a loop is running (started and not stopped). */
let active = false;
/** Animation frames the loop has run: a heartbeat the kiosk's watchdog reads. */
let beats = 0;

const tick = (now: number) => {
  // the next frame is asked for first: one exception in a step never stops playback
  frame = requestAnimationFrame(tick);
  beats++;
  const dt = last ? Math.min(MAX_FRAME_SEC, (now - last) / 1000) : 0;
  last = now;
  try {
    advancePlayback(dt);
  } catch (error) {
    reportFault(error, tick);
  }
};

export function startPlaybackLoop(): () => void {
  cancelAnimationFrame(frame);
  active = true;
  last = 0;
  frame = requestAnimationFrame(tick);
  return () => {
    active = false;
    cancelAnimationFrame(frame);
    last = 0;
  };
}

/** Starts the running loop again from a fresh frame (kiosk recovery). No-op when stopped. */
export function restartPlaybackLoop(): void {
  if (!active) return;
  cancelAnimationFrame(frame);
  last = 0;
  frame = requestAnimationFrame(tick);
}

/** Frames run so far; the watchdog compares two readings to prove the loop is alive. */
export function playbackHeartbeat(): number {
  return beats;
}

/** Moves the current stage to a given progress (timeline scrubbing). */
export function seekProgress(progress: number): void {
  stageTime = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  advancePlayback(0);
}

/** Goes to a stage and a progress through it in one step (timeline scrubbing, resets). */
export function seekTo(stageIndex: number, progress: number): void {
  useApp.getState().goToStage(stageIndex);
  clock.stageIndex = useApp.getState().stageIndex;
  seekProgress(progress);
}

/**
 * Fraction (0..1) of the current stage's playing time that has passed, also with reduced
 * motion (when clock.progress holds at 1). Paces the captions.
 */
export function stageElapsed(): number {
  return stageTime;
}

/** Whether the story has played to its end (explore: Play then starts again). */
export function atStoryEnd(): boolean {
  const app = useApp.getState();
  return app.stageIndex >= visibleStages(app.story).length - 1 && stageTime >= 1;
}
