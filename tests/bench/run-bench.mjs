// `npm run bench`: builds the app, measures it in Debian's Chromium under SwiftShader, prints
// one table and writes the same numbers to tests/artifacts/bench.json.
// Counters (bytes, draw calls, commits, object counts) are exact; times are reported only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { BUNDLE_BUDGETS, bundleSizes } from './bundle-sizes.mjs';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium-path.mjs';
import {
  firstSceneFrameMs,
  frameIntervalsScript,
  measureKioskLoops,
  routeBaseline,
  focusShare,
  sceneStats,
} from './bench-page.mjs';
import { VISITS, measureStartup, runLighthouse, startupRows } from './startup-bench.mjs';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const LOOPS = Number(args.get('loops') ?? 20);
const KIOSK_STAGE_SEC = Number(args.get('kiosk-stage-sec') ?? 1);
const skipBuild = args.get('no-build') === 'true';

if (!skipBuild) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const story = JSON.parse(readFileSync('scenes/ketamine.json', 'utf8'));
const stageIds = story.stages.filter((s) => !s.hidden).map((s) => s.id);

const sizes = bundleSizes('dist');
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const address = server.httpServer.address();
const base = `http://127.0.0.1:${address.port}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const COMMIT_COUNTER = readFileSync(
  new URL('../helpers/react-commits.ts', import.meta.url),
  'utf8',
).split('`')[1];

/**
 * CPU cores this bench's Chromium (the browser process this script launched and every process
 * under it) used over `ms`: utime + stime from /proc, so another browser on a shared machine is
 * not counted. NaN where there is no /proc or no such process.
 */
async function chromiumCores(ms) {
  const ticks = () => {
    const r = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,comm='], { encoding: 'utf8' });
    const children = new Map();
    // Playwright's Browser does not give its pid: the browser is this script's child process
    const roots = [];
    for (const line of (r.stdout ?? '').trim().split('\n')) {
      const [pid, ppid, comm = ''] = line.trim().split(/\s+/);
      children.set(Number(ppid), [...(children.get(Number(ppid)) ?? []), Number(pid)]);
      if (Number(ppid) === process.pid && /chrom/i.test(comm)) roots.push(Number(pid));
    }
    if (roots.length === 0) return NaN;
    let total = 0;
    const stack = [...roots];
    while (stack.length) {
      const pid = stack.pop();
      stack.push(...(children.get(pid) ?? []));
      try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
        if (f) total += Number(f[11]) + Number(f[12]);
      } catch {
        // the process ended between the listing and the read
      }
    }
    return total;
  };
  const a = ticks();
  await new Promise((r) => setTimeout(r, ms));
  // clock ticks (100 a second on Linux) over seconds
  return (ticks() - a) / 100 / (ms / 1000);
}

async function newPage(options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    serviceWorkers: 'block',
  });
  await context.addInitScript(COMMIT_COUNTER);
  await routeBaseline(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { context, page, errors, ...options };
}

const results = { sizes, budgets: BUNDLE_BUDGETS, stages: [], playback: {}, loops: {}, timing: {} };

// Time to the first 3D frame, from navigation start.
{
  const { context, page } = await newPage();
  await page.goto(base);
  results.timing.firstFrameMs = await firstSceneFrameMs(page);
  await context.close();
}

// Draw calls, triangles and points per stage.
for (const id of stageIds) {
  const { context, page } = await newPage();
  await page.goto(`${base}?stage=${id}`);
  await page.waitForFunction(() => (window.__sceneStats?.frames ?? 0) > 30, null, {
    timeout: 60_000,
  });
  // the brain is a chunk of its own: a brain-scale stage waits for it to be drawn
  if (story.stages.find((s) => s.id === id)?.cast?.includes('brain'))
    await page.waitForFunction(() => window.__sceneBrain?.shown, null, { timeout: 60_000 });
  // its scale (brain, circuit, synapse, molecule) when the story gives one, and the share of the
  // frame its protagonists (the stage's focus structures) cover
  const scale = story.stages.find((s) => s.id === id)?.scale ?? '–';
  results.stages.push({
    id,
    scale,
    focusShare: await focusShare(page),
    ...(await sceneStats(page)),
  });
  await context.close();
}

// React commits per frame during steady playback, and frame time against a plain three.js scene.
{
  const { context, page } = await newPage();
  await page.goto(`${base}?stage=infusion`);
  await page.waitForFunction(() => (window.__sceneStats?.frames ?? 0) > 30, null, {
    timeout: 60_000,
  });
  const before = await page.evaluate(() => [
    window.__reactCommits ?? 0,
    window.__sceneStats.frames,
  ]);
  await page.waitForTimeout(3000);
  const after = await page.evaluate(() => [window.__reactCommits ?? 0, window.__sceneStats.frames]);
  const frames = after[1] - before[1];
  results.playback.frames = frames;
  results.playback.reactCommitsPerFrame = frames > 0 ? (after[0] - before[0]) / frames : NaN;
  results.timing.appFrameMs = await page.evaluate(frameIntervalsScript, 120);
  await page.goto(`${base}bench-baseline.html`);
  results.timing.baselineFrameMs = await page.evaluate(frameIntervalsScript, 120);
  results.timing.frameTimeRatio = results.timing.appFrameMs / results.timing.baselineFrameMs;
  await context.close();
}

