// The fault-injection part of `npm run soak`: kiosk mode through SOAK_LOOPS accelerated loops
// while random faults hit it (seeded, SOAK_SEED): a per-frame listener that throws, an uncaught
// error, a lost WebGL context, storage that throws, and a deploy of a new build mid-loop
// (served by a server that caches like python -m http.server). Fails if a loop gets stuck or
// renderer counts or live objects grow after the last deploy's first loop.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../helpers/static-server.mjs';
import { heapBreakdown, heapAfterGc, sceneStats } from './bench-page.mjs';

/** mulberry32: the seeded random numbers that pick the faults. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of dist/ marked as build `n` (one more script, a service worker to match). */
function makeBuild(root, n) {
  const dir = join(root, `build-${n}`);
  cpSync('dist', dir, { recursive: true });
  writeFileSync(
    join(dir, `assets/mark-${n}.js`),
    `document.documentElement.dataset.build = "${n}";\n`,
  );
  const html = readFileSync('dist/index.html', 'utf8').replace(
    '</head>',
    `<script type="module" src="./assets/mark-${n}.js"></script></head>`,
  );
  writeFileSync(join(dir, 'index.html'), html);
  const sha = createHash('sha256').update(html).digest('hex');
  let sw = readFileSync('dist/sw.js', 'utf8');
  sw = sw.replace(/const VERSION = "([^"]+)"/, `const VERSION = "$1-${n}"`);
  sw = sw.replace(/const PRECACHE = (.*);/, (_, list) => {
    const files = {
      ...JSON.parse(list),
      [`./assets/mark-${n}.js`]: String(n),
      './': sha,
      './index.html': sha,
    };
    return `const PRECACHE = ${JSON.stringify(files)};`;
  });
  sw = sw.replace(/const PAGE_HASH = "[0-9a-f]*"/, `const PAGE_HASH = "${sha}"`);
  writeFileSync(join(dir, 'sw.js'), sw);
  return dir;
}

/** The faults, each run in the page. */
const FAULTS = {
  'thrown listener': () => {
    const el = document.querySelector('[data-testid="narration-caption"]');
    if (!el) return;
    Object.defineProperty(el, 'textContent', {
      configurable: true,
      get: () => '',
      set: () => {
        throw new Error('soak: thrown per-frame listener');
      },
    });
    setTimeout(() => delete el.textContent, 3000);
  },
  'uncaught error': () =>
    setTimeout(() => {
      throw new Error('soak: uncaught error');
    }),
  'context loss': () =>
    document
      .querySelector('canvas')
      ?.dispatchEvent(new Event('webglcontextlost', { cancelable: true })),
  'storage errors': () => {
    const fail = () => {
      throw new DOMException('soak: storage', 'QuotaExceededError');
    };
    const saved = [Storage.prototype.getItem, Storage.prototype.setItem];
    Storage.prototype.getItem = fail;
    Storage.prototype.setItem = fail;
    setTimeout(() => ([Storage.prototype.getItem, Storage.prototype.setItem] = saved), 3000);
  },
};

export async function faultSoak(browser, { loops, stageSec, stageCount, seed }) {
  const random = rng(seed);
  const root = mkdtempSync(join(tmpdir(), 'soak-'));
  const state = { dir: makeBuild(root, 0) };
  const server = await serveStatic(() => state.dir);
  const base = `${server.origin}/`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const log = [];
  const loopMs = stageSec * 1000 * stageCount;
  let builds = 0;
  let done = 0;
  let baseline = null;
  const failures = [];
  try {
    const cdp = await context.newCDPSession(page);
    const measure = async () => {
      const heapBytes = await heapAfterGc(cdp);
      const { objects } = await heapBreakdown(cdp);
      return { ...(await sceneStats(page)), heapBytes, objectBytes: objects };
    };
    await page.goto(`${base}?mode=kiosk&kioskStageSec=${stageSec}`);
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, {
      timeout: 120_000,
    });
    while (done < loops) {
      // a page load is named by its time origin: a reload (a new build, or the last-resort
      // recovery) starts a new page whose loop counter starts again
      const pageId = () =>
        page
          .evaluate(
            () => `${document.documentElement.dataset.build ?? '0'}@${performance.timeOrigin}`,
          )
          .catch(() => '?');
      const loaded = await pageId();
      const before = await page.evaluate(() => window.__kioskLoops ?? 0).catch(() => 0);
      // a few faults at random moments of this loop
      const names = Object.keys(FAULTS);
      const picks = [0, 1].map(() => names[Math.floor(random() * names.length)]);
      if (done > 0 && done < loops - 4 && random() < 0.25) picks.push('deploy');
      for (const name of picks) {
        await new Promise((r) => setTimeout(r, random() * loopMs * 0.4));
        log.push(`loop ${done + 1}: ${name}`);
        if (name === 'deploy') {
          state.dir = makeBuild(root, ++builds);
          baseline = null; // the page reloads into the new build: measure again from there
        } else await page.evaluate(FAULTS[name]).catch(() => undefined);
      }
      // nothing stuck: the loop ends (or the page reloads into a new build) in time
      const ended = await page
        .waitForFunction(
          ([n, id]) =>
            (window.__kioskLoops ?? 0) > n ||
            `${document.documentElement.dataset.build ?? '0'}@${performance.timeOrigin}` !== id,
          [before, loaded],
          { timeout: loopMs * 4 + 60_000, polling: 500 },
        )
        .then(
          () => true,
          () => false,
        );
      const now = await pageId();
      if (now !== loaded) log.push(`loop ${done + 1}: page reloaded (${loaded} -> ${now})`);
      if (!ended) {
        failures.push(
          `loop ${done + 1} got stuck on "${await page.textContent('[data-testid="stage-title"]').catch(() => '?')}"`,
        );
        break;
      }
      done++;
      if (!baseline && done < loops - 2) {
        await page.waitForFunction(() => (window.__sceneStats?.frames ?? 0) > 10, null, {
          timeout: 60_000,
        });
        baseline = await measure();
      }
    }
    if (baseline && !failures.length) {
      const last = await measure();
      for (const k of ['geometries', 'textures', 'programs'])
        if (last[k] !== baseline[k]) failures.push(`${k} ${baseline[k]} -> ${last[k]}`);
      const growth = last.objectBytes / baseline.objectBytes - 1;
      if (growth > 0.05) failures.push(`live objects grew ${(growth * 100).toFixed(1)}% (> 5%)`);
      log.push(`live objects ${baseline.objectBytes} -> ${last.objectBytes}`);
    }
    log.push(
      `builds deployed: ${builds}, recoveries: ${await page.evaluate(() => window.__kioskRecoveries ?? 0)}`,
    );
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
  return { loops: done, log, failures };
}
