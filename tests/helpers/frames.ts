// Holds a page's animation frames: the playback loop (and the 3D renderer) stop where they are,
// so a test can read the page at one moment that no frame changes, or check that something
// happened at once (before any frame). Waits only for frames, never for a length of time.
import type { Page } from 'playwright-core';

interface FrameWindow {
  __heldFrames?: FrameRequestCallback[];
  __realRaf?: typeof requestAnimationFrame;
}

/**
 * Replaces the page's requestAnimationFrame with one that keeps the callbacks (in
 * window.__heldFrames) until stepFrames runs them; cancelAnimationFrame takes a kept callback
 * back, as the real one would (a loop that restarts itself must not end up queued twice).
 * Source text, run in the page (from holdFrames or as an init script).
 */
const INSTALL_HOLD = `
    window.__realRaf = window.requestAnimationFrame.bind(window);
    const realCancel = window.cancelAnimationFrame.bind(window);
    window.__heldFrames = [];
    const byId = new Map();
    let nextId = 1e9;
    window.requestAnimationFrame = (callback) => {
      const id = nextId++;
      const run = (time) => {
        byId.delete(id);
        callback(time);
      };
      byId.set(id, run);
      window.__heldFrames.push(run);
      return id;
    };
    window.cancelAnimationFrame = (id) => {
      const run = byId.get(id);
      if (!run) return realCancel(id);
      byId.delete(id);
      const at = window.__heldFrames.indexOf(run);
      if (at >= 0) window.__heldFrames.splice(at, 1);
    };
`;

/** Stops every requestAnimationFrame loop of the page after the frame already asked for. */
export async function holdFrames(page: Page): Promise<void> {
  // a string, evaluated through the DevTools protocol (the app's CSP forbids eval in the page);
  // callbacks asked for before the hold run in the next real frame, before ours: after it,
  // every loop has asked again and is held
  await page.evaluate(`(async () => {
    if (window.__heldFrames) return;
    const real = window.requestAnimationFrame.bind(window);
    ${INSTALL_HOLD}
    await new Promise((resolve) => real(() => real(resolve)));
  })()`);
}

/**
 * Init script: the page's frames are held from the start (the story clock stands at 0 until
 * stepFrames moves it), for tests that pace the story themselves.
 */
export const HOLD_FRAMES_SCRIPT = `(() => {${INSTALL_HOLD}})();`;

/** Lets the held loops run again. */
export async function releaseFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as FrameWindow & Window;
    const real = w.__realRaf;
    const held = w.__heldFrames;
    if (!real || !held) return;
    window.requestAnimationFrame = real;
    delete w.__heldFrames;
    for (const callback of held) real(callback);
  });
}

/**
 * Waits until the page has drawn `count` more animation frames (layout and paint done). With
 * frames held, the browser still lays out and paints: this waits on its real frames and runs
 * none of the held loops.
 */
export async function nextFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(async (n) => {
    const raf = (window as FrameWindow & Window).__realRaf ?? requestAnimationFrame;
    for (let i = 0; i < n; i++) await new Promise((resolve) => raf(resolve));
  }, count);
}

/**
 * Waits until nothing on the page is still loading: lazy parts have arrived (their placeholders,
 * ui/LazyPart among them, are gone), the scene slot knows whether WebGL works (no longer
 * aria-busy), the worker's trajectory is in and the fonts are loaded. Polls on a timer, so it
 * works with frames held.
 */
export async function waitForSettled(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      !document.querySelector('.panel-loading, .scene-loading, .view-loading, [aria-busy="true"]'),
    null,
    { polling: 50, timeout },
  );
}

/**
 * Makes sure the story is paused (pages open paused unless a test lets them play; this also
 * stops one that plays), so only the test changes stage.
 */
export async function pauseStory(page: Page): Promise<void> {
  const toggle = page.locator('[data-testid="play-toggle"]');
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="play-toggle"]')?.getAttribute('aria-pressed') ===
      'false',
    null,
    { polling: 50, timeout: 60_000 },
  );
}

/** Moves the story clock to a stage and a progress through it (the scene's test hook). */
export async function seek(page: Page, stageIndex: number, progress: number): Promise<void> {
  await page.waitForFunction(() => !!window.__sceneTest, null, { polling: 50, timeout: 60_000 });
  await page.evaluate(([i, p]) => window.__sceneTest!.seek(i, p), [stageIndex, progress] as const);
}

/**
 * With frames held: runs `count` frames of `msPerFrame` each on a made-up clock, so story time
 * moves by exactly that much whatever the machine's speed (the loop takes at most 100 ms a frame).
 */
export async function stepFrames(page: Page, count: number, msPerFrame = 100): Promise<void> {
  await page.evaluate(
    ([n, ms]) => {
      const w = window as FrameWindow & Window & { __frameTime?: number };
      const held = w.__heldFrames;
      if (!held) throw new Error('stepFrames needs holdFrames first');
      for (let i = 0; i < n; i++) {
        w.__frameTime = (w.__frameTime ?? performance.now()) + ms;
        for (const callback of held.splice(0)) callback(w.__frameTime);
      }
    },
    [count, msPerFrame] as const,
  );
}
