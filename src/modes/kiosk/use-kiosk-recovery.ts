// Hands-off recovery for an unattended screen: an uncaught error, a rejected promise or a
// WebGL context that stays lost restarts the loop and remounts the 3D scene by itself.
import { useEffect } from 'react';
import { useApp } from '../../state/app-store';
import { localize } from '../../i18n/localize';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { restartKioskLoop } from './kiosk-actions';

/** Shortest gap between two restarts, ms (errors in a burst give one restart). */
const MIN_GAP_MS = 5_000;
/** How long a lost WebGL context may stay lost before the scene is remounted, ms. */
const CONTEXT_GRACE_MS = 5_000;

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
    restartKioskLoop();
    const app = useApp.getState();
    app.restartScene();
    app.notify({ id: 'kiosk-recovered', tone: 'info', text: localize(M.kioskRecovered, app.lang) });
  }, wait);
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
    return () => {
      window.clearTimeout(contextTimer);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      window.removeEventListener('webglcontextlost', onLost, true);
      window.removeEventListener('webglcontextrestored', onRestored, true);
    };
  }, [enabled]);
}
