// A still scene stops drawing. When the story is paused (or held still for reduced motion) and
// nothing on screen changes, the molecules slow to a stop and the canvas draws no more frames
// until something changes (app state, story clock, pointer, orbit, resize). On a software
// rasteriser (a school Chromebook without a GPU) every frame costs CPU, and an idle page drawing
// 60 frames a second took both cores; a resting one takes none. Module scope: no allocation.
import { sceneStats } from './scene-stats';

/**
 * Scene seconds a still scene goes on drawing after the last change: long enough for a focus
 * fade (Highlighter, 0.33 s) to finish and for motion to slow rather than freeze, short enough
 * that Pause visibly stops the molecules at once, as a paused video does.
 */
export const REST_AFTER_SEC = 1.2;
/** The last part of that, over which molecular motion slows to a stop, s. */
const EASE_SEC = 0.8;

const rest = {
  /** scene seconds since the last change */
  sinceChange: 0,
  /** asks the renderer for a frame (R3F's invalidate), set while a canvas is mounted */
  requestFrame: null as null | (() => void),
  /** false while the tab is hidden or the canvas is scrolled out of view: no frames are drawn */
  visible: true,
};

/** Something on screen may have changed: draw again (and let the molecules move again). */
export function wakeScene(): void {
  rest.sinceChange = 0;
  sceneStats.resting = false;
  if (rest.visible) rest.requestFrame?.();
}

/**
 * Whether anyone can see the canvas (tab shown and canvas in the viewport). An unseen scene
 * draws nothing, even while the story plays (on a phone the scene scrolls away under the
 * panels); seen again, it wakes and draws at once.
 */
export function setSceneVisible(visible: boolean): void {
  if (visible === rest.visible) return;
  rest.visible = visible;
  sceneStats.unseen = !visible;
  if (visible) wakeScene();
}

/** True while the canvas is hidden (tab hidden or scrolled away) and draws no frames. */
export function sceneHidden(): boolean {
  return !rest.visible;
}

/** The canvas's way to ask for a frame; null when it unmounts. */
export function setFrameRequester(requestFrame: (() => void) | null): void {
  rest.requestFrame = requestFrame;
}

/**
 * Called first in each frame with its (clamped) length in seconds. Returns the factor (0..1)
 * for molecular motion: 1 while the story plays, easing to 0 as a still scene comes to rest.
 */
export function motionFactor(delta: number, playing: boolean): number {
  if (playing) {
    rest.sinceChange = 0;
    return 1;
  }
  rest.sinceChange += delta;
  return Math.max(0, Math.min(1, (REST_AFTER_SEC - rest.sinceChange) / EASE_SEC));
}

/**
 * Called last in each frame: asks for the next frame while anything can still move (the story
 * plays, the camera glides, or a change is recent); otherwise the scene rests.
 */
export function afterFrame(playing: boolean, cameraArrived: boolean): void {
  if (playing || !cameraArrived || rest.sinceChange < REST_AFTER_SEC) {
    sceneStats.resting = false;
    if (rest.visible) rest.requestFrame?.();
  } else {
    sceneStats.resting = true;
  }
}

/** Back to a freshly loaded page (tests). */
export function resetSceneRest(): void {
  rest.sinceChange = 0;
  rest.requestFrame = null;
  rest.visible = true;
  sceneStats.unseen = false;
}
