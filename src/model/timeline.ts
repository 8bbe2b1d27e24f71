// Story time <-> model time. Each stage shows a window of model time (minutes since dosing);
// playback moves a 0..1 progress through it, linearly or on a log scale for spans of days.

export interface ModelWindow {
  startMin: number;
  endMin: number;
  scale: 'linear' | 'log';
}

/** Offset that keeps log scales finite at t = 0, in minutes. */
const LOG_OFFSET_MIN = 1;

export function modelTimeAt(window: ModelWindow, progress: number): number {
  const p = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  if (window.scale === 'linear') return window.startMin + (window.endMin - window.startMin) * p;
  const a = Math.log(window.startMin + LOG_OFFSET_MIN);
  const b = Math.log(window.endMin + LOG_OFFSET_MIN);
  return Math.exp(a + (b - a) * p) - LOG_OFFSET_MIN;
}

/** Inverse of modelTimeAt: the progress at which a window shows model time tMin. */
export function progressAt(window: ModelWindow, tMin: number): number {
  let p: number;
  if (window.scale === 'linear') p = (tMin - window.startMin) / (window.endMin - window.startMin);
  else {
    const a = Math.log(window.startMin + LOG_OFFSET_MIN);
    const b = Math.log(window.endMin + LOG_OFFSET_MIN);
    p = (Math.log(Math.max(tMin, window.startMin) + LOG_OFFSET_MIN) - a) / (b - a);
  }
  return Math.min(1, Math.max(0, p));
}

/**
 * Model minutes that pass per real second at the given point of a stage played over
 * durationSec seconds at speed x. For log windows this grows as the stage goes on.
 */
export function modelMinutesPerSecond(
  window: ModelWindow,
  progress: number,
  durationSec: number,
  speed: number,
): number {
  const dp = 1e-3;
  const p0 = Math.min(1 - dp, Math.max(0, progress));
  const dt = modelTimeAt(window, p0 + dp) - modelTimeAt(window, p0);
  return (dt / dp / durationSec) * speed;
}
