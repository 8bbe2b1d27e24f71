// Asks the trajectory worker for a regimen's model trajectory and puts the answer in the model's
// cache, where getTrajectory (the playback loop, the charts) finds it without simulating on the
// main thread (~100 ms a regimen on a laptop, 0.4-1.5 s on a throttled phone). Where there is no
// Worker (unit tests, old browsers) or it fails, everything is "ready" at once and getTrajectory
// simulates on the main thread as before.
import {
  cacheTrajectory,
  getTrajectory,
  peekTrajectory,
  trajectoryFromSamples,
  type Regimen,
  type Trajectory,
} from '../model';
import type { TrajectoryReply } from './trajectory-messages';

let worker: Worker | null = null;
/** the worker failed (or could not start): the main thread simulates from then on */
let broken = false;
/** requests in flight, by regimen key; answered in order (one worker, one queue) */
const waiting: { key: string; done: (() => void)[] }[] = [];
/** told whenever a trajectory arrives (or the worker gives up) */
const listeners = new Set<() => void>();

const keyOf = (r: Regimen) => JSON.stringify(r);

function tellListeners(): void {
  for (const listener of listeners) listener();
}

function failAll(): void {
  worker?.terminate();
  worker = null;
  broken = true;
  for (const w of waiting.splice(0)) for (const done of w.done) done();
  tellListeners();
}

function start(): Worker {
  const w = new Worker(new URL('./trajectory.worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<TrajectoryReply>) => {
    const { regimen, dtMin, times, values } = event.data;
    try {
      cacheTrajectory(trajectoryFromSamples(regimen, dtMin, times, values));
    } catch {
      // samples that do not fit: getTrajectory simulates it itself
    }
    for (const done of waiting.shift()?.done ?? []) done();
    tellListeners();
  });
  w.addEventListener('error', failAll);
  return w;
}

const workerless = () => broken || typeof Worker === 'undefined';

/** Resolves when getTrajectory(regimen) no longer needs to simulate on the main thread. */
export function prefetchTrajectory(regimen: Regimen): Promise<void> {
  if (workerless() || peekTrajectory(regimen)) return Promise.resolve();
  const key = keyOf(regimen);
  return new Promise<void>((resolve) => {
    const same = waiting.find((w) => w.key === key);
    if (same) {
      same.done.push(resolve);
      return;
    }
    try {
      worker ??= start();
      waiting.push({ key, done: [resolve] });
      worker.postMessage(regimen);
    } catch {
      failAll();
      resolve();
    }
  });
}

/**
 * The regimen's trajectory if it can be had without simulating on the main thread, else null
 * (and the worker is asked for it). No allocation when it is the last regimen asked: per frame.
 */
export function trajectoryIfReady(regimen: Regimen): Trajectory | null {
  const cached = peekTrajectory(regimen);
  if (cached) return cached;
  if (workerless()) return getTrajectory(regimen);
  void prefetchTrajectory(regimen);
  return null;
}

/** Whether getTrajectory(regimen) returns without simulating on the main thread (or must). */
export function trajectoryReady(regimen: Regimen): boolean {
  return workerless() || peekTrajectory(regimen) !== null;
}

/** Calls `listener` when a trajectory arrives; returns a function that stops it. */
export function onTrajectoryArrival(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
