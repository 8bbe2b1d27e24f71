// The regimen the plasma chart draws: the store's, or the one being dragged to. The chart
// redraws at once (the PK curve is analytic); the store (and so the scene, which needs a full
// model trajectory) follows after a short pause or on release, once the trajectory worker has
// simulated the new dose (so the main thread does not).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Regimen } from '../../model';
import { useApp } from '../../state/app-store';
import { prefetchTrajectory } from '../../workers/trajectory-client';

/** Quiet time before a dragged dose is sent to the store, ms. */
export const COMMIT_DELAY_MS = 150;

export function useDraftRegimen() {
  const stored = useApp((s) => s.regimen);
  const [draft, setDraft] = useState<Regimen | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<Regimen | null>(null);

  const commit = useCallback((next: Regimen) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = next;
    void prefetchTrajectory(next).then(() => {
      // a newer dose was asked for meanwhile (or the panel has gone and sent it)
      if (pending.current !== next) return;
      pending.current = null;
      useApp.getState().setRegimen(next);
      setDraft(null);
    });
  }, []);

  const change = useCallback(
    (next: Regimen, now: boolean) => {
      if (now) {
        commit(next);
        return;
      }
      setDraft(next);
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(next), COMMIT_DELAY_MS);
    },
    [commit],
  );

  // Leaving the panel mid-drag still sends the last dose to the store.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      const last = pending.current;
      pending.current = null;
      if (last) useApp.getState().setRegimen(last);
    },
    [],
  );

  return [draft ?? stored, change] as const;
}
