// `npm test`: every check the project has. Two lanes run side by side, each in order and each
// stopping at its first failure: the static checks and unit tests (format, lint, types, unit),
// and the build followed by the browser tests. The browser tests spend much of their time
// waiting on Chromium, so the first lane fits in the gaps of the second. The first lane's output
// is printed as a block when it ends; a failure there stops the browser tests at once.
import { spawn } from 'node:child_process';
import { findChromium } from './helpers/chromium-path.mjs';

const checks = [
  ['format', 'npx', ['prettier', '--check', '.']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['unit', 'npx', ['vitest', 'run', '--project', 'unit']],
];
const browser = [
  ['build', 'npx', ['vite', 'build']],
  ['e2e', 'npx', ['vitest', 'run', '--project', 'e2e']],
];

try {
  findChromium();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}

const running = new Set();
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

/** Runs the steps in order; output goes to `write`. Resolves to the failed step's name or null. */
async function lane(steps, write, inherit) {
  for (const [name, cmd, args] of steps) {
    write(`\n=== ${name}: ${cmd} ${args.join(' ')} (at ${seconds()})\n`);
    const child = spawn(cmd, args, {
      stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so a failure elsewhere can stop all of it
    });
    running.add(child);
    if (!inherit) {
      child.stdout.on('data', (d) => write(d.toString()));
      child.stderr.on('data', (d) => write(d.toString()));
    }
    const code = await new Promise((resolve) => child.on('close', (c, s) => resolve(c ?? s)));
    running.delete(child);
    if (code !== 0) {
      write(`\n=== ${name} failed (exit ${code}) at ${seconds()}\n`);
      return name;
    }
    write(`=== ${name} passed at ${seconds()}\n`);
  }
  return null;
}

function stopAll() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

let checksOutput = '';
const checksLane = lane(checks, (t) => (checksOutput += t), false).then((failed) => {
  process.stdout.write(`\n--- static checks and unit tests ---${checksOutput}---\n`);
  if (failed) stopAll();
  return failed;
});
const browserLane = lane(browser, (t) => process.stdout.write(t), true);

const [checksFailed, browserFailed] = await Promise.all([checksLane, browserLane]);
if (checksFailed || browserFailed) {
  console.error(`\n=== failed: ${[checksFailed, browserFailed].filter(Boolean).join(', ')}`);
  process.exit(1);
}
console.log(`\n=== all checks passed in ${seconds()}`);
