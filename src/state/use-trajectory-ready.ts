// Whether a regimen's model trajectory is at hand (simulated by the worker), for views that
// read it while rendering (charts, the scene summary): they wait for it rather than simulate
// on the main thread, and render again when it arrives.
import { useEffect, useSyncExternalStore } from 'react';
import type { Regimen } from '../model';
import {
  onTrajectoryArrival,
  prefetchTrajectory,
  trajectoryReady,
} from '../workers/trajectory-client';

export function useTrajectoryReady(regimen: Regimen): boolean {
  const ready = useSyncExternalStore(onTrajectoryArrival, () => trajectoryReady(regimen));
  useEffect(() => {
    if (!ready) void prefetchTrajectory(regimen);
  }, [ready, regimen]);
  return ready;
}
