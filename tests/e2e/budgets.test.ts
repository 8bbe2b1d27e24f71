// Budgets that are exact counters (brief, section 5): bundle bytes and renderer object counts
// across kiosk loops. Timings are in `npm run bench`, never asserted here.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newContext } from '../helpers/browser';
import { BUNDLE_BUDGETS, bundleSizes } from '../bench/bundle-sizes.mjs';
import { measureKioskLoops } from '../bench/bench-page.mjs';
import { inject } from 'vitest';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

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
    const result = await measureKioskLoops({ context, page, errors }, inject('baseUrl'), {
      loops: 2,
      stageSec: 1,
      stageCount: storyJson.stages.length,
    });
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
