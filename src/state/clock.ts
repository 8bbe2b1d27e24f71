// Per-frame playback values, outside React. One driver (./playback-loop) writes them each
// animation frame; the scene (useFrame) and the panels' cursors read them. No React commit.
import { createModelState, type ModelState } from '../model/types';
import { reportFault } from './report-fault';

export interface Clock {
  /** index into the visible stages */
  stageIndex: number;
  /** 0..1 through the current stage */
  progress: number;
  /** model minutes since the start of dosing */
  modelTimeMin: number;
  /** model minutes per real second at the current speed (0 when paused) */
  minutesPerSecond: number;
  /** model state at modelTimeMin for the current regimen */
  state: ModelState;
  /** seconds of real time since the page started playing (for idle animation) */
  elapsedSec: number;
}

export const clock: Clock = {
  stageIndex: 0,
  progress: 0,
  modelTimeMin: 0,
  minutesPerSecond: 0,
  state: createModelState(),
  elapsedSec: 0,
};

type Listener = (c: Clock) => void;
const listeners = new Set<Listener>();

/** Subscribe to every clock tick (per frame). Listeners must not set React state. */
export function onClockTick(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls every listener; one that throws is reported (once) and the others still run. */
export function emitClockTick(): void {
  for (const listener of listeners) {
    try {
      listener(clock);
    } catch (error) {
      reportFault(error, listener);
    }
  }
}
