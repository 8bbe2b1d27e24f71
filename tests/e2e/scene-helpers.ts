// Helpers for the scene's browser tests: wait for frames, and compare screenshots in the page
// (decoded by the browser itself, so no image library is needed).
import type { Page } from 'playwright-core';

export interface SceneStatsSnapshot {
  frames: number;
  resting: boolean;
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
  stageId: string;
  view: string;
  contextLost: boolean;
  contextLosses: number;
  contextRestores: number;
  mounts: number;
  /** 0..1 how far the camera has come to the stage's pose */
  arrival: number;
}

export function stats(page: Page): Promise<SceneStatsSnapshot> {
  return page.evaluate(() => ({
    ...(window as unknown as { __sceneStats: SceneStatsSnapshot }).__sceneStats,
  }));
}

/**
 * Waits until the scene has drawn `more` frames after now, or has drawn everything there is to
 * draw: a still scene (paused, nothing changing) rests and draws no frames (scene-rest.ts).
 */
export async function waitFrames(page: Page, more: number, timeout = 120_000): Promise<void> {
  const start = (await stats(page).catch(() => ({ frames: 0 }))).frames;
  await page.waitForFunction(
    ([s, m]) => {
      const stats = (window as unknown as { __sceneStats?: { frames: number; resting: boolean } })
        .__sceneStats;
      return (stats?.frames ?? 0) >= s + m || stats?.resting === true;
    },
    [start, more] as const,
    { timeout, polling: 50 },
  );
}

/** Grey 64x36 thumbnail of a PNG, plus the spread of its luminance (0 for a flat image). */
export async function thumbnail(
  page: Page,
  png: Buffer,
): Promise<{ pixels: number[]; spread: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 36;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0, 64, 36);
    const d = ctx.getImageData(0, 0, 64, 36).data;
    const pixels: number[] = [];
    for (let i = 0; i < d.length; i += 4)
      pixels.push(0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!);
    const mean = pixels.reduce((a, b) => a + b, 0) / pixels.length;
    const spread = Math.sqrt(pixels.reduce((a, b) => a + (b - mean) ** 2, 0) / pixels.length);
    return { pixels, spread };
  }, png.toString('base64'));
}

export function meanDifference(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - (b[i] ?? 0));
  return sum / a.length;
}

/**
 * Loses the scene's WebGL context, as a GPU reset does. `restoreAfterMs` gives it back after
 * that long; `noNewContexts` also makes every later getContext fail (a GPU gone for good).
 */
export function loseContext(
  page: Page,
  options: { restoreAfterMs?: number; noNewContexts?: boolean } = {},
): Promise<void> {
  return page.evaluate(({ restoreAfterMs, noNewContexts }) => {
    const canvas = document.querySelector(
      '[data-testid="scene-canvas"] canvas',
    ) as HTMLCanvasElement;
    const ext = canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    if (noNewContexts) HTMLCanvasElement.prototype.getContext = () => null;
    ext?.loseContext();
    if (restoreAfterMs !== undefined) setTimeout(() => ext?.restoreContext(), restoreAfterMs);
  }, options);
}

/** Waits until the 3D scene has mounted and drawn `frames` frames. */
export async function sceneReady(page: Page, frames: number): Promise<void> {
  await page.waitForFunction(() => !!window.__sceneTest, null, { timeout: 120_000 });
  await waitFrames(page, frames);
}

/**
 * Watches for the scene's next lost context and resolves with the milliseconds, measured in
 * the page, from the loss to the first frame drawn with a working context again (so the test
 * runner's own latency on a loaded machine is not counted). Call before losing the context.
 */
export function backAfter(page: Page, timeout = 120_000): Promise<number> {
  return page.evaluate(
    (limit) =>
      new Promise<number>((resolve, reject) => {
        const s = (window as unknown as { __sceneStats: { frames: number; contextLost: boolean } })
          .__sceneStats;
        const onLost = () => {
          const lostAt = performance.now();
          const stop = setTimeout(() => reject(new Error('the scene did not come back')), limit);
          let framesAtRestore = -1;
          const poll = () => {
            if (framesAtRestore < 0 && !s.contextLost) framesAtRestore = s.frames;
            if (framesAtRestore >= 0 && s.frames > framesAtRestore) {
              clearTimeout(stop);
              resolve(performance.now() - lostAt);
              return;
            }
            requestAnimationFrame(poll);
          };
          requestAnimationFrame(poll);
        };
        addEventListener('webglcontextlost', onLost, { capture: true, once: true });
      }),
    timeout,
  );
}
