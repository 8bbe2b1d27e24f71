// Whether a regimen's model trajectory is at hand (simulated by the worker), for views that
// read it while rendering (charts, the scene summary): they wait for it rather than simulate
// on the main thread, and render again when it arrives. That render is a transition, done in
// slices between frames: as a store update (useSyncExternalStore) it was one task of 20-40 ms
// in a phone's start (80-160 ms at the 4x slowdown of a mid-range phone).
import { startTransition, useEffect, useReducer } from 'react';
import type { Regimen } from '../model';
import {
  onTrajectoryArrival,
  prefetchTrajectory,
  trajectoryReady,
} from '../workers/trajectory-client';

export function useTrajectoryReady(regimen: Regimen): boolean {
  const [, renderAgain] = useReducer((n: number) => n + 1, 0);
  // (it only ever turns from false to true for a regimen: a render that reads it late shows
  // the trajectory one render sooner, never a stale one)
  const ready = trajectoryReady(regimen);
  useEffect(() => {
    if (ready) return;
    const stop = onTrajectoryArrival(() => startTransition(renderAgain));
    // it may have arrived between the render and this effect
    if (trajectoryReady(regimen)) startTransition(renderAgain);
    else void prefetchTrajectory(regimen);
    return stop;
  }, [ready, regimen]);
  return ready;
}
