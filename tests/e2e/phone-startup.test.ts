// Students on phones (issue 12), a start that does not block (shaders compiled before the
// first frame draws them): a student's first visit on a phone
// shows the stage's picture and starts the 3D scene on a tap (remembered); on a 390 x 844 touch
// phone the page makes one WebGL context, the scene's own, and learns from it whether WebGL works
// and whether it is software (no probe context made only to ask), the model's trajectories come from a
// Web Worker, and the scene the worker fed shows the model's block; an embedded scene scrolled
// out of its course page's view draws no frames while the story plays, and draws again when
// scrolled back.
import { afterAll, describe, expect, it } from 'vitest';
import { appUrl, closeBrowser, openApp } from '../helpers/browser';
import { seek } from '../helpers/frames';
import { sceneReady } from './scene-helpers';
import { seriousAxeViolations } from '../helpers/axe';
import storyJson from '../../scenes/ketamine.json';

afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };
const DEVICE = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DISINHIBITION = storyJson.stages.findIndex((s) => s.id === 'disinhibition');

/** Records every WebGL context the page makes and every Worker it starts. */
const WATCH_SCRIPT = `(() => {
  const contexts = [];
  window.__glContexts = contexts;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const gl = getContext.call(this, type, ...rest);
    if (gl && String(type).startsWith('webgl') && !contexts.includes(gl)) contexts.push(gl);
    return gl;
  };
  const workers = [];
  window.__workerUrls = workers;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      workers.push(String(url));
    }
  };
})();`;

