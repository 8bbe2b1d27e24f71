// Adaptive resolution: while the story plays (frames back to back), a GPU that cannot hold the
// frame rate draws fewer pixels, and one with room to spare gets them back. Pure and
// allocation-free; `AdaptiveResolution` feeds it the frame times and applies its answer.

/** Frame time above which a frame counts as slow: under 30 frames per second, s. */
export const SLOW_FRAME_SEC = 1 / 30;
/** Frame time under which a frame counts as fast: over 55 frames per second, s. */
export const FAST_FRAME_SEC = 1 / 55;
/** Smoothing of the frame time (weight of the newest frame). */
const SMOOTHING = 0.1;
/** Slow smoothed frames in a row before the resolution drops (about 1 s at 30 fps). */
export const SLOW_FRAMES_TO_DROP = 30;
/** Fast smoothed frames in a row before it rises again (about 4 s at 60 fps). */
export const FAST_FRAMES_TO_RISE = 240;
/** Pixel-ratio step per change. */
export const DPR_STEP = 0.25;
/** A gap this long is not a frame time (the scene rested, the tab was away), s. */
const GAP_SEC = 0.5;

export interface ResolutionGovernor {
  /** pixel ratio in use */
  dpr: number;
  readonly minDpr: number;
  readonly maxDpr: number;
  /** smoothed frame time, s (0 before the first frame) */
  frameSec: number;
  slowRun: number;
  fastRun: number;
}

export function createGovernor(
  startDpr: number,
  minDpr: number,
  maxDpr: number,
): ResolutionGovernor {
  const dpr = Math.min(maxDpr, Math.max(minDpr, startDpr));
  return { dpr, minDpr, maxDpr, frameSec: 0, slowRun: 0, fastRun: 0 };
}

/**
 * Takes one frame's time (s) while frames run back to back; returns the new pixel ratio when it
 * should change, else null.
 */
export function governFrame(g: ResolutionGovernor, frameSec: number): number | null {
  if (!(frameSec > 0) || frameSec > GAP_SEC) return null;
  g.frameSec = g.frameSec === 0 ? frameSec : g.frameSec + (frameSec - g.frameSec) * SMOOTHING;
  g.slowRun = g.frameSec > SLOW_FRAME_SEC ? g.slowRun + 1 : 0;
  g.fastRun = g.frameSec < FAST_FRAME_SEC ? g.fastRun + 1 : 0;
  let next = g.dpr;
  if (g.slowRun >= SLOW_FRAMES_TO_DROP) next = Math.max(g.minDpr, g.dpr - DPR_STEP);
  else if (g.fastRun >= FAST_FRAMES_TO_RISE) next = Math.min(g.maxDpr, g.dpr + DPR_STEP);
  if (next === g.dpr) {
    // at a limit: keep counting from zero rather than past it
    if (g.slowRun >= SLOW_FRAMES_TO_DROP || g.fastRun >= FAST_FRAMES_TO_RISE) {
      g.slowRun = 0;
      g.fastRun = 0;
    }
    return null;
  }
  g.dpr = next;
  g.slowRun = 0;
  g.fastRun = 0;
  g.frameSec = 0; // judge the new resolution on its own frames
  return next;
}
