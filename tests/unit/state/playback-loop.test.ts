// The playback loop's pacing per mode, driven with fixed steps (no animation frames).
import { beforeEach, describe, expect, it } from 'vitest';
import { useApp } from '../../../src/state/app-store';
import { clock } from '../../../src/state/clock';
import { advancePlayback, atStoryEnd, seekTo } from '../../../src/state/playback-loop';
import { visibleStages, type Mode } from '../../../src/state/store';

const count = visibleStages(useApp.getState().story).length;
const durationOf = (i: number) => visibleStages(useApp.getState().story)[i]!.durationSec;

function start(mode: Mode, stageIndex = 0) {
  const app = useApp.getState();
  app.resetAll();
  app.setMode(mode);
  app.setReducedMotion(false);
  app.setKioskTiming({ stageSec: 2, idleSec: 10 });
  seekTo(stageIndex, 0);
  useApp.getState().setPlaying(true);
}

/** Runs the loop for `seconds` of real time in 50 ms frames. */
function run(seconds: number) {
  for (let t = 0; t < seconds; t += 0.05) advancePlayback(0.05);
}

beforeEach(() => start('explore'));

describe('playback loop', () => {
  it('moves through a stage at its duration and on to the next in explore mode', () => {
    run(durationOf(0) / 2);
    expect(clock.progress).toBeCloseTo(0.5, 1);
    run(durationOf(0) / 2 + 0.1);
    expect(useApp.getState().stageIndex).toBe(1);
  });

  it('plays twice as fast at 2x', () => {
    useApp.getState().setSpeed(2);
    run(durationOf(0) / 4);
    expect(clock.progress).toBeCloseTo(0.5, 1);
  });

  it('stops at the end of the story in explore mode, and knows it is there', () => {
    start('explore', count - 1);
    run(durationOf(count - 1) + 1);
    expect(useApp.getState().stageIndex).toBe(count - 1);
    expect(useApp.getState().playing).toBe(false);
    expect(atStoryEnd()).toBe(true);
  });

  it('holds each stage at its end in present mode', () => {
    start('present', 2);
    run(durationOf(2) + 3);
    expect(useApp.getState().stageIndex).toBe(2);
    expect(clock.progress).toBe(1);
    expect(clock.minutesPerSecond).toBe(0);
  });

  it('loops the kiosk at its own pace and starts again after the last stage', () => {
    start('kiosk', count - 2);
    run(2.05);
    expect(useApp.getState().stageIndex).toBe(count - 1);
    run(2.05);
    expect(useApp.getState().stageIndex).toBe(0);
    expect(useApp.getState().playing).toBe(true);
    expect(clock.progress).toBeLessThan(0.1);
  });

  it('keeps the kiosk going as stills with reduced motion', () => {
    start('kiosk');
    useApp.getState().setReducedMotion(true);
    advancePlayback(0.05);
    expect(clock.progress).toBe(1);
    run(2.05);
    expect(useApp.getState().stageIndex).toBe(1);
  });

  it('does not move while paused or blacked out', () => {
    start('present', 1);
    useApp.getState().setBlackout(true);
    run(1);
    expect(clock.progress).toBe(0);
    useApp.getState().setBlackout(false);
    useApp.getState().setPlaying(false);
    run(1);
    expect(clock.progress).toBe(0);
  });

  it('seeks to a stage and a point in it', () => {
    seekTo(3, 0.4);
    expect(useApp.getState().stageIndex).toBe(3);
    expect(clock.progress).toBeCloseTo(0.4, 9);
  });
});
