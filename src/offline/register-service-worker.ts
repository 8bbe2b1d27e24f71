// Registers the precaching service worker (production builds only), and lets a kiosk, which
// is never reloaded by a person, pick up a new build: at the end of each loop it asks for an
// update, and once a new version has taken over it reloads, between two loops.
let registration: ServiceWorkerRegistration | null = null;
/** A new build's service worker took over this page (not the first install). */
let updateReady = false;

declare global {
  interface Window {
    /** kiosk: updates found and waiting for the end of a loop (read by tests) */
    __kioskUpdateReady?: boolean;
  }
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const first = !controlled; // the first install: this page already is that build
    controlled = true;
    if (first) return;
    updateReady = true;
    window.__kioskUpdateReady = true;
  });
  const register = () => {
    navigator.serviceWorker
      .register('./sw.js', { scope: './' })
      .then((r) => {
        registration = r;
      })
      .catch(() => {
        // Offline support is a bonus; the app works without it (e.g. in a private window).
      });
  };
  // after the page has loaded, when the main thread is idle: registering costs the main
  // thread ~15 ms, and the worker's first install downloads every file of the build
  const whenIdle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(register, { timeout: 5000 })
      : setTimeout(register, 0);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/**
 * Kiosk, at the end of each loop: shows a new build that is ready (a reload, from the new
 * cache), else asks the server for one and has the cache refilled if files went missing.
 */
export function betweenKioskLoops(): void {
  if (updateReady) {
    window.location.reload();
    return;
  }
  if (!registration) return;
  registration.update().catch(() => {
    // offline or the server is down: asked again at the end of the next loop
  });
  registration.active?.postMessage({ type: 'refill' });
}