// A paused page at rest: scene frames drawn while the page runs 120 frames of its own (budget 0),
// and the CPU Chromium takes, paused and resting against playing (reported only: Linux /proc).
{
  const { context, page } = await newPage();
  await page.goto(`${base}?stage=channel-block&autoplay=0`);
  await page.waitForFunction(() => window.__sceneStats?.resting === true, null, {
    polling: 50,
    timeout: 120_000,
  });
  const framesOver = async (n) =>
    page.evaluate(async (count) => {
      const start = window.__sceneStats.frames;
      for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(r));
      return window.__sceneStats.frames - start;
    }, n);
  results.rest = { framesWhileResting: await framesOver(120) };
  results.rest.coresResting = await chromiumCores(2000);
  await page.getByRole('button', { name: /^play/i }).first().click();
  await framesOver(10);
  results.rest.coresPlaying = await chromiumCores(2000);
  await context.close();
}

// Kiosk loops with accelerated time: renderer counts and heap after loop 1 and after loop N.
results.loops = await measureKioskLoops(await newPage(), base, {
  loops: LOOPS,
  stageSec: KIOSK_STAGE_SEC,
  stageCount: stageIds.length,
});

// Start-up main-thread work (long tasks to interactive), at full speed and with 4x slower CPU.
results.startup = [];
for (const visit of VISITS)
  for (const rate of [1, 4]) results.startup.push(await measureStartup(browser, base, rate, visit));

await browser.close();
// Lighthouse's mobile preset, with its own Chromium (reported; the targets are in the README)
results.lighthouse =
  args.get('no-lighthouse') === 'true'
    ? { error: 'skipped' }
    : await runLighthouse(base, findChromium());
await server.close();

const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const rows = [
  ['first-load JS (gzip)', kib(sizes.firstLoadJsGzip), `<= ${kib(BUNDLE_BUDGETS.firstLoadJsGzip)}`],
  ['3D chunk JS (gzip)', kib(sizes.sceneChunkJsGzip), `<= ${kib(BUNDLE_BUDGETS.sceneChunkJsGzip)}`],
  ...results.stages.map((s) => [
    `stage ${s.id}`,
    `${s.calls} calls, ${s.triangles} tris, ${s.points} pts`,
    '<= 100 calls',
  ]),
  ...results.stages.map((s) => [
    `stage ${s.id}: scale, protagonist share`,
    `${s.scale}, ${s.focusShare === null ? '–' : `${(s.focusShare * 100).toFixed(1)} %`}`,
    '(reported)',
  ]),
  ['React commits / frame (playback)', results.playback.reactCommitsPerFrame.toFixed(3), '0'],
  ['scene frames while paused at rest', String(results.rest.framesWhileResting), '0 (of 120)'],
  [
    'Chromium CPU, paused at rest / playing',
    `${results.rest.coresResting.toFixed(2)} / ${results.rest.coresPlaying.toFixed(2)} cores`,
    '(reported)',
  ],
  ...['first', 'last'].map((k) => [
    `after ${k === 'first' ? 1 : LOOPS} kiosk loop(s)`,
    `${results.loops[k].geometries} geo, ${results.loops[k].textures} tex, ${results.loops[k].programs} prog, heap ${kib(results.loops[k].heapBytes)} (objects ${kib(results.loops[k].objectBytes)}, JIT code ${kib(results.loops[k].codeBytes)})`,
    k === 'last' ? 'counts flat' : '',
  ]),
  [
    'live objects growth over loops',
    `${(results.loops.objectGrowth * 100).toFixed(1)} %`,
    '<= 5 %',
  ],
  [
    'whole heap growth (JIT code incl.)',
    `${(results.loops.heapGrowth * 100).toFixed(1)} %`,
    '(reported)',
  ],
  [
    'first 3D frame after navigation',
    `${results.timing.firstFrameMs.toFixed(0)} ms`,
    '<= 3500 ms (reported)',
  ],
  [
    'frame time vs plain three.js',
    `${results.timing.appFrameMs.toFixed(1)} / ${results.timing.baselineFrameMs.toFixed(1)} ms = ${results.timing.frameTimeRatio.toFixed(2)}x`,
    '(reported)',
  ],
  ...startupRows(results.startup, results.lighthouse),
];
const width = rows.reduce((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, String(c).length)), []);
const line = (r) => `| ${r.map((c, i) => String(c).padEnd(width[i])).join(' | ')} |`;
console.log(line(['measure', 'value', 'budget']));
console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
rows.forEach((r) => console.log(line(r)));
mkdirSync('tests/artifacts', { recursive: true });
writeFileSync('tests/artifacts/bench.json', JSON.stringify(results, null, 2));
console.log('\nwritten: tests/artifacts/bench.json');
