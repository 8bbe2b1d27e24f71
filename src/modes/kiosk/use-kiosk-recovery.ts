// Hands-off recovery for an unattended screen: an uncaught error, a rejected promise or a
// WebGL context that stays lost restarts the loop and remounts the 3D scene by itself; the
// notice says so only once the playback loop is seen running again. A watchdog restarts the
// loop whenever its heartbeat stops while the screen is visible.
import { useEffect } from 'react';
import { useApp } from '../../state/app-store';
import { localize } from '../../i18n/localize';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { playbackHeartbeat, restartPlaybackLoop } from '../../state/playback-loop';
import { restartKioskLoop } from './kiosk-actions';
import { takeEarlyErrors } from './early-errors';

/** Shortest gap between two restarts, ms (errors in a burst give one restart). */
const MIN_GAP_MS = 5_000;
/** How long a lost WebGL context may stay lost before the scene is remounted, ms. */
const CONTEXT_GRACE_MS = 5_000;
/** Watchdog period: the loop's heartbeat must move within it while the page is visible, ms. */
const WATCHDOG_MS = 2_000;
/** How long a restarted loop has to show a heartbeat before the page is reloaded, ms. */
const PROOF_MS = 4_000;

let lastRestart = -Infinity;
let scheduled = 0;

/** Restarts the loop and the scene now, or at the end of the current gap. */
export function recoverKiosk(): void {
  if (scheduled) return;
  const wait = Math.max(0, lastRestart + MIN_GAP_MS - performance.now());
  scheduled = window.setTimeout(() => {
    scheduled = 0;
    lastRestart = performance.now();
    window.__kioskRecoveries = (window.__kioskRecoveries ?? 0) + 1;
    const before = playbackHeartbeat();
    restartPlaybackLoop();
    try {
      restartKioskLoop();
    } finally {
      useApp.getState().restartScene();
      proveRunning(before);
    }
  }, wait);
}

/** Says "restarted itself" once the loop's heartbeat moves; reloads the page if it never does. */
function proveRunning(before: number, started = performance.now()): void {
  if (playbackHeartbeat() > before || document.visibilityState !== 'visible') {
    const app = useApp.getState();
    app.notify({ id: 'kiosk-recovered', tone: 'info', text: localize(M.kioskRecovered, app.lang) });
    return;
  }
  if (performance.now() - started > PROOF_MS) {
    window.location.reload(); // the last resort: a fresh page (from the offline cache if need be)
    return;
  }
  window.setTimeout(() => proveRunning(before, started), 100);
}

export function useKioskRecovery(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let contextTimer = 0;
    const onError = () => recoverKiosk();
    const onLost = () => {
      window.clearTimeout(contextTimer);
      contextTimer = window.setTimeout(recoverKiosk, CONTEXT_GRACE_MS);
    };
    const onRestored = () => window.clearTimeout(contextTimer);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    // context events do not bubble; the capture phase still passes the window
    window.addEventListener('webglcontextlost', onLost, true);
    window.addEventListener('webglcontextrestored', onRestored, true);
    // errors from before this code had loaded restart the loop too
    if (takeEarlyErrors() > 0) recoverKiosk();
    let lastBeat = playbackHeartbeat();
    const watchdog = window.setInterval(() => {
      const beat = playbackHeartbeat();
      if (beat === lastBeat && document.visibilityState === 'visible') {
        window.__kioskLoopRestarts = (window.__kioskLoopRestarts ?? 0) + 1;
        restartPlaybackLoop();
      }
      lastBeat = beat;
    }, WATCHDOG_MS);
    return () => {
      window.clearInterval(watchdog);
      window.clearTimeout(contextTimer);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      window.removeEventListener('webglcontextlost', onLost, true);
      window.removeEventListener('webglcontextrestored', onRestored, true);
    };
  }, [enabled]);
}
