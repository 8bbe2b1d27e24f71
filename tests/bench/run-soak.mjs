// `npm run soak`: the long soak. Kiosk mode with time accelerated through 20 full loops;
// fails if renderer counts grow or the heap grows more than 5% after the first loop. Then the
// same number of loops again under random faults (./fault-soak.mjs; SOAK_FAULTS=0 skips it).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium-path.mjs';
import { measureKioskLoops } from './bench-page.mjs';
import { faultSoak } from './fault-soak.mjs';

const LOOPS = Number(process.env.SOAK_LOOPS ?? 20);
const STAGE_SEC = Number(process.env.SOAK_STAGE_SEC ?? 2);
const FAULTS = process.env.SOAK_FAULTS !== '0';
const SEED = Number(process.env.SOAK_SEED ?? 1962);

const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const story = JSON.parse(readFileSync('scenes/ketamine.json', 'utf8'));
const stageCount = story.stages.filter((s) => !s.hidden).length;

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: { width: 1280, height: 720 },
  serviceWorkers: 'block',
});
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
console.log(`soak: ${LOOPS} kiosk loops at ${STAGE_SEC} s per stage (${stageCount} stages)…`);
const r = await measureKioskLoops({ context, page, errors }, base, {
  loops: LOOPS,
  stageSec: STAGE_SEC,
  stageCount,
});
let faults = null;
if (FAULTS) {
  console.log(`fault soak: ${LOOPS} kiosk loops under random faults (seed ${SEED})…`);
  faults = await faultSoak(browser, { loops: LOOPS, stageSec: STAGE_SEC, stageCount, seed: SEED });
  console.log(faults.log.join('\n'));
}
await browser.close();
await server.close();

const flat = ['geometries', 'textures', 'programs'].every((k) => r.last[k] === r.first[k]);
console.log(JSON.stringify(r, null, 2));
const failures = [];
if (!flat) failures.push('renderer counts changed between loop 1 and the last loop');
if (r.objectGrowth > 0.05)
  failures.push(`live objects grew ${(r.objectGrowth * 100).toFixed(1)}% (> 5%)`);
if (errors.length) failures.push(`page errors: ${errors.join(' | ')}`);
if (faults) failures.push(...faults.failures.map((f) => `under faults: ${f}`));
if (faults && faults.loops < LOOPS)
  failures.push(`under faults: ${faults.loops} of ${LOOPS} loops`);
if (failures.length) {
  console.error(`soak FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(
  `soak passed: renderer counts flat, live objects within 5%, no errors${faults ? `; ${faults.loops} loops under faults, none stuck, nothing leaked` : ''}`,
);
