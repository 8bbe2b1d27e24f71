// Budgets that are exact counters (brief, section 5): bundle bytes and renderer object counts
// across kiosk loops. Timings are in `npm run bench`, never asserted here.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newContext } from '../helpers/browser';
import { BUNDLE_BUDGETS, bundleSizes } from '../bench/bundle-sizes.mjs';
import { inject } from 'vitest';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

/** Seconds per stage in the accelerated kiosk loops. */
const STAGE_SEC = 1;

describe('budgets', () => {
  it('first-load JS and the lazy 3D chunk stay within their gzip budgets', () => {
    const sizes = bundleSizes('dist');
    expect(sizes.sceneFiles.length).toBeGreaterThan(0);
    expect(sizes.firstLoadFiles.some((f) => sizes.sceneFiles.includes(f))).toBe(false);
    expect(sizes.firstLoadJsGzip).toBeLessThanOrEqual(BUNDLE_BUDGETS.firstLoadJsGzip);
    expect(sizes.sceneChunkJsGzip).toBeLessThanOrEqual(BUNDLE_BUDGETS.sceneChunkJsGzip);
  });

  it('two accelerated kiosk loops leave geometry, texture and program counts where loop 1 left them', async () => {
    const context = await newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // the loops of `npm run bench` (tests/bench/bench-page.mjs measureKioskLoops) without its
    // heap snapshots: this test asserts the renderer's counts only, and reads them at the same
    // moment of each loop, the first frame after the loop counter moves on
    await page.goto(`${inject('baseUrl')}?mode=kiosk&kioskStageSec=${STAGE_SEC}`);
    await page.waitForFunction(() => (window.__sceneStats?.frames ?? 0) > 10, null, {
      timeout: 180_000, // a first frame with SwiftShader on a busy machine
    });
    const loopMs = STAGE_SEC * 1000 * storyJson.stages.length;
    const afterLoop = async (n: number) => {
      const handle = await page.waitForFunction(
        (target) => {
          if ((window.__kioskLoops ?? 0) < target) return null;
          const s = window.__sceneStats;
          return { geometries: s?.geometries, textures: s?.textures, programs: s?.programs };
        },
        n,
        { timeout: loopMs * 4 + 60_000, polling: 'raf' },
      );
      return (await handle.jsonValue())!; // it resolves on a truthy value only
    };
    const result = { first: await afterLoop(1), last: await afterLoop(2) };
    expect(result.first.geometries).toBeGreaterThan(0);
    expect({
      geometries: result.last.geometries,
      textures: result.last.textures,
      programs: result.last.programs,
    }).toEqual({
      geometries: result.first.geometries,
      textures: result.first.textures,
      programs: result.first.programs,
    });
    expect(errors).toEqual([]);
  }, 600_000);
});
