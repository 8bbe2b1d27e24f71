// The 3D scene's code (the largest chunk, ~270 KiB gzipped) is fetched once the first screen
// is up and the main thread is idle (requestIdleCallback, at most IDLE_WAIT_MS later), so its
// download, compile and the WebGL context that follows it do not hold up the page's first paint
// and first input on a phone. A failed fetch (offline before the first visit finished) is
// forgotten, so the scene's error boundary can try again.
type SceneModule = typeof import('../scene3d/SceneRoot');

/** Longest wait for an idle main thread before fetching the scene anyway, ms. */
export const IDLE_WAIT_MS = 1500;

let pending: Promise<SceneModule> | null = null;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    } else setTimeout(resolve, 0);
  });
}

export function loadSceneChunk(): Promise<SceneModule> {
  if (!pending) {
    pending = whenIdle().then(() => import('../scene3d/SceneRoot'));
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
