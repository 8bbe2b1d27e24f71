// Start-up measures for `npm run bench` (issue 12): main-thread long tasks from navigation to
// interactive, with and without 4x CPU throttling, and Lighthouse's mobile preset. Times are
// reported only, never gated. Run alone on a built app: `node tests/bench/startup-bench.mjs`.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { firstSceneFrameMs } from './bench-page.mjs';
import { RETURNING_STUDENT_SCRIPT } from '../helpers/returning-student.mjs';

/** Pinned: later versions refuse our lock file or want Node 22 (issue 12). */
export const LIGHTHOUSE = 'lighthouse@12.2.3';
/** Quiet main thread after the first screen that counts as interactive (Lighthouse: 5 s), ms. */
const QUIET_MS = 3000;
/** Gives up waiting for a quiet main thread after this long from navigation, ms. */
const LIMIT_MS = 60_000;
const LONG_TASK_MS = 50;

// Collects every long task (> 50 ms) from the start of the page.
const LONG_TASK_OBSERVER = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** The visits measured: a student's first (the stage's picture) and a returning one's (3D). */
export const VISITS = ['first', 'returning'];

/**
 * Loads the app on a phone-sized page (optionally with the CPU slowed `rate` times), paused
 * (?autoplay=0: a playing story's frames are frame time, measured elsewhere, and on a software
 * rasteriser at 4x each one is a long task, so the page would never be quiet), and waits for
 * interactive: the first screen (a first visit: the stage's picture; a returning visit: the
 * first 3D frame) and then QUIET_MS with no long task. Returns the longest task and the sum of
 * long tasks (> 50 ms) up to then, and when that was, in ms from navigation.
 */
export async function measureStartup(browser, base, rate = 1, visit = 'returning') {
  const url = `${base}?autoplay=0`;
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
    serviceWorkers: 'block',
  });
  await context.addInitScript(LONG_TASK_OBSERVER);
  if (visit === 'returning') await context.addInitScript(RETURNING_STUDENT_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url);
  const firstFrameMs =
    visit === 'returning' ? await firstSceneFrameMs(page) : await firstPictureMs(page);
  // interactive: the end of the last long task before a quiet window after the first frame
  const tasks = await page.evaluate(
    ({ quiet, limit }) =>
      new Promise((resolve) => {
        const lastEnd = () =>
          Math.max(0, ...window.__longTasks.map(([start, duration]) => start + duration));
        const poll = () => {
          const now = performance.now();
          if (now - lastEnd() >= quiet || now > limit) resolve(window.__longTasks);
          else setTimeout(poll, 250);
        };
        poll();
      }),
    { quiet: QUIET_MS, limit: LIMIT_MS },
  );
  await context.close();
  const interactiveMs = Math.max(firstFrameMs, ...tasks.map(([s, d]) => s + d));
  const counted = tasks.filter(([s, d]) => d > LONG_TASK_MS && s < interactiveMs);
  return {
    rate,
    visit,
    firstFrameMs,
    interactiveMs,
    longTasks: counted.length,
    longestTaskMs: Math.max(0, ...counted.map(([, d]) => d)),
    longTasksSumMs: counted.reduce((sum, [, d]) => sum + d, 0),
  };
}

/**
 * Lighthouse 12.2.3, mobile preset (its default: mid-range phone, 4x CPU slowdown, slow 4G),
 * through npx (never a dependency). One run: the category scores, total blocking time and where
 * the main thread's time went, or { error } when it could not run (offline, no Chromium).
 */
async function runLighthouseOnce(url, chromePath, out) {
  rmSync(out, { force: true });
  // spawned, not spawnSync: the app's preview server runs in this process and must answer it
  const run = await new Promise((resolve) => {
    const child = spawn(
      'npx',
      [
        '-y',
        LIGHTHOUSE,
        url,
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        '--chrome-flags=--headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 600_000);
    child.on('error', (error) => resolve({ stderr, error }));
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ stderr });
    });
  });
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return { error: (run.stderr || run.error?.message || 'no report').trim().slice(-400) };
  }
  const score = (id) => report.categories[id]?.score ?? NaN;
  const audit = (id) => report.audits[id];
  const items = (id) => audit(id)?.details?.items ?? [];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    tbtMs: audit('total-blocking-time')?.numericValue ?? NaN,
    ttiMs: audit('interactive')?.numericValue ?? NaN,
    fcpMs: audit('first-contentful-paint')?.numericValue ?? NaN,
    lcpMs: audit('largest-contentful-paint')?.numericValue ?? NaN,
    cls: audit('cumulative-layout-shift')?.numericValue ?? NaN,
    // the CPU profile summary: main-thread time by kind, and by script
    mainThread: items('mainthread-work-breakdown').map((i) => [i.groupLabel, i.duration]),
    scripts: items('bootup-time')
      .slice(0, 6)
      .map((i) => [i.url, i.total, i.scripting]),
    longTasks: items('long-tasks')
      .slice(0, 8)
      .map((i) => [i.url, i.startTime, i.duration]),
    failed: Object.values(report.audits)
      .filter(
        (a) =>
          a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode),
      )
      .map((a) => `${a.id} (${a.score})`),
  };
}

