// Reduced motion: instead of moving, each population shows a still frame computed by running
// its simulation for a fixed warm-up from a fixed seed, recomputed only when the stage, the
// view or the level it shows changes. Same code path as playback, so the still teaches the same.
import { clock } from '../../state/clock';
import { frameInfo } from './frame-info';

export interface Simulated {
  reset(): void;
  simulate(dt: number): void;
}

const WARMUP_STEPS = 75;
const WARMUP_DT = 1 / 30;

/**
 * Advances a population for this frame. Returns the dt used. `level` is the model value the
 * still frame depends on (a change of more than 2 % recomputes it).
 */
export function advance(sim: Simulated, memo: { key: number; level: number }, level: number): void {
  if (!frameInfo.reduced) {
    sim.simulate(frameInfo.dt);
    return;
  }
  if (memo.key === frameInfo.stillKey && Math.abs(memo.level - level) < 0.02) return;
  memo.key = frameInfo.stillKey;
  memo.level = level;
  sim.reset();
  for (let i = 0; i < WARMUP_STEPS; i++) sim.simulate(WARMUP_DT);
}

/**
 * Whether story time stands still (paused, at a stage's end, or held for reduced motion). A
 * held frame, after a seek too, shows the model's state at that moment rather than an entry
 * caught partway (the molecules still slow to a stop, but no state is left half-done).
 */
export function storyHeld(): boolean {
  return frameInfo.reduced || clock.minutesPerSecond === 0;
}
