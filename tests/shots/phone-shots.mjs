// Phone screenshots for looking at (issue 12), not a test: every stage on a 390 x 844 and a
// 360 x 740 portrait phone and an 844 x 390 landscape one (touch, two device pixels a pixel),
// plus the bottom sheet open, the menu open, the whole page, reduced motion, Spanish and the
// no-WebGL storyboard. Serves dist/ (run `npx vite build` first) and writes PNGs to the folder
// given (default /tmp/phone-shots). Usage: node tests/shots/phone-shots.mjs [folder [set...]],
// sets: p390 p360 l844 es reduced nowebgl first (default all; the whole run takes ~10 min).
// The phones are a returning student's, whose 3D scene starts by itself; `first` is a first
// visit's picture of each stage at 390 x 844, before the Start button is tapped.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium-path.mjs';
import { RETURNING_STUDENT_SCRIPT } from '../helpers/returning-student.mjs';

const out = process.argv[2] ?? '/tmp/phone-shots';
mkdirSync(out, { recursive: true });
const SETS = ['p390', 'p360', 'l844', 'es', 'reduced', 'nowebgl', 'first'];
const wanted = new Set(process.argv.length > 3 ? process.argv.slice(3) : SETS);
const story = JSON.parse(readFileSync('scenes/ketamine.json', 'utf8'));
const stages = story.stages.filter((s) => !s.hidden);

const PHONES = [
  { name: 'p390', width: 390, height: 844 },
  { name: 'p360', width: 360, height: 740 },
  { name: 'l844', width: 844, height: 390 },
];
/** Same as the tests' browser: WebGL through SwiftShader, layers composited in software. */
const ARGS = [...CHROMIUM_ARGS, '--disable-gpu-compositing'];
const NO_WEBGL = `(() => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (String(type).startsWith('webgl') || type === 'experimental-webgl') return null;
    return original.call(this, type, ...rest);
  };
})();`;

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const address = server.httpServer.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: ARGS });

/** Waits until lazy parts and fonts are in, and the scene (if any) has drawn or rests. */
async function settle(page) {
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      !document.querySelector('.panel-loading, .scene-loading, .view-loading, [aria-busy="true"]'),
    null,
    { polling: 100, timeout: 120_000 },
  );
  // a first visit's picture of the stage (its drawing's code arrives after the page)
  if (await page.$('[data-testid="scene-poster"]')) {
    await page.waitForSelector('[data-testid="poster-picture"] svg', { timeout: 120_000 });
  }
  const hasScene = await page.evaluate(() => !!document.querySelector('[data-testid="scene3d"]'));
  if (!hasScene) return;
  await page.waitForFunction(() => !!window.__sceneTest, null, { timeout: 120_000 });
  await page.evaluate(() => window.__sceneTest.arriveCamera());
  const start = await page.evaluate(() => window.__sceneStats?.frames ?? 0);
  await page.waitForFunction(
    (s) => (window.__sceneStats?.frames ?? 0) >= s + 8 || window.__sceneStats?.resting === true,
    start,
    { polling: 100, timeout: 120_000 },
  );
}

async function phonePage(viewport, { lang, reducedMotion, initScript, firstVisit } = {}) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    serviceWorkers: 'block',
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  if (initScript) await context.addInitScript(initScript);
  if (!firstVisit) await context.addInitScript(RETURNING_STUDENT_SCRIPT);
  const page = await context.newPage();
  const query = (stage) => `?stage=${stage}&autoplay=0${lang ? `&lang=${lang}` : ''}`;
  return {
    context,
    page,
    async go(stage) {
      await page.goto(base + query(stage));
      await page.waitForSelector('[data-testid="stage-title"]');
      await settle(page);
    },
  };
}

async function shot(page, name, options = {}) {
  const path = join(out, `${name}.png`);
  await page.screenshot({ path, scale: 'css', ...options });
  console.log(path);
}

/** Every stage at one size, seen as the first screen; then the sheet, the menu, the page. */
async function stagesAt(viewport, tag, options) {
  const p = await phonePage(viewport, options);
  for (const [i, s] of stages.entries()) {
    await p.go(s.id);
    await shot(p.page, `${tag}-${String(i + 1).padStart(2, '0')}-${s.id}`);
  }
  return p;
}

try {
  for (const v of PHONES.filter((p) => wanted.has(p.name))) {
    const p = await stagesAt(v, v.name);
    await p.go('infusion');
    // a tap on the biggest structure names it (as the phone-touch test does)
    const target = await p.page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="scene-canvas"] canvas');
      const r = canvas.getBoundingClientRect();
      const hits = new Map();
      for (let y = r.top + 10; y < r.bottom - 10; y += 15) {
        for (let x = r.left + 10; x < r.right - 10; x += 15) {
          if (document.elementFromPoint(x, y) !== canvas) continue;
          const id = window.__sceneView.structureAt(x, y);
          if (id) hits.set(id, [...(hits.get(id) ?? []), { x, y }]);
        }
      }
      const points = [...hits.values()].sort((a, b) => b.length - a.length)[0];
      return points[Math.floor(points.length / 2)];
    });
    await p.page.touchscreen.tap(target.x, target.y);
    await p.page.waitForSelector('[data-testid="scene-label-selected"] strong');
    await settle(p.page);
    await shot(p.page, `${v.name}-tapped-infusion`);
    // the end of the page, scrolled there (the sheet's handle stays at the bottom)
    await p.page.evaluate(() => {
      document.querySelector('.app-footer').scrollTop = 1e6;
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    await shot(p.page, `${v.name}-end-infusion`);
    await p.page.evaluate(() => window.scrollTo(0, 0));
    await p.page.tap('[data-testid="sheet-handle"]');
    await p.page.waitForFunction(
      () => document.querySelector('.panel-slot').getBoundingClientRect().top < innerHeight * 0.2,
      null,
      { polling: 100, timeout: 60_000 },
    );
    await settle(p.page);
    await shot(p.page, `${v.name}-sheet-infusion`);
    await p.page.tap('[data-testid="sheet-handle"]');
    await p.page.waitForFunction(
      () => document.querySelector('.panel-slot').getBoundingClientRect().top > innerHeight - 80,
      null,
      { polling: 100, timeout: 60_000 },
    );
    await p.page.tap('.header-menu');
    await p.page.waitForSelector('.header-tools [data-testid="display-options"]', {
      state: 'visible',
    });
    await shot(p.page, `${v.name}-menu`);
    await p.context.close();
  }
  const phone = PHONES[0];
  const extra = {
    es: { lang: 'es' },
    reduced: { reducedMotion: true },
    nowebgl: { initScript: NO_WEBGL },
    first: { firstVisit: true },
  };
  for (const [set, options] of Object.entries(extra)) {
    if (wanted.has(set)) await (await stagesAt(phone, `${set}-p390`, options)).context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
