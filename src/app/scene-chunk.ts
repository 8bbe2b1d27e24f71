// The 3D scene's code (the largest chunk, ~270 KiB gzipped) is fetched as soon as the scene slot
// mounts, before the WebGL probe runs: the download and compile overlap the probe's first
// context (0.6 s under a software rasteriser) instead of waiting for it. A failed fetch (offline
// before the first visit finished) is forgotten, so the scene's error boundary can try again.
type SceneModule = typeof import('../scene3d/SceneRoot');

let pending: Promise<SceneModule> | null = null;

export function loadSceneChunk(): Promise<SceneModule> {
  if (!pending) {
    pending = import('../scene3d/SceneRoot');
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