describe('a start that does not block', () => {
  it("a student's first visit: the stage's picture and a Start button, no 3D code or WebGL until the tap", async () => {
    const sceneChunks: string[] = [];
    const pageStylesheets: string[] = [];
    const scripts: Promise<string>[] = [];
    const { page, context, problems } = await openApp({
      query: 'stage=rest',
      viewport: PHONE,
      device: DEVICE,
      initScript: WATCH_SCRIPT,
      firstVisit: true,
      setUp: async (p) => {
        p.on('request', (r) => {
          if (/\/assets\/SceneRoot-[^/]+\.js$/.test(r.url())) sceneChunks.push(r.url());
          if (/\/assets\/index-[^/]+\.css$/.test(r.url())) pageStylesheets.push(r.url());
        });
        p.on('response', (r) => {
          if (/\/assets\/[^/]+\.js$/.test(r.url())) scripts.push(r.text().catch(() => ''));
        });
      },
    });
    await page.waitForSelector('[data-testid="poster-picture"][data-stage="rest"] svg');
    const button = page.getByRole('button', { name: 'Start the 3D synapse' });
    const box = await button.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // the picture follows the stage
    await page.getByRole('button', { name: 'Next stage' }).tap();
    await page.waitForSelector('[data-testid="poster-picture"][data-stage="infusion"]');
    // the page is settled: the story's own chunks are in, the scene's never asked for
    await page.waitForFunction(() => document.readyState === 'complete');
    // idle callbacks run in turn: the scene's loader would have asked for its chunk by now
    for (let i = 0; i < 2; i++)
      await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null))));
    expect(sceneChunks).toEqual([]);
    // the bundled story, glossary and questions were checked when the app was built: no
    // validator (zod, whose code names its internals `_zod`) is fetched for a start
    const texts = await Promise.all(scripts);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.filter((t) => t.includes('_zod')).length).toBe(0);
    expect(
      await page.evaluate(
        () => (window as unknown as { __glContexts: unknown[] }).__glContexts.length,
      ),
    ).toBe(0);
    // the tap starts the 3D scene at this stage; the focus goes to the scene, not the page
    await button.tap();
    await sceneReady(page, 3);
    expect(await page.evaluate(() => window.__sceneStats?.stageId)).toBe('infusion');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'scene-slot',
    );
    expect(await page.$('[data-testid="scene-poster"]')).toBeNull();
    // the page's styles come inside it (src/app/vite-inline-css-plugin.ts): no stylesheet file
    // before the first paint, and none of the lazy parts loaded since fetched them again
    expect(pageStylesheets).toEqual([]);
    expect(await page.evaluate(() => document.styleSheets[0]?.ownerNode?.nodeName)).toBe('STYLE');
    // remembered: the next visit starts in 3D by itself
    await page.reload();
    await page.waitForSelector('[data-testid="stage-title"]');
    await sceneReady(page, 1);
    expect(await page.$('[data-testid="scene-poster"]')).toBeNull();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it("one WebGL context, the scene's own; trajectories and membranes from workers", async () => {
    const { page, context, problems } = await openApp({
      query: 'stage=rest',
      viewport: PHONE,
      device: DEVICE,
      initScript: WATCH_SCRIPT,
    });
    await sceneReady(page, 3);
    const glContexts = await page.evaluate(() => {
      const all = (window as unknown as { __glContexts: WebGLRenderingContext[] }).__glContexts;
      return all.map((gl) => gl.isContextLost());
    });
    // the scene's, drawing: no other was made
    expect(glContexts).toEqual([false]);
    const workers = await page.evaluate(
      () => (window as unknown as { __workerUrls: string[] }).__workerUrls,
    );
    expect(workers.some((url) => /trajectory\.worker/.test(url))).toBe(true);
    // the synapse's membranes were built in a worker, not on the main thread
    expect(workers.some((url) => /membranes\.worker/.test(url))).toBe(true);
    expect(await page.evaluate(() => window.__sceneStats?.membranes)).toBe('worker');
    // the shaders were compiled (compileAsync) before the first frame, not by it
    const shaders = await page.evaluate(() => window.__sceneStats!.shaders);
    expect(shaders.compiledBeforeDrawing).toBeGreaterThan(0);
    // the worker's trajectory reached the scene: a paused stage rests on the model's block
    await seek(page, DISINHIBITION, 0.9);
    await page.waitForFunction(
      () => window.__sceneStats?.stageId === 'disinhibition' && window.__sceneStats.resting,
      null,
      { polling: 50, timeout: 120_000 },
    );
    const ensemble = await page.evaluate(() => window.__sceneStats!.ensemble);
    expect(ensemble.modelBlocked).toBeGreaterThan(0);
    expect(ensemble.blocked).toBe(ensemble.modelBlocked);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('an embedded scene scrolled out of view draws nothing while the story plays', async () => {
    const { page, context, problems, baseUrl } = await openApp({ query: 'stage=rest' });
    // a course page on the app's origin with the app in an iframe at its top, then a long text
    const host = new URL('course-page.html', baseUrl).href;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Course</title><body style="margin:0">
          <iframe title="Ketamine explainer" src="${appUrl('stage=infusion')}"
            style="width:800px;height:450px;border:0"></iframe>
          <div style="height:4000px">Reading</div></body>`,
      }),
    );
    await page.goto(host);
    const app = page.frameLocator('iframe');
    await app.locator('[data-testid="stage-title"]').waitFor();
    const frame = page.frames().find((f) => f.url().includes('stage=infusion'));
    expect(frame).toBeTruthy();
    const frames = () => frame!.evaluate(() => window.__sceneStats?.frames ?? 0);
    await frame!.waitForFunction(() => (window.__sceneStats?.frames ?? 0) > 5);
    // playing and seen: frames keep coming
    const seen = await frames();
    await frame!.waitForFunction((n) => (window.__sceneStats?.frames ?? 0) > n + 3, seen);

    await page.evaluate(() => window.scrollTo(0, 3000));
    await frame!.waitForFunction(() => window.__sceneStats?.unseen === true);
    const hidden = await frames();
    // twenty animation frames of the playing story later, still no scene frame drawn
    await frame!.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let n = 0;
          const tick = () => (++n >= 20 ? resolve() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
    );
    expect(await frames()).toBeLessThanOrEqual(hidden + 1);

    await page.evaluate(() => window.scrollTo(0, 0));
    await frame!.waitForFunction(() => window.__sceneStats?.unseen === false);
    await frame!.waitForFunction((n) => (window.__sceneStats?.frames ?? 0) > n + 3, hidden);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('a page that holds still', () => {
  it('does not shift as it loads and plays on a phone: fonts from the first paint, the readout on its own row', async () => {
    const shifts = `(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (!e.hadRecentInput)
            window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node?.nodeName + '.' + (s.node?.className ?? '')) });
      }).observe({ type: 'layout-shift', buffered: true });
    })();`;
    // Lighthouse's phone (412 x 823), a first visit, the story playing
    const { page, context, problems } = await openApp({
      viewport: { width: 412, height: 823 },
      device: { isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 },
      initScript: shifts,
      firstVisit: true,
      autoplay: true,
    });
    await page.waitForSelector('[data-testid="poster-picture"] svg');
    // the readout's time text grows and shrinks as it runs: the readout and the plasma beside the
    // time stay put through 40 changes
    const places = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const readout = document.querySelector('[data-testid="model-readout"]')!;
          const time = document.querySelector('[data-testid="readout-time"]')!;
          const seen = new Set<string>();
          let changes = 0;
          new MutationObserver(() => {
            // the readout, and the plasma beside the time
            const r = readout.getBoundingClientRect();
            const p = readout.lastElementChild!.getBoundingClientRect();
            seen.add([r.x, r.y, p.x, p.y].map(Math.round).join(','));
            if (++changes >= 40) resolve([...seen]);
          }).observe(time, { childList: true, characterData: true, subtree: true });
        }),
    );
    expect(places).toHaveLength(1);
    // the fonts the first screen uses were asked for with the page, not once its style applied
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="preload"][as="font"]')].map((l) =>
        (l as HTMLLinkElement).href.replace(/.*\//, ''),
      ),
    );
    expect(preloaded.some((f) => /latin-400-normal/.test(f))).toBe(true);
    expect(preloaded.some((f) => /latin-700-normal/.test(f))).toBe(true);
    const seen = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts,
    );
    const total = seen.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(seen.slice(0, 5))).toBeLessThan(0.01);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