/** Lighthouse runs per measure: its scores vary from run to run, and the median is reported. */
export const LIGHTHOUSE_RUNS = 5;

/**
 * Lighthouse `runs` times in turn; the run with the median performance score, with every run's
 * performance score and total blocking time beside it (Lighthouse's own advice for variable
 * machines: several runs, the median).
 */
export async function runLighthouse(
  url,
  chromePath,
  outDir = 'tests/artifacts',
  runs = LIGHTHOUSE_RUNS,
) {
  mkdirSync(outDir, { recursive: true });
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await runLighthouseOnce(url, chromePath, `${outDir}/lighthouse-${i + 1}.json`);
    if (result.error) return result;
    results.push(result);
  }
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor(sorted.length / 2)];
  return {
    ...median,
    runs: results.map((r) => ({ performance: r.performance, tbtMs: r.tbtMs, lcpMs: r.lcpMs })),
  };
}

/** When the first visit's picture of the stage was up, in ms from navigation. */
async function firstPictureMs(page) {
  await page.waitForSelector('[data-testid="poster-picture"] svg', { timeout: LIMIT_MS });
  return page.evaluate(() => performance.now());
}

const ms = (v) => `${Math.round(v)} ms`;

/** The bench table's rows for these measures. */
export function startupRows(startup, lighthouse) {
  const rows = startup.map((s) => [
    `start-up long tasks, ${s.visit === 'first' ? 'first visit (picture)' : 'returning (3D)'}, CPU ${s.rate}x`,
    `longest ${ms(s.longestTaskMs)}, sum ${ms(s.longTasksSumMs)} (${s.longTasks} tasks to interactive at ${ms(s.interactiveMs)})`,
    '(reported)',
  ]);
  if (lighthouse.error) return [...rows, ['Lighthouse mobile', `not run: ${lighthouse.error}`, '']];
  return [
    ...rows,
    [
      `Lighthouse mobile, median of ${lighthouse.runs?.length ?? 1} runs: perf / a11y / best practices`,
      `${lighthouse.performance} / ${lighthouse.accessibility} / ${lighthouse.bestPractices}` +
        (lighthouse.runs
          ? ` (perf by run: ${lighthouse.runs.map((r) => r.performance).join(', ')})`
          : ''),
      '>= 0.9 / 1 / 1 (reported)',
    ],
    [
      'Lighthouse mobile (median run): total blocking time',
      `${ms(lighthouse.tbtMs)} (interactive ${ms(lighthouse.ttiMs)})` +
        (lighthouse.runs ? ` (by run: ${lighthouse.runs.map((r) => ms(r.tbtMs)).join(', ')})` : ''),
      '< 300 ms (reported)',
    ],
    [
      'Lighthouse mobile (median run): first / largest contentful paint, layout shift',
      `${ms(lighthouse.fcpMs)} / ${ms(lighthouse.lcpMs)}, CLS ${lighthouse.cls?.toFixed(3)}`,
      '(reported)',
    ],
  ];
}

// Alone: measures the built app in dist/ and prints the rows and Lighthouse's breakdown.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { chromium } = await import('playwright-core');
  const { preview } = await import('vite');
  const { CHROMIUM_ARGS, findChromium } = await import('../helpers/chromium-path.mjs');
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const startup = [];
  for (const visit of VISITS)
    for (const rate of [1, 4]) startup.push(await measureStartup(browser, base, rate, visit));
  await browser.close();
  const lighthouse = process.argv.includes('--no-lighthouse')
    ? { error: 'skipped' }
    : await runLighthouse(base, findChromium());
  await server.close();
  for (const r of startupRows(startup, lighthouse)) console.log(r.join(' | '));
  console.log(JSON.stringify({ startup, lighthouse }, null, 2));
}
