// The trajectory worker's round trip: samples simulated "elsewhere" and rebuilt into a trajectory
// give the same states as the main thread's own simulation, and once prefetched, getTrajectory
// returns the worker's trajectory instead of simulating. The Worker is a stand-in that runs the
// worker module's own message handler (jsdom has no Worker).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MODEL_VARIABLES,
  clearTrajectoryCache,
  createModelState,
  simulate,
  trajectoryFromSamples,
  type Regimen,
} from '../../../src/model';

const INFUSION: Regimen = { kind: 'infusion', doseMgPerKg: 0.5, durationMin: 40, weightKg: 70 };
const BOLUS: Regimen = { kind: 'bolus', doseMgPerKg: 0.2, weightKg: 70 };

/** A Worker that answers through the real worker module's handler, one task later. */
class FakeWorker extends EventTarget {
  static posted = 0;
  terminated = false;
  postMessage(data: unknown): void {
    FakeWorker.posted++;
    const scope = workerScope;
    setTimeout(() => {
      if (!this.terminated) scope.dispatchEvent(new MessageEvent('message', { data }));
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}
/** the worker's global scope: a fresh one per test, so each test's worker module has its own */
let workerScope = new EventTarget();
let fakeWorker: FakeWorker | null = null;

describe('trajectory samples from a worker', () => {
  beforeEach(async () => {
    clearTrajectoryCache();
    FakeWorker.posted = 0;
    workerScope = new EventTarget();
    vi.resetModules();
    vi.stubGlobal('Worker', function Worker() {
      fakeWorker = new FakeWorker();
      return fakeWorker;
    });
    // the worker module registers its handler on the global scope: route it to workerScope
    vi.stubGlobal('addEventListener', workerScope.addEventListener.bind(workerScope));
    vi.stubGlobal('postMessage', (data: unknown) =>
      fakeWorker?.dispatchEvent(new MessageEvent('message', { data })),
    );
    await import('../../../src/workers/trajectory.worker');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    clearTrajectoryCache();
  });

  it('rebuilt from its samples, a trajectory samples the same states as simulate()', () => {
    const direct = simulate(INFUSION);
    const copy = trajectoryFromSamples(
      INFUSION,
      direct.dtMin,
      direct.times.slice(),
      direct.values.slice(),
    );
    const a = createModelState();
    const b = createModelState();
    for (const t of [0, 3.1, 40, 125.7, 1440, 20160]) {
      direct.sample(t, a);
      copy.sample(t, b);
      for (const v of MODEL_VARIABLES) expect(b[v]).toBe(a[v]);
    }
    expect(() =>
      trajectoryFromSamples(INFUSION, 0.2, direct.times, direct.values.slice(1)),
    ).toThrow();
  });

  it('prefetched in the worker, getTrajectory needs no simulation of its own', async () => {
    const { prefetchTrajectory } = await import('../../../src/workers/trajectory-client');
    const model = await import('../../../src/model');
    expect(model.peekTrajectory(BOLUS)).toBeNull();
    // two requests for one regimen while it is computed: one message to the worker
    await Promise.all([prefetchTrajectory(BOLUS), prefetchTrajectory({ ...BOLUS })]);
    expect(FakeWorker.posted).toBe(1);
    expect(model.peekTrajectory(BOLUS)).not.toBeNull();
    const fromWorker = model.getTrajectory(BOLUS);
    const ref = simulate(BOLUS);
    expect(Array.from(fromWorker.values)).toEqual(Array.from(ref.values));
    // already there: answered at once, nothing posted
    await prefetchTrajectory(BOLUS);
    expect(FakeWorker.posted).toBe(1);
  });

  it('per frame: nothing until the worker answers, then its trajectory; listeners are told', async () => {
    const client = await import('../../../src/workers/trajectory-client');
    const model = await import('../../../src/model');
    let told = 0;
    const stop = client.onTrajectoryArrival(() => told++);
    expect(client.trajectoryReady(INFUSION)).toBe(false);
    expect(client.trajectoryIfReady(INFUSION)).toBeNull();
    expect(client.trajectoryIfReady(INFUSION)).toBeNull();
    expect(FakeWorker.posted).toBe(1); // asked once, however many frames ask
    await vi.waitFor(() => expect(told).toBe(1));
    stop();
    expect(client.trajectoryReady(INFUSION)).toBe(true);
    const traj = client.trajectoryIfReady(INFUSION);
    expect(traj).toBe(model.peekTrajectory(INFUSION));
    const s = createModelState();
    traj?.sample(60, s);
    const ref = createModelState();
    simulate(INFUSION).sample(60, ref);
    expect(s.plasmaNgPerMl).toBe(ref.plasmaNgPerMl);
  });

  it('a worker that fails leaves the main thread to simulate, and says so', async () => {
    const client = await import('../../../src/workers/trajectory-client');
    let told = 0;
    client.onTrajectoryArrival(() => told++);
    const asked = client.prefetchTrajectory(BOLUS);
    fakeWorker?.dispatchEvent(new Event('error'));
    await asked;
    expect(told).toBe(1);
    expect(client.trajectoryReady(INFUSION)).toBe(true);
    const traj = client.trajectoryIfReady(INFUSION);
    expect(traj?.regimen).toEqual(INFUSION);
  });
});
